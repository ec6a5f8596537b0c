/** The small shared helpers of src/lib: un-escaping, string normalising and walking a folder. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeHtml, unescapeHtml } from '../../src/lib/escape.ts';
import { walk } from '../../src/lib/files.ts';
import { fold, singleSpaces, withoutDiacritics } from '../../src/lib/normalise.ts';

describe('unescapeHtml', () => {
  it('undoes escapeHtml for any text', () => {
    for (const s of ['A & B <c> "d"', '&amp; stays &amp;', 'Wmo 2015, artikel 2.3.5 lid 6', '€ 21,80 < € 100'])
      expect(unescapeHtml(escapeHtml(s))).toBe(s);
  });

  it('decodes named and numeric references in one pass, so an escaped reference stays a reference', () => {
    expect(unescapeHtml('&quot;x&quot; &#39;y&#x27; &apos;z&apos; 1&nbsp;juli')).toBe('"x" \'y\' \'z\' 1\u00a0juli');
    expect(unescapeHtml('&amp;lt;p&amp;gt;')).toBe('&lt;p&gt;');
    expect(unescapeHtml('&#8364; &#x20AC;')).toBe('€ €');
  });

  it('leaves what is no reference, or names no character, as it is', () => {
    expect(unescapeHtml('R&D &onbekend; &#0; &#x110000; &amp')).toBe('R&D &onbekend; &#0; &#x110000; &amp');
  });
});

describe('normalise', () => {
  it('folds case and diacritics, keeping the letters', () => {
    expect(fold('Geïndiceerd Café')).toBe('geindiceerd cafe');
    expect(withoutDiacritics('drieëntwintig')).toBe('drieentwintig');
  });

  it('makes every run of white space one space, none at the ends', () => {
    expect(singleSpaces('  € 21,80\u00a0per\n\tmaand  ')).toBe('€ 21,80 per maand');
    expect(singleSpaces('')).toBe('');
  });
});

describe('walk', () => {
  it('lists every file below a folder, and a file as itself', () => {
    const dir = mkdtempSync(join(tmpdir(), 'walk-'));
    mkdirSync(join(dir, 'a', 'b'), { recursive: true });
    for (const f of ['x.yaml', 'a/y.yaml', 'a/b/z.mdx']) writeFileSync(join(dir, f), '');
    expect(walk(dir).sort()).toEqual([join(dir, 'a', 'b', 'z.mdx'), join(dir, 'a', 'y.yaml'), join(dir, 'x.yaml')]);
    expect(walk(join(dir, 'x.yaml'))).toEqual([join(dir, 'x.yaml')]);
  });

  it('names a folder that does not exist', () => {
    expect(() => walk('/nonexistent-folder-for-walk')).toThrow(/nonexistent-folder-for-walk/);
  });
});
