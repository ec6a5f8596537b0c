/**
 * The content check: reads every file in a content folder, validates it
 * against its schema and checks every cross-reference. Broken content gives
 * one message per problem naming the file, the field and what was expected.
 *
 * Runs before every build (src/integrations/content-check.ts), from
 * `npm run check:content`, and in the unit tests against the broken fixtures
 * in tests/fixtures/broken/.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ContentError, describeIssue, fieldPath, formatProblem, type ContentProblem } from './problems.ts';
import { schemas, type CollectionName } from './schema.ts';
import { buildGraph, type Graph, type SiteContent } from './graph.ts';
import { feitVerwijzingen, feitVerwijzingenInMdx, formatFeit } from './feiten.ts';
import type { Begrip, Feit, Keuze } from './schema.ts';
import { textOf } from './prose.ts';
import { laatsteDatum, readWetteksten, type Wetteksten } from './wetteksten.ts';
import { checkVerwijzingen, type Dekking } from './verwijzingen.ts';
import { atDepth, COLLECTIONS, DEPTH_TEXT } from './collections.ts';
import type { z } from 'astro/zod';
import { makeRefs, type Checked } from './refs.ts';
import { checkKeuzes } from './typen/keuzes.ts';
import { checkScheidslijnen } from './typen/scheidslijnen.ts';
import { checkCasussen } from './typen/casussen.ts';
import { checkOefeningen, checkRondleidingen } from './typen/werksessie.ts';
import { checkBegrippen } from './typen/begrippen.ts';
import { checkWijzigingen } from './typen/wijzigingen.ts';
import { checkFeiten } from './typen/feiten.ts';
import { checkVragen } from './typen/vragen.ts';

export { ContentError, type ContentProblem } from './problems.ts';
import type { CheckedEntry, RawEntry } from './entry.ts';
export type { CheckedEntry, RawEntry } from './entry.ts';
import { escapeRegExp } from '../escape.ts';
import { walk } from '../files.ts';
import { singleSpaces } from '../normalise.ts';


const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Splits `---\nyaml\n---\nbody` and parses the YAML part. */
export function parseFrontmatter(source: string): unknown {
  const match = FRONTMATTER.exec(source);
  if (!match) throw new Error('geen frontmatter tussen twee regels "---" bovenaan het bestand');
  return parseYaml(match[1]!) ?? {};
}

/** Reads all entries below `contentDir`; syntax errors become problems, not exceptions. */
export function readContent(contentDir: string, root = process.cwd()): { entries: RawEntry[]; problems: ContentProblem[] } {
  const entries: RawEntry[] = [];
  const problems: ContentProblem[] = [];
  for (const collection of Object.keys(schemas) as CollectionName[]) {
    const base = join(contentDir, collection);
    for (const path of existsSync(base) ? walk(base).sort() : []) {
      const ext = COLLECTIONS[collection].extensions.find((e) => path.endsWith(e));
      const file = relative(root, path).split(sep).join('/');
      if (!ext) {
        problems.push({ file, field: '(bestand)', expected: `een bestand met extensie ${COLLECTIONS[collection].extensions.join(' of ')}` });
        continue;
      }
      const id = relative(base, path).slice(0, -ext.length).split(sep).join('/');
      if (!atDepth(id, COLLECTIONS[collection].depth)) {
        problems.push({ file, field: '(bestand)', expected: `een bestand ${DEPTH_TEXT[COLLECTIONS[collection].depth]} content/${collection}/` });
        continue;
      }
      try {
        const source = readFileSync(path, 'utf8');
        const md = ext.startsWith('.md');
        const data = md ? parseFrontmatter(source) : parseYaml(source);
        entries.push({ collection, id, file, data, ...(md ? { body: source.replace(FRONTMATTER, ''), source } : {}) });
      } catch (e) {
        problems.push({ file, field: '(bestand)', expected: `geldige YAML: ${(e as Error).message.split('\n')[0]}` });
      }
    }
  }
  return { entries, problems };
}

/** Schema validation per entry, then cross-references over all entries. */
export function validateEntries(entries: RawEntry[]): { checked: CheckedEntry[]; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const checked: CheckedEntry[] = [];
  for (const entry of entries) {
    const result = schemas[entry.collection].safeParse(entry.data, { reportInput: true });
    if (result.success) checked.push({ ...entry, data: result.data });
    else
      for (const issue of result.error.issues)
        problems.push({ file: entry.file, field: fieldPath(issue.path), expected: describeIssue(issue) });
  }
  problems.push(...checkReferences(checked, entries));
  return { checked, problems };
}

