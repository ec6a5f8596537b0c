/** The grade colours have one source (src/lib/kleuren.ts); the CSS custom properties in tokens.css must match it. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GRADE_ACHTERGROND, GRADE_KLEUR } from '../../src/lib/kleuren.ts';

const css = readFileSync('src/styles/tokens.css', 'utf8');
const token = (name: string) => new RegExp(`--sk-${name}:\\s*(#[0-9a-f]{6})\\s*;`, 'i').exec(css)?.[1]?.toLowerCase();

describe('grade colours', () => {
  it('tokens.css holds the same colours as kleuren.ts, for every grade', () => {
    for (const [grade, kleur] of Object.entries(GRADE_KLEUR)) expect(token(grade), `--sk-${grade}`).toBe(kleur);
    for (const [grade, kleur] of Object.entries(GRADE_ACHTERGROND)) expect(token(`${grade}-bg`), `--sk-${grade}-bg`).toBe(kleur);
  });
});
