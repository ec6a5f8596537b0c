/**
 * Runs golden question files on a built site through /zoeken/ (the same harness as tests/browser/search.test.ts) and
 * prints every question that is not in the top 3, with the pass rate per file and per kind. Quicker than the browser
 * test while working on the ranking; not a test (it never fails).
 *
 * Usage: npm run build && npm run search:check [-- --dir <folder>] [--verbose] [file.yaml …]
 * --verbose also prints what was searched for each question that fails.
 * Without files: the golden queries, the golden questions, the six blind sets and the three sets of robustness questions
 * (not blind). Run that way, a blind set prints only its pass rates, not the questions that fail, so someone tuning the
 * ranking does not read the blind questions by accident; name the file (`npm run search:check --
 * tests/search/blind-questions-6.yaml`) to see them.
 */
import { parseArgs } from 'node:util';
import { serve } from './serve.mjs';
import { launch } from './lib/chromium.ts';
import { BLIND_FILE, BLIND_FILE_2, BLIND_FILE_3, BLIND_FILE_4, BLIND_FILE_5, BLIND_FILE_6, failLine, GOLDEN_FILE, goldenQueries, passed, passRate, QUESTIONS_FILE, ROBUUST_FILE, ROBUUST_FILE_2, ROBUUST_FILE_3, runGolden } from './lib/golden.ts';

const { values, positionals } = parseArgs({ options: { dir: { type: 'string', default: 'dist' }, verbose: { type: 'boolean', default: false } }, allowPositionals: true });
const blind = [BLIND_FILE, BLIND_FILE_2, BLIND_FILE_3, BLIND_FILE_4, BLIND_FILE_5, BLIND_FILE_6];
const files = positionals.length ? positionals : [GOLDEN_FILE, QUESTIONS_FILE, ...blind, ROBUUST_FILE, ROBUUST_FILE_2, ROBUUST_FILE_3];
/** The questions that fail are printed for every file named on the command line, and by default for all but the blind sets. */
const showFailures = (file: string) => positionals.length > 0 || !blind.includes(file);
const { server, url } = (await serve({ dir: values.dir, port: 0 })) as { server: import('node:http').Server; url: string };
const browser = await launch();
try {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${url}/zoeken/`);
  for (const file of files) {
    const outcomes = await runGolden(page, goldenQueries(file));
    console.log(`\n${file} on ${values.dir}/: ${passRate(outcomes)}`);
    const kinds = [...new Set(outcomes.map((o) => o.kind).filter(Boolean))];
    for (const kind of kinds) console.log(`  ${kind}: ${passRate(outcomes.filter((o) => o.kind === kind))}`);
    if (!showFailures(file)) {
      console.log('  (a blind set: name the file to see the questions that fail)');
      continue;
    }
    for (const o of outcomes.filter((x) => !passed(x))) console.log(`  not: ${failLine(o)}${values.verbose && o.uitleg ? `\n       ${o.uitleg}` : ''}`);
  }
} finally {
  await browser.close();
  server.close();
}
