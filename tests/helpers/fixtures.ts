import { cpSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

/** The names of the broken-content fixtures (tests/fixtures/broken/<name>/). */
export const brokenFixtures = () => readdirSync(join(FIXTURES, 'broken')).sort();

/**
 * A content folder in a temp dir: the valid fixture with the files of one
 * broken fixture laid over it (each broken fixture holds only what it breaks).
 */
export function contentWith(broken?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'staalkaart-content-'));
  cpSync(join(FIXTURES, 'valid'), dir, { recursive: true });
  if (broken) cpSync(join(FIXTURES, 'broken', broken), dir, { recursive: true });
  return dir;
}
