/**
 * Geometry check for any page or output, in any engine: collects the boxes
 * of visible text and markers in the browser and reports
 *   - overlap:  two texts, or a text and a marker, cover each other;
 *   - crossing: a line (e.g. a scheidslijn) runs through a text;
 *   - frame:    an item reaches outside an enclosing <svg> viewport or a
 *               clipping/scrolling HTML box;
 *   - viewport: an item reaches outside the window (left/right always;
 *               top/bottom too with `viewport: 'xy'`, for screens that do not scroll).
 * The in-page part is plain JavaScript sent as a string, so it runs the same
 * through playwright-core (Chromium) and puppeteer-core (Firefox over WebDriver BiDi):
 * both page objects have `evaluate(expression)`.
 *
 * Text boxes are the glyph band, not the font's line box: horizontally the
 * advance width, vertically 0.9 em around the middle of the line box (a line
 * box of a font with tall ascenders is ~1.4 em, so touching line boxes of
 * stacked labels are not an overlap a reader would see).
 *
 * Also here: `brokenWords` lists every word drawn over two lines (SVG labels
 * whose line ends in an inserted hyphen, `<tspan class="afbreekstreep">` or
 * a line `<tspan class="afgebroken">` followed by a drawn stroke, and
 * HTML words the browser broke), and `badBreaks` checks each break against
 * the Dutch hyphenation patterns (src/lib/tekst/afbreken.ts).
 */
import { magAfbreken } from '../../src/lib/tekst/afbreken.ts';

/** What playwright-core's and puppeteer-core's Page both offer. */
export interface EvaluatingPage {
  evaluate(expression: string): Promise<unknown>;
}

export interface GeometryOptions {
  /** Where to look (CSS selector, every match); default the whole body. */
  root?: string;
  /** Text elements. Default: SVG <text> plus HTML text nodes (see `html`). */
  texts?: string;
  /** Include HTML text nodes (per line); default true. */
  html?: boolean;
  /** Marker elements (their whole box is an obstacle for text). */
  markers?: string;
  /** Line elements (<line>, or <path> made of M/L/H/V) that must not run through text. */
  lines?: string;
  /** Items that share the closest ancestor matching this are one unit and not compared with each other. */
  group?: string;
  /** Anything inside a match of this is skipped. */
  ignore?: string;
  /** 'x': items stay within the window's width (the page scrolls down); 'xy': within the window; 'none'. Default 'x'. */
  viewport?: 'x' | 'xy' | 'none';
  /** Extra frame: items inside a match must lie within its box. */
  frame?: string;
  /** Overlap below this many px in either direction is ignored (rounding). Default 0.5. */
  tolerance?: number;
}

export interface GeoItem {
  kind: 'text' | 'marker';
  name: string;
  x: number;
  y: number;
  w: number;
  h: number;
  /** Rendered font size in CSS px (texts only). */
  px?: number;
}

export interface GeoProblem {
  kind: 'overlap' | 'crossing' | 'frame' | 'viewport';
  a: string;
  b?: string;
  detail: string;
}

export interface GeometryReport {
  items: GeoItem[];
  problems: GeoProblem[];
  /** Smallest rendered text in CSS px (Infinity when there is no text). */
  smallestPx: number;
}

