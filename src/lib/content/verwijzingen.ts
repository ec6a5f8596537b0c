/**
 * Every place where the content cites an article of law, and the check of each
 * against the stored law texts (content/wetteksten/, see wetteksten.ts):
 *
 *  - `artikel` of a keuze and `artikelen` of a scheidslijn: the article, lid and
 *    onderdeel must exist in the text at the peildatum;
 *  - `artikel` and `citaat` of a fact: the same, and the quote must be in the
 *    cited unit and (for a number) name the fact's value; a fact whose source
 *    links an article must have both;
 *  - the titles of sources on wetten.overheid.nl ("Wmo 2015, artikel 2.3.5 lid 6"):
 *    checked where the article is stored, counted where it is not.
 *
 * Pure: takes checked entries and the store, returns problems and figures.
 */
import { escapeRegExp } from '../escape.ts';
import type { CheckedEntry } from './entry.ts';
import type { ContentProblem } from './problems.ts';
import type { Feit } from './schema.ts';
import {
  artikelenInTitel,
  bwbInUrl,
  citaatNoemtWaarde,
  isoDatum,
  schrijfwijzen,
  tekstOp,
  vergelijkbaar,
  zoekDeel,
  type Verwijzing,
  type Wetteksten,
} from './wetteksten.ts';

type Data = Record<string, unknown>;
type ArtikelData = { nummer: string; lid?: number; onderdeel?: string; wet?: string; bwb?: string };

/** All citations of articles in the content, with the BWB id they resolve to. */
export function verwijzingen(entries: CheckedEntry[]): Verwijzing[] {
  const bwbOf = new Map(entries.filter((e) => e.collection === 'wetten').map((e) => [e.id, (e.data as Data).bwb as string]));
  const out: Verwijzing[] = [];
  const push = (e: CheckedEntry, field: string, soort: Verwijzing['soort'], a: ArtikelData, defaultWet?: string, citaat?: string) => {
    const bwb = a.bwb ?? bwbOf.get(a.wet ?? defaultWet ?? '');
    if (!bwb) return;
    out.push({
      file: e.file,
      collection: e.collection,
      id: e.id,
      field,
      soort,
      bwb,
      nummer: a.nummer,
      ...(a.lid !== undefined ? { lid: a.lid } : {}),
      ...(a.onderdeel ? { onderdeel: a.onderdeel } : {}),
      ...(citaat ? { citaat } : {}),
    });
  };
  for (const e of entries) {
    const d = e.data as Data;
    if (e.collection === 'keuzes' && d.artikel) push(e, 'artikel', 'artikel', d.artikel as ArtikelData, e.id.split('/')[0]);
    if (e.collection === 'scheidslijnen') (d.artikelen as ArtikelData[]).forEach((a, i) => push(e, `artikelen[${i}]`, 'artikel', a));
    if (e.collection === 'feiten' && d.artikel) push(e, 'artikel', 'feit', d.artikel as ArtikelData, undefined, d.citaat as string | undefined);
    ((d.bronnen as { titel: string; url: string }[] | undefined) ?? []).forEach((b, i) => {
      const link = bwbInUrl(b.url);
      if (!link) return;
      for (const a of artikelenInTitel(b.titel)) push(e, `bronnen[${i}].titel`, 'brontitel', { ...a, bwb: link.bwb });
    });
  }
  return out;
}

export interface Dekking {
  /** Citations in article fields and facts: all resolved (or the check stops). */
  artikelen: number;
  feiten: number;
  /** Citations in source titles resolved against a stored article. */
  brontitels: number;
  /** Citations in source titles whose article is not stored (laws outside the five and their besluiten, or not added yet). */
  brontitelsNietOpgeslagen: { bwb: string; nummer: string; file: string }[];
  /**
   * Article-level citations of an article whose text is marked `ontbreekt` but whose existence on
   * the date is proven by stored official text that names it (`genoemdIn`, each quote found).
   */
  opBestaan: { file: string; field: string; bwb: string; nummer: string }[];
  /** Citations of an article whose text is marked `ontbreekt` in the store: not machine-checked, with the reason. */
  nietTeControleren: { file: string; field: string; bwb: string; nummer: string; reden: string }[];
}

/**
 * Checks every `genoemdIn` of the texts in force at `peildatum`: the named unit exists,
 * the quote is in it and names the article. Returns the articles whose existence is proven.
 */
