/**
 * File snapshots a person can open (tests/snapshots/*.svg). `UPDATE_SNAPSHOTS=1` renews them: the test then writes
 * the file and reports itself as skipped, never as passed, since it compared nothing; review the change with
 * `git diff tests/snapshots/`. `npm test` clears UPDATE_SNAPSHOTS, so a full run always compares.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { expect, type TestContext } from 'vitest';

/**
 * Compares `actual` with the snapshot in `file`. On a mismatch the new text is written beside it as `<name>-changed.svg`
 * (to open and compare) and the test fails; a match removes that file.
 */
export function matchSnapshot(ctx: TestContext, file: string, actual: string, what: string): void {
  const changed = file.replace(/(\.\w+)$/, '-changed$1');
  if (process.env.UPDATE_SNAPSHOTS) {
    writeFileSync(file, actual);
    rmSync(changed, { force: true });
    ctx.skip(`snapshot ${file} vernieuwd: bekijk git diff`);
    return;
  }
  expect(existsSync(file), `snapshot ${file} ontbreekt: maak hem met UPDATE_SNAPSHOTS=1`).toBe(true);
  const expected = readFileSync(file, 'utf8');
  if (expected !== actual) writeFileSync(changed, actual);
  else rmSync(changed, { force: true });
  expect(actual === expected, `${what} wijkt af van de snapshot; bekijk ${changed}`).toBe(true);
}