/** The in-page collector: a plain function expression, serialised as source. */
const COLLECT = String.raw`(o) => {
  const tol = o.tolerance ?? 0.5;
  const skip = 'defs, pattern, marker, clipPath, mask, symbol, title, desc, script, style, noscript, template' + (o.ignore ? ', ' + o.ignore : '');
  const roots = o.root ? [...document.querySelectorAll(o.root)] : [document.body || document.documentElement];
  const shown = (el) => {
    if (el.closest(skip)) return false;
    if (el.checkVisibility && !el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
    const r = el.getBoundingClientRect();
    return r.width > 0.01 && r.height > 0.01;
  };
  const nameOf = (el) => {
    const t = (el.textContent || '').replace(/\u00ad/g, '').replace(/\s+/g, ' ').trim();
    const item = el.closest('[data-item]');
    const base = t ? '"' + t.slice(0, 50) + '"' : el.getAttribute('aria-label') || el.tagName.toLowerCase();
    return base + (item ? ' [' + item.getAttribute('data-item') + ']' : '');
  };
  const groupOf = (el) => (o.group ? el.closest(o.group) : null) || null;
  const items = [];
  const add = (kind, el, r, px, owner) => items.push({ kind, el, owner: owner || el, group: groupOf(el), name: nameOf(owner || el), x: r.left + scrollX, y: r.top + scrollY, w: r.width, h: r.height, px });
  const band = (r, px, vertical) => {
    const h = Math.min(0.9 * px, vertical ? r.width : r.height);
    if (vertical) return { left: r.left + (r.width - h) / 2, top: r.top, width: h, height: r.height };
    return { left: r.left, top: r.top + (r.height - h) / 2, width: r.width, height: h };
  };
  const markerSel = o.markers || '';
  for (const root of roots) {
    // SVG text: per line (tspan with its own text), else the whole <text>.
    for (const t of root.querySelectorAll(o.texts || 'text')) {
      if (!shown(t) || (markerSel && t.closest(markerSel))) continue;
      const ctm = t.getScreenCTM ? t.getScreenCTM() : null;
      const scale = ctm ? Math.hypot(ctm.a, ctm.b) : 1;
      const vertical = ctm ? Math.abs(ctm.b) > Math.abs(ctm.a) : false;
      const px = parseFloat(getComputedStyle(t).fontSize) * scale;
      const lines = [...t.children].filter((c) => c.tagName.toLowerCase() === 'tspan' && (c.textContent || '').trim() && shown(c));
      for (const line of lines.length ? lines : [t]) {
        // A wrapped line ends in a space (so copied text reads well); that space is not ink.
        let r = line.getBoundingClientRect();
        const trail = (line.textContent || '').length - (line.textContent || '').trimEnd().length;
        if (trail && line.getSubStringLength && !vertical) {
          // Engines count a collapsed space differently (Firefox leaves it out, then it has no width anyway).
          let cut = 0;
          try { const n = line.getNumberOfChars(); if (n >= trail && (line.textContent || '').length === n) cut = line.getSubStringLength(n - trail, trail) * scale; } catch (e) { cut = 0; }
          r = { left: r.left, top: r.top, width: Math.max(0, r.width - cut), height: r.height };
        }
        add('text', line, band(r, px, vertical), px, t);
      }
    }
    // HTML text: each line box of each text node.
    if (o.html !== false) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const parent = n.parentElement;
        if (!parent || !n.data.trim() || parent.closest('svg') || !shown(parent)) continue;
        if (markerSel && parent.closest(markerSel)) continue;
        const px = parseFloat(getComputedStyle(parent).fontSize);
        const range = document.createRange();
        range.selectNodeContents(n);
        for (const r of range.getClientRects()) if (r.width > 0.5) add('text', parent, band(r, px, false), px);
      }
    }
    if (markerSel) for (const m of root.querySelectorAll(markerSel)) if (shown(m)) add('marker', m, m.getBoundingClientRect());
  }
  const problems = [];
  const hit = (a, b) => Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x) > tol && Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y) > tol;
  // An item may cover another on purpose: a route step drawn on its keuze's marker says so with data-bedekt="keuze:…".
  const covers = (a, b) => { const c = a.el.closest('[data-bedekt]'); const i = b.el.closest('[data-item]'); return !!(c && i && c.getAttribute('data-bedekt') === i.getAttribute('data-item')); };
  const related = (a, b) => a.owner === b.owner || (a.group && a.group === b.group) || a.owner.contains(b.owner) || b.owner.contains(a.owner) || covers(a, b) || covers(b, a);
  for (let i = 0; i < items.length; i++)
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i], b = items[j];
      if (a.kind === 'marker' && b.kind === 'marker') continue;
      if (related(a, b) || !hit(a, b)) continue;
      problems.push({ kind: 'overlap', a: a.kind + ' ' + a.name, b: b.kind + ' ' + b.name, detail: 'at ' + Math.round(Math.max(a.x, b.x)) + ',' + Math.round(Math.max(a.y, b.y)) });
    }
  // Lines through text.
  if (o.lines)
    for (const root of roots)
      for (const l of root.querySelectorAll(o.lines)) {
        // A straight line has a box of width or height 0: only its display and visibility count.
        if (l.closest(skip) || !l.getScreenCTM || (l.checkVisibility && !l.checkVisibility({ visibilityProperty: true }))) continue;
        const m = l.getScreenCTM();
        const pt = (x, y) => ({ x: m.a * x + m.c * y + m.e + scrollX, y: m.b * x + m.d * y + m.f + scrollY });
        const segs = [];
        if (l.tagName.toLowerCase() === 'line') {
          const g = (k) => l[k].baseVal.value;
          segs.push([pt(g('x1'), g('y1')), pt(g('x2'), g('y2'))]);
        } else {
          const d = l.getAttribute('d') || '';
          let cur = null, start = null;
          for (const [, c, args] of d.matchAll(/([MLHVZmlhvz])([^MLHVZmlhvz]*)/g)) {
            const n = (args.match(/-?\d*\.?\d+(?:e-?\d+)?/gi) || []).map(Number);
            if (c === 'M') { cur = { x: n[0], y: n[1] }; start = cur; }
            else if (c === 'L') { for (let k = 0; k + 1 < n.length; k += 2) { const nx = { x: n[k], y: n[k + 1] }; segs.push([pt(cur.x, cur.y), pt(nx.x, nx.y)]); cur = nx; } }
            else if (c === 'H') { const nx = { x: n[0], y: cur.y }; segs.push([pt(cur.x, cur.y), pt(nx.x, nx.y)]); cur = nx; }
            else if (c === 'V') { const nx = { x: cur.x, y: n[0] }; segs.push([pt(cur.x, cur.y), pt(nx.x, nx.y)]); cur = nx; }
            else if (c === 'Z' || c === 'z') { if (cur && start) segs.push([pt(cur.x, cur.y), pt(start.x, start.y)]); cur = start; }
          }
        }
        for (const t of items) {
          if (t.kind !== 'text' || l.contains(t.el)) continue;
          const crosses = segs.some(([p, q]) => {
            // Liang–Barsky clip of the segment against the text box shrunk by the tolerance.
            const x0 = t.x + tol, x1 = t.x + t.w - tol, y0 = t.y + tol, y1 = t.y + t.h - tol;
            let u0 = 0, u1 = 1;
            const dx = q.x - p.x, dy = q.y - p.y;
            for (const [pp, qq] of [[-dx, p.x - x0], [dx, x1 - p.x], [-dy, p.y - y0], [dy, y1 - p.y]]) {
              if (pp === 0) { if (qq < 0) return false; continue; }
              const r = qq / pp;
              if (pp < 0) { if (r > u1) return false; if (r > u0) u0 = r; }
              else { if (r < u0) return false; if (r < u1) u1 = r; }
            }
            return u0 <= u1;
          });
          if (crosses) problems.push({ kind: 'crossing', a: 'line ' + nameOf(l.closest('[data-item]') || l), b: 'text ' + t.name, detail: 'at ' + Math.round(t.x) + ',' + Math.round(t.y) });
        }
      }
  // Frames: every enclosing <svg> viewport (nested ones clip too), clipping/scrolling HTML boxes, the option's frame.
  const vw = document.documentElement.clientWidth, vh = innerHeight;
  for (const it of items) {
    const frames = [];
    for (let e = it.el.parentElement; e && e !== document.body; e = e.parentElement) {
      if (e.tagName.toLowerCase() === 'svg') frames.push(e);
      else if (!(e instanceof SVGElement)) {
        const s = getComputedStyle(e);
        if (s.overflowX !== 'visible' || s.overflowY !== 'visible') frames.push(e);
      }
    }
    if (o.frame) { const f = it.el.closest(o.frame); if (f) frames.push(f); }
    for (const f of frames) {
      const r = f.getBoundingClientRect();
      const fx = r.left + scrollX, fy = r.top + scrollY;
      if (it.x < fx - tol || it.y < fy - tol || it.x + it.w > fx + r.width + tol || it.y + it.h > fy + r.height + tol)
        problems.push({ kind: 'frame', a: it.kind + ' ' + it.name, b: f.tagName.toLowerCase() + (f.id ? '#' + f.id : f.classList.length ? '.' + [...f.classList].join('.') : ''), detail: 'box ' + [it.x, it.y, it.w, it.h].map(Math.round).join(',') + ' frame ' + [fx, fy, r.width, r.height].map(Math.round).join(',') });
    }
    const mode = o.viewport || 'x';
    if (mode !== 'none') {
      const x = it.x - scrollX, y = it.y - scrollY;
      const outX = x < -tol || x + it.w > vw + tol;
      const outY = mode === 'xy' && (y < -tol || y + it.h > vh + tol);
      if (outX || outY) problems.push({ kind: 'viewport', a: it.kind + ' ' + it.name, detail: 'box ' + [x, y, it.w, it.h].map(Math.round).join(',') + ' window ' + vw + 'x' + vh });
    }
  }
  const texts = items.filter((i) => i.kind === 'text');
  return {
    items: items.map(({ kind, name, x, y, w, h, px }) => ({ kind, name, x, y, w, h, px })),
    problems,
    smallestPx: texts.length ? Math.min(...texts.map((t) => t.px)) : Infinity,
  };
}`;

