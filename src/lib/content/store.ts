/**
 * The content store: content/ read and validated once per build. The content
 * check (src/integrations/content-check.ts) fills it at the start of a build;
 * begrip links, the search index and the editie read the same
 * validated entries afterwards instead of parsing the files again.
 *
 * The cache lives on globalThis, so that the copy of this module that Vite
 * loads for the pages shares it with the one the integrations import.
 */
import { resolve } from 'node:path';
import { byCollection, checkContent, type CheckedEntry, type ContentCheck, type ContentProblem } from './check.ts';
import { buildGraph, type Graph, type SiteContent } from './graph.ts';
import type { Dekking } from './verwijzingen.ts';
import type { Feit, Keuze } from './schema.ts';
import type { Wetteksten } from './wetteksten.ts';

export interface ContentStore {
  /** Absolute path of the content folder. */
  contentDir: string;
  root: string;
  /** Every validated entry, in file order per collection. */
  checked: readonly CheckedEntry[];
  warnings: readonly ContentProblem[];
  dekking?: Dekking;
  /** The entries by collection, as Astro's collections give them. */
  content: SiteContent;
  /** The content graph (built on first use). */
  readonly graph: Graph;
  keuzes: ReadonlyMap<string, Keuze>;
  feiten: ReadonlyMap<string, Feit>;
  /** What the added checks (ContentCheck) kept, by their name. */
  results: ReadonlyMap<string, unknown>;
  /** The added checks; a fresh read without `checks` runs them again. */
  checks: readonly ContentCheck[];
  /** The stored law texts the check read (content/wetteksten/): read once, also for the /lezen/ knowledge. */
  wetteksten: Wetteksten;
}

const KEY = Symbol.for('staalkaart.contentStore');
const cache = (): Map<string, ContentStore> => ((globalThis as Record<symbol, unknown>)[KEY] ??= new Map()) as Map<string, ContentStore>;

/**
 * The validated content of a folder. Reads and checks it on the first call
 * (throwing a ContentError naming file and field); later calls for the same
 * folder return the same store. `fresh` reads again: the start of a build does
 * that, and so does `astro dev` after an edit (src/lib/content/loader.ts).
 * `checks` are the checks features add (such as the editie's); they run when
 * the folder is read, and again on a fresh read that names none.
 */
export function contentStore(
  contentDir: string,
  root = process.cwd(),
  { fresh = false, checks: given }: { fresh?: boolean; checks?: readonly ContentCheck[] } = {},
): ContentStore {
  const dir = resolve(root, contentDir);
  const key = `${dir}\0${resolve(root)}`;
  const known = cache().get(key);
  if (known && !fresh) return known;
  const checks = given ?? known?.checks ?? [];
  const { checked, warnings, dekking, results, wetteksten } = checkContent(dir, root, checks);
  const content = byCollection(checked);
  let graph: Graph | undefined;
  const store: ContentStore = {
    contentDir: dir,
    root,
    checked,
    warnings,
    ...(dekking ? { dekking } : {}),
    content,
    get graph() {
      return (graph ??= buildGraph(content));
    },
    keuzes: new Map(content.keuzes.map((k) => [k.id, k.data])),
    feiten: new Map(content.feiten.map((f) => [f.id, f.data])),
    results,
    checks,
    wetteksten,
  };
  cache().set(key, store);
  return store;
}