/** The validated entries of one collection, typed by its schema (the one cast: zod typed each entry's data). */
const ofCollection = <C extends CollectionName>(entries: readonly CheckedEntry[], c: C) =>
  entries.filter((e) => e.collection === c) as unknown as Checked<z.infer<(typeof schemas)[C]>>[];

/**
 * Cross-references and uniqueness; pure, so it is unit-tested directly. Each
 * content type checks its own references (src/lib/content/typen/); this runs the list.
 */
export function checkReferences(entries: CheckedEntry[], known: RawEntry[] = entries): ContentProblem[] {
  const by = <C extends CollectionName>(c: C) => ofCollection(entries, c);
  // An entry that failed its schema is reported once, by its own file; its id still counts as known here.
  const metRoute = new Set(by('casussen').filter((e) => e.data.route).map((e) => e.id));
  const r = makeRefs(known, by('wetten'), metRoute);
  const { problems } = r;

  // Ids must be unique per collection: "x.yaml" and "x.yml", or "x.md" and "x.mdx", would share one.
  for (const c of Object.keys(schemas) as CollectionName[]) {
    const seen = new Map<string, string>();
    for (const e of known.filter((k) => k.collection === c)) {
      const first = seen.get(e.id);
      if (first) problems.push({ file: e.file, field: 'id', expected: `een unieke id; "${e.id}" staat ook in ${first}` });
      else seen.set(e.id, e.file);
    }
  }

  checkKeuzes(by('keuzes'), r);
  checkScheidslijnen(by('scheidslijnen'), r);
  checkCasussen(by('casussen'), r);
  checkRondleidingen(by('rondleidingen'), r);
  checkOefeningen(by('oefeningen'), r);
  checkBegrippen(by('begrippen'), r);
  checkWijzigingen(by('wijzigingen'), r);
  checkFeiten(by('feiten'), r);
  problems.push(...checkFeitVerwijzingen(entries, new Set(r.ids('feiten'))));
  problems.push(...checkZelfdeOnderwerp(by('keuzes'), r.bwbOf));
  problems.push(...checkBegripOnzekereFeiten(by('begrippen'), by('feiten')));
  checkVragen(by('vragen'), r);
  return problems;
}

/** Names, titles and labels: kept free of facts (they are measured for the kaart, used in links and search). */
const NAAM_VELDEN = new Set(['onderwerp', 'titel', 'term', 'label', 'aliassen', 'zoekwoorden']);

