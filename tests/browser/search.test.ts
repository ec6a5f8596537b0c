/**
 * Search in Chromium on the built site: the golden queries against the built
 * index, the header search by keyboard, /zoeken/ with a query and filters in
 * its URL, lazy loading (no search code before search is used), axe with
 * search open, and /zoeken/ without JavaScript.
 *
 * The sets of questions (golden, blind, robustness) are one test each and run
 * two at a time (describe.concurrent), each on a page of the pool of two;
 * every answer is awaited as before (searchOnPage).
 */
import { afterAll, beforeAll, describe, expect, inject, it, type TestContext } from 'vitest';
import type { Page } from 'playwright-core';
import { axe, pagePool, useBrowser, watch, type PageWatch } from '../helpers/browser.ts';
import { graphFromDir } from '../../src/lib/content/check.ts';
import { type GoldenQuery, BLIND_2_MIN, BLIND_3_MIN, BLIND_4_MIN, BLIND_5_MIN, BLIND_6_MIN, blindQuestions, blindQuestions2, blindQuestions3, blindQuestions4, blindQuestions5, blindQuestions6, GOLDEN_QUESTIONS_MIN, goldenQueries, goldenQuestions, rankOf, rankOfAny, ROBUUST_2_MIN, ROBUUST_3_MIN, ROBUUST_MIN, robuustQuestions, robuustQuestions2, robuustQuestions3, searchOnPage, TOP } from '../../scripts/lib/golden.ts';

const baseUrl = inject('baseUrl');
const g = graphFromDir('content', process.cwd());
const chromium = useBrowser();

// Two pages, reused from test to test (see pagePool); a test about the first visit opens a new one. The sets of
// questions run two at a time (describe.concurrent), each set on a page of its own: one per core.
const pool = pagePool(chromium.context, baseUrl, 2);

/**
 * A page at `path` with console errors and foreign requests recorded. `fresh`: a new page, which also records every
 * same-origin request path (for what a first visit loads); otherwise a page of the pool (a concurrent test passes its
 * test context as `test`, see pagePool).
 */
async function open(path: string, { fresh = false, test }: { fresh?: boolean; test?: TestContext } = {}): Promise<{ page: Page; w: PageWatch; requests: string[]; fresh: boolean }> {
  if (!fresh) {
    const { page, w } = await pool.visit(path, test);
    return { page, w, requests: [], fresh };
  }
  const page = await chromium.context().newPage();
  const w = await watch(page, baseUrl);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(baseUrl + path, { waitUntil: 'load' });
  return { page, w, requests, fresh };
}

async function clean(p: { page: Page; w: PageWatch; fresh: boolean }) {
  expect(p.w.consoleErrors).toEqual([]);
  expect(p.w.foreignRequests).toEqual([]);
  if (p.fresh) await p.page.close();
}

const isSearchCode = (path: string) => path.startsWith('/pagefind/') || /^\/_astro\/(header|query|uitleg|page|herstel)\.[\w-]+\.js$/.test(path);

/** The result URLs and their "Keuze · Wmo · …" lines on /zoeken/. */
const resultsOf = (page: Page) =>
  page.$$eval('[data-sk-zoekresultaten] > li', (items) =>
    items.map((li) => ({ url: li.querySelector('a')!.getAttribute('href')!, meta: li.querySelector('.sk-zoekresultaat__meta')!.textContent! })),
  );

const statusOf = (page: Page) => page.textContent('[data-sk-zoekstatus]');

describe('golden queries', () => {
  const golden = goldenQueries();
  let p: Awaited<ReturnType<typeof open>>;
  const ranks: number[] = [];

  beforeAll(async () => {
    p = await open('/zoeken/', { fresh: true });
  });
  afterAll(async () => {
    const first = ranks.filter((r) => r === 1).length;
    console.log(`\ngolden queries: ${ranks.length}, first place ${first}, in top ${TOP} ${ranks.filter((r) => r > 0 && r <= TOP).length}\n`);
    await clean(p);
  });

  it('has at least 30 golden queries', () => {
    expect(golden.length).toBeGreaterThanOrEqual(30);
  });

  for (const g of golden) {
    it(`"${g.query}" finds ${g.expect} in the top ${TOP}`, async () => {
      const urls = await searchOnPage(p.page, g.query);
      const rank = rankOf(urls, g.expect);
      ranks.push(rank);
      expect(rank, `top 5: ${urls.slice(0, 5).join(', ')}`).toBeGreaterThan(0);
      expect(rank, `top 5: ${urls.slice(0, 5).join(', ')}`).toBeLessThanOrEqual(TOP);
    });
  }
});

/** Runs a set of questions on /zoeken/, prints the ones not in the top 3, and fails below the set's floor. */
async function passesAtLeast(name: string, set: GoldenQuery[], min: number, test: TestContext): Promise<void> {
  const p = await open('/zoeken/', { test });
  const failed: string[] = [];
  for (const q of set) {
    const urls = await searchOnPage(p.page, q.query);
    const rank = rankOfAny(urls, q);
    if (rank < 1 || rank > TOP) failed.push(`  "${q.query}" → ${[q.expect, ...(q.also ?? [])].join(' or ')} (rank ${rank || '-'}; top 3: ${urls.slice(0, 3).join(', ')})`);
  }
  const rate = (set.length - failed.length) / set.length;
  console.log(`\n${name}: ${set.length - failed.length} of ${set.length} in the top ${TOP} (${(rate * 100).toFixed(1)} %)${failed.length ? `; not:\n${failed.join('\n')}` : ''}\n`);
  expect(rate, failed.join('\n')).toBeGreaterThanOrEqual(min);
  await clean(p);
}

