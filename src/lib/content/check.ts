/**
 * The content check: reads every file in a content folder, validates it
 * against its schema and checks every cross-reference. Broken content gives
 * one message per problem naming the file, the field and what was expected.
 *
 * Runs before every build (src/integrations/content-check.ts), from
 * `npm run check:content`, and in the unit tests against the broken fixtures
 * in tests/fixtures/broken/.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'astro/zod';
import { schemas, type CollectionName, type Keuze } from './schema.ts';
import { buildGraph, type Graph, type SiteContent } from './graph.ts';
import { feitVerwijzingen, feitVerwijzingenInMdx, formatFeit } from './feiten.ts';
import type { Feit } from './schema.ts';
import { SKIP_KEYS, textOf } from '../search/terms.ts';
import { checkEdities } from '../lokaal/edition.ts';
import { laatsteDatum, readWetteksten } from './wetteksten.ts';
import { checkVerwijzingen, type Dekking } from './verwijzingen.ts';
import { escapeRegExp } from '../escape.ts';

export interface RawEntry {
  collection: CollectionName;
  /** Id as Astro's glob loader makes it: the path without extension ("wmo/eigen-bijdrage"). */
  id: string;
  /** Path relative to the project root, for messages. */
  file: string;
  data: unknown;
  /** The MDX body of a .md/.mdx file (after the frontmatter). */
  body?: string;
}

export interface ContentProblem {
  file: string;
  field: string;
  expected: string;
}

export class ContentError extends Error {
  problems: ContentProblem[];
  constructor(problems: ContentProblem[]) {
    super(
      `De inhoud in content/ klopt niet (${problems.length} ${problems.length === 1 ? 'probleem' : 'problemen'}):\n` +
        problems.map(formatProblem).join('\n'),
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
}

export function formatProblem(p: ContentProblem): string {
  return `  ${p.file}: veld "${p.field}": verwacht ${p.expected}`;
}

const EXTENSIONS: Record<CollectionName, string[]> = {
  wetten: ['.mdx', '.md'],
  keuzes: ['.yaml', '.yml'],
  scheidslijnen: ['.mdx', '.md'],
  casussen: ['.mdx', '.md'],
  begrippen: ['.yaml', '.yml'],
  wijzigingen: ['.yaml', '.yml'],
  feiten: ['.yaml', '.yml'],
  vragen: ['.yaml', '.yml'],
  rondleidingen: ['.yaml', '.yml'],
  oefeningen: ['.yaml', '.yml'],
};

function walk(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

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
    for (const path of walk(base).sort()) {
      const ext = EXTENSIONS[collection].find((e) => path.endsWith(e));
      const file = relative(root, path).split(sep).join('/');
      if (!ext) {
        problems.push({ file, field: '(bestand)', expected: `een bestand met extensie ${EXTENSIONS[collection].join(' of ')}` });
        continue;
      }
      const id = relative(base, path).slice(0, -ext.length).split(sep).join('/');
      try {
        const source = readFileSync(path, 'utf8');
        const md = ext.startsWith('.md');
        const data = md ? parseFrontmatter(source) : parseYaml(source);
        entries.push({ collection, id, file, data, ...(md ? { body: source.replace(FRONTMATTER, '') } : {}) });
      } catch (e) {
        problems.push({ file, field: '(bestand)', expected: `geldige YAML: ${(e as Error).message.split('\n')[0]}` });
      }
    }
  }
  return { entries, problems };
}

export function fieldPath(path: PropertyKey[]): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '') || '(hele bestand)';
}

const TYPE_NL: Record<string, string> = {
  string: 'een tekst',
  array: 'een lijst',
  object: 'een groep velden',
  boolean: 'true of false',
  number: 'een getal',
  date: 'een datum (JJJJ-MM-DD)',
  tuple: 'een lijst',
};

export function describeIssue(issue: z.core.$ZodIssue): string {
  const input = (issue as { input?: unknown }).input;
  const generic = issue.message.startsWith('Invalid input');
  if (issue.code === 'invalid_type') {
    const expected = generic ? (TYPE_NL[issue.expected] ?? issue.expected) : issue.message;
    return input === undefined ? `${expected} (het veld ontbreekt)` : expected;
  }
  if (issue.code === 'unrecognized_keys') return `geen onbekende velden (${issue.keys.join(', ')})`;
  return issue.message;
}

