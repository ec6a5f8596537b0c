/**
 * Pagefind's search() without the grapheme Intl.Segmenter (issue 24; withoutGraphemeSegmenter in
 * src/integrations/pagefind.ts): the page's first Segmenter cost a pasted question 25 to 50 ms of main thread. The
 * build rewrites search() to take its own code-point branch for Dutch. What a person would notice if that went wrong:
 * other results. So this compares the built pagefind.js with Pagefind's own, unchanged one (written by Pagefind's API
 * here, the same version as the build's), on the built index: the same normalised search term and the same results,
 * for the prepared queries the engine sends and for raw text. And it checks that a pasted question creates no
 * Segmenter at all.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { FIELD, LIST } from '../../scripts/lib/first-search.ts';
import { prepareQuery } from '../../src/lib/search/query.ts';
import type { PagefindApi } from '../../src/components/search/warm.ts';
import { useBrowser } from '../helpers/browser.ts';

const baseUrl = inject('baseUrl');
const chromium = useBrowser();

/** Questions and words with what Pagefind's normalising touches: case, diacritics, combining marks, punctuation,
 * hyphens, apostrophes, digits, white space. */
const INPUTS = [
  'Wie stelt de indicatie voor wijkverpleging?',
  'mag de raad de eigen bijdrage verlagen',
  'Geïndiceerd, CAK; "eigen bijdrage" (Wmo)!',
  'geïndiceerd', // NFD: the mark as a code point of its own
  'Ëén café, één crème brûlée',
  'ĳsselmonde Ĳ',
  'mantelzorger’s taak — wie doet wat?',
  "pgb's en zzp'ers",
  'sociaal-medische indicatie, Jeugd- en Wmo-taken',
  'art. 2.3.5 lid 3 onder a',
  '18 jaar, 18-/18+ … 27 jaar; € 1.234,56',
  '«beschermd wonen» ‹opvang› [wlz] {zvw}',
  'ZORG\tIN  NATURA\nnu',
  'wlz',
  '',
  '¿qué? ¡sí! 日本',
];

/** Pagefind's own pagefind.js, unchanged: what the build would ship without withoutGraphemeSegmenter. */
let original = '';
let out = '';

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'pagefind-orig-'));
  const { index } = await pagefind.createIndex({});
  await index!.addCustomRecord({ url: '/x/', content: 'x', language: 'nl' });
  await index!.writeFiles({ outputPath: out });
  await pagefind.close();
  original = readFileSync(join(out, 'pagefind.js'), 'utf8');
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

interface Searched {
  input: string;
  normalised: string | undefined;
  results: string[];
}

/** Each input searched by Pagefind's JS API on the built site: the term it logs as normalised, and the results. */
async function searchAll(context: BrowserContext, inputs: string[], script?: string): Promise<Searched[]> {
  const page = await context.newPage();
  if (script) await page.route('**/pagefind/pagefind.js', (route) => route.fulfill({ contentType: 'text/javascript', body: script }));
  await page.goto(`${baseUrl}/`);
  // A string, so that vitest does not rewrite the dynamic import; Pagefind's module as the site imports it (warm.ts).
  await page.evaluate(`import('/pagefind/pagefind.js').then((m) => { window.__pf = m; })`);
  const found = await page.evaluate(async (inputs) => {
    const pf = (window as unknown as { __pf: PagefindApi }).__pf;
    await pf.options({ noWorker: true });
    await pf.init();
    const logged: string[] = [];
    const log = console.log;
    console.log = (...a: unknown[]) => void logged.push(a.join(' '));
    const all = [];
    try {
      for (const input of inputs) {
        logged.length = 0;
        const r = await pf.search(input, { verbose: true });
        const normalised = logged.find((l) => l.startsWith('Normalized search term to '))?.slice('Normalized search term to '.length);
        all.push({ input, normalised, results: (r?.results ?? []).map((x) => `${x.id} ${x.score.toFixed(4)}`) });
      }
    } finally {
      console.log = log;
    }
    return all;
  }, inputs);
  await page.close();
  return found;
}

/** What the engine sends Pagefind for a question: its prepared terms and their other forms (engine.ts search). */
const prepared = (q: string) => {
  const terms = prepareQuery(q).terms;
  return [terms.map((t) => t.search).join(' '), ...terms.flatMap((t) => [t.search, ...(t.forms ?? [])])];
};

describe("Pagefind's search() without a grapheme Segmenter", () => {
  it('gives the same normalised term and results as Pagefind’s own script, for prepared queries and raw text', async () => {
    expect(original, "Pagefind's own pagefind.js").toContain('granularity:"grapheme"');
    const inputs = [...new Set([...INPUTS, ...INPUTS.map((q) => q.normalize('NFD')), ...INPUTS.flatMap(prepared)])];
    const context = await chromium.newContext();
    try {
      const built = await searchAll(context, inputs);
      const own = await searchAll(context, inputs, original);
      // Every input was searched, and the questions found something (so equal lists are not two empty ones).
      expect(built.map((s) => s.input)).toEqual(inputs);
      expect(built.filter((s) => s.results.length).length).toBeGreaterThan(inputs.length / 2);
      expect(built.find((s) => s.input === 'Geïndiceerd, CAK; "eigen bijdrage" (Wmo)!')?.normalised).toBe('geindiceerd cak eigen bijdrage wmo');
      expect(built).toEqual(own);
    } finally {
      await context.close();
    }
  });

  it('differs only where a grapheme of several code points holds punctuation (which prepared queries never hold)', async () => {
    // A bracket with a combining mark after it, a dash with a zero-width joiner: one grapheme each.
    const inputs = ['zorg (\u0301wlz', 'zorg -\u200d wlz'];
    expect(inputs.map((q) => prepared(q)[0])).toEqual(['zorg wlz', 'zorg wlz']);
    const context = await chromium.newContext();
    try {
      const built = await searchAll(context, inputs);
      const own = await searchAll(context, inputs, original);
      // Pagefind drops a grapheme when it starts with a dash or ends with an opening bracket, and then strips marks:
      // its grapheme branch keeps "(" (the grapheme ends with the mark) and drops the joiner with the dash; the
      // code-point branch drops "(" and keeps the joiner.
      expect(own.map((s) => s.normalised)).toEqual(['zorg (wlz', 'zorg wlz']);
      expect(built.map((s) => s.normalised)).toEqual(['zorg wlz', 'zorg \u200d wlz']);
    } finally {
      await context.close();
    }
  });

  it('creates no Intl.Segmenter when a question is pasted into the header field', async () => {
    const question = 'Wie stelt de indicatie voor wijkverpleging?';
    const context = await chromium.newContext();
    try {
      const page: Page = await context.newPage();
      await page.addInitScript(() => {
        const Real = Intl.Segmenter;
        const made: string[] = [];
        Object.defineProperty(window, '__segmenters', { value: made });
        Object.defineProperty(Intl, 'Segmenter', {
          value: class extends Real {
            constructor(...a: ConstructorParameters<typeof Real>) {
              super(...a);
              made.push(a[1]?.granularity ?? 'grapheme');
            }
          },
        });
      });
      await page.goto(`${baseUrl}/`);
      await page.fill(FIELD, question);
      // Wait for the results of this question, as a person would, then count.
      await page.locator(`${LIST}[data-sk-query="${question}"] li`).first().waitFor();
      expect(await page.locator(`${LIST} li`).count()).toBeGreaterThan(0);
      expect(await page.evaluate(() => (window as unknown as { __segmenters: string[] }).__segmenters)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
