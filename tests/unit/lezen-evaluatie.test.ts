/**
 * The matcher of "Lees een stuk" against the real-document set in tests/fixtures/lezen/ (62 public documents in four
 * sets, expectations written before the matcher ran on them; see that folder's README). Prints precision and recall
 * on keuzes and the agreement on required verordening items, per document, per set and in total, and fails below the
 * thresholds explained at DREMPELS.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { laadKennis } from '../../src/lib/lezen/laden.ts';
import { leesStuk, maakIndex, type Index, type Uitkomst } from '../../src/lib/lezen/matcher.ts';

const MAP = 'tests/fixtures/lezen';

/**
 * Thresholds, on all 47 documents together. The issue aims at 90 % precision, 80 % recall and 90 % agreement.
 * First round (35 documents):
 * - Development set (20 documents; the rules were tuned on it): 91.5 %, 81.1 %, 98.9 %.
 * - First held-out set (15 documents): 83.3 % (20/24), 80.0 % (20/25), 96.3 % (79/82).
 * Second round (issue 26: negation, begrippen, other documents' titles, lists, gemeente words), tuned on those 35 only,
 * so both are tuned sets now: development 98.0 % (49/50), 92.5 % (49/53), 97.7 % (86/88); first held-out 95.8 %
 * (23/24), 92.0 % (23/25), 98.8 % (81/82).
 * - New held-out set (12 documents from 12 new gemeenten; expectations committed before the matcher ran on them),
 *   first run: 82.4 % (14/17), 51.9 % (14/27), 96.3 % (52/54): the honest figures. Recall on unseen documents is
 *   the weak point: one-line copies, tables of contents, documents about three laws at once and vocabulary the
 *   keuzes do not carry (see CONTRIBUTING, "Lees een stuk").
 * - Then, looking at those misses, one bug fix (a copy without line breaks was read as one long begripsbepaling) and
 *   general words ("kadernota Wmo", "beleidsplan sociaal domein", "integraal jeugdbeleid", "verlagen van de
 *   uitkering"; an abbreviation list and a table of contents count less): 94.7 % (18/19), 66.7 % (18/27), 100 %
 *   (54/54). From here on the new set is tuned on too; the next documents added are the held-out ones.
 * - Total now: 96.8 % (90/93), 85.7 % (90/105), 98.7 % (221/224).
 * - nieuw3 (15 documents from 15 gemeenten not in the sets above, expectations committed before the matcher ran on
 *   them): not run yet when added; its first run gives the honest figures for this set, and the total above changes.
 * The test fails about two mistakes below the total: a real regression fails, one borderline judgement does not.
 */
const DREMPELS = { precisie: 0.94, recall: 0.83, overeenstemming: 0.97 };

interface Meta {
  titel: string;
  gemeente: string;
  soort: string;
  wet: string;
  bron: string;
  datum: string;
  /**
   * ontwikkel: the matcher was tuned on it; toets: the first held-out set; nieuw: the second (both tuned on since);
   * nieuw3: a later held-out set, expectations committed before the matcher ran on it.
   */
  set: 'ontwikkel' | 'toets' | 'nieuw' | 'nieuw3';
  verwacht: { keuzes: string[]; onderdelen?: { gevonden: string[]; nietGevonden: string[] }; toelichting: string };
}

const documenten = readdirSync(MAP)
  .filter((d) => statSync(join(MAP, d)).isDirectory() && d !== 'bestanden')
  .sort()
  .map((id) => ({
    id,
    meta: parseYaml(readFileSync(join(MAP, id, 'meta.yaml'), 'utf8')) as Meta,
    tekst: readFileSync(join(MAP, id, 'tekst.txt'), 'utf8'),
  }));

let index: Index;
const uitkomsten = new Map<string, Uitkomst>();

beforeAll(() => {
  index = maakIndex(laadKennis('content'));
  for (const d of documenten) uitkomsten.set(d.id, leesStuk(d.tekst, index));
});

