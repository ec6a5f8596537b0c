/**
 * What the coming /lezen/ page accepts (src/lib/lezen/invoer.ts), the worker's answer (bericht.ts), and the size of
 * the knowledge the page will load.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { beantwoord, indexUitJson } from '../../src/lib/lezen/bericht.ts';
import { controleerTekst, herkenBestand, MAX_BESTAND_BYTES, MAX_TEKENS } from '../../src/lib/lezen/invoer.ts';
import type { Kennis } from '../../src/lib/lezen/kennis.ts';
import { laadKennis } from '../../src/lib/lezen/laden.ts';
import { leesStuk, maakIndex, type Index } from '../../src/lib/lezen/matcher.ts';

const PDF = readFileSync('tests/fixtures/lezen/bestanden/voorschoten-jeugdhulp-2015.pdf');
const DOCX = readFileSync('tests/fixtures/lezen/bestanden/moerdijk-tegenprestatie-2015.docx');
const kop = (s: string | Buffer) => new Uint8Array(typeof s === 'string' ? Buffer.from(s, 'latin1') : s).slice(0, 16);

let kennis: Kennis;
let index: Index;
beforeAll(() => {
  kennis = laadKennis('content');
  index = maakIndex(kennis);
});

describe('herkenBestand', () => {
  it('knows the real PDF, the real .docx and a text file by their bytes', () => {
    expect(herkenBestand('stuk.pdf', PDF.length, kop(PDF))).toEqual({ ok: true, waarde: 'pdf' });
    expect(herkenBestand('stuk.docx', DOCX.length, kop(DOCX))).toEqual({ ok: true, waarde: 'docx' });
    expect(herkenBestand('notities.txt', 20, kop('Gelet op artikel 2.9'))).toEqual({ ok: true, waarde: 'tekst' });
    // A PDF saved without extension is still a PDF.
    expect(herkenBestand('download', PDF.length, kop(PDF))).toEqual({ ok: true, waarde: 'pdf' });
  });

  it('refuses an empty file, a file over the limit, and a file that is not what its name says, in Dutch', () => {
    const fouten = [
      herkenBestand('leeg.pdf', 0, new Uint8Array()),
      herkenBestand('groot.pdf', MAX_BESTAND_BYTES + 1, kop(PDF)),
      herkenBestand('nep.pdf', 30, kop('Dit is geen PDF maar tekst')),
      herkenBestand('nep.docx', 30, kop(PDF)),
      herkenBestand('oud.doc', 30, new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])),
      herkenBestand('archief.zip', DOCX.length, kop(DOCX)),
      herkenBestand('foto.jpg', 30, new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10])),
      herkenBestand('data.txt', 30, new Uint8Array([0x41, 0, 0x42, 0])),
    ];
    const berichten = fouten.map((f) => (f.ok ? 'ok' : f.fout));
    expect(berichten[0]).toMatch(/leeg/);
    expect(berichten[1]).toMatch(/groter dan 20 MB/);
    expect(berichten[2]).toMatch(/heet "nep.pdf", maar het is geen PDF/);
    expect(berichten[3]).toMatch(/geen Word-bestand/);
    expect(berichten[4]).toMatch(/oud Word-bestand/);
    expect(berichten[5]).toMatch(/zip-bestand/);
    expect(berichten[6]).toMatch(/kan de pagina niet lezen/);
    expect(berichten[7]).toMatch(/kan de pagina niet lezen/);
  });
});

describe('controleerTekst', () => {
  it('refuses an empty paste, a scanned PDF and a text over the limit, and trims the rest', () => {
    expect(controleerTekst('  \n ', 'plakken')).toEqual({ ok: false, fout: expect.stringMatching(/Plak de tekst/) });
    expect(controleerTekst('', 'pdf', 12)).toEqual({ ok: false, fout: expect.stringMatching(/waarschijnlijk een scan/) });
    expect(controleerTekst('Pagina 1 2 3', 'pdf', 12)).toEqual({ ok: false, fout: expect.stringMatching(/bijna geen tekst/) });
    expect(controleerTekst('x'.repeat(MAX_TEKENS + 1), 'plakken')).toEqual({ ok: false, fout: expect.stringMatching(/te lang: meer dan 1\.500\.000 tekens/) });
    expect(controleerTekst('  Gelet op artikel 2.9 van de Jeugdwet.  ', 'plakken')).toEqual({ ok: true, waarde: 'Gelet op artikel 2.9 van de Jeugdwet.' });
  });
});

describe('the worker\'s answer', () => {
  it('reads a question and answers with the keuzes, echoing the id', () => {
    const a = beantwoord({ soort: 'lees', id: 7, tekst: 'Gelet op artikel 2.1.6 van de Wmo 2015.', bron: 'plakken' }, index);
    expect(a.soort).toBe('klaar');
    expect(a.id).toBe(7);
    expect(a.soort === 'klaar' && a.uitkomst.keuzes.map((k) => k.id)).toContain('wmo/mantelzorgwaardering');
  });

  it('answers anything else with a Dutch error and never throws', () => {
    for (const v of [null, 42, 'lees', {}, { soort: 'lees', id: 1 }, { soort: 'lees', id: 1, tekst: 'x', bron: 'fax' }, { soort: 'schrijf', id: 1, tekst: 'x', bron: 'tekst' }])
      expect(beantwoord(v, index)).toMatchObject({ soort: 'fout', bericht: expect.stringMatching(/begrijpt/) });
    expect(beantwoord({ soort: 'lees', id: 2, tekst: 'x', bron: 'plakken', wet: 'awb' }, index)).toMatchObject({ soort: 'fout', id: 2, bericht: 'Kies een wet uit de lijst.' });
    expect(beantwoord({ soort: 'lees', id: 3, tekst: '', bron: 'pdf', paginas: 4 }, index)).toMatchObject({ soort: 'fout', id: 3, bericht: expect.stringMatching(/scan/) });
  });

  it('reads the same from the knowledge as JSON (what the page will ship), within a byte budget', () => {
    const json = JSON.stringify(kennis);
    const gennep = readFileSync('tests/fixtures/lezen/gennep-wmo-2015/tekst.txt', 'utf8');
    expect(leesStuk(gennep, indexUitJson(JSON.parse(json)))).toEqual(leesStuk(gennep, index));
    // Budget: 47 kB (11 kB gzip) today; the page loads it only when a document is read.
    expect(Buffer.byteLength(json)).toBeLessThan(80_000);
    expect(gzipSync(json).length).toBeLessThan(20_000);
  });
});
