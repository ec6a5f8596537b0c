/**
 * Synthetic content for growth tests and the kaart bench: a copy of content/
 * in a temporary folder (never in content/), with every keuze repeated
 * `factor` times (1×, 5×, 10×). The copies keep their wet, cell, grade and
 * sources, and get their own subject and label, so cells fill up the way
 * real growth would (today's fullest cell holds 8 keuzes: 40 at 5×).
 *
 * Usage: node scripts/synthetic-content.ts 5   → prints the folder
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

const VARIANTEN = ['voor jongeren', 'in de wijk', 'bij schulden', 'voor mantelzorgers', 'na ontslag', 'met vervoer', 'in de regio', 'met het onderwijs', 'bij wonen', 'voor statushouders'];

export function syntheticContent(factor: number, source = 'content'): string {
  let eigenLid = 100;
  const dir = mkdtempSync(join(tmpdir(), `staalkaart-synth-${factor}x-`));
  // The stored law texts stay out: the copies cite made-up lids, and growth is about the kaart, not the law.
  cpSync(source, dir, { recursive: true, filter: (src) => !src.split(/[\\/]/).includes('wetteksten') });
  const keuzes = join(dir, 'keuzes');
  for (const wet of readdirSync(keuzes)) {
    for (const file of readdirSync(join(keuzes, wet)).filter((f) => f.endsWith('.yaml'))) {
      const data = parse(readFileSync(join(keuzes, wet, file), 'utf8')) as Record<string, unknown> & { onderwerp: string; kaart: { label?: string }; volgorde: number };
      for (let n = 2; n <= factor; n++) {
        const extra = VARIANTEN[(n - 2) % VARIANTEN.length]!;
        const base = data.kaart.label ?? data.onderwerp;
        const label = `${base} ${extra}`;
        const copy = {
          ...data,
          onderwerp: `${data.onderwerp} ${extra}${n > VARIANTEN.length + 1 ? ` ${n}` : ''}`,
          kaart: { ...data.kaart, label: label.length <= 28 ? label : `${base.slice(0, Math.max(4, 27 - extra.length)).trimEnd()} ${extra}`.slice(0, 28) },
          volgorde: typeof data.volgorde === 'number' ? data.volgorde + n * 1000 : undefined,
          wijzigingen: undefined,
          // A copy links the same copy of the keuzes its original links (the content check wants links both
          // ways), and cites a lid of its own, so no two keuzes of different wetten seem to share an article.
          zieOok: (data.zieOok as { keuze: string }[] | undefined)?.map((z) => ({ ...z, keuze: `${z.keuze}-s${n}` })),
          artikel: { ...(data.artikel as object), lid: ++eigenLid },
        };
        writeFileSync(join(keuzes, wet, file.replace(/\.yaml$/, `-s${n}.yaml`)), stringify(copy));
      }
    }
  }
  return dir;
}

if (import.meta.main) console.log(syntheticContent(Number(process.argv[2] ?? 5)));