export interface CheckedEntry<T = unknown> extends RawEntry {
  data: T;
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

type Data = Record<string, unknown>;

/** Section ids on a wet page; a keuze file may not be named like one (its anchor would collide). */
export const RESERVED_ANCHORS = ['inhoud', 'samenvatting', 'keuzes', 'wat-verandert', 'scheidslijnen', 'bronnen', 'main'];

/** Cross-references and uniqueness; pure, so it is unit-tested directly. */
export function checkReferences(entries: CheckedEntry[], known: RawEntry[] = entries): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const by = (c: CollectionName) => entries.filter((e) => e.collection === c);
  // An entry that failed its schema is reported once, by its own file; its id still counts as known here.
  const ids = (c: CollectionName) => new Set(known.filter((e) => e.collection === c).map((e) => e.id));
  const wetten = ids('wetten');
  const scheidslijnen = ids('scheidslijnen');
  const begrippen = ids('begrippen');
  const wijzigingen = ids('wijzigingen');
  const wetList = [...wetten].sort().join(', ') || '(geen wetten gevonden)';

  // Ids must be unique per collection: "x.yaml" and "x.yml", or "x.md" and "x.mdx", would share one.
  for (const c of Object.keys(schemas) as CollectionName[]) {
    const seen = new Map<string, string>();
    for (const e of known.filter((k) => k.collection === c)) {
      const first = seen.get(e.id);
      if (first) problems.push({ file: e.file, field: 'id', expected: `een unieke id; "${e.id}" staat ook in ${first}` });
      else seen.set(e.id, e.file);
    }
  }

  const volgorde = new Map(by('wetten').map((e) => [e.id, (e.data as Data).volgorde as number]));
  const bwbOf = new Map(by('wetten').map((e) => [e.id, (e.data as Data).bwb as string]));
  const needWet = (file: string, field: string, id: unknown) => {
    if (typeof id === 'string' && !wetten.has(id))
      problems.push({ file, field, expected: `een bekende wet (${wetList}), niet "${id}"` });
  };
  const needScheidslijn = (file: string, field: string, id: string) => {
    if (!scheidslijnen.has(id))
      problems.push({ file, field, expected: `een bekende scheidslijn (${[...scheidslijnen].sort().join(', ') || 'geen'}), niet "${id}"` });
  };
  const checkArtikel = (file: string, field: string, art: Data | undefined, defaultWet?: string) => {
    if (!art) return;
    if (art.wet !== undefined) needWet(file, `${field}.wet`, art.wet);
    if (!art.bwb && !art.wet && !defaultWet)
      problems.push({ file, field: `${field}.wet`, expected: 'de wet (of de bwb) waar dit artikel in staat' });
    const wetId = (art.wet as string | undefined) ?? defaultWet;
    if (art.bwb && wetId && art.wet && bwbOf.get(wetId) && bwbOf.get(wetId) !== art.bwb)
      problems.push({ file, field: `${field}.bwb`, expected: `${bwbOf.get(wetId)} (de BWB-id van ${wetId}), niet ${String(art.bwb)}` });
  };

  for (const e of by('keuzes')) {
    const d = e.data as Data;
    const [wetId, ...rest] = e.id.split('/');
    if (rest.length !== 1)
      problems.push({ file: e.file, field: '(map)', expected: 'een keuze in content/keuzes/<wet>/<id>.yaml' });
    needWet(e.file, '(map)', wetId);
    const anchor = rest.join('/');
    if (RESERVED_ANCHORS.includes(anchor))
      problems.push({ file: e.file, field: 'id', expected: `een andere bestandsnaam: "${anchor}" is al een kopje op de wetpagina` });
    checkArtikel(e.file, 'artikel', d.artikel as Data, wetId);
    if (d.beleidsruimte === 'geen' && !d.watKanDeRaadWel)
      problems.push({ file: e.file, field: 'watKanDeRaadWel', expected: 'bij beleidsruimte "geen": wat de raad wél kan (signaleren, afspraken, preventie …)' });
    (d.wijzigingen as string[]).forEach((w, i) => {
      if (!wijzigingen.has(w))
        problems.push({ file: e.file, field: `wijzigingen[${i}]`, expected: `een bekende wijziging uit content/wijzigingen/, niet "${w}"` });
    });
  }

