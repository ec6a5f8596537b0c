/**
 * What a content type's checks get to test its cross-references: the known
 * ids per collection and helpers that report an unknown wet, scheidslijn,
 * keuze or casus naming the file and the field. Built by the content check
 * (src/lib/content/check.ts) once per run.
 */
import type { ContentProblem } from './problems.ts';
import type { Artikel } from './typen/common.ts';

/** A validated entry of one content type. */
export interface Checked<T> {
  id: string;
  file: string;
  data: T;
}

export interface Refs {
  problems: ContentProblem[];
  /** Ids per collection, including entries that failed their schema (those are reported by their own file). */
  ids(collection: string): ReadonlySet<string>;
  /** Wet id → its `volgorde` and its BWB id. */
  volgorde: ReadonlyMap<string, number>;
  bwbOf: ReadonlyMap<string, string>;
  /** Casus ids that have a route. */
  metRoute: ReadonlySet<string>;
  needWet(file: string, field: string, id: string | undefined): void;
  needScheidslijn(file: string, field: string, id: string): void;
  needKeuze(file: string, field: string, id: string): void;
  needCasus(file: string, field: string, id: string): void;
  /** An article names its wet (or a bwb, or inherits `defaultWet`), and a given bwb matches that wet. */
  checkArtikel(file: string, field: string, art: Artikel | undefined, defaultWet?: string): void;
}

export function makeRefs(known: readonly { collection: string; id: string }[], wetten: readonly Checked<{ volgorde: number; bwb: string }>[], metRoute: ReadonlySet<string>): Refs {
  const problems: ContentProblem[] = [];
  const perCollection = new Map<string, Set<string>>();
  for (const e of known) perCollection.set(e.collection, (perCollection.get(e.collection) ?? new Set()).add(e.id));
  const ids = (c: string): ReadonlySet<string> => perCollection.get(c) ?? new Set();
  const wetList = [...ids('wetten')].sort().join(', ') || '(geen wetten gevonden)';
  const bwbOf = new Map(wetten.map((e) => [e.id, e.data.bwb]));
  const refs: Refs = {
    problems,
    ids,
    volgorde: new Map(wetten.map((e) => [e.id, e.data.volgorde])),
    bwbOf,
    metRoute,
    needWet(file, field, id) {
      if (id !== undefined && !ids('wetten').has(id)) problems.push({ file, field, expected: `een bekende wet (${wetList}), niet "${id}"` });
    },
    needScheidslijn(file, field, id) {
      if (!ids('scheidslijnen').has(id))
        problems.push({ file, field, expected: `een bekende scheidslijn (${[...ids('scheidslijnen')].sort().join(', ') || 'geen'}), niet "${id}"` });
    },
    needKeuze(file, field, id) {
      if (!ids('keuzes').has(id)) problems.push({ file, field, expected: `een bekende keuze in de vorm wet/keuze (zoals wmo/eigen-bijdrage), niet "${id}"` });
    },
    needCasus(file, field, id) {
      if (!ids('casussen').has(id)) problems.push({ file, field, expected: `een bekende casus uit content/casussen/, niet "${id}"` });
    },
    checkArtikel(file, field, art, defaultWet) {
      if (!art) return;
      if (art.wet !== undefined) refs.needWet(file, `${field}.wet`, art.wet);
      if (!art.bwb && !art.wet && !defaultWet) problems.push({ file, field: `${field}.wet`, expected: 'de wet (of de bwb) waar dit artikel in staat' });
      const wetId = art.wet ?? defaultWet;
      if (art.bwb && wetId && art.wet && bwbOf.get(wetId) && bwbOf.get(wetId) !== art.bwb)
        problems.push({ file, field: `${field}.bwb`, expected: `${bwbOf.get(wetId)} (de BWB-id van ${wetId}), niet ${art.bwb}` });
    },
  };
  return refs;
}
