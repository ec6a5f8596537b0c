/**
 * The werkblad on /vragen/ in the browser: turns the four empty columns of
 * every question into fields, keeps the answers in this browser
 * (src/lib/vragen/opslag.ts), and offers export (JSON, CSV), import with a
 * confirmation before anything is overwritten, print and clear.
 *
 * Every value from outside is set as text (textContent, value), never as HTML.
 * What is typed stays in memory when storage fails; the page then says so and
 * points to the export.
 */
import { bewaar, browserOpslag, lees, metStandaard, SLEUTEL } from '../../lib/vragen/opslag.ts';
import { antwoordenTekst, filterTekst, filterUitZoek, FILTERS, isGefilterd, past, vragenTekst, zoekVoorFilter, type Filter, type FilterNaam } from '../../lib/vragen/filter.ts';
import {
  beschrijf,
  gelijk,
  KOLOMMEN,
  KOLOM_LABEL,
  leesBestand,
  leesWerkblad,
  leegWerkblad,
  MAX_BESTAND,
  metAntwoord,
  naarCsv,
  naarJson,
  PRIORITEITEN,
  splits,
  veranderingen,
  voegSamen,
  type Antwoord,
  type CsvVraag,
  type Kolom,
  type Werkblad,
} from '../../lib/vragen/werkblad.ts';
import { isoDate } from '../../lib/format.ts';
import { el } from '../dom.ts';

const $ = <T extends Element>(sel: string, root: ParentNode = document) => root.querySelector<T>(sel);

