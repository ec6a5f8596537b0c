// Reads a regulation (CVDR/lokaleregelgeving XML or HTML, or plain text) and writes draft entries for a gemeente
// editie: content/edities/<gemeente>/keuzes/<wet>/<keuze>.yaml, marked `concept: true`, with regeling, artikel and
// address. Prints what it found: the keuzes with the sentence that matched, and the items the law requires the
// verordening to regulate (gevonden / niet gevonden). Uses the same matcher as the /lezen/ page (src/lib/lezen/).
//
// Usage: npm run griffie:lees -- --gemeente <map> <bestand> [--url <adres>] [--titel <titel>] [--overschrijven]
//        [--content <map>] [--droog]
// See CONTRIBUTING.md, "Griffie: een verordening inlezen".
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ContentError } from '../src/lib/content/check.ts';
import { LOKALE_REGELGEVING } from '../src/lib/links.ts';
import { conceptBestanden } from '../src/lib/lezen/concept.ts';
import { laadKennis } from '../src/lib/lezen/laden.ts';
import { cvdrUrl, tekstUitMarkup } from '../src/lib/lezen/markup.ts';
import { leesStuk, maakIndex } from '../src/lib/lezen/matcher.ts';
import { WET_IDS, type WetId } from '../src/lib/lezen/verwijzingen.ts';

/** Larger than any verordening (a long one is about 200 kB of XML); a bigger file is not what we expect. */
const MAX_BYTES = 5 * 1024 * 1024;

function stop(bericht: string): never {
  console.error(`griffie:lees: ${bericht}`);
  process.exit(1);
}

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: {
      gemeente: { type: 'string' },
      url: { type: 'string' },
      titel: { type: 'string' },
      content: { type: 'string', default: 'content' },
      overschrijven: { type: 'boolean', default: false },
      droog: { type: 'boolean', default: false },
    },
  });
} catch (e) {
  stop(`${(e as Error).message.replace(/^Unknown option/, 'onbekende optie')}. Gebruik: npm run griffie:lees -- --gemeente <map> <bestand> [--url <adres>]`);
}
const { values, positionals } = args;
const gemeente = values.gemeente?.trim();
if (!gemeente) stop('geef de gemeente: --gemeente <map> (de mapnaam onder content/edities/, zoals voorbeeldgemeente)');
if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(gemeente)) stop(`"${gemeente}" is geen mapnaam: gebruik kleine letters, cijfers en streepjes, zoals den-haag`);
if (positionals.length !== 1) stop('geef precies één bestand: de verordening als CVDR-XML, HTML of tekst');
const pad = resolve(positionals[0]!);
if (!existsSync(pad) || !statSync(pad).isFile()) stop(`het bestand ${positionals[0]} bestaat niet`);
if (statSync(pad).size === 0) stop(`het bestand ${positionals[0]} is leeg`);
if (statSync(pad).size > MAX_BYTES) stop(`het bestand ${positionals[0]} is groter dan 5 MB; dat is geen verordening zoals wij die verwachten`);

const bytes = readFileSync(pad);
if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') stop('dit is een PDF. Sla de regeling op lokaleregelgeving.overheid.nl op als XML of HTML, of kopieer de tekst naar een .txt-bestand');
if (bytes.subarray(0, 2).toString('latin1') === 'PK') stop('dit is een zip- of Word-bestand. Sla de regeling op als XML, HTML of tekst');
const ruw = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
if (/\u0000/.test(ruw.slice(0, 4096)) || (ruw.match(/\uFFFD/g)?.length ?? 0) > ruw.length / 50) stop('dit bestand is geen tekst (binaire inhoud). Gebruik XML, HTML of een .txt-bestand in UTF-8');