describe('the real-document set', () => {
  it('has at least 15 documents from at least 8 gemeenten, each with a source and a date', () => {
    expect(documenten.length).toBeGreaterThanOrEqual(15);
    expect(new Set(documenten.map((d) => d.meta.gemeente)).size).toBeGreaterThanOrEqual(8);
    for (const d of documenten) {
      expect(d.meta.bron, d.id).toMatch(/^https?:\/\//);
      expect(String(d.meta.datum), d.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (const k of d.meta.verwacht.keuzes) expect(index.keuzes.has(k), `${d.id}: ${k}`).toBe(true);
      for (const o of [...(d.meta.verwacht.onderdelen?.gevonden ?? []), ...(d.meta.verwacht.onderdelen?.nietGevonden ?? [])])
        expect(index.onderdelen.has(o), `${d.id}: ${o}`).toBe(true);
    }
  });

  it('matches keuzes and required items well enough (prints the figures per set and in total)', () => {
    const tel = () => ({ tp: 0, fp: 0, fn: 0, eens: 0, oordelen: 0, documenten: 0 });
    const sets = { ontwikkel: tel(), toets: tel(), nieuw: tel(), nieuw3: tel(), totaal: tel() };
    let wetGoed = 0;
    const regels: string[] = [];
    for (const d of documenten) {
      const u = uitkomsten.get(d.id)!;
      if (u.wet === d.meta.wet) wetGoed++;
      const verwacht = new Set(d.meta.verwacht.keuzes);
      const gevonden = new Set(u.keuzes.map((k) => k.id));
      const fout = [...gevonden].filter((k) => !verwacht.has(k));
      const gemist = [...verwacht].filter((k) => !gevonden.has(k));
      const afwijkend: string[] = [];
      let eens = 0;
      let oordelen = 0;
      if (d.meta.verwacht.onderdelen) {
        const { gevonden: ja, nietGevonden: nee } = d.meta.verwacht.onderdelen;
        const uit = new Map(u.onderdelen.map((o) => [o.id, o.gevonden]));
        for (const id of ja) (uit.get(id) === true ? eens++ : afwijkend.push(`${id} niet gevonden`), oordelen++);
        for (const id of nee) (uit.get(id) !== true ? eens++ : afwijkend.push(`${id} wel gevonden`), oordelen++);
      }
      for (const s of [sets[d.meta.set], sets.totaal]) {
        s.tp += gevonden.size - fout.length;
        s.fp += fout.length;
        s.fn += gemist.length;
        s.eens += eens;
        s.oordelen += oordelen;
        s.documenten++;
      }
      regels.push(
        `${{ ontwikkel: ' ', toets: 'T', nieuw: 'N', nieuw3: '4' }[d.meta.set]} ${d.id.padEnd(46)} ${String(u.wet ?? '?').padEnd(15)} ${u.soort.padEnd(13)} keuzes ${gevonden.size - fout.length}/${verwacht.size}` +
          (fout.length ? `  +${fout.join(' +')}` : '') +
          (gemist.length ? `  -${gemist.join(' -')}` : '') +
          (afwijkend.length ? `  onderdelen: ${afwijkend.join(', ')}` : ''),
      );
    }
    const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)} %` : '–');
    const cijfers = (naam: string, s: ReturnType<typeof tel>) =>
      `${naam.padEnd(10)} ${String(s.documenten).padStart(2)} documenten: precisie ${pct(s.tp, s.tp + s.fp)} (${s.tp}/${s.tp + s.fp}), recall ${pct(s.tp, s.tp + s.fn)} (${s.tp}/${s.tp + s.fn}), onderdelen ${pct(s.eens, s.oordelen)} (${s.eens}/${s.oordelen})`;
    console.log(
      [
        `Lees een stuk: ${documenten.length} documenten, ${new Set(documenten.map((d) => d.meta.gemeente)).size} gemeenten (T = eerste toetsset, N = nieuwe toetsset, 4 = toetsset nieuw3)`,
        ...regels,
        cijfers('ontwikkel', sets.ontwikkel),
        cijfers('toets', sets.toets),
        cijfers('nieuw', sets.nieuw),
        cijfers('nieuw3', sets.nieuw3),
        cijfers('totaal', sets.totaal),
        `wet van het document goed herkend: ${wetGoed}/${documenten.length}`,
      ].join('\n'),
    );
    const t = sets.totaal;
    expect(t.tp / (t.tp + t.fp)).toBeGreaterThanOrEqual(DREMPELS.precisie);
    expect(t.tp / (t.tp + t.fn)).toBeGreaterThanOrEqual(DREMPELS.recall);
    expect(t.eens / t.oordelen).toBeGreaterThanOrEqual(DREMPELS.overeenstemming);
  });

  it('quotes, for every keuze it finds, a sentence that really stands in the document', () => {
    for (const d of documenten) {
      const plat = d.tekst.replace(/\s+/g, ' ');
      for (const k of uitkomsten.get(d.id)!.keuzes) {
        expect(k.redenen.length, `${d.id}: ${k.id}`).toBeGreaterThan(0);
        for (const r of k.redenen) expect(plat, `${d.id}: ${k.id}`).toContain(r.zin);
      }
    }
  });

  it('names the document\'s own article or "aanhef" for every item it finds', () => {
    const gennep = uitkomsten.get('gennep-wmo-2015')!;
    const mantelzorg = gennep.onderdelen.find((o) => o.id === 'wmo-mantelzorgwaardering')!;
    expect(mantelzorg.gevonden).toBe(true);
    expect(mantelzorg.plaats).toBe('aanhef');
    expect(mantelzorg.reden!.gevonden).toContain('2.1.6');
    const alkmaar = uitkomsten.get('alkmaar-jeugdhulp-2015')!;
    const criteria = alkmaar.onderdelen.find((o) => o.id === 'jw-criteria-voorzieningen')!;
    expect(criteria.plaats).toMatch(/^Artikel [12]\b/);
  });
});
