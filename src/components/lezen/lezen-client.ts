/**
 * /lezen/ in the browser: reads the pasted text or an opened file (PDF and .docx through libraries loaded only
 * then, see lezen-bestand.ts), sends the text to the worker (lezen-worker.ts) and shows its answer with what the
 * page knows per keuze (/lezen/keuzes.json) and the user's werkblad answers (read through src/lib/vragen/opslag.ts).
 * Every value from outside is set as text, never as HTML.
 */
import { herkenBestand, type Bestandsoort } from '../../lib/lezen/invoer.ts';
import type { LeesAntwoord, LeesVraag } from '../../lib/lezen/bericht.ts';
import type { Uitkomst } from '../../lib/lezen/matcher.ts';
import type { WetId } from '../../lib/lezen/verwijzingen.ts';
import type { Weergave } from '../../lib/lezen/weergave.ts';
import { beschrijf, bewaar, browserOpslag, isLeeg, lees } from '../../lib/vragen/index.ts';
import { metStukVragen } from '../../lib/lezen/werkblad.ts';

const $ = <T extends Element>(sel: string) => document.querySelector<T>(sel)!;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, string | number> = {}, ...kids: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e: HTMLElementTagNameMap[K] = Object.assign(document.createElement(tag), props);
  e.append(...kids);
  return e;
}

const form = $<HTMLFormElement>('[data-sk-lezen-form]');
const tekstVak = $<HTMLTextAreaElement>('[data-sk-lezen-tekst]');
const bestandVak = $<HTMLInputElement>('[data-sk-lezen-bestand]');
const wetVak = $<HTMLSelectElement>('[data-sk-lezen-wet]');
const status = $<HTMLElement>('[data-sk-lezen-status]');
const foutVak = $<HTMLElement>('[data-sk-lezen-fout]');
const uitkomstVak = $<HTMLElement>('[data-sk-lezen-uitkomst]');
const inhoud = $<HTMLElement>('[data-sk-lezen-inhoud]');

$<HTMLElement>('[data-sk-lezen-zonder-js]').hidden = true;
form.hidden = false;

let worker: Worker | undefined;
let volgnummer = 0;
/** The document on screen: its name (file name or "geplakte tekst"). */
let stukNaam = '';
let weergave: Promise<Weergave> | undefined;

function werker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./lezen-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<LeesAntwoord>) => void ontvang(e.data);
    worker.onerror = () => {
      worker?.terminate();
      worker = undefined;
      fout('Het lezen ging mis. Probeer het opnieuw, of plak een kleiner deel van de tekst.');
    };
  }
  return worker;
}

function fout(bericht: string) {
  status.textContent = '';
  foutVak.textContent = bericht;
  document.documentElement.dataset.lezen = 'fout';
}

function bezig(bericht: string) {
  foutVak.textContent = '';
  status.textContent = bericht;
  document.documentElement.dataset.lezen = 'bezig';
}

function vraag(tekst: string, bron: Bestandsoort | 'plakken', paginas?: number) {
  const v: LeesVraag = { soort: 'lees', id: ++volgnummer, tekst, bron, ...(paginas ? { paginas } : {}), ...(wetVak.value ? { wet: wetVak.value as WetId } : {}) };
  bezig('Het stuk wordt gelezen…');
  werker().postMessage(v);
}

async function ontvang(a: LeesAntwoord) {
  if (a.id !== volgnummer) return;
  if (a.soort === 'fout') return fout(a.bericht);
  let w: Weergave;
  try {
    weergave ??= fetch('/lezen/keuzes.json').then((r) => {
      if (!r.ok) throw new Error(String(r.status));
      return r.json() as Promise<Weergave>;
    });
    w = await weergave;
  } catch {
    weergave = undefined;
    return fout('De uitleg bij de keuzes kon niet worden geladen. Controleer uw verbinding en probeer het opnieuw.');
  }
  toon(a.uitkomst, w);
}

const SOORT: Record<Uitkomst['soort'], string> = { verordening: 'een verordening', raadsvoorstel: 'een raadsvoorstel', beleidsplan: 'een beleidsplan', begroting: 'een begroting of verslag', ander: 'een stuk' };
const RUIMTE: Record<string, string> = { ruim: 'ruim', beperkt: 'beperkt', geen: 'geen' };

function lijst(items: (Node | string)[][]): HTMLUListElement {
  return el('ul', {}, ...items.map((i) => el('li', {}, ...i)));
}