/** Every `{feit:id}` in a text field and every `<Feit id>` in an MDX body names a fact in content/feiten/. */
function checkFeitVerwijzingen(entries: CheckedEntry[], feiten: Set<string>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const unknown = (file: string, field: string, id: string) => {
    if (!feiten.has(id)) problems.push({ file, field, expected: `een bekend feit uit content/feiten/, niet "${id}"` });
  };
  for (const e of entries) {
    if (e.collection === 'feiten') {
      for (const r of feitVerwijzingen(e.data))
        problems.push({ file: e.file, field: r.field, expected: `een waarde zonder verwijzing naar een ander feit ({feit:${r.id}})` });
      continue;
    }
    for (const r of feitVerwijzingen(e.data)) {
      unknown(e.file, r.field, r.id);
      const name = r.field.replace(/\[\d+\]/g, '').split('.').pop()!;
      if (NAAM_VELDEN.has(name))
        problems.push({ file: e.file, field: r.field, expected: `een naam zonder {feit:…}: dit veld is een titel of label (schrijf het getal hier uit of laat het weg)` });
    }
    if (e.body === undefined) continue;
    for (const id of feitVerwijzingenInMdx(e.body)) unknown(e.file, '(tekst)', id);
    if (e.body.includes('{feit:'))
      problems.push({ file: e.file, field: '(tekst)', expected: 'in MDX-tekst <Feit id="…" /> in plaats van {feit:…}' });
  }
  return problems;
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === new Set([...a, ...b]).size && b.length === a.length;

/**
 * Two keuzes in different wetten about the same subject (linked with `zieOok`,
 * or citing the same article and lid) must link each other, and agree on wie
 * beslist and wie betaalt or explain the difference in `verschil`.
 */
export function checkZelfdeOnderwerp(keuzes: readonly Checked<Keuze>[], bwbOf: ReadonlyMap<string, string>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const byId = new Map(keuzes.map((k) => [k.id, k]));
  const wet = (id: string) => id.split('/')[0]!;
  const artikelKey = (k: Checked<Keuze>) => {
    const a = k.data.artikel;
    const bwb = a.bwb ?? bwbOf.get(a.wet ?? wet(k.id));
    return `artikel ${a.nummer}${a.lid ? ` lid ${a.lid}` : ''}, ${bwb}`;
  };
  const links = (k: Checked<Keuze>) => k.data.zieOok.map((z) => z.keuze);

  for (const k of keuzes) {
    k.data.zieOok.forEach((z, i) => {
      const other = byId.get(z.keuze);
      if (!other || z.keuze === k.id) {
        problems.push({ file: k.file, field: `zieOok[${i}].keuze`, expected: `een andere bekende keuze (wet/id), niet "${z.keuze}"` });
        return;
      }
      if (!links(other).includes(k.id))
        problems.push({ file: other.file, field: 'zieOok', expected: `een verwijzing terug naar ${k.id} (die keuze verwijst naar deze)` });
      if (wet(k.id) === wet(other.id) || k.id > other.id) return; // each cross-wet pair once
      const back = other.data.zieOok.find((b) => b.keuze === k.id);
      const verschillen = [
        sameSet(k.data.wieBeslist, other.data.wieBeslist) ? '' : `wie beslist (hier ${k.data.wieBeslist.join(', ')}; daar ${other.data.wieBeslist.join(', ')})`,
        sameSet(k.data.wieBetaalt, other.data.wieBetaalt) ? '' : `wie betaalt (hier ${k.data.wieBetaalt.join(', ')}; daar ${other.data.wieBetaalt.join(', ')})`,
      ].filter(Boolean);
      if (verschillen.length && !z.verschil && !back?.verschil)
        problems.push({
          file: k.file,
          field: `zieOok[${i}].verschil`,
          expected: `uitleg waarom ${verschillen.join(' en ')} verschilt van ${other.id}, of dezelfde waarden`,
        });
    });
  }

  // Keuzes of different wetten that cite the same article are about the same subject: they must be linked.
  const perArtikel = new Map<string, Checked<Keuze>[]>();
  for (const k of keuzes) perArtikel.set(artikelKey(k), [...(perArtikel.get(artikelKey(k)) ?? []), k]);
  for (const [art, group] of perArtikel)
    for (const a of group)
      for (const b of group)
        if (a.id < b.id && wet(a.id) !== wet(b.id) && !links(a).includes(b.id) && !links(b).includes(a.id))
          problems.push({
            file: a.file,
            field: 'zieOok',
            expected: `een verwijzing naar ${b.id}: die keuze in een andere wet gaat over hetzelfde artikel (${art})`,
          });
  return problems;
}

/** Lower case with plain spaces, to compare "€ 21,80" with "€\u00a021,80". */
const plat = (s: string) => singleSpaces(s).toLowerCase();

/** Text of a begrip without its fact references, to look for mentions. */
const zonderFeiten = (s: string) => s.replace(/\{feit:[^}]*\}/g, ' ');

/**
 * A begrip that mentions a fact marked onzeker (its value, or the words of one of
 * its `herkenning` entries) must use the fact, so that it shows the uncertainty too.
 */
