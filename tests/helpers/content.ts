/** Content for tests: read and validated by the real content check, as the build does. */
export { graphFromDir as loadGraph } from '../../src/lib/content/check.ts';
import { loadContentDir } from '../../src/lib/content/check.ts';

/** The validated content of a folder; the folder is also the root for file names in messages. */
export const loadContent = (dir: string) => loadContentDir(dir, dir);
