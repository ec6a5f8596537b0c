/**
 * The golden queries and questions (tests/search/golden-*.yaml, blind-questions.yaml) and how to run one on the
 * built site in Chromium: through the /zoeken/ page, so the browser tests (tests/browser/search.test.ts), the
 * benchmark (scripts/bench-search.ts) and the quick check (scripts/search-check.ts) use exactly the search code and
 * ranking the site uses.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { singleSpaces } from '../../src/lib/normalise.ts';

export interface GoldenQuery {
  query: string;
  /** The URL that must be among the first TOP results. */
  expect: string;
  /** Alternative answers (`also:` in the file, one path or a list): finding any of them counts as finding `expect`. */
  also?: string[];
  why?: string;
  /** The query holds a spelling error on purpose (golden questions). */
  typo?: boolean;
  /** What the question tests (blind questions: digits, bedrag, raad, trainer, lay, plaats, typo, free). */
  kind?: string;
}

const GOLDEN_DIR = join(import.meta.dirname, '..', '..', 'tests', 'search');
export const GOLDEN_FILE = join(GOLDEN_DIR, 'golden-queries.yaml');
/** Whole questions and natural phrases (see the file's header). */
export const QUESTIONS_FILE = join(GOLDEN_DIR, 'golden-questions.yaml');
/** Questions written blind, before any search was run (issue 24; see the file's header for their first run). */
export const BLIND_FILE = join(GOLDEN_DIR, 'blind-questions.yaml');
/** A second blind set, written later by someone else who never saw the ranking (issue 24; first run in its header). */
export const BLIND_FILE_2 = join(GOLDEN_DIR, 'blind-questions-2.yaml');
/** A third blind set (60 questions), written by yet another writer who never saw the ranking (first run in its header). */
export const BLIND_FILE_3 = join(GOLDEN_DIR, 'blind-questions-3.yaml');
/** A fourth blind set (60 questions): run before and after the last round of changes, which nobody tuned on it. */
export const BLIND_FILE_4 = join(GOLDEN_DIR, 'blind-questions-4.yaml');
/** A fifth blind set (60 questions): run before and after the next round of changes, which nobody tuned on it. */
export const BLIND_FILE_5 = join(GOLDEN_DIR, 'blind-questions-5.yaml');
/** A sixth blind set (60 questions): run before and after the next round of changes, which nobody tuned on it. */
export const BLIND_FILE_6 = join(GOLDEN_DIR, 'blind-questions-6.yaml');
/** How high the expected page must rank. */
export const TOP = 3;
/** The share of golden questions (old and blind together) that must pass (the keyword queries must all pass). */
export const GOLDEN_QUESTIONS_MIN = 0.95;
/**
 * The share of the second blind set (blind-questions-2.yaml) that must pass, on its own. It is kept apart from
 * GOLDEN_QUESTIONS_MIN on purpose: the ranking was never tuned on it, so it measures how search does on questions
 * nobody wrote down in advance, and demanding 95 % would only invite tuning it to these 80 questions. The floor is
 * a little under its first run on the unchanged ranking (67 of 80, 83.8 %): 64 of 80 leaves room for a content change
 * elsewhere that moves one or two answers a place, and fails on a ranking change that loses a real share of them.
 */
export const BLIND_2_MIN = 0.8;
/**
 * The floor of the third blind set (blind-questions-3.yaml), for the same reason as BLIND_2_MIN. Its first run on the
 * unchanged ranking found 43 of 60 (71.7 %); the floor, 41 of 60, leaves room for two answers that move a place.
 */
export const BLIND_3_MIN = 0.68;
/**
 * The floor of the fourth blind set (blind-questions-4.yaml): 44 of 60 on the unchanged ranking, 48 of 60 after the
 * round it measured; 46 of 60 leaves room for two answers that move a place.
 */
export const BLIND_4_MIN = 0.76;
/**
 * The floor of the fifth blind set (blind-questions-5.yaml): 46 of 60 on the unchanged ranking, 45 of 60 after the
 * round it measured; 44 of 60 leaves room for one more answer that moves a place.
 */
