/**
 * The werkblad on /vragen/ in the browser: turns the four empty columns of
 * every question into fields (werkblad-velden.ts), keeps the answers in this
 * browser (src/lib/vragen/opslag.ts), filters with the filter in the address
 * (werkblad-filters.ts), and offers export (JSON, CSV), import with a
 * confirmation before anything is overwritten (werkblad-dialoog.ts), print and
 * clear. This module ties those together and holds the werkblad being edited.
 *
 * Every value from outside is set as text (textContent, value), never as HTML.
 * What is typed stays in memory when storage fails; the page then says so and
 * points to the export.
 */
import { bewaar, browserOpslag, lees, metStandaard, SLEUTEL } from '../../lib/vragen/opslag.ts';
import { antwoordenTekst, csvRij, filterTekst, isGefilterd, overschrijfTitel, past, vragenTekst } from '../../lib/vragen/filter.ts';
import { beschrijf, gelijk, leesBestand, leesWerkblad, leegWerkblad, MAX_BESTAND, metAntwoord, naarCsv, naarJson, splits, veranderingen, voegSamen, type Werkblad } from '../../lib/vragen/werkblad.ts';
import { isoDate } from '../../lib/format.ts';
import { el } from '../dom.ts';
import { bevestig, download } from './werkblad-dialoog.ts';
import { filterBediening } from './werkblad-filters.ts';
import { antwoordIn, groei, maakVelden, vragenOpPagina, vulVelden } from './werkblad-velden.ts';

const $ = <T extends Element>(sel: string, root: ParentNode = document) => root.querySelector<T>(sel);

/** The starting answers of an editie (a JSON script in the page), if any; a broken one is ignored: the build checks it. */
function startAntwoorden(): Werkblad | undefined {
  const standaardEl = document.getElementById('sk-vragen-standaard');
  try {
    const r = standaardEl ? leesWerkblad(JSON.parse(standaardEl.textContent ?? '')) : undefined;
    return r?.ok ? r.waarde : undefined;
  } catch {
    return undefined;
  }
}

