// The Nu HTML Checker (vnu-jar, the W3C validator; needs Java) over the built site: every page, every SVG
// and every stylesheet in dist/. Prints the errors and exits 1 when there is one that is not a known
// checker gap (HTML_CHECKER_GAPS below, each with its reason).
// Usage: node scripts/validate-html.ts [dir-or-files…]   (default: dist)
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { walk } from '../src/lib/files.ts';

/**
 * Messages that are not errors in our own pages, each with its reason. Keep this list short:
 * - `gap`: the checker is behind the standard;
 * - `package`: a declaration in a third-party stylesheet we load from node_modules and do not edit. Browsers drop
 *   such a declaration and keep the rest of the rule; the site's own CSS does not rely on it.
 */
export const HTML_CHECKER_GAPS: { message: RegExp; kind: 'gap' | 'package'; reason: string }[] = [
  {
    message: /^CSS: “paint-order”: Property “paint-order” doesn't exist\.$/,
    kind: 'gap',
    reason: 'paint-order (SVG 2, CSS Fill and Stroke) works in every current browser: the halo behind the scheidslijn labels.',
  },
  {
    message: /^CSS: “field-sizing”: Property “field-sizing” doesn't exist\.$/,
    kind: 'gap',
    reason: 'field-sizing (CSS Basic User Interface 4) lets the werkblad answer fields grow with their text in Chromium; other browsers ignore it and the client script sets the height. Newer than the checker.',
  },
  {
    message: /^CSS: “container”: Property “container” doesn't exist\.$/,
    kind: 'gap',
    reason: 'container (CSS Containment 3, the kaart frame as a size container for its semantic zoom without JavaScript) works in every current browser; newer than the checker.',
  },
  {
    message: /^CSS: “text-box-trim”: Property “text-box-trim” doesn't exist\.$/,
    kind: 'gap',
    reason: 'text-box-trim (CSS Inline Layout 3) is in @nl-design-system-candidate/button-css and paragraph-css; newer than the checker.',
  },
  {
    message: /^CSS: “(min-block-size|min-inline-size|text-decoration-thickness)”: Character [fi] is neither a decimal digit number/,
    kind: 'package',
    reason:
      'max(44px, fit-content) in @nl-design-system-candidate/button-css and max(…, initial) in skip-link-css: keywords ' +
      'inside max(); the browser ignores that one declaration, and buttons and skip link keep the size their padding gives.',
  },
];

export interface CheckerMessage {
  file: string;
  line?: number;
  message: string;
  extract?: string;
}

const require = createRequire(import.meta.url);
const VNU = require.resolve('vnu-jar/build/dist/vnu.jar');

/** The files the checker reads: pages, SVG images and stylesheets (not the search index). */
export function checkedFiles(paths: string[]): string[] {
  return paths.flatMap(walk).filter((f) => /\.(html|svg|css)$/.test(f) && !f.split(/[\\/]/).includes('pagefind')).sort();
}

/** Runs the checker; resolves with every error (checker gaps included, marked by `isGap`). */
export function runChecker(files: string[]): Promise<CheckerMessage[]> {
  return new Promise((ok, fail) => {
    execFile(
      'java',
      ['-Xss1024k', '-jar', VNU, '--errors-only', '--format', 'json', '--also-check-css', '--also-check-svg', ...files],
      { maxBuffer: 64 * 1024 * 1024 },
      (error, _stdout, stderr) => {
        // vnu writes its JSON report to stderr and exits 1 when it found errors.
        let report: { messages: { type: string; url?: string; lastLine?: number; message: string; extract?: string }[] };
        try {
          report = JSON.parse(stderr);
        } catch {
          fail(new Error(`Nu HTML Checker gaf geen rapport (is Java geïnstalleerd?): ${error?.message ?? ''}\n${stderr.slice(0, 2000)}`));
          return;
        }
        ok(
          report.messages
            .filter((m) => m.type === 'error' || m.type === 'non-document-error')
            .map((m) => ({
              file: m.url ? relative(process.cwd(), new URL(m.url).pathname) : '(checker)',
              line: m.lastLine,
              message: m.message,
              extract: m.extract,
            })),
        );
      },
    );
  });
}

export const isGap = (m: CheckerMessage) => HTML_CHECKER_GAPS.some((g) => g.message.test(m.message));

export const formatMessage = (m: CheckerMessage) => `${m.file}${m.line ? `:${m.line}` : ''}: ${m.message}${m.extract ? `\n    ${m.extract.replace(/\s+/g, ' ').trim()}` : ''}`;

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const files = checkedFiles(process.argv.length > 2 ? process.argv.slice(2) : ['dist']);
  const messages = await runChecker(files);
  const errors = messages.filter((m) => !isGap(m));
  const gaps = messages.length - errors.length;
  for (const m of errors) console.log(formatMessage(m));
  console.log(`Nu HTML Checker: ${files.length} bestanden, ${errors.length} fouten${gaps ? ` (en ${gaps} bekende gaten van de checker)` : ''}.`);
  process.exit(errors.length ? 1 : 0);
}