export const BLIND_5_MIN = 0.73;
/**
 * The floor of the sixth blind set (blind-questions-6.yaml): 44 of 60 on the unchanged ranking, 45 of 60 after the
 * round it measured; 42 of 60 leaves room for two answers that move a place.
 */
export const BLIND_6_MIN = 0.7;

/**
 * Rewordings of issue 24's own failing examples (tests/search/robuust-vragen.yaml): NOT blind, written by the helper
 * that changed the ranking, before running them. They test that a rule holds for the neighbours of the wording it was
 * found on (a tail dropped, digits for number words, another verb, another wet), so they count on their own and do
 * not raise the golden pass rate. First run on the unchanged ranking: 8 of 20; after its rules 19 of 20. The floor,
 * 17 of 20, leaves room for one content change that moves an answer a place or two, and fails when a change loses one
 * of the rules (each carries three or more of these questions).
 */
export const ROBUUST_FILE = join(GOLDEN_DIR, 'robuust-vragen.yaml');
export const ROBUUST_MIN = 0.85;
/**
 * The second set of robustness questions (tests/search/robuust-vragen-2.yaml): trainer tasks (a list of a kind, a
 * hand-out by its subject, a kind with a topic) and lay paraphrases of begrippen, NOT blind, written from the content by
 * the helper of the round that changed the ranking for them, before running them. First run on the unchanged ranking:
 * 13 of 20; after that round's rules and words 18 of 20. The floor, 16 of 20, leaves room for two answers that move a
 * place and fails when a rule is lost (the overview rule alone carries four).
 */
export const ROBUUST_FILE_2 = join(GOLDEN_DIR, 'robuust-vragen-2.yaml');
export const ROBUUST_2_MIN = 0.8;
/**
 * The third set of robustness questions (tests/search/robuust-vragen-3.yaml): lay paraphrases of begrippen, an amount
 * with a year, a hand-out asked for in print words, an age in a personal question; NOT blind, written from the content
 * by the helper of the round that changed the ranking for them (branch issue-24rank3), before running them. First run
 * on the unchanged ranking: 9 of 20; after that round's rules and words 14 of 20. The floor, 12 of 20, leaves room for
 * two answers that move a place and fails when the everyday words of the begrippen are lost (they carry four).
 */
export const ROBUUST_FILE_3 = join(GOLDEN_DIR, 'robuust-vragen-3.yaml');
export const ROBUUST_3_MIN = 0.6;

export const goldenQuestions = (file = QUESTIONS_FILE) => goldenQueries(file);
export const robuustQuestions = (file = ROBUUST_FILE) => goldenQueries(file);
export const robuustQuestions2 = (file = ROBUUST_FILE_2) => goldenQueries(file);
export const robuustQuestions3 = (file = ROBUUST_FILE_3) => goldenQueries(file);
export const blindQuestions = (file = BLIND_FILE) => goldenQueries(file);
export const blindQuestions2 = (file = BLIND_FILE_2) => goldenQueries(file);
export const blindQuestions3 = (file = BLIND_FILE_3) => goldenQueries(file);
export const blindQuestions4 = (file = BLIND_FILE_4) => goldenQueries(file);
export const blindQuestions5 = (file = BLIND_FILE_5) => goldenQueries(file);
export const blindQuestions6 = (file = BLIND_FILE_6) => goldenQueries(file);

/**
 * The rank (1-based, 0 when absent) of the expected URL among result URLs. A page expected
 * without an anchor is also found by a result that points at one of its sections.
 */