export function start(): void {
  const opslag = browserOpslag();
  const status = $<HTMLElement>('[data-sk-status]')!;
  const fout = $<HTMLElement>('[data-sk-fout]')!;
  const vragen = [...document.querySelectorAll<HTMLElement>('[data-sk-kolommen]')].map((box) => {
    const li = box.closest<HTMLElement>('.sk-vraag')!;
    return {
      id: box.dataset.skKolommen!,
      vraag: $(`[id="${box.dataset.skKolommen}-vraag"]`)?.textContent?.trim() ?? '',
      box,
      li,
      kenmerken: { wetten: (li.dataset.wetten ?? '').split(' ').filter(Boolean), aspect: li.dataset.aspect ?? '', momenten: (li.dataset.momenten ?? '').split(' ').filter(Boolean) },
    };
  });

  const standaardEl = document.getElementById('sk-vragen-standaard');
  let standaard: Werkblad | undefined;
  try {
    const r = standaardEl ? leesWerkblad(JSON.parse(standaardEl.textContent ?? '')) : undefined;
    if (r?.ok) standaard = r.waarde;
  } catch {
    /* a broken default is ignored: the build checks it */
  }
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

  // The columns become fields.
  type Veld = HTMLTextAreaElement | HTMLSelectElement;
  const velden = new Map<string, Record<Kolom, Veld>>();
  // Answer fields grow with their text: CSS field-sizing where the browser has it, else their height follows here.
  const groeitZelf = typeof CSS !== 'undefined' && CSS.supports('field-sizing', 'content');
  const groei = (t: HTMLTextAreaElement) => {
    if (groeitZelf) return;
    t.style.height = 'auto';
    t.style.height = `${t.scrollHeight + 4}px`;
  };
  const HINT: Partial<Record<Kolom, string>> = { wie: 'bijv. raad, griffie', hoe: 'bijv. motie, technische sessie', wanneer: 'moment of datum' };
  for (const { id, vraag, box } of vragen) {
    const rij = {} as Record<Kolom, Veld>;
    for (const kolom of KOLOMMEN) {
      const cel = $<HTMLElement>(`[data-kolom="${kolom}"]`, box)!;
      const veldId = `${id}--${kolom}`;
      let veld: Veld;
      if (kolom === 'prioriteit') {
        veld = el('select', { id: veldId }, el('option', { value: '' }, '—'), ...PRIORITEITEN.map((p) => el('option', { value: p }, p)));
      } else {
        veld = el('textarea', { id: veldId, rows: 1, autocomplete: 'off', maxlength: 500, placeholder: HINT[kolom] ?? '' });
      }
      veld.dataset.vraag = id;
      veld.dataset.kolom = kolom;
      // The question is the group's name; the label names the column.
      cel.replaceChildren(el('label', { for: veldId, class: 'sk-kolom__naam' }, KOLOM_LABEL[kolom]), veld);
      rij[kolom] = veld;
    }
    velden.set(id, rij);
    box.dataset.vraagTekst = vraag;
  }

  // A starting answer of an editie keeps its mark while the answer is still the starting one.
  const startMerken = [...document.querySelectorAll<HTMLElement>('[data-sk-start]')];
  function toonStart(): void {
    for (const merk of startMerken) merk.hidden = !gelijk(werkblad.antwoorden[merk.dataset.skStart!], standaard?.antwoorden[merk.dataset.skStart!]);
  }

  function vul(): void {
    for (const [id, rij] of velden) {
      const a = werkblad.antwoorden[id];
      for (const kolom of KOLOMMEN) {
        rij[kolom].value = a?.[kolom] ?? '';
        if (rij[kolom] instanceof HTMLTextAreaElement) groei(rij[kolom]);
      }
    }
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
    const veld = e.target as Veld;
    const id = veld.dataset?.vraag;
    if (!id || !velden.has(id)) return;
    if (veld instanceof HTMLTextAreaElement) groei(veld);
    const rij = velden.get(id)!;
    const a: Antwoord = {
      prioriteit: rij.prioriteit.value as Antwoord['prioriteit'],
      wie: rij.wie.value,
      hoe: rij.hoe.value,
      wanneer: rij.wanneer.value,
      vraag: vragen.find((v) => v.id === id)?.vraag,
    };
    opslaan(metAntwoord(werkblad, id, a));
    toonStart();
  });

  // Another tab changed the werkblad: show its answers.
  window.addEventListener('storage', (e) => {
    if (e.key !== SLEUTEL) return;
    werkblad = lees(opslag).werkblad;
    vul();
  });

  // Confirmation dialog (import that overwrites, clear).
  const dialoog = $<HTMLDialogElement>('[data-sk-dialoog]')!;
  function bevestig(titel: string, tekst: string, lijst: string[], ja: string): Promise<boolean> {
    $('[data-sk-dialoog-titel]')!.textContent = titel;
    $('[data-sk-dialoog-tekst]')!.textContent = tekst;
    $('[data-sk-dialoog-lijst]')!.replaceChildren(...lijst.map((t) => el('li', {}, t)));
    $('[data-sk-dialoog-ja] .nl-button__label')!.textContent = ja;
    dialoog.returnValue = '';
    dialoog.showModal();
    return new Promise((klaar) => dialoog.addEventListener('close', () => klaar(dialoog.returnValue === 'ja'), { once: true }));
  }

  function download(inhoud: string, naam: string, type: string): void {
    const url = URL.createObjectURL(new Blob([inhoud], { type }));
    const a = el('a', { href: url, download: naam });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
  const datum = () => isoDate(new Date());
  const aantal = (w: Werkblad) => Object.keys(w.antwoorden).length;
  const tekstVan = (id: string) => vragen.find((v) => v.id === id)?.vraag ?? werkblad.antwoorden[id]?.vraag ?? id;

  // Filters: in the address (?wet=…&aspect=…&moment=…), so a reload or a shared link shows the same sheet;
  // counts, the line that says what is shown (screen, screen reader, print) and the empty message follow.
  const radios = (n: FilterNaam) => [...document.querySelectorAll<HTMLInputElement>(`input[name="vragen-${n}"]`)];
  const labels = Object.fromEntries(
    FILTERS.map((n) => [n, Object.fromEntries(radios(n).map((r) => [r.value, r.parentElement?.textContent?.trim() ?? r.value]))]),
  ) as Record<FilterNaam, Record<string, string>>;
  const bekend = Object.fromEntries(FILTERS.map((n) => [n, radios(n).map((r) => r.value)])) as Record<FilterNaam, string[]>;
  let filter: Filter = filterUitZoek(location.search, bekend);
  const compact = $<HTMLInputElement>('[data-sk-compact]');
  if (compact) compact.checked = new URLSearchParams(location.search).get('afdruk') === 'compact';
  const telling = $<HTMLElement>('[data-sk-telling]')!;
  delete telling.dataset.skStatisch;
  const leadTelling = $<HTMLElement>('[data-sk-lead-telling]');
  const leeg = $<HTMLElement>('[data-sk-leeg]')!;

  function toonFilter(aangekondigd: boolean): void {
    for (const n of FILTERS) for (const r of radios(n)) r.checked = r.value === filter[n];
    let totaal = 0;
    const wetten = new Set<string>();
    for (const v of vragen) {
      const zichtbaar = past(v.kenmerken, filter);
      v.li.hidden = !zichtbaar;
      if (zichtbaar) {
        totaal++;
        for (const w of v.kenmerken.wetten) wetten.add(w);
      }
    }
    let aspecten = 0;
    for (const sectie of document.querySelectorAll<HTMLElement>('.sk-aspect')) {
      const n = vragen.filter((v) => !v.li.hidden && sectie.contains(v.li)).length;
      sectie.hidden = n === 0;
      if (n) aspecten++;
      const aantalEl = $<HTMLElement>('[data-sk-aantal]', sectie);
      if (aantalEl) aantalEl.textContent = `(${n})`;
    }
    const wat = filterTekst(filter, labels);
    // Set as text only when it changes, so a screen reader hears it once, after the user chose a filter.
    const tekst = totaal ? `${vragenTekst(totaal)} · ${wat}` : `Geen vragen · ${wat}`;
    if (aangekondigd || telling.textContent !== tekst) telling.textContent = tekst;
    leeg.hidden = totaal > 0;
    const inAspecten = `in ${aspecten} ${aspecten === 1 ? 'aspect' : 'aspecten'}`;
    if (leadTelling)
      leadTelling.textContent = !totaal
        ? `Geen vragen bij dit filter (${wat.replace(/^filter: /, '')}).`
        : isGefilterd(filter)
        ? `${vragenTekst(totaal)} ${inAspecten} (${wat}).`
        : `${vragenTekst(totaal)} over ${wetten.size} ${wetten.size === 1 ? 'wet' : 'wetten'}, ${inAspecten}.`;
    document.documentElement.classList.toggle('sk-afdruk-compact', compact?.checked ?? false);
  }

  function schrijfAdres(): void {
    const q = new URLSearchParams(zoekVoorFilter(filter, location.search));
    if (compact?.checked) q.set('afdruk', 'compact');
    else q.delete('afdruk');
    const s = q.toString();
    history.replaceState(history.state, '', `${location.pathname}${s ? `?${s}` : ''}${location.hash}`);
  }

  document.addEventListener('change', (e) => {
    const t = e.target as HTMLInputElement;
    const naam = FILTERS.find((n) => t.name === `vragen-${n}`);
    if (naam && t.checked) filter = { ...filter, [naam]: t.value };
    else if (t !== compact) return;
    schrijfAdres();
    toonFilter(true);
  });

  const acties: Record<string, () => void | Promise<void>> = {
    json: () => {
      download(naarJson(werkblad), `staalkaart-vragen-${datum()}.json`, 'application/json');
      melding(`${antwoordenTekst(aantal(werkblad))} bewaard als JSON-bestand.`);
    },
    csv: () => {
      // Every question the filter shows, answered or not; without a filter also answers to questions that are gone.
      const getoond: CsvVraag[] = vragen.filter((v) => past(v.kenmerken, filter)).map((v) => ({
        id: v.id,
        vraag: v.vraag,
        wet: v.kenmerken.wetten.map((w) => labels.wet[w] ?? w).join(', '),
        aspect: labels.aspect[v.kenmerken.aspect] ?? v.kenmerken.aspect,
        moment: v.kenmerken.momenten.map((m) => labels.moment[m] ?? m).join(', '),
      }));
      download(naarCsv(werkblad, getoond, { verweesd: !isGefilterd(filter) }), `staalkaart-vragen-${datum()}.csv`, 'text/csv;charset=utf-8');
      melding(
        `${vragenTekst(getoond.length)} bewaard als CSV-bestand voor Excel (${filterTekst(filter, labels)}).` +
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
        `${wijzigt.length} ${wijzigt.length === 1 ? 'antwoord wordt' : 'antwoorden worden'} overschreven`,
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
  toonFilter(false);
  for (const e of document.querySelectorAll<HTMLElement>('[data-sk-zonder-js]')) e.hidden = true;
  for (const e of document.querySelectorAll<HTMLElement>('[data-sk-met-js], [data-sk-knoppen], [data-sk-compact-keuze]')) e.hidden = false;
  document.documentElement.dataset.werkblad = 'klaar';
}
