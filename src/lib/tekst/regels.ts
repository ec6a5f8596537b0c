/**
 * Line breaking for SVG text (SVG has no automatic line breaks): words wrap
 * at spaces; a word wider than the line breaks only where the Dutch patterns
 * allow (src/lib/tekst/afbreken.ts, passed in as `lettergrepen`), never at
 * an arbitrary letter. Widths come from `meet`: at build time the font file
 * itself (src/lib/tekst/meten.ts), in the browser the loaded web font.
 * Nothing is imported here, so browser code stays small.
 *
 * A line that ends inside a word ends in a soft hyphen (SHY): the renderer
 * draws it as a visible hyphen and leaves it out of accessible names, so
 * names stay clean text. A line that ends in a hyphen of the word itself
 * ("Wlz-") keeps that hyphen.
 */
import type { Gewicht, Meter } from './font.ts';

/** Soft hyphen: marks a break inside a word. */
export const SHY = '\u00ad';

export interface RegelOpties {
  meet: Meter;
  gewicht?: Gewicht;
  /** The parts of a word between its allowed break points; without it, words are never broken. */
  lettergrepen?: (word: string) => string[];
}

/** The width of a line as drawn (a trailing soft hyphen shows as "-"). */
export function regelBreedte(line: string, size: number, o: RegelOpties): number {
  return o.meet(line.endsWith(SHY) ? `${line.slice(0, -1)}-` : line, size, o.gewicht);
}

/**
 * `text` in lines of at most `maxWidth` px where possible. Whole words move to
 * the next line; only a word wider than a line is hyphenated. When even one
 * syllable is wider than the line, that line is wider than `maxWidth`
 * (callers check with `regelsPassen`).
 */
export function regels(text: string, maxWidth: number, size: number, o: RegelOpties): string[] {
  const fits = (s: string) => regelBreedte(s, size, o) <= maxWidth;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const joined = line ? `${line} ${word}` : word;
    if (fits(joined)) {
      line = joined;
      continue;
    }
    if (line && fits(word)) {
      lines.push(line);
      line = word;
      continue;
    }
    // The word does not fit on a line of its own: break it at its syllables, filling each line.
    const parts = o.lettergrepen ? o.lettergrepen(word) : [word];
    let rest = parts;
    let head = line ? `${line} ` : '';
    while (rest.length) {
      let n = rest.length;
      const piece = (k: number) => rest.slice(0, k).join('');
      const withBreak = (k: number) => `${head}${piece(k)}${k < rest.length && !piece(k).endsWith('-') ? SHY : ''}`;
      while (n > 0 && !fits(withBreak(n))) n--;
      if (n === 0) {
        if (head.trim()) {
          lines.push(head.trimEnd());
          head = '';
          continue;
        }
        n = 1; // one syllable wider than the line: it stands alone (and overflows)
      }
      if (n === rest.length) {
        line = `${head}${piece(n)}`;
        rest = [];
      } else {
        lines.push(withBreak(n));
        rest = rest.slice(n);
        head = '';
      }
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Do all lines fit in `maxWidth`? */
export const regelsPassen = (lines: string[], maxWidth: number, size: number, o: RegelOpties) =>
  lines.every((l) => regelBreedte(l, size, o) <= maxWidth + 1e-9);

/** The text of lines as one string, the way a reader reads it: a space between lines, none at a break inside a word. */
export const alsTekst = (lines: string[]) =>
  lines.map((l, i) => (l.endsWith(SHY) ? l.slice(0, -1) : i < lines.length - 1 && !l.endsWith('-') ? `${l} ` : l)).join('');
