/**
 * SVG snapshots of the kaart that a person can open: tests/snapshots/*.svg.
 * On a mismatch the new rendering is written next to it as *-changed.svg, to
 * open and compare. After an intended change (new content, new layout), renew them (the tests then report
 * themselves as skipped; review `git diff tests/snapshots/`):
 *   UPDATE_SNAPSHOTS=1 npx vitest run --project unit tests/unit/kaart-snapshot.test.ts
 */
import { join } from 'node:path';
import { describe, expect, it, type TestContext } from 'vitest';
import { computeLayout, type VariantId } from '../../src/lib/kaart/layout.ts';
import { renderKaartSvg } from '../../src/lib/kaart/svg.ts';
import { loadContent } from '../helpers/content.ts';
import { contentWith } from '../helpers/fixtures.ts';
import { matchSnapshot } from '../helpers/snapshot.ts';

const DIR = join(import.meta.dirname, '..', 'snapshots');

/** Normalised for comparison: numbers rounded to 2 decimals, one element per line, final newline. */
export function normalise(svg: string): string {
  return (
    svg
      .replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 100) / 100))
      .replace(/>\s*</g, '>\n<')
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
      .join('\n') + '\n'
  );
}

function snapshot(ctx: TestContext, name: string, svg: string) {
  matchSnapshot(ctx, join(DIR, `${name}.svg`), normalise(svg), `kaart ${name}`);
}

const render = (dir: string, variant: VariantId = 'breed') => {
  const c = loadContent(dir);
  return renderKaartSvg(computeLayout(c, variant), new Map(c.keuzes.map((k) => [k.id, k.data])));
};

describe('kaart SVG snapshots', () => {
  it('matches the snapshot of the small fixture (two laws, one scheidslijn)', (ctx) => {
    snapshot(ctx, 'kaart-fixture', render(contentWith()));
  });

  it('matches the snapshot of the real content', (ctx) => {
    snapshot(ctx, 'kaart-inhoud', render('content'));
  });

  it('matches the snapshot of the real content in the portrait layout for narrow screens', (ctx) => {
    snapshot(ctx, 'kaart-inhoud-smal', render('content', 'smal'));
  });

  it('normalises numbers and layout only, not content', () => {
    expect(normalise('<g><circle r="1.23456"/></g>')).toBe('<g>\n<circle r="1.23"/>\n</g>\n');
  });
});
