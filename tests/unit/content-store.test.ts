/**
 * The content store: one build reads every content file exactly once, however
 * many build steps (content check, edition, begrip links, search index) use it.
 */
import { describe, expect, it, vi } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import contentCheck from '../../src/integrations/content-check.ts';
import begripLinks from '../../src/integrations/begrip-links.ts';
import { contentStore } from '../../src/lib/content/store.ts';
import { contentWith } from '../helpers/fixtures.ts';
import editie from '../../src/integrations/editie.ts';
import { editieCheck } from '../../src/lib/lokaal/edition.ts';
import { editieUit } from '../../src/lib/lokaal/load.ts';

const reads = vi.hoisted(() => new Map<string, number>());
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const readFileSync = ((path: unknown, ...rest: unknown[]) => {
    const key = resolve(String(path));
    reads.set(key, (reads.get(key) ?? 0) + 1);
    return (fs.readFileSync as (...a: unknown[]) => unknown)(path, ...rest);
  }) as typeof fs.readFileSync;
  return { ...fs, readFileSync, default: { ...fs, readFileSync } };
});


const ROOT = resolve(import.meta.dirname, '..', '..');
const CONTENT = join(ROOT, 'content');
const logger = { info: () => {}, warn: () => {} };
const config = { root: pathToFileURL(`${ROOT}/`) };

function filesBelow(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile() && /\.(ya?ml|mdx?)$/.test(f));
}

type Hooks = Record<string, (arg: unknown) => unknown>;

describe('the content store', () => {
  it('reads each content file exactly once in a build, for every step that uses the content', async () => {
    reads.clear();
    const dist = mkdtempSync(join(tmpdir(), 'staalkaart-store-'));
    writeFileSync(join(dist, 'index.html'), '<html lang="nl"><body><main><p>Over de Wmo en maatwerkvoorziening.</p></main></body></html>');

    // The build's steps in their order, as astro.config.mjs sets them up for an edition build: the check
    // (with the edition's), the edition's pages (which read the edition), begrip links, the search index.
    await (contentCheck({ contentDir: 'content', checks: [editieCheck] }).hooks as Hooks)['astro:config:setup']!({ config, logger });
    const routes: string[] = [];
    const injectRoute = ({ pattern }: { pattern: string }) => routes.push(pattern);
    await (editie({ contentDir: 'content', gemeente: 'voorbeeldgemeente' }).hooks as Hooks)['astro:config:setup']!({ config, logger, injectRoute });
    expect(routes).toEqual(['/gemeente', '/gemeente/antwoorden.json']);
    expect(editieUit(contentStore('content', ROOT), 'voorbeeldgemeente').gemeente.naam).toBeTruthy();
    const links = begripLinks({ contentDir: 'content' }).hooks as Hooks;
    await links['astro:config:done']!({ config });
    await links['astro:build:done']!({ dir: pathToFileURL(`${dist}/`), logger });
    expect(contentStore(CONTENT, ROOT).graph.keuzes.length).toBeGreaterThan(0);

    // content/lezen/ feeds "Lees een stuk" (the griffie command), which no build step reads yet.
    const files = filesBelow(CONTENT).filter((f) => !f.startsWith(join(CONTENT, 'lezen')));
    expect(files.length).toBeGreaterThan(100);
    expect(files.some((f) => f.includes(join('lokaal', 'voorbeeldgemeente')))).toBe(true);
    const notOnce = files.filter((f) => reads.get(f) !== 1).map((f) => `${f.slice(CONTENT.length + 1)}: ${reads.get(f) ?? 0}×`);
    expect(notOnce).toEqual([]);
  });

  it('reads again at the start of the next build, so an edit is seen', () => {
    const dir = contentWith();
    const eerst = contentStore(dir, dir, { fresh: true });
    expect(contentStore(dir, dir)).toBe(eerst);
    const begrip = eerst.content.begrippen[0]!;
    const file = join(dir, 'begrippen', `${begrip.id}.yaml`);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^term: .*$/m, 'term: Gewijzigd begrip'));
    expect(contentStore(dir, dir).content.begrippen[0]!.data.term).toBe(begrip.data.term);
    const daarna = contentStore(dir, dir, { fresh: true });
    expect(daarna.content.begrippen.find((b) => b.id === begrip.id)!.data.term).toBe('Gewijzigd begrip');
  });
});
