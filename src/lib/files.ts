/** Files on disk, for the build, the content check, scripts and tests (Node only: never imported by client code). */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every file at or below `path` (a file gives itself), depth first, in the order the file system lists them. */
export function walk(path: string): string[] {
  return statSync(path).isDirectory() ? readdirSync(path).flatMap((name) => walk(join(path, name))) : [path];
}