describe.concurrent('golden questions', () => {
  // The questions of golden-questions.yaml and the blind ones (blind-questions.yaml, issue 24), as one set.
  const old = goldenQuestions();
  const blind = blindQuestions();
  const questions = [...old, ...blind];

  it(`has at least 80 questions and 60 blind ones, each with 10 typos, and finds at least ${GOLDEN_QUESTIONS_MIN * 100} % of all in the top ${TOP}`, async (test) => {
    expect(old.length).toBeGreaterThanOrEqual(80);
    expect(blind.length).toBeGreaterThanOrEqual(60);
    expect(old.filter((q) => q.typo).length).toBeGreaterThanOrEqual(10);
    expect(blind.filter((q) => q.typo).length).toBeGreaterThanOrEqual(10);
    const p = await open('/zoeken/', { test });
    const failed: string[] = [];
    for (const q of questions) {
      const urls = await searchOnPage(p.page, q.query);
      const rank = rankOfAny(urls, q);
      if (rank < 1 || rank > TOP) failed.push(`  "${q.query}" → ${q.expect} (rank ${rank || '-'}; top 3: ${urls.slice(0, 3).join(', ')})`);
    }
    const passed = questions.length - failed.length;
    const rate = passed / questions.length;
    const blindFailed = failed.filter((f) => blind.some((q) => f.startsWith(`  "${q.query}"`))).length;
    console.log(
      `\ngolden questions: ${passed} of ${questions.length} in the top ${TOP} (${(rate * 100).toFixed(1)} %; blind ${blind.length - blindFailed} of ${blind.length})` +
        `${failed.length ? `; not:\n${failed.join('\n')}` : ''}\n`,
    );
    expect(rate, failed.join('\n')).toBeGreaterThanOrEqual(GOLDEN_QUESTIONS_MIN);
    await clean(p);
  }, 600_000);

  // The later blind sets (issue 24): never tuned on, so each has a floor of its own (BLIND_2_MIN, BLIND_3_MIN, BLIND_4_MIN, BLIND_5_MIN, BLIND_6_MIN, see golden.ts).
  for (const [name, set, min, typos] of [
    ['second blind set', blindQuestions2(), BLIND_2_MIN, 10],
    ['third blind set', blindQuestions3(), BLIND_3_MIN, 6],
    ['fourth blind set', blindQuestions4(), BLIND_4_MIN, 6],
    ['fifth blind set', blindQuestions5(), BLIND_5_MIN, 6],
    ['sixth blind set', blindQuestions6(), BLIND_6_MIN, 6],
  ] as const) {
    it(`finds at least ${min * 100} % of the ${name} (${set.length} questions, ${typos} typos) in the top ${TOP}`, async (test) => {
      expect(set.length).toBeGreaterThanOrEqual(60);
      expect(set.filter((q) => q.kind === 'typo').length).toBeGreaterThanOrEqual(typos);
      await passesAtLeast(name, set, min, test);
    }, 600_000);
  }
});