/** Collects the boxes and reports the problems (see the file comment). */
export async function checkGeometry(page: EvaluatingPage, options: GeometryOptions = {}): Promise<GeometryReport> {
  return (await page.evaluate(`(${COLLECT})(${JSON.stringify(options)})`)) as GeometryReport;
}

/** The problems as lines for an assertion message. */
export function formatProblems(problems: GeoProblem[]): string {
  return problems.map((p) => `${p.kind}: ${p.a}${p.b ? ` × ${p.b}` : ''} (${p.detail})`).join('\n');
}

/** The kaart's own selectors: markers are the drawn symbols, labels stay with their marker. */
export const KAART_GEOMETRY: GeometryOptions = {
  markers: '.marker-teken, .route-stap > circle, .route-stap > rect, .legenda-teken',
  lines: '.scheidslijn-lijn',
  group: '.kaart-item, .route-stap, .vak-samenvatting, .legenda-regel',
};

export interface BrokenWord {
  /** The word without hyphen or soft hyphen. */
  word: string;
  /** Number of letters before the break. */
  at: number;
  /** Where it was seen. */
  where: string;
}

const BROKEN = String.raw`(o) => {
  const roots = o.root ? [...document.querySelectorAll(o.root)] : [document.body || document.documentElement];
  const out = [];
  const visible = (el) => !el.checkVisibility || el.checkVisibility({ visibilityProperty: true });
  for (const root of roots) {
    // SVG labels: a line that ends in an inserted hyphen (a character, tspan.afbreekstreep, or a drawn stroke
    // after a line marked tspan.afgebroken) continues the word on the next line.
    for (const dash of root.querySelectorAll('tspan.afbreekstreep, tspan.afgebroken')) {
      const line = dash.classList.contains('afgebroken') ? dash : dash.parentElement;
      const next = line && line.nextElementSibling;
      if (!line || !next || !visible(line)) continue;
      const head = (line.textContent || '').replace(/-$/, '').split(/\s+/).pop() || '';
      const tail = (next.textContent || '').trim().split(/\s+/)[0] || '';
      out.push({ word: head + tail, at: head.length, where: (line.closest('[data-item]') || line).getAttribute('data-item') || 'svg' });
    }
    // HTML: words whose letters sit on two lines.
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const p = n.parentElement;
      if (!p || p.closest('svg, script, style, noscript') || !visible(p)) continue;
      for (const m of n.data.matchAll(/[^\s\u2014\u2013\/]{6,}/g)) {
        const r = document.createRange();
        r.setStart(n, m.index);
        r.setEnd(n, m.index + m[0].length);
        const tops = new Set([...r.getClientRects()].filter((x) => x.width > 0.5).map((x) => Math.round(x.top)));
        if (tops.size < 2) continue;
        const c = document.createRange();
        c.setStart(n, m.index);
        c.setEnd(n, m.index + 1);
        // A one-letter range right after a break also covers the end of the line before: its last rect is the letter.
        const topOf = () => { const rs = [...c.getClientRects()]; const last = rs[rs.length - 1]; return last ? Math.round(last.top) : null; };
        const top0 = topOf();
        let k = 1;
        for (; k < m[0].length; k++) {
          c.setStart(n, m.index + k);
          c.setEnd(n, m.index + k + 1);
          const t = topOf();
          if (t !== null && Math.abs(t - top0) > 2) break;
        }
        const before = m[0].slice(0, k).replace(/\u00ad/g, '');
        out.push({ word: m[0].replace(/\u00ad/g, ''), at: before.length, where: p.tagName.toLowerCase() + (p.className ? '.' + String(p.className).split(' ')[0] : '') });
      }
    }
  }
  return out;
}`;

/** Every word drawn over two lines in the page (or under `root`). */
export async function brokenWords(page: EvaluatingPage, root?: string): Promise<BrokenWord[]> {
  return (await page.evaluate(`(${BROKEN})(${JSON.stringify({ root })})`)) as BrokenWord[];
}

/**
 * The breaks the Dutch patterns do not allow. Always fine: after a hyphen in the word, and after a slash or a
 * dot (the parts of a web address, which has <wbr> there).
 */
export function badBreaks(words: BrokenWord[]): string[] {
  return words
    .filter((w) => !magAfbreken(w.word, w.at) && !'/.'.includes(w.word[w.at - 1] ?? ''))
    .map((w) => `${w.word.slice(0, w.at)}-${w.word.slice(w.at)} (${w.where})`);
}
