/** Content for tests: read and validated by the real content check, as the build does. */
export { graphFromDir as loadGraph } from '../../src/lib/content/check.ts';
import { graphFromDir, loadContentDir } from '../../src/lib/content/check.ts';

/** The validated content of a folder; the folder is also the root for file names in messages. */
export const loadContent = (dir: string) => loadContentDir(dir, dir);

/** A fact's data by id from a content graph; a missing fact fails the test with its id. */
export function feitIn(g: ReturnType<typeof graphFromDir>, id: string) {
  const f = g.feiten.find((e) => e.id === id);
  if (!f) throw new Error(`no fact ${id}`);
  return f.data;
}
