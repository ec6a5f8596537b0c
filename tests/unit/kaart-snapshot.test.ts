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

const render = (dir: string, variant: VariantId = 'breed') => {
  const c = loadContent(dir);
  return renderKaartSvg(computeLayout(c, variant), new Map(c.keuzes.map((k) => [k.id, k.data])));
};

describe('kaart SVG snapshots', () => {
  it('matches the snapshot of the small fixture (two laws, one scheidslijn)', () => {
    snapshot('kaart-fixture', render(contentWith()));
  });

  it('matches the snapshot of the real content', () => {
    snapshot('kaart-inhoud', render('content'));
  });

  it('matches the snapshot of the real content in the portrait layout for narrow screens', () => {
    snapshot('kaart-inhoud-smal', render('content', 'smal'));
  });

  it('normalises numbers and layout only, not content', () => {
    expect(normalise('<g><circle r="1.23456"/></g>')).toBe('<g>\n<circle r="1.23"/>\n</g>\n');
  });
});
