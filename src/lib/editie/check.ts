/**
 * Reads and checks edities (content/edities/<gemeente>/). Every
 * problem names the file and the field, like the rest of the content check:
 * schema errors, references to keuzes and options that do not exist, dates
 * that make no sense, and local choices the law does not allow (a choice on a
 * keuze with beleidsruimte "geen"; an amount above the legal maximum).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Feit, Keuze } from '../content/schema.ts';
import { gemeente as gemeenteSchema, lokaleKeuze, type Gemeente, type LokaleKeuze } from './schema.ts';
import { wettelijkMaximum } from './maxima.ts';
import { describeIssue, fieldPath, type ContentProblem } from '../content/problems.ts';
import type { ContentCheck } from '../content/check.ts';
import { bedrag, isoDate } from '../format.ts';
import { walk } from '../files.ts';
import { singleSpaces } from '../normalise.ts';

type Probleem = ContentProblem;

export interface LokaleEntry {
  /** Keuze id, "wmo/eigen-bijdrage". */
  keuze: string;
  file: string;
  data: LokaleKeuze;
  /** The option the gemeente chose (0-based index into waartussen), resolved from `optie`. */
  optieIndex?: number;
}

/** What an editie is checked against: the validated national keuzes and facts (the content store). */
export interface Nationaal {
  keuzes: ReadonlyMap<string, Keuze>;
  feiten: ReadonlyMap<string, Feit>;
}

export interface Editie {
  /** The folder name: EDITIE=<id>. */
  id: string;
  gemeente: Gemeente;
  /** By keuze id. */
  keuzes: Map<string, LokaleEntry>;
}

const isYaml = (f: string) => /\.ya?ml$/.test(f);
const normal = (s: string) => singleSpaces(s.toLowerCase());
const iso = isoDate;

/** The option a local entry points at: 0-based index, or a problem. */
export function resolveOptie(optie: number | string, keuze: Keuze): number | string {
  const opties = keuze.waartussen.map((o) => o.optie);
  if (typeof optie === 'number') {
    if (optie >= 1 && optie <= opties.length) return optie - 1;
    return `een optienummer van 1 tot en met ${opties.length} (de opties van "${keuze.onderwerp}"), niet ${optie}`;
  }
  const want = normal(optie);
  const hits = opties.flatMap((o, i) => (normal(o) === want || (want.length >= 10 && normal(o).startsWith(want)) ? [i] : []));
  if (hits.length === 1) return hits[0]!;
  return `het nummer of het begin van een optie van "${keuze.onderwerp}" (ten minste 10 tekens), niet "${optie}"`;
}