export function start(): void {
  const opslag = browserOpslag();
  const status = $<HTMLElement>('[data-sk-status]')!;
  const fout = $<HTMLElement>('[data-sk-fout]')!;
  const vragen = vragenOpPagina();
  const standaard = startAntwoorden();
  const gelezen = lees(opslag);
  let werkblad = metStandaard(gelezen, standaard);

  const melding = (tekst: string) => {
    status.textContent = tekst;
  };
  const waarschuw = (tekst: string) => {
    fout.textContent = tekst;
  };
  if (gelezen.melding) waarschuw(gelezen.melding);

  function opslaan(nieuw: Werkblad): void {
    werkblad = nieuw;
    const r = bewaar(opslag, werkblad);
    if (r.ok) {
      if (fout.dataset.skOpslag) waarschuw('');
      delete fout.dataset.skOpslag;
    } else {
      fout.dataset.skOpslag = '1';
      waarschuw(r.melding);
    }
  }

  const velden = maakVelden(vragen);

  // A starting answer of an editie keeps its mark while the answer is still the starting one.
  const startMerken = [...document.querySelectorAll<HTMLElement>('[data-sk-start]')];
  function toonStart(): void {
    for (const merk of startMerken) merk.hidden = !gelijk(werkblad.antwoorden[merk.dataset.skStart!], standaard?.antwoorden[merk.dataset.skStart!]);
  }

  function vul(): void {
    vulVelden(velden, werkblad);
    toonStart();
    const { verweesd } = splits(werkblad, velden.keys());
    const sectie = $<HTMLElement>('[data-sk-verweesd]')!;
    sectie.hidden = verweesd.length === 0;
    $<HTMLElement>('[data-sk-verweesd-lijst]')!.replaceChildren(
      ...verweesd.map((id) => {
        const a = werkblad.antwoorden[id]!;
        return el('li', {}, el('strong', {}, a.vraag || id), ` — ${beschrijf(a)}`);
      }),
    );
  }

  document.addEventListener('input', (e) => {
    const veld = e.target as HTMLTextAreaElement | HTMLSelectElement;
    const id = veld.dataset?.vraag;
    if (!id || !velden.has(id)) return;
    if (veld instanceof HTMLTextAreaElement) groei(veld);
    opslaan(metAntwoord(werkblad, id, antwoordIn(velden.get(id)!, vragen.find((v) => v.id === id)?.vraag)));
    toonStart();
  });

  // Another tab changed the werkblad: show its answers.
  window.addEventListener('storage', (e) => {
    if (e.key !== SLEUTEL) return;
    werkblad = lees(opslag).werkblad;
    vul();
  });

  const datum = () => isoDate(new Date());
  const aantal = (w: Werkblad) => Object.keys(w.antwoorden).length;
  const tekstVan = (id: string) => vragen.find((v) => v.id === id)?.vraag ?? werkblad.antwoorden[id]?.vraag ?? id;

  const filters = filterBediening(vragen);

  const acties: Record<string, () => void | Promise<void>> = {
    json: () => {
      download(naarJson(werkblad), `staalkaart-vragen-${datum()}.json`, 'application/json');
      melding(`${antwoordenTekst(aantal(werkblad))} bewaard als JSON-bestand.`);
    },
    csv: () => {
      // Every question the filter shows, answered or not; without a filter also answers to questions that are gone.
      const filter = filters.huidig();
      const getoond = vragen.filter((v) => past(v.kenmerken, filter)).map((v) => csvRij(v, filters.labels));
      download(naarCsv(werkblad, getoond, { verweesd: !isGefilterd(filter) }), `staalkaart-vragen-${datum()}.csv`, 'text/csv;charset=utf-8');
      melding(
        `${vragenTekst(getoond.length)} bewaard als CSV-bestand voor Excel (${filterTekst(filter, filters.labels)}).` +
          (isGefilterd(filter) ? ' Het JSON-bestand bewaart altijd al uw antwoorden.' : ''),
      );
    },
    print: () => window.print(),
    wis: async () => {
      if (!aantal(werkblad)) return melding('Er zijn geen antwoorden om te wissen.');
      const ja = await bevestig('Alle antwoorden wissen?', `U wist ${antwoordenTekst(aantal(werkblad))} uit deze browser. Bewaar ze eerst als bestand als u ze nog nodig hebt.`, [], 'Ja, alles wissen');
      if (!ja) return melding('Er is niets gewist.');
      opslaan(leegWerkblad(new Date().toISOString()));
      vul();
      melding('Alle antwoorden zijn gewist.');
    },
  };
  for (const knop of document.querySelectorAll<HTMLButtonElement>('[data-sk-actie]'))
    knop.addEventListener('click', () => void acties[knop.dataset.skActie!]?.());

  const invoer = $<HTMLInputElement>('[data-sk-inlezen]')!;
  invoer.addEventListener('change', async () => {
    const bestand = invoer.files?.[0];
    invoer.value = '';
    if (!bestand) return;
    waarschuw('');
    let r: ReturnType<typeof leesBestand>;
    try {
      // The bytes, so the encoding can be told (UTF-8, or Windows-1252 from Excel).
      r = bestand.size > MAX_BESTAND ? leesBestand('', bestand.size) : leesBestand(new Uint8Array(await bestand.arrayBuffer()), bestand.size);
    } catch {
      r = { ok: false, melding: 'Dit bestand kon niet worden gelezen. Er is niets veranderd.' };
    }
    if (!r.ok) return waarschuw(`${bestand.name.slice(0, 80)}: ${r.melding}`);
    const nieuw = r.waarde;
    const wijzigt = veranderingen(werkblad, nieuw);
    if (wijzigt.length) {
      const ja = await bevestig(
        overschrijfTitel(wijzigt.length),
        'Dit bestand heeft andere antwoorden bij vragen die u al had ingevuld. Wilt u die vervangen? Uw andere antwoorden blijven staan.',
        wijzigt.map((v) => `${tekstVan(v.id)}: ${beschrijf(v.oud)} → ${beschrijf(v.nieuw)}`),
        'Ja, overschrijven',
      );
      if (!ja) return melding('Er is niets veranderd.');
    }
    opslaan(voegSamen(werkblad, nieuw));
    vul();
    melding(`${antwoordenTekst(aantal(nieuw))} ingelezen uit ${bestand.name.slice(0, 80)}.`);
  });

  vul();
  for (const e of document.querySelectorAll<HTMLElement>('[data-sk-zonder-js]')) e.hidden = true;
  for (const e of document.querySelectorAll<HTMLElement>('[data-sk-met-js], [data-sk-knoppen], [data-sk-compact-keuze]')) e.hidden = false;
  document.documentElement.dataset.werkblad = 'klaar';
}
