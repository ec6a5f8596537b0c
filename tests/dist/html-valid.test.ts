/**
 * The Nu HTML Checker (vnu-jar, the W3C validator) over everything in dist/ that it reads: pages, SVGs and
 * stylesheets. Zero errors, apart from the short list of checker gaps in scripts/validate-html.ts. Broken
 * fixtures show the check finds what it should. (In the e2e project because it needs the build.)
 */
import { describe, expect, it } from 'vitest';
import { checkedFiles, formatMessage, HTML_CHECKER_GAPS, isGap, runChecker } from '../../scripts/validate-html.ts';

describe('Nu HTML Checker', () => {
  it('finds no error in the built site', async () => {
    const files = checkedFiles(['dist']);
    expect(files.filter((f) => f.endsWith('.html')).length).toBeGreaterThan(30);
    expect(files.some((f) => f.endsWith('.css'))).toBe(true);
    const errors = (await runChecker(files)).filter((m) => !isGap(m));
    expect(errors.map(formatMessage)).toEqual([]);
  });

  it('every known gap has a reason', () => {
    for (const g of HTML_CHECKER_GAPS) expect(g.reason.length).toBeGreaterThan(40);
  });

  it('finds the stray script and the aria-labelledby on a plain div in a broken page', async () => {
    const errors = (await runChecker(['tests/fixtures/web/invalid.html'])).filter((m) => !isGap(m));
    const text = errors.map((m) => m.message).join('\n');
    expect(text).toMatch(/Stray start tag “script”/);
    expect(text).toMatch(/“aria-labelledby” attribute must not be specified on any “div” element/);
  });

  it('lets a known gap through, but not a real CSS error beside it', async () => {
    const messages = await runChecker(['tests/fixtures/web/gap.css']);
    expect(messages.filter(isGap).map((m) => m.message)).toEqual([expect.stringContaining('paint-order')]);
    expect(messages.filter((m) => !isGap(m)).map((m) => m.message)).toEqual([expect.stringContaining('colr')]);
  });
});
