/**
 * The size of the code: files and lines of .ts, .astro, .mjs and .css in src/ and scripts/, the largest files and the
 * largest functions (TypeScript's parser, so arrow functions and methods count too; .astro frontmatter is not parsed).
 *
 *   npm run size:code            the summary
 *   npm run size:code -- --most 20
 *
 * A figure for the issue notes and for planning a split, not a check: it never fails.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import ts from 'typescript';
import { walk } from '../src/lib/files.ts';

const EXTENSIONS = new Set(['.ts', '.astro', '.mjs', '.css']);
const mostArg = process.argv.indexOf('--most');
const MOST = mostArg > 0 ? Number(process.argv[mostArg + 1]) || 5 : 5;

const files = ['src', 'scripts'].flatMap((d) => walk(d)).filter((f) => EXTENSIONS.has(extname(f))).sort();
const lines = (text: string) => (text === '' ? 0 : text.split('\n').length - (text.endsWith('\n') ? 1 : 0));

interface Measured {
  file: string;
  lines: number;
}
interface Fn extends Measured {
  name: string;
  line: number;
}

const perFile: Measured[] = [];
const perExtension = new Map<string, { files: number; lines: number }>();
const functions: Fn[] = [];

/** A function's name: its own, or the variable, property or method it is assigned to. */
function nameOf(node: ts.Node): string {
  const named = node as ts.Node & { name?: ts.Node };
  if (named.name && ts.isIdentifier(named.name)) return named.name.text;
  const p = node.parent;
  if (p && (ts.isVariableDeclaration(p) || ts.isPropertyAssignment(p) || ts.isPropertyDeclaration(p)) && ts.isIdentifier(p.name)) return p.name.text;
  return '(anonymous)';
}

for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const n = lines(text);
  perFile.push({ file, lines: n });
  const ext = extname(file);
  const e = perExtension.get(ext) ?? { files: 0, lines: 0 };
  perExtension.set(ext, { files: e.files + 1, lines: e.lines + n });
  if (ext !== '.ts' && ext !== '.mjs') continue;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      functions.push({ file, name: nameOf(node), line: start + 1, lines: end - start + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}

const total = perFile.reduce((s, f) => s + f.lines, 0);
const fmt = (n: number) => n.toLocaleString('en-US');
console.log(`${fmt(perFile.length)} files, ${fmt(total)} lines (src/ and scripts/: ${[...EXTENSIONS].join(' ')})`);
for (const [ext, e] of [...perExtension].sort()) console.log(`  ${ext.padEnd(7)} ${String(e.files).padStart(4)} files ${fmt(e.lines).padStart(7)} lines`);
console.log('\nLargest files:');
for (const f of [...perFile].sort((a, b) => b.lines - a.lines).slice(0, MOST)) console.log(`  ${String(f.lines).padStart(5)}  ${f.file}`);
console.log('\nLargest functions (.ts, .mjs):');
for (const f of functions.sort((a, b) => b.lines - a.lines).slice(0, MOST)) console.log(`  ${String(f.lines).padStart(5)}  ${f.name}  ${f.file}:${f.line}`);
