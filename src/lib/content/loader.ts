/**
 * The Astro content loader of every collection (src/content.config.ts): it
 * hands Astro the entries of the content store (./store.ts), which the content
 * check read and validated at the start of the build. It reads no file itself,
 * so each content file is read once per build. The MDX compiler takes the text
 * of a .mdx entry from the store as well (`storeSource` below, added to Vite by
 * src/integrations/content-check.ts).
 *
 * What Astro gets per entry is what its glob loader would give: the id (the
 * path without extension, "wmo/eigen-bijdrage"), the validated data, the MDX
 * body, the file path relative to the project root and, for MDX, deferred
 * rendering (the page's render() imports the file as a module).
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CollectionName } from './schema.ts';
import { contentStore } from './store.ts';

/** True while the loaders of all collections handle the same change: the first one reads content/ again. */
let rereading = false;

/** The entries of one collection, from the content store of `contentDir`. */
export function storeLoader(collection: CollectionName, contentDir: string): Loader {
  return {
    name: 'staalkaart:content-store',
    load: async ({ config, store, generateDigest, watcher, logger }: LoaderContext) => {
      const root = fileURLToPath(config.root);
      const sync = (fresh: boolean) => {
        const entries = contentStore(resolve(root, contentDir), root, { fresh }).checked.filter((e) => e.collection === collection);
        const untouched = new Set(store.keys());
        for (const e of entries) {
          untouched.delete(e.id);
          const body = e.body?.trim();
          store.set({
            id: e.id,
            data: e.data as Record<string, unknown>,
            ...(body !== undefined ? { body, deferredRender: true } : {}),
            filePath: e.file,
            // The digest of the validated data and where it came from: a change of file or schema both give new data,
            // and the same entry from another content folder gives a new path (Astro keeps an entry whose digest is
            // unchanged, file path included, and a page would import a file of a folder that may be gone).
            digest: generateDigest(JSON.stringify([e.data, e.source ?? '', e.file])),
          });
        }
        for (const id of untouched) store.delete(id);
      };
      sync(false);
      // `astro dev`: an edit below content/ is read and checked again (once for all collections), then given to Astro.
      const dir = resolve(root, contentDir);
      watcher?.on('all', (_event, path) => {
        if (!resolve(path).startsWith(dir)) return;
        const first = !rereading;
        if (first) {
          rereading = true;
          queueMicrotask(() => (rereading = false));
        }
        try {
          sync(first);
        } catch (e) {
          logger.error((e as Error).message);
        }
      });
    },
  };
}

/**
 * A Vite plugin that gives the MDX compiler the text of a content .mdx file from the store (a page's render()
 * imports the file as a module). Only in a build: `astro dev` lets Vite read the file, so an edit shows at once.
 */
export function storeSourcePlugin(contentDir: string, root: string) {
  return {
    name: 'staalkaart:content-store-source',
    enforce: 'pre' as const,
    apply: 'build' as const,
    load(id: string): string | undefined {
      const path = id.split('?')[0]!;
      return /\.mdx?$/.test(path) ? storedSource(contentDir, root, path) : undefined;
    },
  };
}

/** The text of a content file the store holds (absolute path), or undefined. */
function storedSource(contentDir: string, root: string, path: string): string | undefined {
  const file = resolve(path);
  return contentStore(resolve(root, contentDir), root).checked.find((e) => e.source !== undefined && resolve(root, e.file) === file)?.source;
}
