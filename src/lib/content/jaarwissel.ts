/**
 * The yearly checklist (`npm run jaarwissel`): what in content/ was checked
 * against a law text or source older than a given date, and which announced
 * changes should have happened by then (those already in force are left out). Pure: takes the checked entries of
 * the content check (with their files), returns the lists.
 */
import type { CheckedEntry } from './entry.ts';
import type { Casus, Feit, Keuze, Scheidslijn, Wet, Wijziging } from './schema.ts';
import { isoDate } from '../format.ts';
import { gewijzigdeArtikelen, type ArtikelWijziging, type Verwijzing, type Wetteksten } from './wetteksten.ts';
import { verwijzingen } from './verwijzingen.ts';

export interface Verouderd {
  file: string;
  /** What to check: the fact, the article or the source. */
  wat: string;
  /** The date it was checked against (peildatum), or the expected date of a change. */
  datum: Date;
}

export interface Jaarwissel {
  datum: Date;
  feiten: Verouderd[];
  artikelen: Verouderd[];
  bronnen: Verouderd[];
  wijzigingen: (Verouderd & { status: string })[];
}

/** The date in a wetten.overheid.nl link: /BWBR…/2026-01-01 or …&g=2026-01-01. */
export function datumInWettenUrl(url: string): Date | undefined {
  if (!/^https:\/\/wetten\.overheid\.nl\//.test(url)) return undefined;
  const m = /[/&]g=(\d{4}-\d{2}-\d{2})|\/BWB[RV]\d{7}\/(\d{4}-\d{2}-\d{2})/.exec(url);
  const d = m?.[1] ?? m?.[2];
  return d ? new Date(`${d}T00:00:00Z`) : undefined;
}

const byDatum = (a: Verouderd, b: Verouderd) => a.datum.getTime() - b.datum.getTime() || a.file.localeCompare(b.file) || a.wat.localeCompare(b.wat);

/** Everything whose peildatum (or expected date) lies before `datum`. */
export function jaarwissel(entries: CheckedEntry[], datum: Date): Jaarwissel {
  const voor = (d: Date | undefined): d is Date => d !== undefined && d.getTime() < datum.getTime();
  const of = <T>(c: CheckedEntry['collection']) => entries.filter((e) => e.collection === c) as CheckedEntry<T>[];
  const wetten = new Map(of<Wet>('wetten').map((w) => [w.id, w.data]));
  const out: Jaarwissel = { datum, feiten: [], artikelen: [], bronnen: [], wijzigingen: [] };

  for (const f of of<Feit>('feiten'))
    if (voor(f.data.peildatum)) out.feiten.push({ file: f.file, wat: `${f.id}: ${f.data.label}`, datum: f.data.peildatum });

  for (const w of of<Wet>('wetten'))
    if (voor(w.data.peildatum)) out.artikelen.push({ file: w.file, wat: `${w.data.afkorting} (peildatum van de wet en van haar keuzes)`, datum: w.data.peildatum });
  for (const k of of<Keuze>('keuzes')) {
    const wet = wetten.get(k.data.artikel.wet ?? k.id.split('/')[0]!);
    const peil = k.data.peildatum ?? wet?.peildatum;
    const naam = k.data.artikel.regeling ?? wet?.afkorting ?? k.data.artikel.bwb ?? '';
    if (voor(peil)) out.artikelen.push({ file: k.file, wat: `artikel ${k.data.artikel.nummer}${k.data.artikel.lid ? ` lid ${k.data.artikel.lid}` : ''} ${naam}`.trim(), datum: peil });
  }
  for (const s of of<Scheidslijn>('scheidslijnen'))
    if (voor(s.data.peildatum))
      for (const a of s.data.artikelen) out.artikelen.push({ file: s.file, wat: `artikel ${a.nummer} ${wetten.get(a.wet ?? '')?.afkorting ?? a.regeling ?? a.bwb ?? ''}`.trim(), datum: s.data.peildatum });
  // A casus has no article field, but its own peildatum: its text and sources were read against that date.
  for (const c of of<Casus>('casussen'))
    if (voor(c.data.peildatum)) out.artikelen.push({ file: c.file, wat: `casus "${c.data.titel}" (peildatum van de casus)`, datum: c.data.peildatum });

  for (const e of entries) {
    const bronnen = ((e.data as { bronnen?: { titel: string; url: string }[] }).bronnen ?? []);
    for (const b of bronnen) {
      const d = datumInWettenUrl(b.url);
      if (voor(d)) out.bronnen.push({ file: e.file, wat: `${b.titel} (${b.url})`, datum: d });
    }
  }

  // A change already marked in force was checked when its date passed: it needs no second look.
  for (const w of of<Wijziging>('wijzigingen'))
    if (voor(w.data.datum) && w.data.status !== 'in-werking')
      out.wijzigingen.push({ file: w.file, wat: w.data.titel, datum: w.data.datum, status: w.data.status });

  for (const list of [out.feiten, out.artikelen, out.bronnen, out.wijzigingen]) list.sort(byDatum);
  return out;
}

/** The checklist as text for the terminal. */
export function formatJaarwissel(j: Jaarwissel): string {
  const regel = (v: Verouderd & { status?: string }) => `  - ${v.file}: ${v.wat} (${isoDate(v.datum)}${v.status ? `, status ${v.status}` : ''})`;
  const deel = (kop: string, uitleg: string, items: (Verouderd & { status?: string })[]) =>
    `${kop} (${items.length})${items.length ? `: ${uitleg}\n${items.map(regel).join('\n')}` : ': niets'}`;
  return [
    `Jaarwissel: wat moet opnieuw gecontroleerd worden, peildatum ouder dan ${isoDate(j.datum)}?`,
    '',
    deel('Feiten', 'controleer de waarde in de bron, pas waarde en peildatum aan', j.feiten),
    '',
    deel('Wetsartikelen', 'lees het artikel in de nieuwe tekst en zet de peildatum (van de wet, scheidslijn, keuze of casus) op de nieuwe datum', j.artikelen),
    '',
    deel('Bronnen op wetten.overheid.nl met een oudere datum in het adres', 'zet de datum in het adres op de nieuwe peildatum', j.bronnen),
    '',
    deel('Wijzigingen waarvan de verwachte datum voorbij is', 'ging het door? Zet de status goed en werk de keuzes bij die ernaar verwijzen', j.wijzigingen),
    '',
  ].join('\n');
}

// ---------------------------------------------------------------------------
// Changed law texts: given the stored texts of two dates, what cites an article that changed.

export interface TeHerlezen {
  /** The law and article, as a reader names it: "Jeugdwet, artikel 1.1". */
  artikel: string;
  bwb: string;
  nummer: string;
  wat: ArtikelWijziging['wat'];
  /** The two stored files compared (the second missing when no text of the new date is stored). */
  van: string;
  naar?: string;
  /** Every entry that cites the article: keuzes, facts and pages (scheidslijnen, casussen, wetten, begrippen …). */
  keuzes: { file: string; field: string }[];
  feiten: { file: string; field: string }[];
  paginas: { file: string; field: string }[];
}

/**
 * Every stored article that differs between the text in force on `van` (the
 * current peildatum) and the text stored for `naar`, with every keuze, fact
 * and page that cites it. Articles nobody cites are left out.
 */
export function teHerlezen(entries: CheckedEntry[], store: Wetteksten, van: Date, naar: Date): TeHerlezen[] {
  const alle = verwijzingen(entries);
  const out: TeHerlezen[] = [];
  for (const w of gewijzigdeArtikelen(store, van, naar)) {
    const door = alle.filter((v) => v.bwb === w.bwb && v.nummer === w.nummer);
    if (!door.length) continue;
    const uniek = (xs: Verwijzing[]) =>
      [...new Map(xs.map((v) => [`${v.file} ${v.field}`, { file: v.file, field: v.field }])).values()].sort((a, b) => a.file.localeCompare(b.file) || a.field.localeCompare(b.field));
    out.push({
      artikel: `${w.titel}, artikel ${w.nummer}`,
      bwb: w.bwb,
      nummer: w.nummer,
      wat: w.wat,
      van: w.van.file,
      ...(w.naar ? { naar: w.naar.file } : {}),
      keuzes: uniek(door.filter((v) => v.collection === 'keuzes')),
      feiten: uniek(door.filter((v) => v.collection === 'feiten')),
      paginas: uniek(door.filter((v) => v.collection !== 'keuzes' && v.collection !== 'feiten')),
    });
  }
  return out;
}

/** The list of changed articles as text for the terminal. */
export function formatTeHerlezen(lijst: TeHerlezen[], van: Date, naar: Date): string {
  const wat = { gewijzigd: 'tekst gewijzigd', vervallen: 'niet meer in de nieuwe tekst', 'niet opgeslagen': `geen tekst van ${isoDate(naar)} opgeslagen` };
  const regels = lijst.flatMap((t) => [
    `  - ${t.artikel} (${wat[t.wat]}; ${t.van}${t.naar ? ` → ${t.naar}` : ''})`,
    ...(['keuzes', 'feiten', 'paginas'] as const).flatMap((k) =>
      t[k].length ? [`      ${k === 'paginas' ? "pagina's" : k}: ${t[k].map((x) => `${x.file} (${x.field})`).join(', ')}`] : [],
    ),
  ]);
  const gewijzigd = lijst.filter((t) => t.wat !== 'niet opgeslagen').length;
  const ontbreekt = lijst.length - gewijzigd;
  return [
    `Wetteksten: geciteerde artikelen die tussen ${isoDate(van)} en ${isoDate(naar)} veranderden (${gewijzigd})` +
      (ontbreekt ? `, en ${ontbreekt} die niet te vergelijken zijn: sla eerst de tekst van ${isoDate(naar)} op (CONTRIBUTING, "Wetteksten")` : '') +
      (lijst.length ? ':' : ': niets'),
    ...regels,
    '',
  ].join('\n');
}
