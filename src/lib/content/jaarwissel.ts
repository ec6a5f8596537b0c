/**
 * The yearly checklist (`npm run jaarwissel`): what in content/ was checked
 * against a law text or source older than a given date, and which announced
 * changes should have happened by then (those already in force are left out). Pure: takes the checked entries of
 * the content check (with their files), returns the lists.
 */
import type { CheckedEntry } from './check.ts';
import type { Casus, Feit, Keuze, Scheidslijn, Wet, Wijziging } from './schema.ts';
import { isoDate } from '../links.ts';

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
