/**
 * The editie for a build: `EDITIE=<id> npm run build` builds the
 * site with content/edities/<id>/ laid over it; without EDITIE the national
 * site is built and carries nothing of any editie (see ./omgeving.ts).
 */
import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { ContentError } from '../content/problems.ts';
import type { ContentStore } from '../content/store.ts';
import { checkEditie, editieCheck, editieMappen, type Editie, type Nationaal } from './check.ts';

/** Reads and checks one editie; throws a ContentError naming file and field when anything is wrong. */
export function loadEditie(contentDir: string, id: string, nationaal: Nationaal, root = process.cwd()): Editie {
  const dir = join(contentDir, 'edities', id);
  if (!existsSync(join(dir, 'gemeente.yaml'))) {
    const bekend = editieMappen(contentDir).map((d) => d.split(sep).pop()).join(', ') || 'geen';
    throw new ContentError([
      {
        file: relative(root, dir).split(sep).join('/'),
        field: 'EDITIE',
        expected: `een map content/edities/${id}/ met gemeente.yaml (bekende gemeenten: ${bekend})`,
      },
    ]);
  }
  const { editie, problems } = checkEditie(dir, nationaal, root);
  if (problems.length || !editie) throw new ContentError(problems);
  return editie;
}

/** The editie from the content store (checked when the store was filled), or read now when the store has none. */
export function editieUit(store: ContentStore, id: string): Editie {
  const edities = store.results.get(editieCheck.name) as ReadonlyMap<string, Editie> | undefined;
  return edities?.get(id) ?? loadEditie(store.contentDir, id, store, store.root);
}