function toon(u: Uitkomst, w: Weergave) {
  inhoud.replaceChildren();
  const wetKort = (id?: string) => (id ? Object.values(w.keuzes).find((k) => k.href.startsWith(`/wetten/${id}/`))?.wet ?? id : undefined);
  const wet = wetKort(u.wet);
  // A verordening made under several laws (issue 26, tenth round): "onder de Jeugdwet, de Wmo 2015 en de Participatiewet".
  const wetten = (u.wetten ?? (u.wet ? [u.wet] : [])).map((id) => [id, wetKort(id)!] as const);
  const samen = u.wetten ? ` onder ${wetten.map(([, k]) => `de ${k}`).join(', ').replace(/, ([^,]*)$/, ' en $1')}` : '';
  inhoud.append(
    el(
      'p',
      {},
      `${stukNaam ? `${stukNaam}: ` : ''}dit lijkt ${SOORT[u.soort]}${samen || (wet ? ` over de ${wet}` : '')}. `,
      u.keuzes.length ? `Het raakt ${u.keuzes.length} ${u.keuzes.length === 1 ? 'keuze' : 'keuzes'} van de raad.` : 'Er zijn geen keuzes van de raad in gevonden.',
    ),
  );
  // A begroting or jaarverslag: what the page finds less well there and what to do instead (src/lib/lezen/letop.ts).
  if (u.letOp) {
    const blok = el('div', { className: 'sk-lezen-letop' }, el('h3', { className: 'nl-heading nl-heading--level-3' }, u.letOp.kop), ...u.letOp.tekst.map((t) => el('p', {}, t)));
    blok.dataset.skLezenLetop = '';
    inhoud.append(blok);
  }
  // A letter read in the law text of the document's own date (src/lib/lezen/versies.ts): what was read otherwise and why.
  if (u.herlezen?.length) {
    const blok = el(
      'div',
      { className: 'sk-lezen-letop' },
      el('h3', { className: 'nl-heading nl-heading--level-3' }, 'Gelezen in de wettekst van toen'),
      el('p', {}, 'Dit stuk is ouder dan de wettekst van nu. Deze verwijzingen zijn gelezen in de tekst van de wet die gold toen het stuk werd gemaakt:'),
      el('ul', {}, ...u.herlezen.map((h) => el('li', {}, `“${h.verwijzing}”: ${h.uitleg} (`, el('a', { href: h.bron }, 'die tekst op wetten.overheid.nl'), ').'))),
    );
    blok.dataset.skLezenHerlezen = '';
    inhoud.append(blok);
  }
  const opgeslagen = lees(browserOpslag());
  const antwoorden = opgeslagen.werkblad.antwoorden;

  if (u.keuzes.length) {
    inhoud.append(el('h3', { className: 'nl-heading nl-heading--level-3' }, 'Keuzes in dit stuk'));
    const knop = el('button', { type: 'button', className: 'nl-button nl-button--secondary' }, el('span', { className: 'nl-button__label' }, 'Zet de vragen bij deze keuzes op mijn werkblad'));
    knop.dataset.skLezenWerkblad = '';
    const werkbladStatus = el('p', { role: 'status' });
    werkbladStatus.dataset.skLezenWerkbladStatus = '';
    const vraagIds = [...new Set(u.keuzes.flatMap((k) => w.keuzes[k.id]?.werkblad ?? []))];
    knop.addEventListener('click', () => {
      const gelezen = lees(browserOpslag());
      if (gelezen.melding && gelezen.opgeslagen) return (werkbladStatus.textContent = gelezen.melding);
      const nieuw = metStukVragen(gelezen.werkblad, vraagIds.map((id) => ({ id, vraag: w.werkbladVragen[id] ?? id })), stukNaam || 'geplakte tekst');
      const r = bewaar(browserOpslag(), nieuw.werkblad);
      werkbladStatus.replaceChildren(
        r.ok
          ? `${nieuw.toegevoegd} ${nieuw.toegevoegd === 1 ? 'vraag staat' : 'vragen staan'} nu op uw werkblad, gemarkeerd met “${stukNaam || 'geplakte tekst'}”${nieuw.overgeslagen ? `; ${nieuw.overgeslagen} had u al ingevuld en bleven zoals ze waren` : ''}. `
          : `${r.melding} `,
        el('a', { href: '/vragen/', className: 'nl-link' }, 'Naar het werkblad'),
      );
    });
    if (vraagIds.length) inhoud.append(el('p', {}, `Bij deze keuzes ${vraagIds.length === 1 ? 'hoort 1 vraag' : `horen ${vraagIds.length} vragen`} van het werkblad. Zet ze op uw werkblad om de commissievergadering voor te bereiden, met prioriteit, wie, hoe en wanneer.`), knop, werkbladStatus);

    for (const t of u.keuzes) {
      const k = w.keuzes[t.id];
      if (!k) continue;
      const art = el('article', { className: 'sk-lezen-keuze' });
      art.dataset.skLezenKeuze = t.id;
      // Folded so that a document with many keuzes stays a list to scan: the summary line, the first three quotes and
      // what the user chose before stay visible; the other quotes and the explanation open with a <details>.
      // One quote per sentence, with every word or reference that matched in it.
      const zinnen: { zin: string; plaats: string; gevonden: string[] }[] = [];
      for (const r of t.redenen) {
        const z = zinnen.find((x) => x.zin === r.zin && x.plaats === r.plaats);
        if (z) z.gevonden.includes(r.gevonden) || z.gevonden.push(r.gevonden);
        else zinnen.push({ zin: r.zin, plaats: r.plaats, gevonden: [r.gevonden] });
      }
      const plaatsen = [...new Set(zinnen.map((r) => r.plaats))];
      const zin = (r: (typeof zinnen)[number]) => [`${r.gevonden.map((g) => `“${g}”`).join(', ')}${r.plaats ? ` (${r.plaats})` : ''}:`, el('blockquote', {}, r.zin)];
      art.append(
        el('h4', { className: 'nl-heading nl-heading--level-4' }, el('a', { href: k.href, className: 'nl-link' }, k.onderwerp), ` (${k.wet})`),
        el(
          'p',
          { className: 'sk-lezen-kort' },
          'Beleidsruimte van de raad: ',
          el('strong', {}, RUIMTE[k.beleidsruimte] ?? k.beleidsruimte),
          `. Gevonden in ${zinnen.length} ${zinnen.length === 1 ? 'zin' : 'zinnen'}: ${plaatsen.slice(0, 3).join(', ')}${plaatsen.length > 3 ? ' en meer' : ''}. ${k.vragen.length} ${k.vragen.length === 1 ? 'vraag' : 'vragen'} voor de raad.`,
        ),
        el('p', {}, el('strong', {}, 'Waarom: ')),
        lijst(zinnen.slice(0, 3).map(zin)),
      );
      if (zinnen.length > 3) {
        const rest = zinnen.length - 3;
        const meer = el('details', { className: 'sk-lezen-details' }, el('summary', {}, `Toon nog ${rest} ${rest === 1 ? 'zin' : 'zinnen'} uit het stuk`), lijst(zinnen.slice(3).map(zin)));
        meer.dataset.skLezenMeerZinnen = '';
        art.append(meer);
      }
      const uitleg = el(
        'details',
        { className: 'sk-lezen-details' },
        el('summary', {}, `Waartussen kiest de raad? De ${k.vragen.length === 1 ? 'vraag' : `${k.vragen.length} vragen`} voor de raad${k.informatie ? ' en welke informatie u vraagt' : ''}`),
        el('p', {}, el('strong', {}, 'Waartussen kiest de raad?')),
        lijst(k.waartussen.map((o) => [o.optie, ` Risico: ${o.risico}`])),
        el('p', {}, el('strong', {}, 'Vragen voor de raad')),
        lijst(k.vragen.map((v) => [v])),
      );
      uitleg.dataset.skLezenUitleg = '';
      if (k.informatie)
        uitleg.append(
          el('p', {}, el('strong', {}, 'Welke informatie vraag je?')),
          lijst([...k.informatie.cijfers.map((c) => [`${c.wat} (${c.waar})`]), ...k.informatie.verhalen.map((v) => [`${v.wat} (${v.bij})`])]),
        );
      art.append(uitleg);
      if (k.lokaal) {
        const l = k.lokaal;
        const datum = l.besluit ? new Date(`${l.besluit}T00:00:00Z`).toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }) : '';
        const regel: (Node | string)[] = [`${l.keuze ?? 'Geen optie vastgelegd'} (${l.status}${datum ? `, besluit van ${datum}` : ''}).`];
        if (l.regeling) regel.push(' Vastgelegd in ', el('a', { href: l.regeling.url, className: 'nl-link' }, `${l.regeling.titel}${l.regeling.artikel ? `, artikel ${l.regeling.artikel}` : ''}`), '.');
        const blok = el('div', { className: 'sk-lezen-eigen' }, el('p', {}, el('strong', {}, `Wat koos ${l.gemeente} eerder?`)), el('p', {}, ...regel));
        blok.dataset.skLezenLokaal = '';
        art.append(blok);
      }
      const eigen = k.werkblad.flatMap((id) => {
        const a = antwoorden[id];
        return a && !isLeeg(a) ? [[`${w.werkbladVragen[id] ?? id}: ${beschrijf(a)}`]] : [];
      });
      if (eigen.length) {
        const blok = el('div', { className: 'sk-lezen-eigen' }, el('p', {}, el('strong', {}, 'Wat u eerder op uw werkblad schreef')), lijst(eigen));
        blok.dataset.skLezenEigen = '';
        art.append(blok);
      }
      inhoud.append(art);
    }
  }

  if (u.scheidslijnen.length) {
    inhoud.append(
      el('h3', { className: 'nl-heading nl-heading--level-3' }, 'Scheidslijnen in dit stuk'),
      lijst(u.scheidslijnen.map((s) => [el('a', { href: `/scheidslijnen/${s.id}/`, className: 'nl-link' }, s.titel), ` (${s.plaats}): `, el('q', {}, s.zin)])),
    );
  }
  if (u.casussen.length) {
    inhoud.append(el('h3', { className: 'nl-heading nl-heading--level-3' }, 'Casussen bij dit stuk'), lijst(u.casussen.map((c) => [el('a', { href: `/casussen/${c.id}/`, className: 'nl-link' }, c.titel)])));
  }
  // One list per law: a verordening made under several laws has a part, and required items, for each.
  for (const [id, kort] of u.onderdelen.length ? wetten : []) {
    const lijstWet = u.onderdelen.filter((o) => o.wet === id);
    const eigen = u.keuzes.filter((k) => k.wet === id).map((k) => w.keuzes[k.id]?.onderwerp ?? k.id);
    const blok = el('section', { className: 'sk-lezen-blok' });
    blok.dataset.skLezenOnderdelen = id;
    const gevonden = lijstWet.filter((o) => o.gevonden).length;
    blok.append(
      el('h3', { className: 'nl-heading nl-heading--level-3' }, `Wat vraagt de ${kort} dat de verordening regelt?`),
      el('p', {}, `${gevonden} van de ${lijstWet.length} onderdelen gevonden. `, el('strong', {}, '“Niet gevonden” betekent: de woorden zijn niet gevonden in de tekst. Het zegt niet dat het stuk onrechtmatig is;'), ' het kan anders verwoord zijn of in een ander stuk staan.'),
      lijst(
        lijstWet.map((o) => {
          const li: (Node | string)[] = [el('strong', {}, o.gevonden ? 'Gevonden: ' : 'Niet gevonden: '), o.titel, ` (${o.moet ? 'moet' : 'mag'}, ${o.wetsartikel})`];
          if (o.gevonden && o.plaats) li.push(`, in het stuk: ${o.plaats}`);
          return li;
        }),
      ),
    );
    if (u.wetten) blok.append(el('p', {}, `Keuzes van de raad onder de ${kort} in dit stuk: ${eigen.join('; ') || 'geen gevonden'}.`));
    inhoud.append(blok);
  }
  uitkomstVak.hidden = false;
  status.textContent = 'Klaar: de uitkomst staat hieronder.';
  document.documentElement.dataset.lezen = 'klaar';
  $<HTMLElement>('#sk-lezen-uitkomst-kop').focus();
}