export function checkGenoemdIn(store: Wetteksten, peildatum: Date): { problems: ContentProblem[]; bevestigd: Set<string> } {
  const problems: ContentProblem[] = [];
  const bevestigd = new Set<string>();
  for (const bwb of [...store.perBwb.keys()].sort()) {
    const tekst = tekstOp(store, bwb, peildatum);
    if (!tekst) continue;
    for (const [nummer, lijst] of tekst.genoemd) {
      let ok = true;
      for (const g of lijst) {
        const bron = tekstOp(store, g.bwb, peildatum);
        const r = bron ? zoekDeel(bron, g) : undefined;
        let fout: ContentProblem | undefined;
        if (!bron || !r || 'ontbreekt' in r)
          fout = { file: tekst.file, field: `${g.field}.nummer`, expected: `een artikel waarvan de tekst op ${isoDatum(peildatum)} is opgeslagen (${g.bwb} artikel ${g.nummer} niet): alleen opgeslagen tekst kan bewijzen dat artikel ${nummer} bestaat` };
        else if ('veld' in r) fout = { file: tekst.file, field: `${g.field}.${r.veld}`, expected: r.verwacht };
        else if (!vergelijkbaar(r.gevonden.deel).includes(vergelijkbaar(g.citaat)))
          fout = {
            file: tekst.file,
            field: `${g.field}.citaat`,
            expected: `woorden die letterlijk in ${r.gevonden.naam} van de ${r.gevonden.tekst.titel} staan (tekst van ${isoDatum(r.gevonden.tekst.datum)}, ${r.gevonden.tekst.file}); "${g.citaat}" staat er niet in`,
          };
        else if (!new RegExp(`\\bartikel ${escapeRegExp(nummer)}(?![\\d.]*\\d|[a-z])`).test(vergelijkbaar(g.citaat)))
          fout = { file: tekst.file, field: `${g.field}.citaat`, expected: `een citaat dat "artikel ${nummer}" noemt, niet "${g.citaat}"` };
        if (fout) {
          problems.push(fout);
          ok = false;
        }
      }
      if (ok && lijst.length) bevestigd.add(`${bwb} ${nummer}`);
    }
  }
  return { problems, bevestigd };
}

/**
 * Checks every citation against the stored texts at `peildatum`. A citation
 * in an article field or a fact must resolve; a citation in a source title
 * must resolve when its article is stored (a wrong lid or onderdeel there
 * stops the build too) and is counted when it is not.
 */