/** Checks one editie folder against the keuzes of the national content. */
export function checkEditie(
  dir: string,
  { keuzes, feiten }: Nationaal,
  root = process.cwd(),
  /** Keuze ids that exist but failed their own schema: reported by their own file, skipped here. */
  ongeldig: ReadonlySet<string> = new Set(),
): { editie?: Editie; problems: Probleem[] } {
  const problems: Probleem[] = [];
  const rel = (p: string) => relative(root, p).split(sep).join('/');
  const id = dir.split(sep).filter(Boolean).pop()!;
  const read = (path: string): unknown => {
    try {
      return parseYaml(readFileSync(path, 'utf8'));
    } catch (e) {
      problems.push({ file: rel(path), field: '(bestand)', expected: `geldige YAML: ${(e as Error).message.split('\n')[0]}` });
      return undefined;
    }
  };

  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id))
    problems.push({ file: rel(dir), field: '(map)', expected: 'een mapnaam in kleine letters met streepjes, zoals voorbeeldgemeente' });

  // gemeente.yaml
  const gemeentePath = join(dir, 'gemeente.yaml');
  let gemeente: Gemeente | undefined;
  if (!existsSync(gemeentePath)) problems.push({ file: rel(gemeentePath), field: '(bestand)', expected: 'een bestand gemeente.yaml met naam, cbs, peildatum, regio’s en links' });
  else {
    const raw = read(gemeentePath);
    if (raw !== undefined) {
      const r = gemeenteSchema.safeParse(raw, { reportInput: true });
      if (r.success) gemeente = r.data;
      else for (const issue of r.error.issues) problems.push({ file: rel(gemeentePath), field: fieldPath(issue.path), expected: describeIssue(issue) });
    }
  }

  // keuzes/<wet>/<keuze>.yaml, and nothing else
  const entries = new Map<string, LokaleEntry>();
  for (const path of walk(dir).sort()) {
    if (path === gemeentePath) continue;
    const file = rel(path);
    const inKeuzes = relative(join(dir, 'keuzes'), path).split(sep);
    if (inKeuzes[0] === '..' || inKeuzes.length !== 2 || !isYaml(path)) {
      problems.push({ file, field: '(bestand)', expected: 'alleen gemeente.yaml en keuzes/<wet>/<keuze>.yaml in een gemeentemap' });
      continue;
    }
    const keuzeId = `${inKeuzes[0]}/${inKeuzes[1]!.replace(/\.ya?ml$/, '')}`;
    const keuze = keuzes.get(keuzeId);
    if (!keuze) {
      if (ongeldig.has(keuzeId)) continue;
      problems.push({ file, field: '(bestand)', expected: `de naam van een bestaande keuze: content/keuzes/${keuzeId}.yaml bestaat niet` });
      continue;
    }
    if (entries.has(keuzeId)) {
      problems.push({ file, field: '(bestand)', expected: `één bestand per keuze; ${entries.get(keuzeId)!.file} gaat ook over ${keuzeId}` });
      continue;
    }
    const raw = read(path);
    if (raw === undefined) continue;
    const r = lokaleKeuze.safeParse(raw, { reportInput: true });
    if (!r.success) {
      for (const issue of r.error.issues) problems.push({ file, field: fieldPath(issue.path), expected: describeIssue(issue) });
      continue;
    }
    const d = r.data;
    const entry: LokaleEntry = { keuze: keuzeId, file, data: d };
    const p = (field: string, expected: string) => problems.push({ file, field, expected });
    if (d.concept)
      p('concept', 'een gecontroleerde keuze: dit is een concept van npm run griffie:lees. Controleer regeling, artikel, status en optie tegen de regeling en haal dan de regel "concept: true" weg');

    if (keuze.beleidsruimte === 'geen') {
      for (const f of ['optie', 'eigen', 'bedrag'] as const)
        if (d[f] !== undefined)
          p(f, `geen lokale keuze: "${keuze.onderwerp}" heeft beleidsruimte geen (landelijk of door een ander besloten); beschrijf in toelichting wat de gemeente eromheen doet`);
    } else if (d.status !== 'in-voorbereiding' && d.optie === undefined && d.eigen === undefined) {
      p('optie', `bij status ${d.status}: welke optie de gemeente koos (optie: nummer of begin van de tekst) of haar eigen keuze (eigen: …)`);
    }
    if (d.optie !== undefined && keuze.beleidsruimte !== 'geen') {
      const o = resolveOptie(d.optie, keuze);
      if (typeof o === 'number') entry.optieIndex = o;
      else p('optie', o);
    }
    const max = d.bedrag !== undefined ? wettelijkMaximum(feiten, keuzeId) : undefined;
    if (d.bedrag !== undefined && max && d.bedrag > max.bedrag)
      p('bedrag', `hooguit het wettelijk maximum van € ${bedrag(max.bedrag)} ${max.eenheid} (${max.jaar}; ${max.bron}), niet € ${bedrag(d.bedrag)}`);
    if (d.status !== 'in-voorbereiding' && keuze.beleidsruimte !== 'geen' && !d.besluit) p('besluit', `bij status ${d.status}: de datum van het besluit (JJJJ-MM-DD)`);
    if (d.besluit && gemeente && d.besluit > gemeente.peildatum)
      p('besluit', `een datum op of vóór de peildatum van de gemeente (${iso(gemeente.peildatum)}), niet ${iso(d.besluit)}`);
    if (d.besluit && d.volgende.datum && d.volgende.datum <= d.besluit)
      p('volgende.datum', `een datum na het besluit (${iso(d.besluit)}), niet ${iso(d.volgende.datum)}`);
    entries.set(keuzeId, entry);
  }

  if (problems.length || !gemeente) return { problems };
  return { editie: { id, gemeente, keuzes: entries }, problems };
}

/** The editie folders below a content folder (content/edities/*). */
export function editieMappen(contentDir: string): string[] {
  const base = join(contentDir, 'edities');
  if (!existsSync(base)) return [];
  return readdirSync(base)
    .map((n) => join(base, n))
    .filter((p) => statSync(p).isDirectory())
    .sort();
}

/**
 * The edities as a check added to the content check (astro.config.mjs, npm run check:content): every
 * editie below content/edities/ against the validated keuzes and facts. Its result, the edities by id,
 * stays in the content store, so a build reads an editie's files once.
 */
export const editieCheck: ContentCheck = {
  name: 'edities',
  check({ contentDir, root, checked, entries }) {
    const keuzes = new Map(checked.filter((e) => e.collection === 'keuzes').map((e) => [e.id, e.data as Keuze]));
    const feiten = new Map(checked.filter((e) => e.collection === 'feiten').map((e) => [e.id, e.data as Feit]));
    const ongeldig = new Set(entries.filter((e) => e.collection === 'keuzes' && !keuzes.has(e.id)).map((e) => e.id));
    const problems: Probleem[] = [];
    const edities = new Map<string, Editie>();
    for (const dir of editieMappen(contentDir)) {
      const r = checkEditie(dir, { keuzes, feiten }, root, ongeldig);
      problems.push(...r.problems);
      if (r.editie) edities.set(r.editie.id, r.editie);
    }
    return { problems, result: edities };
  },
};