  for (const e of by('scheidslijnen')) {
    const d = e.data as Data;
    const tussen = d.tussen as [string, string];
    tussen.forEach((w, i) => needWet(e.file, `tussen[${i}]`, w));
    if (tussen[0] === tussen[1]) problems.push({ file: e.file, field: 'tussen', expected: 'twee verschillende wetten' });
    const [a, b] = tussen;
    if (volgorde.has(a) && volgorde.has(b)) {
      const canonical = volgorde.get(a)! <= volgorde.get(b)! ? `${a}-${b}` : `${b}-${a}`;
      if (e.id !== canonical)
        problems.push({ file: e.file, field: 'tussen', expected: `dat de bestandsnaam ${canonical} is (wetten in de vaste volgorde van hun veld volgorde)` });
    }
    const kanten = d.kanten as Data[];
    kanten.forEach((k, i) => {
      if (k.wet !== tussen[i]) problems.push({ file: e.file, field: `kanten[${i}].wet`, expected: `"${tussen[i]}", in dezelfde volgorde als tussen` });
    });
    (d.artikelen as Data[]).forEach((art, i) => checkArtikel(e.file, `artikelen[${i}]`, art));
  }

  for (const e of by('casussen')) {
    const d = e.data as Data;
    (d.wetten as string[]).forEach((w, i) => needWet(e.file, `wetten[${i}]`, w));
    (d.scheidslijnen as string[]).forEach((s, i) => needScheidslijn(e.file, `scheidslijnen[${i}]`, s));
  }

  // Werksessie (issue 13): casus routes, rondleidingen and oefeningen point at wetten, scheidslijnen,
  // keuzes and casussen; an unknown target stops the build naming the file and the field.
  const keuzes = ids('keuzes');
  const casussen = ids('casussen');
  const metRoute = new Set(by('casussen').filter((e) => (e.data as Data).route).map((e) => e.id));
  const needKeuze = (file: string, field: string, id: string) => {
    if (!keuzes.has(id)) problems.push({ file, field, expected: `een bekende keuze in de vorm wet/keuze (zoals wmo/eigen-bijdrage), niet "${id}"` });
  };
  const needCasus = (file: string, field: string, id: string) => {
    if (!casussen.has(id)) problems.push({ file, field, expected: `een bekende casus uit content/casussen/, niet "${id}"` });
  };
  for (const e of by('casussen')) {
    ((e.data as Data).route as Data[] | undefined)?.forEach((stap, i) => {
      needWet(e.file, `route[${i}].wet`, stap.wet);
      if (typeof stap.keuze !== 'string') return;
      needKeuze(e.file, `route[${i}].keuze`, stap.keuze);
      if (keuzes.has(stap.keuze) && stap.keuze.split('/')[0] !== stap.wet)
        problems.push({ file: e.file, field: `route[${i}].keuze`, expected: `een keuze van de wet ${String(stap.wet)}, niet "${stap.keuze}"` });
    });
  }
  for (const e of by('rondleidingen')) {
    const d = e.data as Data;
    if (d.wet !== undefined) needWet(e.file, 'wet', d.wet);
    (d.stappen as Data[]).forEach((stap, i) => {
      const f = `stappen[${i}]`;
      (stap.gebieden as string[]).forEach((w, j) => needWet(e.file, `${f}.gebieden[${j}]`, w));
      (stap.grenzen as string[]).forEach((s, j) => needScheidslijn(e.file, `${f}.grenzen[${j}]`, s));
      (stap.keuzes as string[]).forEach((k, j) => needKeuze(e.file, `${f}.keuzes[${j}]`, k));
      if (typeof stap.casus === 'string') {
        needCasus(e.file, `${f}.casus`, stap.casus);
        if (casussen.has(stap.casus) && !metRoute.has(stap.casus))
          problems.push({ file: e.file, field: `${f}.casus`, expected: `een casus met een route (veld route in content/casussen/${stap.casus}.mdx)` });
      }
    });
  }
  for (const e of by('oefeningen')) {
    const d = e.data as Data;
    needCasus(e.file, 'casus', d.casus as string);
    ((d.antwoord as Data).wetten as string[]).forEach((w, i) => needWet(e.file, `antwoord.wetten[${i}]`, w));
    (d.keuzes as string[]).forEach((k, i) => needKeuze(e.file, `keuzes[${i}]`, k));
    (d.scheidslijnen as string[]).forEach((s, i) => needScheidslijn(e.file, `scheidslijnen[${i}]`, s));
  }

  for (const e of by('begrippen')) {
    const d = e.data as Data;
    (d.wetten as string[]).forEach((w, i) => needWet(e.file, `wetten[${i}]`, w));
    (d.zieOok as string[]).forEach((b, i) => {
      if (!begrippen.has(b)) problems.push({ file: e.file, field: `zieOok[${i}]`, expected: `een bekend begrip, niet "${b}"` });
    });
  }

  for (const e of by('wijzigingen')) {
    ((e.data as Data).wetten as string[]).forEach((w, i) => needWet(e.file, `wetten[${i}]`, w));
  }

