/**
 * The gemeente edition for a build: `GEMEENTE=<id> npm run build` builds the
 * site with content/lokaal/<id>/ laid over it; without GEMEENTE the national
 * site is built and carries nothing of any edition (see ./omgeving.ts).
 */
import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { ContentError } from '../content/problems.ts';
import type { ContentStore } from '../content/store.ts';
import { checkEditie, editieCheck, editieMappen, type Editie, type Nationaal } from './edition.ts';

/** Reads and checks one edition; throws a ContentError naming file and field when anything is wrong. */
export function loadEditie(contentDir: string, id: string, nationaal: Nationaal, root = process.cwd()): Editie {
  const dir = join(contentDir, 'lokaal', id);
  if (!existsSync(join(dir, 'gemeente.yaml'))) {
    const bekend = editieMappen(contentDir).map((d) => d.split(sep).pop()).join(', ') || 'geen';
    throw new ContentError([
      {
        file: relative(root, dir).split(sep).join('/'),
        field: 'GEMEENTE',
        expected: `een map content/lokaal/${id}/ met gemeente.yaml (bekende gemeenten: ${bekend})`,
      },
    ]);
  }
  const { editie, problems } = checkEditie(dir, nationaal, root);
  if (problems.length || !editie) throw new ContentError(problems);
  return editie;
}

/** The edition from the content store (checked when the store was filled), or read now when the store has none. */
export function editieUit(store: ContentStore, id: string): Editie {
  const edities = store.results.get(editieCheck.name) as ReadonlyMap<string, Editie> | undefined;
  return edities?.get(id) ?? loadEditie(store.contentDir, id, store, store.root);
}