export function rankOf(urls: string[], expect: string): number {
  const page = (u: string) => (expect.includes('#') ? u : u.replace(/#.*$/, ''));
  return urls.findIndex((u) => page(u) === expect) + 1;
}

/** The best rank of the expected URL or any of its alternatives (`also`), 0 when none is among the results. */
export function rankOfAny(urls: string[], q: Pick<GoldenQuery, 'expect' | 'also'>): number {
  const ranks = [q.expect, ...(q.also ?? [])].map((u) => rankOf(urls, u)).filter((r) => r > 0);
  return ranks.length ? Math.min(...ranks) : 0;
}

export function goldenQueries(file = GOLDEN_FILE): GoldenQuery[] {
  const data = parse(readFileSync(file, 'utf8')) as unknown;
  if (!Array.isArray(data)) throw new Error(`${file}: verwacht een lijst van { query, expect }`);
  return data.map((item, i) => {
    const { query, expect, also, why, typo, kind, ...rest } = (item ?? {}) as Record<string, unknown>;
    if (typeof query !== 'string' || !query.trim()) throw new Error(`${file} [${i}]: "query" ontbreekt`);
    if (typeof expect !== 'string' || !expect.startsWith('/')) throw new Error(`${file} [${i}] ${query}: "expect" moet een pad zijn, zoals /wetten/wlz/`);
    const alsoList = also === undefined ? [] : Array.isArray(also) ? also : [also];
    if (alsoList.some((a) => typeof a !== 'string' || !a.startsWith('/'))) throw new Error(`${file} [${i}] ${query}: "also" moet een pad zijn (of een lijst van paden), zoals /wetten/wlz/`);
    if (why !== undefined && typeof why !== 'string') throw new Error(`${file} [${i}] ${query}: "why" moet tekst zijn`);
    if (typo !== undefined && typeof typo !== 'boolean') throw new Error(`${file} [${i}] ${query}: "typo" moet true of false zijn`);
    if (kind !== undefined && typeof kind !== 'string') throw new Error(`${file} [${i}] ${query}: "kind" moet tekst zijn`);
    if (Object.keys(rest).length) throw new Error(`${file} [${i}] ${query}: onbekende velden ${Object.keys(rest).join(', ')}`);
    return { query, expect, ...(alsoList.length ? { also: alsoList as string[] } : {}), ...(why ? { why } : {}), ...(typo ? { typo } : {}), ...(kind ? { kind } : {}) };
  });
}

/** The query as the search code normalises it (engine.ts cleanQuery). */
export const clean = singleSpaces;

/**
 * Types `query` into the search field of an open /zoeken/ page and returns the
 * result URLs once the results for exactly that query are shown.
 */
export async function searchOnPage(page: Page, query: string): Promise<string[]> {
  await page.fill('#zoekterm', query);
  await page.waitForFunction((q) => document.querySelector<HTMLElement>('[data-sk-zoekresultaten]')?.dataset.skQuery === q, clean(query));
  return page.$$eval('[data-sk-zoekresultaten] > li h2 a', (links) => links.map((a) => a.getAttribute('href') ?? ''));
}

/** One question's outcome: its rank (0 when not in the results) and the first results. */
export interface GoldenOutcome extends GoldenQuery {
  rank: number;
  top: string[];
  /** What /zoeken/ says was searched (dropped words, corrections, a gemeente). */
  uitleg: string;
}

export const passed = (o: { rank: number }) => o.rank > 0 && o.rank <= TOP;

/** Runs every query of a list on an open /zoeken/ page. */
export async function runGolden(page: Page, list: GoldenQuery[]): Promise<GoldenOutcome[]> {
  const out: GoldenOutcome[] = [];
  for (const q of list) {
    const urls = await searchOnPage(page, q.query);
    const uitleg = (await page.textContent('[data-sk-zoekuitleg]'))?.trim() ?? '';
    out.push({ ...q, rank: rankOfAny(urls, q), top: urls.slice(0, TOP), uitleg });
  }
  return out;
}

/** "41 of 50 in the top 3 (82.0 %)". */
export function passRate(outcomes: { rank: number }[]): string {
  const n = outcomes.filter(passed).length;
  return `${n} of ${outcomes.length} in the top ${TOP} (${((n / outcomes.length) * 100).toFixed(1)} %)`;
}

/** A failed question as a line: `"query" → expected (rank n; top 3: …)`. */
export const failLine = (o: GoldenOutcome) => `"${o.query}" → ${[o.expect, ...(o.also ?? [])].join(' or ')} (rank ${o.rank || '-'}; top ${TOP}: ${o.top.join(', ')})`;
