/**
 * The content store: one build reads every content file exactly once, however
 * many build steps (content check, editie, begrip links, search index) use it.
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
import { editieCheck } from '../../src/lib/editie/check.ts';
import { editieUit } from '../../src/lib/editie/load.ts';
import { storeLoader, storeSourcePlugin } from '../../src/lib/content/loader.ts';
import { createHash } from 'node:crypto';
import { COLLECTIONS } from '../../src/lib/content/collections.ts';
import type { CollectionName } from '../../src/lib/content/schema.ts';
import { GET as kennisJson } from '../../src/pages/lezen/kennis.json.ts';

// Every way of reading a file is counted: readFileSync, readFile and the promise API (Astro's own glob loader
// used fs.promises.readFile).
const reads = vi.hoisted(() => new Map<string, number>());
const counted = vi.hoisted(
  () =>
    <F extends (...a: never[]) => unknown>(read: F): F =>
      ((path: unknown, ...rest: unknown[]) => {
        const key = String(path instanceof URL ? path.pathname : path);
        reads.set(key, (reads.get(key) ?? 0) + 1);
        return (read as unknown as (...a: unknown[]) => unknown)(path, ...rest);
      }) as unknown as F,
);
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const promises = { ...fs.promises, readFile: counted(fs.promises.readFile) };
  const patched = { readFileSync: counted(fs.readFileSync), readFile: counted(fs.readFile), promises };
  return { ...fs, ...patched, default: { ...fs, ...patched } };
});
vi.mock('node:fs/promises', async (importOriginal) => {
  const fsp = await importOriginal<typeof import('node:fs/promises')>();
  const readFile = counted(fsp.readFile);
  return { ...fsp, readFile, default: { ...fsp, readFile } };
});


const ROOT = resolve(import.meta.dirname, '..', '..');
const CONTENT = join(ROOT, 'content');
const logger = { info: () => {}, warn: () => {} };
const config = { root: pathToFileURL(`${ROOT}/`) };

/** How often a file was read, whichever way its path was given. */
const readsOf = (file: string) => [...reads].filter(([k]) => resolve(k) === file).reduce((n, [, v]) => n + v, 0);

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

    // The build's steps in their order, as astro.config.mjs sets them up for an editie build: the check
    // (with the editie's), Astro's collections (src/content.config.ts) and the MDX of their pages, the editie's
    // pages (which read the editie), the /lezen/ knowledge, begrip links, the search index.
    const plugins: { load: (id: string) => string | undefined }[] = [];
    const updateConfig = (c: { vite: { plugins: typeof plugins } }) => plugins.push(...c.vite.plugins);
    await (contentCheck({ contentDir: 'content', checks: [editieCheck] }).hooks as Hooks)['astro:config:setup']!({ config, logger, updateConfig });
    type Entry = { id: string; filePath?: string; body?: string; deferredRender?: boolean };
    const collections = new Map<string, Map<string, Entry>>();
    for (const c of Object.keys(COLLECTIONS) as CollectionName[]) {
      const entries = new Map<string, Entry>();
      collections.set(c, entries);
      const store = { keys: () => [...entries.keys()], set: (e: Entry) => entries.set(e.id, e), delete: (id: string) => entries.delete(id) };
      await storeLoader(c, 'content').load({ config, store, logger, generateDigest: (d: string) => String(d.length) } as never);
    }
    const mdx = [...collections.values()].flatMap((c) => [...c.values()]).filter((e) => e.deferredRender);
    const sources = mdx.map((e) => plugins[0]!.load(`${join(ROOT, e.filePath!)}?astroPropagatedAssets`));
    const routes: string[] = [];
    const injectRoute = ({ pattern }: { pattern: string }) => routes.push(pattern);
    await (editie({ contentDir: 'content', id: 'voorbeeldgemeente' }).hooks as Hooks)['astro:config:setup']!({ config, logger, injectRoute });
    expect(routes).toEqual(['/gemeente', '/gemeente/antwoorden.json']);
    expect(editieUit(contentStore('content', ROOT), 'voorbeeldgemeente').gemeente.naam).toBeTruthy();
    const kennis = (await kennisJson().json()) as { keuzes: unknown[] };
    expect(kennis.keuzes.length).toBeGreaterThan(0);
    const links = begripLinks({ contentDir: 'content' }).hooks as Hooks;
    await links['astro:config:done']!({ config });
    await links['astro:build:done']!({ dir: pathToFileURL(`${dist}/`), logger });
    expect(contentStore(CONTENT, ROOT).graph.keuzes.length).toBeGreaterThan(0);

    const files = filesBelow(CONTENT);
    expect(files.length).toBeGreaterThan(100);
    expect(files.some((f) => f.includes(join('edities', 'voorbeeldgemeente')))).toBe(true);
    expect(files.some((f) => f.includes(join('lezen', '')))).toBe(true);
    const notOnce = files.filter((f) => readsOf(f) !== 1).map((f) => `${f.slice(CONTENT.length + 1)}: ${readsOf(f)}×`);
    expect(notOnce).toEqual([]);

    // What Astro got is every entry of every collection, as files: the id is the path, MDX renders from the file's
    // own text (given by the store, not read again) and keeps its body for the search terms.
    const collectionFiles = files.filter((f) => (Object.keys(COLLECTIONS) as string[]).includes(f.slice(CONTENT.length + 1).split('/')[0]!));
    expect([...collections.values()].reduce((n, c) => n + c.size, 0)).toBe(collectionFiles.length);
    expect(collections.get('keuzes')!.get('wmo/eigen-bijdrage')?.filePath).toBe('content/keuzes/wmo/eigen-bijdrage.yaml');
    expect(mdx.length).toBe(files.filter((f) => f.endsWith('.mdx')).length);
    const texts = mdx.map((e) => readFileSync(join(ROOT, e.filePath!), 'utf8'));
    expect(sources).toEqual(texts);
    expect(mdx.map((e) => e.body)).toEqual(texts.map((t) => t.replace(/^---\n[\s\S]*?\n---\n/, '').trim()));
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

  it('names a file in the wrong folder instead of leaving it out, as a glob pattern would', () => {
    const dir = contentWith();
    const keuze = readdirSync(join(dir, 'keuzes'), { recursive: true, encoding: 'utf8' }).find((f) => f.endsWith('.yaml'))!;
    writeFileSync(join(dir, 'keuzes', 'los.yaml'), readFileSync(join(dir, 'keuzes', keuze), 'utf8'));
    expect(() => contentStore(dir, dir, { fresh: true })).toThrow(/keuzes\/los\.yaml.*\(bestand\).*in een map \(zoals wmo\/\) in content\/keuzes\//s);
  });

  it('points Astro at the file of the content folder built now, also when the same entry was built from another folder', async () => {
    // Astro's own data store keeps an entry whose digest did not change, file path included. Two content folders
    // with the same entry (a copy, a fixture, the benchmark's synthetic content) must still give the new path: the
    // old folder may be gone, and the MDX page would then import a file that no longer exists.
    const eerste = contentWith();
    const tweede = contentWith();
    // The rule of Astro's scoped store (node_modules/astro/dist/content/mutable-data-store.js, scopedStore().set):
    // an entry whose digest equals the stored one is not set again.
    const entries = new Map<string, { id: string; filePath?: string; digest?: string }>();
    const store = {
      keys: () => [...entries.keys()],
      values: () => [...entries.values()],
      delete: (id: string) => entries.delete(id),
      set: (e: { id: string; filePath?: string; digest?: string }) => {
        const old = entries.get(e.id);
        if (old && e.digest && old.digest === e.digest) return false;
        entries.set(e.id, e);
        return true;
      },
    };
    const generateDigest = (d: string) => createHash('sha1').update(d).digest('hex');
    for (const dir of [eerste, tweede]) await storeLoader('casussen', dir).load({ config, store, logger, generateDigest } as never);
    const paden = [...store.values()].map((e) => resolve(ROOT, e.filePath!));
    expect(paden.length).toBeGreaterThan(0);
    expect(paden.filter((p) => !p.startsWith(tweede))).toEqual([]);
  });
});