export function checkBegripOnzekereFeiten(begrippen: readonly Checked<Pick<Begrip, 'term' | 'definitie'>>[], feiten: readonly Checked<Feit>[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const onzeker = feiten.filter((f) => f.data.onzeker);
  for (const b of begrippen) {
    const { definitie, term } = b.data;
    const tekst = plat(`${term} ${zonderFeiten(definitie)}`);
    for (const f of onzeker) {
      if (definitie.includes(`{feit:${f.id}}`)) continue;
      const feit = f.data;
      const waarde = typeof feit.waarde === 'number' ? plat(formatFeit(feit)) : undefined;
      const noemtWaarde = waarde !== undefined && new RegExp(`(^|[^\\d.,])${escapeRegExp(waarde)}(?![\\d,])`).test(tekst);
      const noemtWoorden = feit.herkenning.some((woorden) => woorden.every((w) => tekst.includes(plat(w))));
      if (noemtWaarde || noemtWoorden)
        problems.push({
          file: b.file,
          field: 'definitie',
          expected: `{feit:${f.id}} in plaats van het feit zelf: het is onzeker (${feit.label}), en de pagina moet dat laten zien`,
        });
    }
  }
  return problems;
}

/** Words that say a keuze is decided in a regional arrangement. */
const REGIONAAL_WOORDEN = /\b(regionaal|regionale|jeugdregio(?:'s)?)\b/i;
/**
 * The fields that say what a keuze IS, where "regionaal" would contradict `regionaal: false`. Other fields mention
 * the regio without saying the keuze is made there: where to ask for information ("vraag de jeugdregio om …"), one
 * option of several ("een regionaal normenkader overnemen"), what the raad can still do ("meedoen aan regionale
 * proeven"). Checking those gave 8 warnings on the real content, none of them a real contradiction.
 */
const REGIONAAL_VELDEN = ['onderwerp', 'samenvatting'] as const;

/**
 * Warnings (listed in the build output, not stopping it): a keuze whose name or summary says "regionaal" or
 * "jeugdregio" while its `regionaal` field says it is decided locally or nationally.
 */
export function contentWarnings(entries: readonly CheckedEntry[]): ContentProblem[] {
  const warnings: ContentProblem[] = [];
  for (const k of ofCollection(entries, 'keuzes')) {
    const d = k.data;
    if (d.regionaal) continue;
    for (const field of REGIONAAL_VELDEN) {
      const hit = textOf(d[field]).map((t) => REGIONAAL_WOORDEN.exec(t)).find(Boolean);
      if (hit) {
        warnings.push({
          file: k.file,
          field: 'regionaal',
          expected: `true, of een tekst zonder "${hit[0]}": het veld ${field} noemt "${hit[0]}", maar regionaal staat op false`,
        });
        break;
      }
    }
  }
  return warnings;
}

/** What a feature's check (a plugin, such as the editie) gets: the content as read and validated. */
export interface CheckContext {
  contentDir: string;
  root: string;
  checked: readonly CheckedEntry[];
  /** Every entry read, also those that failed their schema (their ids exist, their problems are reported already). */
  entries: readonly RawEntry[];
}

/** A check that a feature adds to the content check; `result` is kept in the content store under `name`. */
export interface ContentCheck {
  name: string;
  check(ctx: CheckContext): { problems: ContentProblem[]; result?: unknown };
}

/**
 * Reads and validates a content folder, then runs the checks features add;
 * throws a ContentError listing every problem. Warnings (see contentWarnings)
 * do not stop anything: they are returned for the build output.
 */
export function checkContent(
  contentDir: string,
  root = process.cwd(),
  checks: readonly ContentCheck[] = [],
): { checked: CheckedEntry[]; warnings: ContentProblem[]; dekking?: Dekking; results: Map<string, unknown>; wetteksten: Wetteksten } {
  const { entries, problems } = readContent(contentDir, root);
  const result = validateEntries(entries);
  // Every cited article against the stored law texts (content/wetteksten/) at the site's peildatum.
  const store = readWetteksten(join(contentDir, 'wetteksten'), root);
  const peilFeit = ofCollection(result.checked, 'feiten').find((e) => e.id === 'peildatum-wetteksten')?.data;
  const peildatum = peilFeit?.waarde instanceof Date ? peilFeit.waarde : laatsteDatum(store);
  let dekking: Dekking | undefined;
  if (peildatum && store.perBwb.size) {
    const r = checkVerwijzingen(result.checked, store, peildatum);
    result.problems.push(...r.problems);
    dekking = r.dekking;
  }
  problems.push(...store.problems);
  const results = new Map<string, unknown>();
  const all = [...problems, ...result.problems];
  for (const c of checks) {
    const r = c.check({ contentDir, root, checked: result.checked, entries });
    all.push(...r.problems);
    if (r.result !== undefined) results.set(c.name, r.result);
  }
  if (all.length) throw new ContentError(all);
  return { checked: result.checked, warnings: contentWarnings(result.checked), ...(dekking ? { dekking } : {}), results, wetteksten: store };
}

/** Reads and validates a content folder; throws a ContentError listing every problem. */
export function checkContentDir(contentDir: string, root = process.cwd(), checks: readonly ContentCheck[] = []): CheckedEntry[] {
  return checkContent(contentDir, root, checks).checked;
}

/** The warnings as lines for the build output. */
export function formatWarnings(warnings: ContentProblem[]): string {
  return `Let op (${warnings.length} ${warnings.length === 1 ? 'waarschuwing' : 'waarschuwingen'}, de build gaat door):\n${warnings.map(formatProblem).join('\n')}`;
}

/** Validated entries by collection, as Astro's collections give them. */
export function byCollection(checked: readonly CheckedEntry[]): SiteContent {
  const content = Object.fromEntries(Object.keys(COLLECTIONS).map((c) => [c, []])) as unknown as SiteContent;
  for (const e of checked) (content[e.collection] as { id: string; data: unknown }[]).push({ id: e.id, data: e.data });
  return content;
}

/** The validated content of a folder, by collection (read afresh: for tests and tools; a build uses the store). */
export function loadContentDir(contentDir: string, root = process.cwd()): SiteContent {
  return byCollection(checkContentDir(contentDir, root));
}

/** The content graph of a folder, for build steps outside Astro's collections (integrations, tests). */
export function graphFromDir(contentDir: string, root = process.cwd()): Graph {
  return buildGraph(loadContentDir(contentDir, root));
}
