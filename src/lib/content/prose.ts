/** The prose of a content entry: what search indexes and the content check reads for words. */

/** Every string in a content entry's data, except sources, URLs and ids that are not text. */
export function textOf(data: unknown, skip: ReadonlySet<string> = SKIP_KEYS): string[] {
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object' && !(v instanceof Date))
      for (const [k, x] of Object.entries(v)) if (!skip.has(k)) walk(x);
  };
  walk(data);
  return out;
}

/** Fields that are not prose: sources, identifiers, kaart positions, references by id. */
export const SKIP_KEYS: ReadonlySet<string> = new Set([
  'bronnen',
  'url',
  'bwb',
  'kaart',
  'artikel',
  'artikelen',
  'wijzigingen',
  'zieOok',
  'wetten',
  'scheidslijnen',
  'tussen',
  'wieBeslist',
  'wieBetaalt',
  'instrument',
  'waarde',
  'status',
  'bestuurslaag',
]);