export function checkVerwijzingen(entries: CheckedEntry[], store: Wetteksten, peildatum: Date): { problems: ContentProblem[]; dekking: Dekking } {
  const problems: ContentProblem[] = [];
  const dekking: Dekking = { artikelen: 0, feiten: 0, brontitels: 0, brontitelsNietOpgeslagen: [], opBestaan: [], nietTeControleren: [] };
  const genoemd = checkGenoemdIn(store, peildatum);
  problems.push(...genoemd.problems);
  for (const v of verwijzingen(entries)) {
    const tekst = tekstOp(store, v.bwb, peildatum);
    const field = v.soort === 'brontitel' ? v.field : v.field;
    if (!tekst) {
      if (v.soort === 'brontitel') dekking.brontitelsNietOpgeslagen.push({ bwb: v.bwb, nummer: v.nummer, file: v.file });
      else
        problems.push({
          file: v.file,
          field,
          expected: `een opgeslagen wettekst van ${v.bwb} op of vóór ${isoDatum(peildatum)} in content/wetteksten/${v.bwb}/ (zie CONTRIBUTING, "Wetteksten")`,
        });
      continue;
    }
    if (v.soort === 'brontitel' && !tekst.artikelen.has(v.nummer) && !tekst.ontbrekend.has(v.nummer)) {
      dekking.brontitelsNietOpgeslagen.push({ bwb: v.bwb, nummer: v.nummer, file: v.file });
      continue;
    }
    const r = zoekDeel(tekst, v);
    if ('ontbreekt' in r) {
      // Without the words, a fact's quote, a lid or an onderdeel cannot be checked: that stops the check.
      const deel = v.soort === 'feit' ? '' : v.lid !== undefined ? '.lid' : v.onderdeel ? '.onderdeel' : undefined;
      if (deel !== undefined)
        problems.push({
          file: v.file,
          field: `${field}${deel}`,
          expected: `${v.soort === 'feit' ? 'een artikel' : 'alleen het artikel, of een artikel'} waarvan de tekst is opgeslagen: van artikel ${v.nummer} (${v.bwb}) is de tekst niet opgeslagen (${tekst.file}), dus ${v.soort === 'feit' ? 'is het citaat van dit feit' : `is ${deel === '.lid' ? `lid ${v.lid}` : `onderdeel ${v.onderdeel}`}`} niet te controleren. Sla de tekst op (zie CONTRIBUTING, "Wetteksten")`,
        });
      else if (genoemd.bevestigd.has(`${v.bwb} ${v.nummer}`)) dekking.opBestaan.push({ file: v.file, field: v.field, bwb: v.bwb, nummer: v.nummer });
      else dekking.nietTeControleren.push({ file: v.file, field: v.field, bwb: v.bwb, nummer: v.nummer, reden: r.ontbreekt });
      continue;
    }
    if ('veld' in r) {
      const sub = v.soort === 'brontitel' ? '' : r.veld === 'nummer' ? '.nummer' : `.${r.veld}`;
      problems.push({ file: v.file, field: `${field}${sub}`, expected: r.verwacht });
      continue;
    }
    if (v.soort === 'brontitel') dekking.brontitels++;
    else if (v.soort === 'artikel') dekking.artikelen++;
    if (v.soort !== 'feit') continue;
    const { gevonden } = r;
    if (!v.citaat) {
      problems.push({ file: v.file, field: 'citaat', expected: `een kort citaat van de woorden in ${gevonden.naam} waar dit feit op rust` });
      continue;
    }
    if (!vergelijkbaar(gevonden.deel).includes(vergelijkbaar(v.citaat))) {
      problems.push({
        file: v.file,
        field: 'citaat',
        expected: `woorden die letterlijk in ${gevonden.naam} van de ${gevonden.tekst.titel} staan (tekst van ${isoDatum(gevonden.tekst.datum)}, ${gevonden.tekst.file}); "${v.citaat}" staat er niet in`,
      });
      continue;
    }
    dekking.feiten++;
  }

  // A fact whose source links an article (jci1.3 …&artikel=) rests on that article: it names it in `artikel`,
  // and a number fact's quote names its value.
  for (const e of entries.filter((x) => x.collection === 'feiten')) {
    const f = e.data as Feit & { artikel?: ArtikelData; citaat?: string; waardeElders?: string };
    const gelinkt = f.bronnen.map((b) => bwbInUrl(b.url)).find((l) => l?.artikel);
    if (gelinkt && !f.artikel)
      problems.push({
        file: e.file,
        field: 'artikel',
        expected: `het artikel waar dit feit op rust ({ bwb: ${gelinkt.bwb}, nummer: "${gelinkt.artikel}"${gelinkt.lid ? `, lid: ${gelinkt.lid}` : ''} }) en een citaat`,
      });
    if (f.artikel && gelinkt && f.artikel.bwb === gelinkt.bwb && f.artikel.nummer !== gelinkt.artikel && !f.bronnen.some((b) => bwbInUrl(b.url)?.artikel === f.artikel!.nummer))
      problems.push({ file: e.file, field: 'artikel.nummer', expected: `het artikel dat de bron noemt (${gelinkt.artikel}), niet ${f.artikel.nummer}` });
    if (f.citaat && typeof f.waarde === 'number' && !f.waardeElders && !citaatNoemtWaarde(f.citaat, f.waarde))
      problems.push({
        file: e.file,
        field: 'citaat',
        expected: `een citaat dat de waarde van het feit noemt (${schrijfwijzen(f.waarde).join(' of ')}), niet "${f.citaat}" (staat de waarde niet in de wet, zeg dan in waardeElders waar ze vandaan komt)`,
      });
  }
  return { problems, dekking };
}

/** One line for the output of the content check. */
export function formatDekking(d: Dekking): string {
  const buiten = new Map<string, number>();
  for (const n of d.brontitelsNietOpgeslagen) buiten.set(n.bwb, (buiten.get(n.bwb) ?? 0) + 1);
  return (
    `wetteksten: ${d.artikelen} artikelverwijzingen en ${d.feiten} feiten met citaat gecontroleerd, ` +
    `${d.brontitels} artikelen in brontitels gecontroleerd, ${d.brontitelsNietOpgeslagen.length} niet` +
    (buiten.size ? ` (artikel niet opgeslagen: ${[...buiten].map(([b, n]) => `${b} ${n}×`).join(', ')})` : '') +
    (d.opBestaan.length
      ? `; ${d.opBestaan.length} alleen op bestaan gecontroleerd, tekst niet opgeslagen maar genoemd in opgeslagen wettekst (${[...new Set(d.opBestaan.map((n) => `${n.bwb} artikel ${n.nummer}`))].join(', ')})`
      : '') +
    (d.nietTeControleren.length
      ? `; ${d.nietTeControleren.length} niet te controleren, tekst niet opgeslagen (${[...new Set(d.nietTeControleren.map((n) => `${n.bwb} artikel ${n.nummer}`))].join(', ')})`
      : '')
  );
}
