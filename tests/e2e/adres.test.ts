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
    const found = texts.flatMap(({ file, text }) =>
      [...text.matchAll(/[\w.-]*example\.(?:org|com)\b/gi)].map((m) => `${relative(DIST, file)}: ${m[0]}`),
    );
    expect(found).toEqual([]);
  });
});
