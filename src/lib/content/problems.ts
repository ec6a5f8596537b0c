/**
 * Problems found in content: each names the file, the field and what was
 * expected. Shared by the content check and the checks that features add to it.
 */
import type { z } from 'astro/zod';

export interface ContentProblem {
  file: string;
  field: string;
  expected: string;
}

export class ContentError extends Error {
  problems: ContentProblem[];
  constructor(problems: ContentProblem[]) {
    super(
      `De inhoud in content/ klopt niet (${problems.length} ${problems.length === 1 ? 'probleem' : 'problemen'}):\n` +
        problems.map(formatProblem).join('\n'),
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
}

export function formatProblem(p: ContentProblem): string {
  return `  ${p.file}: veld "${p.field}": verwacht ${p.expected}`;
}

export function fieldPath(path: PropertyKey[]): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '') || '(hele bestand)';
}

const TYPE_NL: Record<string, string> = {
  string: 'een tekst',
  array: 'een lijst',
  object: 'een groep velden',
  boolean: 'true of false',
  number: 'een getal',
  date: 'een datum (JJJJ-MM-DD)',
  tuple: 'een lijst',
};

export function describeIssue(issue: z.core.$ZodIssue): string {
  const input = (issue as { input?: unknown }).input;
  const generic = issue.message.startsWith('Invalid input');
  if (issue.code === 'invalid_type') {
    const expected = generic ? (TYPE_NL[issue.expected] ?? issue.expected) : issue.message;
    return input === undefined ? `${expected} (het veld ontbreekt)` : expected;
  }
  if (issue.code === 'unrecognized_keys') return `geen onbekende velden (${issue.keys.join(', ')})`;
  return issue.message;
}
