/**
 * Random and hostile URL query strings for the kaart's state, reproducible
 * from a seed: script and markup injections, broken percent-encoding, very
 * long values, prototype names, and some real ids mixed in.
 */
export const HOSTILE_VALUES = [
  '<script>window.__pwned=1</script>',
  '"><img src=x onerror="window.__pwned=1">',
  "'><svg onload=window.__pwned=1>",
  "' onmouseover='window.__pwned=1",
  'javascript:window.__pwned=1',
  '%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E',
  '%E0%A4%A',
  '%',
  'wmo/eigen-bijdrage"><b>x</b>',
  '../../../etc/passwd',
  'x'.repeat(1500),
  '__proto__',
  'constructor',
  'toString',
  '\u202e\u0000',
];
const REAL_VALUES = ['wmo/eigen-bijdrage', 'wmo', 'wmo-wlz', 'wiebeslist', 'ruim,geen', '2,600,430', '99,99999,-1', ''];
const NAMES = ['keuze', 'wet', 'grens', 'laag', 'toon', 'zoom', 'q', '__proto__', ''];

export function hostileQueries(count: number, seed: number): string[] {
  let s = seed;
  const rand = () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pick = <T,>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
  const values = [...HOSTILE_VALUES, ...REAL_VALUES];
  return Array.from({ length: count }, () => {
    const parts = Array.from({ length: 1 + Math.floor(rand() * 4) }, () => `${pick(NAMES)}=${rand() < 0.5 ? encodeURIComponent(pick(values)) : pick(values)}`);
    return `?${parts.join(pick(['&', '&', ';']))}`;
  });
}
