/**
 * `npm run jaarwissel [-- --datum JJJJ-MM-DD]`: the yearly checklist. Lists every
 * fact and article link in content/ whose peildatum is older than the date
 * (default: today), and every wijziging whose expected date has passed.
 * See CONTRIBUTING.md, "Jaarwissel".
 */
import { join, resolve } from 'node:path';
import { checkContentDir, ContentError } from '../src/lib/content/check.ts';
import { editieCheck } from '../src/lib/editie/check.ts';
import { formatJaarwissel, formatTeHerlezen, jaarwissel, teHerlezen } from '../src/lib/content/jaarwissel.ts';
import type { Feit } from '../src/lib/content/schema.ts';
import { readWetteksten } from '../src/lib/content/wetteksten.ts';

const args = process.argv.slice(2);
const i = args.indexOf('--datum');
const gegeven = i >= 0 ? args[i + 1] : args.find((a) => a.startsWith('--datum='))?.slice('--datum='.length);
const tekst = gegeven ?? new Date().toISOString().slice(0, 10);
const datum = new Date(`${tekst}T00:00:00Z`);
if (!/^\d{4}-\d{2}-\d{2}$/.test(tekst) || Number.isNaN(datum.getTime()) || datum.toISOString().slice(0, 10) !== tekst) {
  console.error(`--datum: verwacht een datum JJJJ-MM-DD, niet "${tekst}"`);
  process.exit(2);
}
const dir = resolve(args.find((a) => !a.startsWith('--') && a !== gegeven) ?? 'content');
try {
  const entries = checkContentDir(dir, process.cwd(), [editieCheck]);
  console.log(formatJaarwissel(jaarwissel(entries, datum)));
  // The stored law texts of the current peildatum against those of the new date.
  const peil = entries.find((e) => e.collection === 'feiten' && e.id === 'peildatum-wetteksten')?.data as Feit | undefined;
  const store = readWetteksten(join(dir, 'wetteksten'));
  if (peil?.waarde instanceof Date && store.perBwb.size) {
    if (datum.getTime() > peil.waarde.getTime()) console.log(formatTeHerlezen(teHerlezen(entries, store, peil.waarde, datum), peil.waarde, datum));
    else console.log(`Wetteksten: de datum ${tekst} ligt niet na de peildatum van de wetteksten (${peil.waarde.toISOString().slice(0, 10)}): niets te vergelijken.\n`);
  }
} catch (e) {
  if (e instanceof ContentError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