describe.concurrent('rewordings of the issue\'s examples (not blind)', () => {
  // tests/search/robuust-vragen.yaml: written by the helper that changed the ranking, so a floor of its own
  // (ROBUUST_MIN, see golden.ts), apart from the golden and blind questions.
  const robuust = robuustQuestions();
  it(`finds at least ${ROBUUST_MIN * 100} % of the ${robuust.length} robustness questions in the top ${TOP}`, async (test) => {
    await passesAtLeast('robustness questions', robuust, ROBUUST_MIN, test);
  }, 300_000);

  // tests/search/robuust-vragen-2.yaml: trainer tasks and lay paraphrases (ROBUUST_2_MIN), also not blind.
  const robuust2 = robuustQuestions2();
  it(`finds at least ${ROBUUST_2_MIN * 100} % of the ${robuust2.length} trainer and lay robustness questions in the top ${TOP}`, async (test) => {
    expect(robuust2.length).toBeGreaterThanOrEqual(20);
    await passesAtLeast('trainer and lay robustness questions', robuust2, ROBUUST_2_MIN, test);
  }, 300_000);

  // tests/search/robuust-vragen-3.yaml: lay paraphrases, years with amounts, hand-outs in print words (ROBUUST_3_MIN).
  const robuust3 = robuustQuestions3();
  it(`finds at least ${ROBUUST_3_MIN * 100} % of the ${robuust3.length} lay, year and print-word robustness questions in the top ${TOP}`, async (test) => {
    expect(robuust3.length).toBeGreaterThanOrEqual(20);
    await passesAtLeast('lay, year and print-word robustness questions', robuust3, ROBUUST_3_MIN, test);
  }, 300_000);

  // A list question shows the overview of its kind first (overzichtVraag; the header runs the same engine).
  it('shows the overview page first for a list question ("welke scheidslijnen zijn er", "lijst met alle oefeningen")', async (test) => {
    const p = await open('/zoeken/', { test });
    expect((await searchOnPage(p.page, 'welke scheidslijnen zijn er'))[0]).toBe('/scheidslijnen/');
    expect((await searchOnPage(p.page, 'overzicht van alle begrippen'))[0]).toBe('/begrippen/');
    expect((await searchOnPage(p.page, 'alle wetten op een rij'))[0]).toBe('/wetten/');
    await clean(p);
  });

  // The overview is searched with the page's filters: with a wet chosen, the list of all casussen (which belongs to no
  // wet) is not pinned above the results of that wet.
  it('does not pin the overview of a list question when a wet filter leaves it out', async (test) => {
    const p = await open('/zoeken/?q=lijst+van+alle+casussen&wet=Wlz', { test });
    const { page } = p;
    await page.waitForSelector('[data-sk-zoekresultaten][data-sk-query="lijst van alle casussen"] > li');
    expect(await page.isChecked('input[name="wet"][value="Wlz"]')).toBe(true);
    const results = await resultsOf(page);
    expect(results.map((r) => r.url)).not.toContain('/casussen/');
    expect(results.every((r) => /\bWlz\b/.test(r.meta)), JSON.stringify(results)).toBe(true);
    // Without the filter it is first.
    await page.uncheck('input[name="wet"][value="Wlz"]');
    expect((await searchOnPage(page, 'alle casussen op een rij'))[0]).toBe('/casussen/');
    await clean(p);
  });

  // The two answers seen wrong by eye in the header (issue 24): the header and /zoeken/ show the same, and the raad
  // question's first result is the wet page's part "Wat kan de raad wel?", named and linked as that part.
  it('shows the same in the header as on /zoeken/: the casus "Achttien worden …" for a son turning 18, "Wat kan de raad wel?" first for a raad question', async (test) => {
    const p = await open('/zoeken/', { test });
    const cases: { query: string; check: (urls: string[], titles: string[]) => void }[] = [
      { query: 'mijn zoon wordt 18 en krijgt jeugdzorg', check: (urls) => expect(urls.slice(0, TOP).some((u) => u.startsWith('/casussen/achttien-in-de-jeugdhulp/')), urls.join(', ')).toBe(true) },
      ...[
        ['wat mag de raad beslissen over de wlz', 'wlz', 'Wet langdurige zorg'],
        ['invloed van de raad op de wet langdurige zorg', 'wlz', 'Wet langdurige zorg'],
        ['waar gaat de gemeenteraad over bij de zorgverzekeringswet', 'zvw', 'Zorgverzekeringswet'],
        ['wat kan de raad bepalen bij de zvw', 'zvw', 'Zorgverzekeringswet'],
      ].map(([query, wet, naam]) => ({
        query: query!,
        check: (urls: string[], titles: string[]) => {
          expect(urls[0], query).toBe(`/wetten/${wet}/#wat-kan-de-raad-wel`);
          expect(titles[0], query).toBe(`${naam}: Wat kan de raad wel?`);
        },
      })),
    ];
    for (const { query, check } of cases) {
      const onPage = await searchOnPage(p.page, query);
      const pageTitles = await p.page.$$eval('[data-sk-zoekresultaten] > li h2 a', (as) => as.map((a) => a.textContent!.trim()));
      check(onPage, pageTitles);
      await p.page.fill('#sk-zoekveld', query);
      await p.page.waitForFunction((q) => document.querySelector<HTMLElement>('#sk-zoekveld-lijst')?.dataset.skQuery === q, query);
      const inHeader = await p.page.$$eval('#sk-zoekveld-lijst [role="option"]', (os) => os.map((o) => (o as HTMLElement).dataset.url!));
      const headerTitles = await p.page.$$eval('#sk-zoekveld-lijst [role="option"] .sk-zoekpopup__title', (ts) => ts.map((t) => t.textContent!.trim()));
      expect(inHeader, query).toEqual(onPage.slice(0, inHeader.length));
      check(inHeader, headerTitles);
      // The link leads to the part itself.
      if (inHeader[0]!.includes('#wat-kan-de-raad-wel')) {
        expect(await p.page.request.get(`${baseUrl}${inHeader[0]!.replace(/#.*$/, '')}`).then((r) => r.text())).toContain('id="wat-kan-de-raad-wel"');
      }
      await p.page.keyboard.press('Escape');
    }
    await clean(p);
  }, 120_000);
});