form.addEventListener('submit', (e) => {
  e.preventDefault();
  stukNaam = 'geplakte tekst';
  vraag(tekstVak.value, 'plakken');
});

bestandVak.addEventListener('change', async () => {
  const f = bestandVak.files?.[0];
  if (!f) return;
  bestandVak.value = '';
  bezig(`“${f.name}” wordt geopend…`);
  let kop: Uint8Array;
  try {
    kop = new Uint8Array(await f.slice(0, 512).arrayBuffer());
  } catch {
    return fout('Dit bestand kon niet worden geopend. Kies het opnieuw.');
  }
  const soort = herkenBestand(f.name, f.size, kop);
  if (!soort.ok) return fout(soort.fout);
  try {
    const { leesBestand } = await import('./lezen-bestand.ts');
    const r = await leesBestand(f, soort.waarde);
    if (!r.ok) return fout(r.fout);
    stukNaam = f.name;
    vraag(r.tekst, soort.waarde, r.paginas);
  } catch {
    fout(`“${f.name}” kon niet worden gelezen. Is het bestand beschadigd? Open het in Word of een PDF-lezer, kopieer de tekst en plak die hier.`);
  }
});

// On paper nothing can be opened: print the folded parts open, and fold them again afterwards.
let dichtVoorPrint: HTMLDetailsElement[] = [];
addEventListener('beforeprint', () => {
  dichtVoorPrint = [...inhoud.querySelectorAll('details')].filter((d) => !d.open);
  for (const d of dichtVoorPrint) d.open = true;
});
addEventListener('afterprint', () => {
  for (const d of dichtVoorPrint) d.open = false;
  dichtVoorPrint = [];
});

document.documentElement.dataset.lezen = 'klaar-voor-invoer';