const markup = /^\s*(?:<\?xml|<!doctype|<html|<cvdr|<[a-z][\w.-]*[\s>])/i.test(ruw);
const gelezen = markup ? tekstUitMarkup(ruw) : { tekst: ruw };
const tekst = gelezen.tekst.trim();
if (tekst.length < 40) stop('er staat (bijna) geen tekst in dit bestand');
const titel = values.titel?.trim() || ('titel' in gelezen && gelezen.titel) || tekst.split('\n')[0]!.slice(0, 150);
const url = values.url?.trim() || ('cvdr' in gelezen && gelezen.cvdr ? cvdrUrl(gelezen.cvdr) : undefined);
if (!url) stop(`geef het webadres van de regeling: --url ${LOKALE_REGELGEVING}/CVDR… (het staat niet in het bestand)`);
if (!/^https?:\/\/\S+$/.test(url)) stop(`"${url}" is geen volledig webadres (https://…)`);

let index;
try {
  index = maakIndex(laadKennis(values.content));
} catch (e) {
  if (e instanceof ContentError) stop(e.message);
  throw e;
}
const uitkomst = leesStuk(tekst, index);
const vandaag = new Date().toISOString().slice(0, 10);

const naamVan = (w: WetId) => index.kennis.onderdelen.wetten[w]?.titel ?? w;
const bestanden = conceptBestanden(uitkomst, { titel, url, vandaag, wetNamen: Object.fromEntries(WET_IDS.map((w) => [w, naamVan(w)])) }, tekst);
// A verordening made under several laws (issue 26, tenth round): each law's items, in a list of its own.
const wetten = uitkomst.wetten ?? (uitkomst.wet ? [uitkomst.wet] : []);
const wetNaam = wetten.length ? wetten.map(naamVan).join(', ').replace(/, ([^,]*)$/, ' en $1') : 'onbekend';
console.log(`${titel}\n${url}\nWet: ${wetNaam}${uitkomst.wetten ? ` (één verordening voor ${wetten.length} wetten)` : ''}. Soort: ${uitkomst.soort}.\n`);
console.log(`Keuzes (${uitkomst.keuzes.length}):`);
for (const k of uitkomst.keuzes) {
  const r = k.redenen[0]!;
  console.log(`  ${k.id}: ${r.plaats}: "${r.zin.length > 110 ? `${r.zin.slice(0, 109)}…` : r.zin}" (${r.gevonden})`);
}
for (const w of wetten) {
  const lijst = uitkomst.onderdelen.filter((o) => o.wet === w);
  if (!lijst.length) continue;
  console.log(`\nWat de ${naamVan(w)} de verordening laat regelen (niet gevonden = de woorden staan er niet in, niet: de regeling is onrechtmatig):`);
  for (const o of lijst) console.log(`  ${o.gevonden ? 'gevonden     ' : 'niet gevonden'} ${o.moet ? 'moet' : 'mag '} ${o.titel} (${o.wetsartikel})${o.plaats ? `: ${o.plaats}` : ''}`);
}

const map = join(values.content, 'edities', gemeente);
let geschreven = 0;
const overgeslagen: string[] = [];
for (const b of bestanden) {
  const doel = join(map, b.pad);
  if (existsSync(doel)) {
    const bestaand = readFileSync(doel, 'utf8');
    if (!values.overschrijven || !/^concept:\s*true\s*$/m.test(bestaand)) {
      overgeslagen.push(`${doel}${/^concept:\s*true\s*$/m.test(bestaand) ? ' (concept; --overschrijven vervangt het)' : ' (gecontroleerd; blijft staan)'}`);
      continue;
    }
  }
  if (!values.droog) {
    mkdirSync(dirname(doel), { recursive: true });
    writeFileSync(doel, b.tekst);
  }
  geschreven++;
}
console.log(`\n${values.droog ? 'Zou schrijven' : 'Geschreven'}: ${geschreven} ${geschreven === 1 ? 'concept' : 'concepten'} in ${map}/keuzes/.`);
if (overgeslagen.length) console.log(`Bestaat al, niet aangeraakt:\n  ${overgeslagen.join('\n  ')}`);
if (!existsSync(join(map, 'gemeente.yaml'))) console.log(`Let op: ${map}/gemeente.yaml ontbreekt nog; zie docs/redactie.md, "Een eigen gemeente-editie".`);
if (geschreven && !values.droog) console.log('Controleer elk concept en haal daarna "concept: true" weg; npm run check:content noemt de concepten die nog open staan.');
