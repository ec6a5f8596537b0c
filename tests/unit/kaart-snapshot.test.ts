/**
 * SVG snapshots of the kaart that a person can open: tests/snapshots/*.svg.
 * On a mismatch the new rendering is written next to it as *-changed.svg, to
 * open and compare. After an intended change (new content, new layout):
 *   UPDATE_SNAPSHOTS=1 npx vitest run --project unit tests/unit/kaart-snapshot.test.ts
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeLayout, type VariantId } from '../../src/lib/kaart/layout.ts';
import { renderKaartSvg } from '../../src/lib/kaart/svg.ts';
import { loadContent } from '../helpers/content.ts';
import { contentWith } from '../helpers/fixtures.ts';
import { syntheticContent } from '../../scripts/synthetic-content.ts';

const DIR = join(import.meta.dirname, '..', 'snapshots');

/** Normalised for comparison: numbers rounded to 2 decimals, one element per line, final newline. */
export function normalise(svg: string): string {
  return (
    svg
      .replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 100) / 100))
      .replace(/>\s*</g, '>\n<')
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
      .join('\n') + '\n'
  );
}

function snapshot(name: string, svg: string) {
  const file = join(DIR, `${name}.svg`);
  const changed = join(DIR, `${name}-changed.svg`);
  const actual = normalise(svg);
  if (process.env.UPDATE_SNAPSHOTS) {
    writeFileSync(file, actual);
    rmSync(changed, { force: true });
    return;
  }
  expect(existsSync(file), `snapshot ${file} ontbreekt: maak hem met UPDATE_SNAPSHOTS=1`).toBe(true);
  const expected = readFileSync(file, 'utf8');
  if (expected !== actual) writeFileSync(changed, actual);
  else rmSync(changed, { force: true });
  expect(actual === expected, `kaart ${name} wijkt af van de snapshot; bekijk ${changed}`).toBe(true);
}

const render = (dir: string, variant: VariantId = 'breed', statisch = false) => {
  const c = loadContent(dir);
  return renderKaartSvg(computeLayout(c, variant), new Map(c.keuzes.map((k) => [k.id, k.data])), { statisch });
};

/**
 * Snapshots render fixture content, never the live content/, so editing a keuze changes no snapshot.
 * The crowded fixture is the small one with every keuze eight times (scripts/synthetic-content.ts), so
 * its cells need count boxes on screen and names at a smaller size in static outputs.
 */
let vol: string | undefined;
const volleFixture = () => (vol ??= syntheticContent(8, contentWith()));

describe('kaart SVG snapshots', () => {
  it('matches the snapshot of the small fixture (two laws, one scheidslijn)', () => {
    snapshot('kaart-fixture', render(contentWith()));
  });

  it('matches the snapshot of the crowded fixture on screen (count boxes where the names are too small)', () => {
    snapshot('kaart-fixture-vol', render(volleFixture()));
  });

  it('matches the snapshot of the crowded fixture in the portrait layout for narrow screens', () => {
    snapshot('kaart-fixture-vol-smal', render(volleFixture(), 'smal'));
  });

  it('matches the snapshot of the crowded fixture as a static output (every keuze by name, no count boxes)', () => {
    const svg = render(volleFixture(), 'breed', true);
    expect(svg).not.toContain('class="vak-samenvatting"');
    expect(svg).not.toContain('data-lod');
    snapshot('kaart-fixture-statisch', svg);
  });

  it('normalises numbers and layout only, not content', () => {
    expect(normalise('<g><circle r="1.23456"/></g>')).toBe('<g>\n<circle r="1.23"/>\n</g>\n');
  });
});
