/**
 * The list-question rule (issue 24): a question that asks for a list or overview of a kind of result is answered by
 * the page that lists that kind. Reached through Lexicon.herstel, so it loads with the repair code and the lexicon:
 * every word that names a kind (OVERZICHT_VAN, also inside a compound) has 5 letters or more (MIN_CHECKED), so a
 * query it applies to always loads them (query.ts needsLexicon; tests/unit/search-lijst.test.ts checks it), and a
 * first search of a short keyword ("wlz") does not download this code.
 *
 * Pure TypeScript: no DOM, no Pagefind.
 */

/**
 * Words for a kind of result, with the page that lists that kind (its overview): "lijst van alle casussen", "welke
 * scheidslijnen zijn er", "overzicht van de begrippen", "begrippenlijst". Plural forms, and the singular of a kind
 * whose plural people rarely type in a list question ("overzicht casus"). "keuzes" is not among them: the keuzes of a
 * wet are its page ("overzicht keuzes jeugdwet"), and all of them the kaart.
 */
export const OVERZICHT_VAN: ReadonlyMap<string, string> = new Map([
  ['casussen', '/casussen/'],
  ['casus', '/casussen/'],
  ['praktijkvoorbeelden', '/casussen/'],
  ['begrippen', '/begrippen/'],
  ['wetten', '/wetten/'],
  ['scheidslijnen', '/scheidslijnen/'],
  ['oefeningen', '/werksessie/oefeningen/'],
  ['oefenkaarten', '/werksessie/oefeningen/'],
  ['hand-outs', '/werksessie/'],
  ['handouts', '/werksessie/'],
  ['feiten', '/feiten/'],
  ['wijzigingen', '/wijzigingen/'],
  ['wetswijzigingen', '/wijzigingen/'],
]);

/** Words that ask for a list or overview ("lijst", "overzicht", "alle", "op een rij"); with a kind word see overzichtVraag. */
export const LIJST_WOORDEN: ReadonlySet<string> = new Set(['lijst', 'lijstje', 'lijsten', 'overzicht', 'overzichten', 'alle', 'allemaal', 'opsomming', 'rij']);

/** Compound of a kind word and a list word ("begrippenlijst", "casusoverzicht"): the kind word. */
const KIND_IN_COMPOUND = /^(.+?)(lijst|lijstje|overzicht)$/;

/**
 * The overview rule: a question that asks for a list or overview of a kind of result ("lijst van alle casussen voor
 * de training", "welke scheidslijnen zijn er", "begrippenlijst", "welke wetten horen bij het sociaal domein") is
 * answered by the page that lists that kind. It asks when it names one kind (a word of OVERZICHT_VAN, never two: "alle
 * wetten en scheidslijnen" is the kaart) together with a list word, as a compound with one, or as the plural right
 * after "welke". Returns the overview's URL and the list words, which frame the question and are not searched.
 */
export function overzichtVraag(list: string[]): { url: string; frame: string[] } | undefined {
  const kind = (w: string) => OVERZICHT_VAN.get(w) ?? (KIND_IN_COMPOUND.exec(w)?.[1] ? OVERZICHT_VAN.get(KIND_IN_COMPOUND.exec(w)![1]!) : undefined);
  const urls = new Set(list.map(kind).filter(Boolean));
  if (urls.size !== 1) return undefined;
  const url = [...urls][0]!;
  const compound = list.some((w) => !OVERZICHT_VAN.has(w) && kind(w));
  const lijst = list.filter((w) => LIJST_WOORDEN.has(w));
  // "welke casussen …": a plural kind word right after "welke" (a singular one asks for one: "welke casus past").
  const welke = list.some((w, i) => i > 0 && list[i - 1] === 'welke' && OVERZICHT_VAN.has(w) && w !== 'casus');
  return compound || lijst.length || welke ? { url, frame: lijst } : undefined;
}
