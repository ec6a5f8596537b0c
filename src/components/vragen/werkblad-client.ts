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
import {
  beschrijf,
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
  type Kolom,
  type Werkblad,
} from '../../lib/vragen/werkblad.ts';

const $ = <T extends Element>(sel: string, root: ParentNode = document) => root.querySelector<T>(sel);

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, string | number> = {}, ...kids: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e: HTMLElementTagNameMap[K] = Object.assign(document.createElement(tag), props);
  e.append(...kids);
  return e;
}

export function start(): void {
  const opslag = browserOpslag();
  const status = $<HTMLElement>('[data-sk-status]')!;
  const fout = $<HTMLElement>('[data-sk-fout]')!;
  const vragen = [...document.querySelectorAll<HTMLElement>('[data-sk-kolommen]')].map((box) => ({
    id: box.dataset.skKolommen!,
    vraag: $(`[id="${box.dataset.skKolommen}-vraag"]`)?.textContent?.trim() ?? '',
    box,
  }));

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
  const velden = new Map<string, Record<Kolom, HTMLInputElement | HTMLSelectElement>>();
  for (const { id, vraag, box } of vragen) {
    const rij = {} as Record<Kolom, HTMLInputElement | HTMLSelectElement>;
    for (const kolom of KOLOMMEN) {
      const cel = $<HTMLElement>(`[data-kolom="${kolom}"]`, box)!;
      const veldId = `${id}--${kolom}`;
      let veld: HTMLInputElement | HTMLSelectElement;
      if (kolom === 'prioriteit') {
        veld = el('select', { id: veldId }, el('option', { value: '', textContent: '—' }), ...PRIORITEITEN.map((p) => el('option', { value: p, textContent: p })));
      } else {
        veld = el('input', { id: veldId, type: 'text', autocomplete: 'off', maxLength: 500 });
        veld.setAttribute('list', `sk-${kolom}`);
        if (kolom === 'wanneer') veld.placeholder = 'moment of datum';
      }
      veld.dataset.vraag = id;
      veld.dataset.kolom = kolom;
      // The question is the group's name; the label names the column.
      cel.replaceChildren(el('label', { htmlFor: veldId, className: 'sk-kolom__naam', textContent: KOLOM_LABEL[kolom] }), veld);
      rij[kolom] = veld;
    }
    velden.set(id, rij);
    box.dataset.vraagTekst = vraag;
  }

  function vul(): void {
    for (const [id, rij] of velden) {
      const a = werkblad.antwoorden[id];
      for (const kolom of KOLOMMEN) rij[kolom].value = a?.[kolom] ?? '';
    }
    const { verweesd } = splits(werkblad, velden.keys());
    const sectie = $<HTMLElement>('[data-sk-verweesd]')!;
    sectie.hidden = verweesd.length === 0;
    $<HTMLElement>('[data-sk-verweesd-lijst]')!.replaceChildren(
      ...verweesd.map((id) => {
        const a = werkblad.antwoorden[id]!;
        return el('li', {}, el('strong', { textContent: a.vraag || id }), ` — ${beschrijf(a)}`);
      }),
    );
  }

  document.addEventListener('input', (e) => {
    const veld = e.target as HTMLInputElement | HTMLSelectElement;
    const id = veld.dataset?.vraag;
    if (!id || !velden.has(id)) return;
    const rij = velden.get(id)!;
    const a: Antwoord = {
      prioriteit: rij.prioriteit.value as Antwoord['prioriteit'],
      wie: rij.wie.value,
      hoe: rij.hoe.value,
      wanneer: rij.wanneer.value,
      vraag: vragen.find((v) => v.id === id)?.vraag,
    };
    opslaan(metAntwoord(werkblad, id, a));
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
    $('[data-sk-dialoog-lijst]')!.replaceChildren(...lijst.map((t) => el('li', { textContent: t })));
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
  const datum = () => new Date().toISOString().slice(0, 10);
  const aantal = (w: Werkblad) => Object.keys(w.antwoorden).length;
  const tekstVan = (id: string) => vragen.find((v) => v.id === id)?.vraag ?? werkblad.antwoorden[id]?.vraag ?? id;

  const acties: Record<string, () => void | Promise<void>> = {
    json: () => {
      download(naarJson(werkblad), `staalkaart-vragen-${datum()}.json`, 'application/json');
      melding(`${aantal(werkblad)} antwoorden bewaard als JSON-bestand.`);
    },
    csv: () => {
      download(naarCsv(werkblad, vragen), `staalkaart-vragen-${datum()}.csv`, 'text/csv;charset=utf-8');
      melding(`${aantal(werkblad)} antwoorden bewaard als CSV-bestand voor Excel.`);
    },
    print: () => window.print(),
    wis: async () => {
      if (!aantal(werkblad)) return melding('Er zijn geen antwoorden om te wissen.');
      const ja = await bevestig('Alle antwoorden wissen?', `U wist ${aantal(werkblad)} antwoorden uit deze browser. Bewaar ze eerst als bestand als u ze nog nodig hebt.`, [], 'Ja, alles wissen');
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
      r = bestand.size > MAX_BESTAND ? leesBestand('', bestand.size) : leesBestand(await bestand.text(), bestand.size);
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
    melding(`${aantal(nieuw)} antwoorden ingelezen uit ${bestand.name.slice(0, 80)}.`);
  });

  vul();
  for (const e of document.querySelectorAll<HTMLElement>('[data-sk-zonder-js]')) e.hidden = true;
  for (const e of document.querySelectorAll<HTMLElement>('[data-sk-met-js], [data-sk-knoppen]')) e.hidden = false;
  document.documentElement.dataset.werkblad = 'klaar';
}