  for (const e of by('feiten')) {
    const art = (e.data as Data).artikel as Data | undefined;
    if (art) checkArtikel(e.file, 'artikel', art);
    if ((e.data as Data).citaat && !art)
      problems.push({ file: e.file, field: 'artikel', expected: 'het artikel waar het citaat in staat ({ bwb, nummer, lid?, onderdeel? })' });
  }

  problems.push(...checkFeitVerwijzingen(entries, ids('feiten')));
  problems.push(...checkZelfdeOnderwerp(by('keuzes'), bwbOf));
  problems.push(...checkBegripOnzekereFeiten(by('begrippen'), by('feiten')));
  // Questions of the question instrument (content/vragen/): their wetten, keuzes and scheidslijnen must exist,
  // and a question either gives its own bandbreedte or points to a keuze that holds the options.
  for (const e of by('vragen')) {
    const d = e.data as Data;
    (d.wetten as string[]).forEach((w, i) => needWet(e.file, `wetten[${i}]`, w));
    (d.keuzes as string[]).forEach((k, i) => {
      if (!keuzes.has(k))
        problems.push({ file: e.file, field: `keuzes[${i}]`, expected: `een bekende keuze als <wet>/<id> (zoals wmo/eigen-bijdrage), niet "${k}"` });
    });
    (d.scheidslijnen as string[]).forEach((s, i) => needScheidslijn(e.file, `scheidslijnen[${i}]`, s));
    if (!d.bandbreedte && !(d.keuzes as string[]).length)
      problems.push({
        file: e.file,
        field: 'bandbreedte',
        expected: 'een bandbreedte (ten minste twee antwoorden, elk met een risico), of in keuzes een keuze die de opties al noemt',
      });
    if (d.aspect === 'scheidslijnen' && !(d.scheidslijnen as string[]).length)
      problems.push({ file: e.file, field: 'scheidslijnen', expected: 'bij aspect "scheidslijnen": ten minste één scheidslijn' });
  }
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

type KeuzeData = { wieBeslist: string[]; wieBetaalt: string[]; artikel: Data; zieOok: { keuze: string; verschil?: string }[] };

const sameSet = (a: string[], b: string[]) => a.length === new Set([...a, ...b]).size && b.length === a.length;

/**
 * Two keuzes in different wetten about the same subject (linked with `zieOok`,
 * or citing the same article and lid) must link each other, and agree on wie
 * beslist and wie betaalt or explain the difference in `verschil`.
 */
export function checkZelfdeOnderwerp(keuzes: CheckedEntry[], bwbOf: Map<string, string>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const byId = new Map(keuzes.map((k) => [k.id, k]));
  const data = (k: CheckedEntry) => k.data as KeuzeData;
  const wet = (id: string) => id.split('/')[0]!;
  const artikelKey = (k: CheckedEntry) => {
    const a = data(k).artikel;
    const bwb = (a.bwb as string | undefined) ?? bwbOf.get((a.wet as string | undefined) ?? wet(k.id));
    return `artikel ${String(a.nummer)}${a.lid ? ` lid ${String(a.lid)}` : ''}, ${bwb}`;
  };
  const links = (k: CheckedEntry) => data(k).zieOok.map((z) => z.keuze);

  for (const k of keuzes) {
    data(k).zieOok.forEach((z, i) => {
      const other = byId.get(z.keuze);
      if (!other || z.keuze === k.id) {
        problems.push({ file: k.file, field: `zieOok[${i}].keuze`, expected: `een andere bekende keuze (wet/id), niet "${z.keuze}"` });
        return;
      }
      if (!links(other).includes(k.id))
        problems.push({ file: other.file, field: 'zieOok', expected: `een verwijzing terug naar ${k.id} (die keuze verwijst naar deze)` });
      if (wet(k.id) === wet(other.id) || k.id > other.id) return; // each cross-wet pair once
      const back = data(other).zieOok.find((b) => b.keuze === k.id);
      const verschillen = [
        sameSet(data(k).wieBeslist, data(other).wieBeslist) ? '' : `wie beslist (hier ${data(k).wieBeslist.join(', ')}; daar ${data(other).wieBeslist.join(', ')})`,
        sameSet(data(k).wieBetaalt, data(other).wieBetaalt) ? '' : `wie betaalt (hier ${data(k).wieBetaalt.join(', ')}; daar ${data(other).wieBetaalt.join(', ')})`,
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
  const perArtikel = new Map<string, CheckedEntry[]>();
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
const plat = (s: string) => s.replace(/\s+/g, ' ').toLowerCase();

/** Text of a begrip without its fact references, to look for mentions. */
const zonderFeiten = (s: string) => s.replace(/\{feit:[^}]*\}/g, ' ');

/**
 * A begrip that mentions a fact marked onzeker (its value, or the words of one of
 * its `herkenning` entries) must use the fact, so that it shows the uncertainty too.
 */
export function checkBegripOnzekereFeiten(begrippen: CheckedEntry[], feiten: CheckedEntry[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const onzeker = feiten.filter((f) => (f.data as Feit).onzeker);
  for (const b of begrippen) {
    const definitie = (b.data as Data).definitie as string;
    const tekst = plat(`${(b.data as Data).term as string} ${zonderFeiten(definitie)}`);
    for (const f of onzeker) {
      if (definitie.includes(`{feit:${f.id}}`)) continue;
      const feit = f.data as Feit;
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
 * Warnings (listed in the build output, not stopping it): a keuze whose text
 * says "regionaal" or "jeugdregio" while its `regionaal` field says it is
 * decided locally or nationally.
 */
export function contentWarnings(entries: CheckedEntry[]): ContentProblem[] {
  const warnings: ContentProblem[] = [];
  for (const k of entries.filter((e) => e.collection === 'keuzes')) {
    const d = k.data as Data;
    if (d.regionaal) continue;
    for (const [field, value] of Object.entries(d)) {
      if (SKIP_KEYS.has(field)) continue;
      const hit = textOf(value).map((t) => REGIONAAL_WOORDEN.exec(t)).find(Boolean);
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

/**
 * Reads and validates a content folder; throws a ContentError listing every
 * problem. Warnings (see contentWarnings) do not stop anything: they are
 * returned for the build output.
 */
export function checkContent(
  contentDir: string,
  root = process.cwd(),
): { checked: CheckedEntry[]; warnings: ContentProblem[]; dekking?: Dekking } {
  const { entries, problems } = readContent(contentDir, root);
  const result = validateEntries(entries);
  // Every cited article against the stored law texts (content/wetteksten/) at the site's peildatum.
  const store = readWetteksten(join(contentDir, 'wetteksten'), root);
  const peilFeit = result.checked.find((e) => e.collection === 'feiten' && e.id === 'peildatum-wetteksten')?.data as Feit | undefined;
  const peildatum = peilFeit?.waarde instanceof Date ? peilFeit.waarde : laatsteDatum(store);
  let dekking: Dekking | undefined;
  if (peildatum && store.perBwb.size) {
    const r = checkVerwijzingen(result.checked, store, peildatum);
    result.problems.push(...r.problems);
    dekking = r.dekking;
  }
  problems.push(...store.problems);
  // Gemeente editions (content/lokaal/<gemeente>/) are checked against the keuzes they refer to.
  const keuzes = new Map(result.checked.filter((e) => e.collection === 'keuzes').map((e) => [e.id, e.data as Keuze]));
  const ongeldig = new Set(entries.filter((e) => e.collection === 'keuzes' && !keuzes.has(e.id)).map((e) => e.id));
  const all = [...problems, ...result.problems, ...checkEdities(contentDir, keuzes, root, ongeldig)];
  if (all.length) throw new ContentError(all);
  return { checked: result.checked, warnings: contentWarnings(result.checked), ...(dekking ? { dekking } : {}) };
}

/** Reads and validates a content folder; throws a ContentError listing every problem. */
export function checkContentDir(contentDir: string, root = process.cwd()): CheckedEntry[] {
  return checkContent(contentDir, root).checked;
}

/** The warnings as lines for the build output. */
export function formatWarnings(warnings: ContentProblem[]): string {
  return `Let op (${warnings.length} ${warnings.length === 1 ? 'waarschuwing' : 'waarschuwingen'}, de build gaat door):\n${warnings.map(formatProblem).join('\n')}`;
}

/** The validated content of a folder, by collection. */
export function loadContentDir(contentDir: string, root = process.cwd()): SiteContent {
  const content: SiteContent = {
    wetten: [],
    keuzes: [],
    scheidslijnen: [],
    casussen: [],
    begrippen: [],
    wijzigingen: [],
    feiten: [],
    vragen: [],
    rondleidingen: [],
    oefeningen: [],
  };
  for (const e of checkContentDir(contentDir, root)) (content[e.collection] as { id: string; data: unknown }[]).push({ id: e.id, data: e.data });
  return content;
}

/** The content graph of a folder, for build steps outside Astro's collections (integrations, tests). */
export function graphFromDir(contentDir: string, root = process.cwd()): Graph {
  return buildGraph(loadContentDir(contentDir, root));
}
