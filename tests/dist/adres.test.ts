/**
 * One public address (issue 22): no invented domain anywhere in the build.
 * npm test builds without SITE_URL, so QR codes and address lines are left
 * out; example.org and example.com (the old placeholder) must appear in no
 * file of dist/, including the search index and the service worker.
 */
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtTexts, DIST } from '../helpers/site.ts';

describe('public address', () => {
  it('no file in the build names example.org or example.com', () => {
    const texts = builtTexts().filter((t) => !t.file.endsWith('.br'));
    expect(texts.length).toBeGreaterThan(50);
    // Pagefind's own code parses a relative result URL against a dummy base and strips it again
    // (new URL(`https://example.com${url}`), .replace(/^https:\/\/example.com/, "")); that is never shown nor
    // requested, so only those two uses in pagefind/*.js are let through.
    // pdf.js (loaded on /lezen/ when a PDF is opened) does the same to test whether a link in a PDF is a valid URL
    // (`…(e, \`http://example.com\`)`); it never requests it.
    const DUMMY_BASES: [RegExp, string[]][] = [
      [/^pagefind\/pagefind(-worker)?\.js(\.gz)?$/, ['new URL(`https://example.com${', 'replace(/^https:\\/\\/example.com/,"")']],
      [/^_astro\/lezen-pdf\.[\w-]+\.js(\.gz)?$/, [',`http://example.com`)']],
    ];
    const pagefindBasis = (file: string, text: string, i: number) =>
      DUMMY_BASES.some(([name, uses]) => name.test(relative(DIST, file)) && uses.some((p) => text.slice(i - 30, i + 30).includes(p)));
    const found = texts.flatMap(({ file, text }) =>
      [...text.matchAll(/[\w.-]*example\.(?:org|com)\b/gi)]
        .filter((m) => !pagefindBasis(file, text, m.index!))
        .map((m) => `${relative(DIST, file)}: ${m[0]}`),
    );
    expect(found).toEqual([]);
  });
});
