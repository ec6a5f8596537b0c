import { describe, expect, it } from 'vitest';
import { autolink } from '../../src/lib/begrippen/autolink.ts';

const terms = [
  { id: 'pgb', forms: ['pgb', 'persoonsgebonden budget'] },
  { id: 'maatwerkvoorziening', forms: ['maatwerkvoorziening'] },
  { id: 'algemene-voorziening', forms: ['algemene voorziening'] },
  { id: 'ciz', forms: ['CIZ'] },
];
const page = (body: string) => `<html><body><header><p>pgb</p></header><main>${body}</main></body></html>`;

describe('begrip links', () => {
  it('links the first use of each begrip in <main>, once', () => {
    const out = autolink(page('<p>Een pgb of een maatwerkvoorziening.</p><p>Nog een pgb.</p>'), terms);
    expect(out).toContain('<p>Een <a class="sk-begrip" href="/begrippen/#pgb">pgb</a> of een <a class="sk-begrip" href="/begrippen/#maatwerkvoorziening">maatwerkvoorziening</a>.</p>');
    expect(out).toContain('<p>Nog een pgb.</p>');
    expect(out).toContain('<header><p>pgb</p></header>');
  });

  it('takes whichever form comes first, matches whole words and keeps the case as written', () => {
    const out = autolink(page('<p>Het Persoonsgebonden budget, later pgb. Pgbtarief niet.</p>'), terms);
    expect(out).toContain('<a class="sk-begrip" href="/begrippen/#pgb">Persoonsgebonden budget</a>, later pgb.');
    expect(autolink(page('<p>pgbtarief en maatwerkvoorzieningen</p>'), terms)).not.toContain('sk-begrip');
  });

  it('never links inside headings, links, SVG or hidden text, and matches short abbreviations by case', () => {
    const out = autolink(page('<h2>pgb</h2><a href="/x">pgb</a><svg><text>pgb</text></svg><span hidden>pgb</span><p>ciz en CIZ en pgb</p>'), terms);
    expect(out).toContain('<h2>pgb</h2><a href="/x">pgb</a><svg><text>pgb</text></svg><span hidden="">pgb</span>');
    expect(out).toContain('<p>ciz en <a class="sk-begrip" href="/begrippen/#ciz">CIZ</a> en <a class="sk-begrip" href="/begrippen/#pgb">pgb</a></p>');
  });

  it('keeps entities and other markup intact', () => {
    const out = autolink(page('<p>A &amp; B: <em>algemene voorziening</em> &lt;x&gt;</p>'), terms);
    expect(out).toContain('<p>A &amp; B: <em><a class="sk-begrip" href="/begrippen/#algemene-voorziening">algemene voorziening</a></em> &lt;x&gt;</p>');
  });
});