describe('questions, not only keywords', () => {
  it('says plainly that the site has nothing per gemeente, and points to the lokale regels and the edities', async () => {
    const p = await open('/zoeken/?q=wmo+verordening+utrecht');
    const { page } = p;
    await page.waitForSelector('[data-sk-zoekresultaten] > li');
    const melding = page.locator('.sk-zoekpagina__plaats');
    expect(await melding.textContent()).toContain('Deze site heeft geen informatie per gemeente, ook niet over Utrecht.');
    expect(await melding.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(['/lokale-regels/', '/lokale-regels/#gemeente-editie']);
    const urls = (await resultsOf(page)).map((r) => r.url);
    expect(urls[0]).toBe('/lokale-regels/');
    // The rest of the question is searched without the name: the Wmo verordening follows.
    expect(await page.textContent('[data-sk-zoekuitleg]')).toContain('Gezocht op ‘wmo verordening’');
    // The place the message points to exists.
    expect(await page.request.get(`${baseUrl}/lokale-regels/`).then((r) => r.text())).toContain('id="gemeente-editie"');
    const violations = await axe(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);

    // The header says the same.
    await page.focus('#sk-zoekveld');
    await page.keyboard.type('minimabeleid rotterdam');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('#sk-zoekveld-lijst')?.dataset.skQuery === 'minimabeleid rotterdam');
    expect(await page.textContent('.sk-zoekpopup__plaats')).toContain('ook niet over Rotterdam');
    expect(await page.$$eval('#sk-zoekveld-lijst [role="option"]', (os) => (os[0] as HTMLElement).dataset.url)).toBe('/lokale-regels/');
    const inHeader = await axe(page);
    expect(inHeader, JSON.stringify(inHeader, null, 2)).toEqual([]);
    await clean(p);
  });

  it('finds a casus when the question names one, though other kinds hold its words more often', async () => {
    // "18" is on many keuzes, facts and oefeningen; the casus "Achttien worden …" only reaches the top through the
    // search of the kind the question names (engine.ts, ofKind).
    const p = await open('/zoeken/');
    for (const query of ['casus over 18 jaar worden', 'casus 18 worden', 'casus voor training over achttien worden']) {
      const urls = await searchOnPage(p.page, query);
      expect(rankOf(urls, '/casussen/achttien-in-de-jeugdhulp/'), `${query}: ${urls.slice(0, 3).join(', ')}`).toBeGreaterThan(0);
      expect(rankOf(urls, '/casussen/achttien-in-de-jeugdhulp/'), `${query}: ${urls.slice(0, 3).join(', ')}`).toBeLessThanOrEqual(TOP);
    }
    await clean(p);
  });

  it('finds facts, hand-outs, the poster and oefeningen as results of their own', async () => {
    const p = await open('/zoeken/');
    const cases: [string, string, string][] = [
      ['abonnementstarief hoeveel euro', '/feiten/#abonnementstarief', 'Feit'],
      ['hand-out wlz', '/werksessie/handout/wlz/', 'Werksessie'],
      ['kaart als poster afdrukken a3', '/werksessie/poster/', 'Werksessie'],
    ];
    for (const [query, url, meta] of cases) {
      await searchOnPage(p.page, query);
      const results = await resultsOf(p.page);
      expect(results.slice(0, TOP).map((r) => r.url), query).toContain(url);
      expect(results.find((r) => r.url === url)!.meta, query).toMatch(new RegExp(`^${meta}`));
    }
    const oefening = (await searchOnPage(p.page, 'oefening over scheidslijnen')).slice(0, TOP);
    expect(oefening.some((u) => u.startsWith('/werksessie/oefeningen/#oef-')), oefening.join(', ')).toBe(true);
    await clean(p);
  });

  it('says what was searched: question words left out, a corrected word, and results with part of the words', async () => {
    const p = await open('/zoeken/?q=kan+ik+als+raadslid+de+bijstand+verhogen');
    const { page } = p;
    await page.waitForSelector('[data-sk-zoekresultaten] > li');
    const uitleg = await page.textContent('[data-sk-zoekuitleg]');
    expect(uitleg).toContain('Gezocht op ‘bijstand verhogen’');
    expect(uitleg).toContain('Weggelaten: ‘kan’, ‘ik’, ‘als’, ‘raadslid’, ‘de’');
    expect((await resultsOf(page)).slice(0, TOP).map((r) => r.url)).toContain('/wetten/participatiewet/#bijstandsnormen');

    await searchOnPage(page, 'jeugzorg inkopen');
    expect(await page.textContent('[data-sk-zoekuitleg]')).toContain('‘jeugzorg’ gelezen als ‘jeugdzorg’');
    const violations = await axe(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    await clean(p);
  });

  it('never gives nothing when the words occur on the site (the issue\'s "bijstandsuitkering verhogen")', async () => {
    const p = await open('/zoeken/');
    const urls = await searchOnPage(p.page, 'bijstandsuitkering verhogen');
    expect(urls.length).toBeGreaterThan(0);
    expect(await statusOf(p.page)).not.toContain('Geen resultaten');
    await clean(p);
  });

  it('offers "Bedoelde u …?" when the spelling is far off, and the link searches that term', async () => {
    const p = await open('/zoeken/?q=kijkentafelgezprek');
    const { page } = p;
    const link = page.locator('[data-sk-zoekuitleg] a', { hasText: /keukentafelgesprek/i });
    await link.waitFor();
    expect(await page.textContent('[data-sk-zoekuitleg]')).toMatch(/Bedoelde u ‘keukentafelgesprek’\?/i);
    await Promise.all([page.waitForURL(/\/zoeken\/\?q=keukentafelgesprek/i), link.click()]);
    await page.waitForSelector('[data-sk-zoekresultaten] > li');
    expect((await resultsOf(page)).slice(0, TOP).map((r) => r.url)).toContain('/begrippen/#keukentafelgesprek');
    await clean(p);
  });

  it('shows the answer with the first result: the keuze\'s beleidsruimte badge and its summary', async () => {
    const p = await open('/zoeken/?q=mag+de+raad+de+eigen+bijdrage+verlagen');
    const { page } = p;
    await page.waitForSelector('[data-sk-zoekresultaten] > li');
    const first = page.locator('[data-sk-zoekresultaten] > li').first();
    expect(await first.locator('h2 a').getAttribute('href')).toBe('/wetten/wmo/#eigen-bijdrage');
    const answer = first.locator('.sk-zoekresultaat__antwoord');
    expect(await answer.locator('.nl-data-badge').textContent()).toBe('Beleidsruimte: ruim');
    const summary = g.keuzes.find((k) => k.id === 'wmo/eigen-bijdrage')!.data.samenvatting.replace(/\s+/g, ' ').trim();
    expect(await answer.textContent()).toContain(summary.slice(0, summary.indexOf('.') + 1));
    const violations = await axe(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    await clean(p);
  });

  it('points a page result at the section that answers, and keeps the kaart and the lists below specific answers', async () => {
    const p = await open('/zoeken/');
    // A question about the moments points at that section, not at the page's top.
    const urls = await searchOnPage(p.page, 'op welke momenten kan de raad sturen');
    expect(urls.slice(0, TOP)).toContain('/raad/#momenten-waarop-de-raad-kan-sturen');
    // A question that the page's opening answers ("In het sociaal domein stuurt de raad … op vaste momenten") points
    // at the page; never at its list of sources, which is not indexed (issue 24; it once matched every word here).
    const raad = (await searchOnPage(p.page, 'wanneer kan de raad sturen in het sociaal domein')).slice(0, TOP).filter((u) => u.startsWith('/raad/'));
    expect(raad).toContain('/raad/');
    expect(raad).not.toContain('/raad/#bronnen');
    for (const q of ['hulpmiddelen', 'eigen bijdrage', 'beschermd wonen', 'jeugdhulp']) {
      const top = (await searchOnPage(p.page, q)).slice(0, TOP);
      expect(top.filter((u) => ['/kaart/', '/wetten/', '/scheidslijnen/', '/casussen/', '/begrippen/', '/'].includes(u)), q).toEqual([]);
    }
    await clean(p);
  });

  it('the header search shows the same results as /zoeken/ for a question, with what was searched', async () => {
    const question = 'wie betaalt een rolstoel';
    const p = await open('/zoeken/');
    const onPage = (await searchOnPage(p.page, question)).slice(0, 8);
    await p.page.focus('#sk-zoekveld');
    await p.page.keyboard.type(question);
    await p.page.waitForFunction((q) => document.querySelector<HTMLElement>('#sk-zoekveld-lijst')?.dataset.skQuery === q, question);
    const inHeader = await p.page.$$eval('#sk-zoekveld-lijst [role="option"]', (os) => os.map((o) => (o as HTMLElement).dataset.url));
    expect(inHeader).toEqual(onPage.slice(0, inHeader.length));
    expect(inHeader[0]).toBe('/wetten/zvw/#hulpmiddelen');
    expect(await p.page.textContent('.sk-zoekpopup__uitleg')).toContain('Weggelaten: ‘wie’, ‘een’');
    expect(await p.page.locator('#sk-zoekveld-lijst [role="option"]').first().locator('.nl-data-badge').textContent()).toBe('Beleidsruimte: geen');
    const violations = await axe(p.page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    await clean(p);
  });

  it('/zoeken/ does not shift its layout while it loads, with or without a query', async () => {
    for (const path of ['/zoeken/', '/zoeken/?q=eigen+bijdrage']) {
      const page = await chromium.context().newPage();
      await page.setViewportSize({ width: 390, height: 844 });
      await page.addInitScript(() => {
        const w = window as unknown as { __cls: number };
        w.__cls = 0;
        const add = (entries: PerformanceEntryList) => {
          for (const e of entries as unknown as { value: number; hadRecentInput: boolean }[]) if (!e.hadRecentInput) w.__cls += e.value;
        };
        const observer = new PerformanceObserver((list) => add(list.getEntries()));
        observer.observe({ type: 'layout-shift', buffered: true });
        (window as unknown as { __clsFlush: () => void }).__clsFlush = () => add(observer.takeRecords());
      });
      await page.goto(baseUrl + path, { waitUntil: 'load' });
      await page.waitForSelector('[data-sk-zoekstatus]:not(:empty)');
      if (path.includes('?q=')) await page.waitForSelector('[data-sk-zoekresultaten] > li');
      // Settled, not after a fixed pause: no request for a while, the fonts loaded, two frames painted since; then
      // every layout shift of those frames is in the observer's buffer or already counted.
      await page.waitForLoadState('networkidle');
      const cls = await page.evaluate(async () => {
        await document.fonts.ready;
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        const w = window as unknown as { __cls: number; __clsFlush: () => void };
        w.__clsFlush();
        return w.__cls;
      });
      expect(cls, path).toBe(0);
      await page.close();
    }
  });
});

describe('the index', () => {
  it('holds the main content of pages, with keuzes and begrippen as records of their own', async () => {
    const p = await open('/zoeken/');
    // Every page and record in the index (a filter-only search with no term), through Pagefind's own API.
    // As a string: vitest would rewrite an import() inside a function passed to the page.
    const stored: { url: string; content: string }[] = await p.page.evaluate(`(async () => {
      const pf = await import('/pagefind/pagefind.js');
      const all = await pf.search(null, {});
      const data = await Promise.all(all.results.map((r) => r.data()));
      return data.map((d) => ({ url: d.url, content: d.content }));
    })()`);
    const content = (url: string) => stored.find((s) => s.url === url)?.content ?? '';
    // The opening words of a text in the content, as Pagefind stores it (single spaces).
    const opening = (text: string) => text.replace(/\s+/g, ' ').trim().split(' ').slice(0, 8).join(' ');
    const keuze = opening(g.keuzes.find((k) => k.id === 'wmo/eigen-bijdrage')!.data.samenvatting);
    const begrip = g.begrippen.find((b) => b.id === 'keukentafelgesprek')!.data;
    expect(content('/wetten/wlz/')).toContain(opening(g.wet('wlz')!.data.samenvatting.doel));
    expect(content('/wetten/wmo/#eigen-bijdrage')).toContain(keuze);
    expect(content('/begrippen/#keukentafelgesprek')).toBe(`${begrip.term}. ${begrip.definitie.replace(/\s+/g, ' ').trim()}`);
    // Not the header, navigation or footer; not the keuze cards on the wet page, nor the terms on the begrippen page.
    for (const url of ['/wetten/wmo/', '/scheidslijnen/wmo-wlz/', '/begrippen/']) {
      const text = content(url);
      expect(text, url).not.toBe('');
      for (const outside of ['Naar de inhoud', 'Hoofdmenu', 'Geen cookies', 'Staalkaart sociaal domein:']) expect(text, `${url}: ${outside}`).not.toContain(outside);
    }
    expect(content('/wetten/wmo/')).not.toContain(keuze);
    // The kaart's list repeats every keuze: not indexed, so /kaart/ does not match every question.
    expect(content('/kaart/')).not.toContain(keuze);
    expect(content('/kaart/')).not.toBe('');
    expect(content('/begrippen/')).not.toContain(opening(begrip.definitie));
    // The overview of the scheidslijnen by its introduction only: its matrix and list repeat every scheidslijn.
    expect(content('/scheidslijnen/')).toContain('waar de ene wet ophoudt en de andere begint');
    const scheidslijn = g.scheidslijnen[0]!.data;
    expect(content('/scheidslijnen/')).not.toContain(opening(scheidslijn.samenvatting));
    expect(content('/scheidslijnen/')).not.toContain(scheidslijn.titel);
    // A wet page's "Wat verandert" repeats its wijzigingen, which are parts of /wijzigingen/: indexed there only.
    const wijziging = opening(g.wijzigingenVanWet('wlz')[0]!.data.samenvatting);
    expect(content('/wetten/wlz/')).not.toContain(wijziging);
    expect(stored.some((s) => s.url === '/wijzigingen/' && s.content.includes(wijziging))).toBe(true);
    await clean(p);
  });
});

describe('search in the header', () => {
  it('loads no search code before the search field is used, and loads it on focus', async () => {
    const p = await open('/wetten/wmo/', { fresh: true });
    await p.page.waitForLoadState('networkidle');
    // Not after a fixed pause: once the page has been idle (work put off with requestIdleCallback has had its turn)
    // and the network is quiet again, anything the page loads without being asked has been requested.
    await p.page.evaluate(() => new Promise((r) => requestIdleCallback(() => requestAnimationFrame(r))));
    await p.page.waitForLoadState('networkidle');
    expect(p.requests.filter(isSearchCode)).toEqual([]);

    await p.page.focus('#sk-zoekveld');
    await p.page.waitForFunction(() => document.querySelector('#sk-zoekveld')?.getAttribute('role') === 'combobox');
    // Polled, not after a fixed pause: on a busy machine the loading takes longer.
    await expect.poll(() => p.requests.some((r) => /^\/_astro\/header\./.test(r)), { timeout: 60_000 }).toBe(true);
    await expect.poll(() => p.requests, { timeout: 60_000 }).toContain('/pagefind/pagefind.js');
    // Pagefind's WebAssembly is asked for on focus too (warm.ts), not only after the search code has run.
    await expect.poll(() => p.requests, { timeout: 60_000 }).toContain('/pagefind/wasm.nl.pagefind');
    // Only the header's part of the search UI: the /zoeken/ page's code stays behind.
    expect(p.requests.filter((r) => /^\/_astro\/page\./.test(r))).toEqual([]);
    await clean(p);
  });

  it('a first search for a short word loads neither the lexicon nor the code that repairs words or explains them; a misspelt word loads all three', async () => {
    const p = await open('/over/', { fresh: true });
    const { page } = p;
    const lexiconOrRepair = () => [...new Set(p.requests)].filter((r) => r === '/pagefind/zoekwijzer.json' || /^\/_astro\/herstel\.[\w-]+\.js$/.test(r));
    const uitleg = () => p.requests.filter((r) => /^\/_astro\/uitleg\.[\w-]+\.js$/.test(r));
    await page.focus('#sk-zoekveld');
    await page.keyboard.type('wlz');
    await page.waitForFunction(() => /\d+ resultaten voor wlz/.test(document.querySelector('.sk-search [role="status"]')?.textContent ?? ''));
    expect(lexiconOrRepair()).toEqual([]);
    // One word, searched as typed: nothing to explain, so the code that says what was searched stays behind.
    expect(uitleg()).toEqual([]);

    await page.fill('#sk-zoekveld', '');
    await page.keyboard.type('jeugzorg');
    // The misspelt word is read as the site's word: only the repair code with the lexicon can do that.
    await page.locator('.sk-zoekpopup', { hasText: '‘jeugzorg’ gelezen als ‘jeugdzorg’' }).waitFor();
    expect(lexiconOrRepair().sort()).toEqual([expect.stringMatching(/^\/_astro\/herstel\./), '/pagefind/zoekwijzer.json']);
    expect(uitleg()).toHaveLength(1);
    await clean(p);
  });

  it('works by keyboard: focus, type, arrow down, Enter opens the result', async () => {
    const p = await open('/over/');
    const { page } = p;
    // Skip link, site name, then the search field.
    for (let i = 0; i < 5 && (await page.evaluate(() => document.activeElement?.id)) !== 'sk-zoekveld'; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('sk-zoekveld');

    await page.keyboard.type('wlz');
    const options = page.locator('#sk-zoekveld-lijst [role="option"]');
    // Each key searches; the results for "wl" may show before those for "wlz": wait for the ones of what was typed.
    await page.waitForFunction(() => document.querySelector<HTMLElement>('#sk-zoekveld-lijst')?.dataset.skQuery === 'wlz');
    expect(await page.getAttribute('#sk-zoekveld', 'aria-expanded')).toBe('true');
    expect(await options.count()).toBeGreaterThan(1);
    // The count is announced once the typing pauses.
    await page.waitForFunction(() => /\d+ resultaten voor wlz/.test(document.querySelector('.sk-search [role="status"]')?.textContent ?? ''));
    // Every result shows title, type (and wet) and an excerpt.
    expect(await options.first().locator('.sk-zoekpopup__title').textContent()).toBe('Wet langdurige zorg');
    expect(await options.first().locator('.sk-zoekpopup__meta').textContent()).toBe('Wet · Wlz');
    expect((await options.first().locator('.sk-zoekpopup__excerpt').textContent())?.length).toBeGreaterThan(20);
    expect(await options.nth(1).locator('.sk-zoekpopup__meta').textContent()).toMatch(/^(Keuze|Scheidslijn|Casus|Begrip) · /);

    await page.keyboard.press('ArrowDown');
    const first = await options.first().getAttribute('id');
    expect(await page.getAttribute('#sk-zoekveld', 'aria-activedescendant')).toBe(first);
    expect(await options.first().getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('ArrowDown');
    expect(await options.nth(1).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('ArrowUp');
    expect(await options.first().getAttribute('aria-selected')).toBe('true');
    // Focus never leaves the field.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('sk-zoekveld');

    await Promise.all([page.waitForURL(`${baseUrl}/wetten/wlz/`), page.keyboard.press('Enter')]);
    await clean(p);
  });

  it('Escape closes the results; Enter without a chosen result opens /zoeken/', async () => {
    const p = await open('/');
    const { page } = p;
    await page.focus('#sk-zoekveld');
    await page.keyboard.type('pgb');
    // The results for "pgb" (not those for "pg", which may come first), as a person sees them before pressing Escape.
    await page.waitForFunction(() => document.querySelector<HTMLElement>('#sk-zoekveld-lijst')?.dataset.skQuery === 'pgb');
    await page.keyboard.press('Escape');
    expect(await page.isHidden('#sk-zoekveld-popup')).toBe(true);
    expect(await page.getAttribute('#sk-zoekveld', 'aria-expanded')).toBe('false');
    expect(await page.inputValue('#sk-zoekveld')).toBe('pgb');
    await Promise.all([page.waitForURL(`${baseUrl}/zoeken/?q=pgb`), page.keyboard.press('Enter')]);
    await page.waitForSelector('[data-sk-zoekresultaten][data-sk-query="pgb"] > li');
    expect((await resultsOf(page).then((r) => r.map((x) => x.url))).slice(0, TOP)).toContain('/begrippen/#pgb');
    await clean(p);
  });

  it('Escape closes the results also when a search was still under way: its results come without opening the list', async () => {
    const p = await open('/over/', { fresh: true });
    const { page } = p;
    await page.focus('#sk-zoekveld');
    await page.keyboard.type('wlz');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('#sk-zoekveld-lijst')?.dataset.skQuery === 'wlz');
    expect(await page.isVisible('#sk-zoekveld-popup')).toBe(true);
    // A query with a long word waits for the lexicon (engine.ts), held back here until Escape has been pressed: so
    // its results surely come after Escape, however fast or slow the machine.
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await page.route('**/pagefind/zoekwijzer.json', async (route) => {
      await held;
      await route.fallback();
    });
    await page.fill('#sk-zoekveld', 'wlz zorgkantoor');
    await page.keyboard.press('Escape');
    expect(await page.isHidden('#sk-zoekveld-popup')).toBe(true);
    release();
    await page.waitForFunction(() => document.querySelector<HTMLElement>('#sk-zoekveld-lijst')?.dataset.skQuery === 'wlz zorgkantoor');
    expect(await page.isHidden('#sk-zoekveld-popup'), 'the list stays closed when the results come').toBe(true);
    expect(await page.getAttribute('#sk-zoekveld', 'aria-expanded')).toBe('false');
    expect(await page.inputValue('#sk-zoekveld')).toBe('wlz zorgkantoor');
    // ↓ opens them, the first one chosen.
    await page.keyboard.press('ArrowDown');
    expect(await page.isVisible('#sk-zoekveld-popup')).toBe(true);
    expect(await page.locator('#sk-zoekveld-lijst [role="option"]').first().getAttribute('aria-selected')).toBe('true');
    await clean(p);
  });

  it('a keuze result opens its anchor on the wet page', async () => {
    const p = await open('/begrippen/');
    const { page } = p;
    await page.focus('#sk-zoekveld');
    await page.keyboard.type('kostendelersnorm');
    const option = page.locator('#sk-zoekveld-lijst [role="option"][data-url="/wetten/participatiewet/#kostendelersnorm"]');
    await option.waitFor();
    expect(await option.locator('.sk-zoekpopup__meta').textContent()).toBe('Keuze · Participatiewet · beleidsruimte geen');
    await Promise.all([page.waitForURL(`${baseUrl}/wetten/participatiewet/#kostendelersnorm`), option.click()]);
    await clean(p);
  });

  it('passes axe with the results open and one chosen', async () => {
    const p = await open('/wetten/');
    const { page } = p;
    await page.focus('#sk-zoekveld');
    await page.keyboard.type('beschermd wonen');
    // The results of the whole query: a later one replacing the list would clear the chosen option under axe.
    await page.waitForFunction(() => document.querySelector<HTMLElement>('#sk-zoekveld-lijst')?.dataset.skQuery === 'beschermd wonen');
    await page.keyboard.press('ArrowDown');
    const violations = await axe(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);

    // And with no results.
    await page.fill('#sk-zoekveld', 'qqqxyz');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('#sk-zoekveld-lijst')?.dataset.skQuery === 'qqqxyz');
    expect(await page.textContent('#sk-zoekveld-popup')).toContain('Geen resultaten');
    const none = await axe(page);
    expect(none, JSON.stringify(none, null, 2)).toEqual([]);
    await clean(p);
  });
});

describe('the /zoeken/ page', () => {
  it('runs the query in its URL', async () => {
    const p = await open('/zoeken/?q=wlz');
    await p.page.waitForSelector('[data-sk-zoekresultaten][data-sk-query="wlz"] > li');
    expect(await p.page.inputValue('#zoekterm')).toBe('wlz');
    const results = await resultsOf(p.page);
    expect(results[0]).toEqual({ url: '/wetten/wlz/', meta: 'Wet · Wlz' });
    expect(await statusOf(p.page)).toMatch(/^\d+ resultaten voor ‘wlz’\.$/);
    await p.page.waitForFunction(() => document.querySelector('[data-sk-zoekmelding]')?.textContent?.includes('resultaten voor ‘wlz’'));
    const violations = await axe(p.page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    await clean(p);
  });

  it('finds the answer when the first fetch of the index fails (Pagefind then searches without it, silently)', async () => {
    // A new context without the service worker, so every request of the page passes page.route. The first request
    // for each index chunk fails, as a dropped request on a flaky connection does; a later one for it gets through.
    const context = await chromium.newContext();
    const page = await context.newPage();
    const failed = new Set<string>();
    await page.route('**/pagefind/index/*.pf_index', (route) => {
      const url = route.request().url();
      if (failed.has(url)) return route.fallback();
      failed.add(url);
      return route.abort('connectionreset');
    });
    await page.goto(`${baseUrl}/zoeken/`, { waitUntil: 'load' });
    const urls = await searchOnPage(page, 'wie betaalt een rolstoel');
    expect(failed.size, 'the search asked for index chunks').toBeGreaterThan(0);
    expect(await statusOf(page)).not.toContain('Geen resultaten');
    expect(urls.slice(0, TOP)).toContain('/wetten/zvw/#hulpmiddelen');
    await context.close();
  });

  it('filters narrow the results: type, wet and beleidsruimte', async () => {
    const p = await open('/zoeken/?q=wlz');
    const { page } = p;
    await page.waitForSelector('[data-sk-zoekresultaten][data-sk-query="wlz"] > li');
    const all = Number((await statusOf(page))!.match(/^(\d+)/)![1]);

    await page.check('input[name="type"][value="keuze"]');
    await page.waitForFunction(() => document.querySelector('[data-sk-zoekstatus]')?.textContent?.includes('zonder filters'));
    const keuzes = await resultsOf(page);
    const count = Number((await statusOf(page))!.match(/^(\d+)/)![1]);
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(all);
    expect(keuzes.every((r) => r.meta.startsWith('Keuze · '))).toBe(true);
    expect(page.url()).toBe(`${baseUrl}/zoeken/?q=wlz&type=keuze`);

    await page.check('input[name="beleidsruimte"][value="geen"]');
    await page.waitForFunction((n) => !document.querySelector('[data-sk-zoekstatus]')?.textContent?.startsWith(`${n} `), count);
    const geen = await resultsOf(page);
    expect(geen.length).toBeGreaterThan(0);
    expect(geen.length).toBeLessThan(count);
    expect(geen.every((r) => r.meta.endsWith('beleidsruimte geen'))).toBe(true);

    const violations = await axe(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    await clean(p);
  });

  it('takes filters from its URL', async () => {
    const p = await open('/zoeken/?q=eigen+bijdrage&wet=Wlz');
    const { page } = p;
    await page.waitForSelector('[data-sk-zoekresultaten][data-sk-query="eigen bijdrage"] > li');
    expect(await page.isChecked('input[name="wet"][value="Wlz"]')).toBe(true);
    const results = await resultsOf(page);
    expect(results.slice(0, TOP).map((r) => r.url)).toContain('/wetten/wlz/#eigen-bijdrage-cak');
    expect(results.every((r) => /\bWlz\b/.test(r.meta)), JSON.stringify(results)).toBe(true);
    await clean(p);
  });

  it('without JavaScript says that search needs it, and offers the begrippen and the overviews', async () => {
    const noJs = await chromium.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    const w = await watch(page, baseUrl);
    await page.goto(`${baseUrl}/zoeken/?q=wlz`);
    expect(await page.locator('main').innerText()).toContain('Zoeken werkt alleen met JavaScript');
    for (const href of ['/begrippen/', '/wetten/', '/scheidslijnen/', '/casussen/']) {
      expect(await page.isVisible(`main a[href="${href}"]`), href).toBe(true);
    }
    expect(await page.isHidden('[data-sk-zoekpagina]')).toBe(true);
    // (axe cannot run without JavaScript; this text and these links are plain HTML.)
    expect(w.foreignRequests).toEqual([]);
    await noJs.close();
  });
});
