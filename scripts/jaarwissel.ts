/**
 * `npm run jaarwissel [-- --datum JJJJ-MM-DD]`: the yearly checklist. Lists every
 * fact and article link in content/ whose peildatum is older than the date
 * (default: today), and every wijziging whose expected date has passed.
 * See CONTRIBUTING.md, "Jaarwissel".
 */
import { resolve } from 'node:path';
import { checkContentDir, ContentError } from '../src/lib/content/check.ts';
import { formatJaarwissel, jaarwissel } from '../src/lib/content/jaarwissel.ts';

const args = process.argv.slice(2);
const i = args.indexOf('--datum');
const gegeven = i >= 0 ? args[i + 1] : args.find((a) => a.startsWith('--datum='))?.slice('--datum='.length);
const tekst = gegeven ?? new Date().toISOString().slice(0, 10);
const datum = new Date(`${tekst}T00:00:00Z`);
if (!/^\d{4}-\d{2}-\d{2}$/.test(tekst) || Number.isNaN(datum.getTime()) || datum.toISOString().slice(0, 10) !== tekst) {
  console.error(`--datum: verwacht een datum JJJJ-MM-DD, niet "${tekst}"`);
  process.exit(2);
}
try {
  console.log(formatJaarwissel(jaarwissel(checkContentDir(resolve('content')), datum)));
} catch (e) {
  if (e instanceof ContentError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
