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
import { checkEdities } from '../lokaal/edition.ts';

export interface RawEntry {
  collection: CollectionName;
  /** Id as Astro's glob loader makes it: the path without extension ("wmo/eigen-bijdrage"). */
  id: string;
  /** Path relative to the project root, for messages. */
  file: string;
  data: unknown;
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

/** Splits `---\nyaml\n---\nbody` and parses the YAML part. */
export function parseFrontmatter(source: string): unknown {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
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
        const data = ext.startsWith('.md') ? parseFrontmatter(source) : parseYaml(source);
        entries.push({ collection, id, file, data });
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
    (d.scheidslijnen as string[]).forEach((s, i) => {
      if (!scheidslijnen.has(s))
        problems.push({
          file: e.file,
          field: `scheidslijnen[${i}]`,
          expected: `een bekende scheidslijn (${[...scheidslijnen].sort().join(', ') || 'geen'}), niet "${s}"`,
        });
    });
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
  return problems;
}

/** Reads and validates a content folder; throws a ContentError listing every problem. */
export function checkContentDir(contentDir: string, root = process.cwd()): CheckedEntry[] {
  const { entries, problems } = readContent(contentDir, root);
  const result = validateEntries(entries);
  // Gemeente editions (content/lokaal/<gemeente>/) are checked against the keuzes they refer to.
  const keuzes = new Map(result.checked.filter((e) => e.collection === 'keuzes').map((e) => [e.id, e.data as Keuze]));
  const ongeldig = new Set(entries.filter((e) => e.collection === 'keuzes' && !keuzes.has(e.id)).map((e) => e.id));
  const all = [...problems, ...result.problems, ...checkEdities(contentDir, keuzes, root, ongeldig)];
  if (all.length) throw new ContentError(all);
  return result.checked;
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
