/**
 * "Sturen: rollen en modellen" (src/lib/sturen/): every linked keuze exists,
 * every model fits a role, and the figure is an SVG snapshot a person can open
 * (tests/snapshots/sturen.svg; renew with UPDATE_SNAPSHOTS=1).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alleKeuzes, MODELLEN, NIET_MEER_2013, ROLLEN, sturenSvg } from '../../src/lib/sturen/sturen.ts';
import { loadGraph } from '../helpers/content.ts';
import { matchSnapshot } from '../helpers/snapshot.ts';

const SNAPSHOT = join(import.meta.dirname, '..', 'snapshots', 'sturen.svg');

describe('sturen: rollen en modellen', () => {
  const g = loadGraph('content');

  it('has the five roles of the trap and the four models of seeds/004, each with strength, risk and keuzes', () => {
    expect(ROLLEN.map((r) => r.id)).toEqual(['reguleren', 'regisseren', 'stimuleren', 'faciliteren', 'loslaten']);
    expect(MODELLEN.map((m) => m.id)).toEqual(['uitvoering', 'uitbesteding', 'inkoop-en-samenwerking', 'facilitering']);
    for (const x of [...ROLLEN, ...MODELLEN]) {
      expect(x.sterk.length, x.id).toBeGreaterThan(10);
      expect(x.risico.length, x.id).toBeGreaterThan(10);
      expect(x.keuzes.length, x.id).toBeGreaterThan(0);
    }
    expect(NIET_MEER_2013.length).toBeGreaterThan(0);
  });

  it('links only keuzes that exist in content/', () => {
    expect(alleKeuzes().filter((id) => !g.keuze(id))).toEqual([]);
  });

  it('puts every model beside roles of the trap', () => {
    const rollen = new Set(ROLLEN.map((r) => r.id));
    for (const m of MODELLEN) for (const r of m.rollen) expect(rollen.has(r), `${m.id} → ${r}`).toBe(true);
  });

  it('draws the figure with a title and a description naming every role and model', (ctx) => {
    const svg = sturenSvg();
    expect(svg).toMatch(/role="img" aria-labelledby="sturen-titel sturen-desc"/);
    const desc = /<desc[^>]*>([^<]*)<\/desc>/.exec(svg)![1]!;
    for (const x of [...ROLLEN, ...MODELLEN]) expect(desc.toLowerCase()).toContain(x.naam.toLowerCase());
    matchSnapshot(ctx, SNAPSHOT, `${svg}\n`, 'de figuur sturen');
  });
});
