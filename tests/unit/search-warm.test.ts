/**
 * Warming up search on first use (src/components/search/warm.ts): the hints that let the browser fetch Pagefind's
 * files side by side with the search UI, under the names Pagefind and the integration write (that the files exist in
 * a built site is checked by tests/browser/search.test.ts, which sees them requested), and which queries load the
 * uitleg chunk.
 */
import { describe, expect, it } from 'vitest';
import { LEXICON_URL, mayNeedLexicon, PAGEFIND_WASM_URL, warmSearch } from '../../src/components/search/warm.ts';
import { TAAL } from '../../src/lib/search/records.ts';
import { LEXICON_FILE, onlyExports, PAGEFIND_EXPORTS, PAGEFIND_SEGMENTER, withoutGraphemeSegmenter } from '../../src/integrations/pagefind.ts';
import { needsLexicon, prepareQuery } from '../../src/lib/search/query.ts';
// render.ts only touches the DOM inside its functions, so heeftUitleg can be read without a browser.
import { heeftUitleg } from '../../src/components/search/render.ts';

/** A minimal document: only what warmSearch touches (head.querySelector, createElement, head.append). */
function fakeDocument() {
  const links: Record<string, string>[] = [];
  const head = {
    querySelector: (sel: string) => links.find((l) => sel === `link[href="${l.href}"]`) ?? null,
    append: (l: Record<string, string>) => links.push(l),
  };
  return { doc: { head, createElement: () => ({}) } as unknown as Document, links };
}

describe('warming up search', () => {
  it("asks for Pagefind's WebAssembly once, and the lexicon only for a query with a long word", () => {
    const { doc, links } = fakeDocument();
    warmSearch('wlz', doc);
    warmSearch('wlz', doc);
    expect(links.map((l) => `${l.rel} ${l.href} ${l.as ?? ''} ${l.crossOrigin ?? ''}`.trim())).toEqual([`preload ${PAGEFIND_WASM_URL} fetch anonymous`]);
    warmSearch('wie betaalt de rolstoel', doc);
    expect(links.map((l) => l.href)).toEqual([PAGEFIND_WASM_URL, LEXICON_URL]);
  });

  it('guesses the lexicon generously: whenever query.ts needs it, the hint was given', () => {
    for (const q of ['wlz', 'pgb', 'jeugzorg', 'wie is de pgb', 'hoeveel is de bijstand', 'wmo 2027', 'achttien']) {
      if (needsLexicon(q)) expect(mayNeedLexicon(q), q).toBe(true);
    }
  });

  it('names the files Pagefind and the integration write', () => {
    expect(PAGEFIND_WASM_URL).toBe(`/pagefind/wasm.${TAAL}.pagefind`);
    expect(LEXICON_URL).toBe(`/pagefind/${LEXICON_FILE}`);
  });
});

describe('what a first search loads beside the header chunk', () => {
  it('loads uitleg.ts only for a query with something to explain', () => {
    // One word searched as typed: nothing to say, no uitleg chunk.
    expect(heeftUitleg(prepareQuery('wlz'))).toBe(false);
    expect(heeftUitleg(prepareQuery('pgb'))).toBe(false);
    // Question words left out, a weak word, two terms (the results may hold only some of them): uitleg is shown.
    expect(heeftUitleg(prepareQuery('wat is de wlz'))).toBe(true);
    expect(heeftUitleg(prepareQuery('wlz zit'))).toBe(true);
    expect(heeftUitleg(prepareQuery('wmo pgb'))).toBe(true);
  });
});

describe("Pagefind's script", () => {
  it('keeps only the exports the site calls, and stops the build when one is missing', () => {
    const code = 'const a=1;export{a as createInstance,b as init,c as mergeIndex,d as options,e as preload,f as search};';
    expect(onlyExports(code, PAGEFIND_EXPORTS)).toBe('const a=1;export{b as init,d as options,e as preload,f as search};');
    expect(() => onlyExports('export{b as init,d as options};', PAGEFIND_EXPORTS)).toThrow(/preload, search/);
    expect(() => onlyExports('const a=1;', PAGEFIND_EXPORTS)).toThrow(/export/);
  });

  it('makes search() take its code-point branch unless a language needs word segmentation, and stops the build when the code changed', () => {
    // The shape of Pagefind 1.6's search() (tests/browser/search-segmenter.test.ts runs the real one on the built site).
    const search = (lang: string, hasSegmenter: boolean) => {
      const { outer, inner } = PAGEFIND_SEGMENTER;
      const code = `const made=[];const needsWordSegmentation=(l)=>["zh","ja","th"].includes(l);const trueLanguage=${JSON.stringify(lang)};const Intl={Segmenter:${hasSegmenter ? 'class{constructor(l,o){made.push(o.granularity)}}' : 'undefined'}};let branch="codepoint";${outer}new Intl.Segmenter(trueLanguage,{granularity:"grapheme"});${inner}new Intl.Segmenter(trueLanguage,{granularity:"word"});branch="word"}else{branch="grapheme"}}return [branch,made]`;
      return [new Function(code)(), new Function(withoutGraphemeSegmenter(code))()];
    };
    expect(search('nl', true)).toEqual([['grapheme', ['grapheme']], ['codepoint', []]]);
    expect(search('ja', true)).toEqual([['word', ['grapheme', 'word']], ['word', ['grapheme', 'word']]]);
    expect(search('nl', false)).toEqual([['codepoint', []], ['codepoint', []]]);
    expect(() => withoutGraphemeSegmenter('if(lang&&Intl.Segmenter){}')).toThrow(/search\(\) van Pagefind veranderd/);
    expect(() => withoutGraphemeSegmenter(`${PAGEFIND_SEGMENTER.outer}${PAGEFIND_SEGMENTER.inner}${PAGEFIND_SEGMENTER.inner}`)).toThrow(/needsWordSegmentation/);
  });
});
