/**
 * Article references in Dutch policy documents: "art. 2.1.4, eerste lid, onder b, van de Wet maatschappelijke
 * ondersteuning 2015", "artikel 8, lid 1 sub a Pw", "artikelen 2.1.3 tot en met 2.1.7", "artikel 36 van de wet".
 *
 * Pure TypeScript, no DOM: the same code runs in the browser (the /lezen/ page, later) and in Node (the griffie
 * command and the tests). It never throws on odd input; what it cannot read it leaves out.
 *
 * A reference is resolved to one of the five laws of the site, or to `null` when it points elsewhere: another law
 * (Gemeentewet, Awb, IOAW …), the document itself ("Artikel 3. Begrippen", "artikel 2, tweede lid" without a law),
 * or "de wet" in a document whose own law is unknown.
 */

export const WET_IDS = ['wmo', 'jeugdwet', 'participatiewet', 'wlz', 'zvw'] as const;
export type WetId = (typeof WET_IDS)[number];

/** One article, optionally one lid and one onderdeel: a list ("onder a, c en d") becomes one reference each. */
export interface Verwijzing {
  /** The law, or null: another law, the document itself, or "de wet" without a known document law. */
  wet: WetId | null;
  /** "2.1.4", "8a", "36". */
  artikel: string;
  lid?: number;
  /** Lower-case letter(s): "b", "aa". */
  onderdeel?: string;
  /** The whole reference as written, from "art." up to and including the law's name. */
  tekst: string;
  /** Offsets of `tekst` in the input. */
  start: number;
  eind: number;
  /** True when no law at all was named with the reference (not ours, not another, not "deze verordening"). */
  zonderNaam?: true;
}

export interface VerwijzingOpties {
  /** The law "de wet" / "deze wet" means: the document's own law. */
  documentWet?: WetId;
  /** Articles known per law with a letter suffix ("2.1.4a"), to include in ranges ("2.1.3 tot en met 2.1.7"). */
  bekend?: Partial<Record<WetId, readonly string[]>>;
}

const RANGTELWOORDEN = [
  'eerste', 'tweede', 'derde', 'vierde', 'vijfde', 'zesde', 'zevende', 'achtste', 'negende', 'tiende',
  'elfde', 'twaalfde', 'dertiende', 'veertiende', 'vijftiende', 'zestiende', 'zeventiende', 'achttiende',
  'negentiende', 'twintigste',
];

/** How documents name the five laws. Longest forms first. */
const WET_NAMEN: { wet: WetId; patroon: string }[] = [
  { wet: 'wmo', patroon: 'wet maatschappelijke ondersteuning(?:\\s+2015)?|wmo(?:[\\s-]+2015)?' },
  { wet: 'jeugdwet', patroon: 'jeugdwet' },
  { wet: 'participatiewet', patroon: 'participatiewet|p-wet|pw' },
  { wet: 'wlz', patroon: 'wet langdurige zorg|wlz' },
  { wet: 'zvw', patroon: 'zorgverzekeringswet|zvw' },
];
/** Other laws and rules: a reference to them is not ours. */
const ANDERE = [
  'gemeentewet', 'algemene wet bestuursrecht', 'awb', 'ioaw', 'ioaz', 'wet werk en bijstand', 'wwb',
  'burgerlijk wetboek', 'wetboek van [a-z ]+?(?=[\\s,;.)]|$)', 'bw', 'uitvoeringsbesluit(?: wmo(?: 2015)?)?',
  'besluit [a-z ]+?(?=[\\s,;.)]|$)', 'besluit', 'regeling [a-z ]+?(?=[\\s,;.)]|$)',
  'grondwet', 'aanbestedingswet(?: 2012)?', 'wet suwi', 'bbz(?: 2004)?', 'wsw', 'wajong', 'wia', 'ww',
].join('|');

const WET_RE = new RegExp(`^(?:${WET_NAMEN.map((w) => `(${w.patroon})`).join('|')})(?![\\p{L}\\d])`, 'iu');
const VAN_RE = /^(?:van|uit|in|op grond van)\s+(?:de|het|deze|dit)\s+/i;
const ZELF_RE = /^(?:van|uit|in)\s+(?:deze|de|dit|het)\s+(?:verordening|regeling|besluit|beleidsregels?)(?![\p{L}])/iu;
const DE_WET_RE = /^(?:van|uit|in)\s+(?:de|deze)\s+wet(?![\p{L}\d])/iu;
const ANDER_RE = new RegExp(`^(?:(?:van|uit|in)\\s+(?:de|het)\\s+)?(?:${ANDERE})(?![\\p{L}\\d])`, 'iu');
/** "van de Wet inburgering": a law by its full name that is not one of ours (not "de wet en …"). */
const ANDERE_WET_RE = /^(?:(?:van|uit|in)\s+(?:de|het)\s+)?wet\s+(?!(?:en|of|de|het|die|dat|is|zijn|wordt|bepaalt|van|te|voor|als|in|op)(?![\p{L}]))\p{L}{3,}/iu;

function wetVanNaam(naam: string): WetId | undefined {
  const m = WET_RE.exec(naam);
  if (!m) return undefined;
  for (let i = 0; i < WET_NAMEN.length; i++) if (m[i + 1] !== undefined) return WET_NAMEN[i]!.wet;
  return undefined;
}

/** The law a name stands for ("Wmo 2015", "de Participatiewet", "PW"), or undefined. */
export function wetUitNaam(naam: string): WetId | undefined {
  return wetVanNaam(naam.trim().replace(/^(?:de|het)\s+/i, ''));
}

const TRIGGER = /(?<![\p{L}\d])(artikelen|artikel|artt?\.?)\s*(?=\d)/giu;

interface Groep {
  lid?: number;
  onderdelen: string[];
}
interface Item {
  artikel: string;
  tot?: string;
  groepen: Groep[];
}

function rangtelwoord(woord: string): number | undefined {
  const i = RANGTELWOORDEN.indexOf(woord.toLowerCase());
  return i >= 0 ? i + 1 : undefined;
}

/** Expands "2.1.3" … "2.1.7" to every article in between, with known lettered articles ("2.1.4a"). */
function reeks(van: string, tot: string, bekend: readonly string[]): string[] {
  const a = /^(.*?)(\d+)([a-z]*)$/.exec(van);
  const b = /^(.*?)(\d+)([a-z]*)$/.exec(tot);
  if (!a || !b || a[1] !== b[1]) return [van, tot];
  const begin = Number(a[2]);
  const eind = Number(b[2]);
  if (!(eind >= begin) || eind - begin > 50) return [van, tot];
  const uit: string[] = [];
  for (let n = begin; n <= eind; n++) {
    const basis = `${a[1]}${n}`;
    if (n !== begin || !a[3]) uit.push(basis);
    for (const k of bekend) if (k.startsWith(basis) && /^[a-z]+$/.test(k.slice(basis.length)) && k !== basis && !(n === eind && k > tot)) uit.push(k);
  }
  if (a[3] && !uit.includes(van)) uit.unshift(van);
  if (!uit.includes(tot)) uit.push(tot);
  return [...new Set(uit)];
}

/**
 * Reads one chain of references starting right after a trigger ("artikel ", "art. "): numbers, leden,
 * onderdelen, ranges and further "artikel" keywords, until something else comes; then the law's name if it follows.
 */
function leesKeten(tekst: string, vanaf: number): { items: Item[]; eind: number; wet?: WetId | null } {
  const items: Item[] = [];
  let p = vanaf;
  let modus: 'art' | 'lid' | 'ond' = 'art';
  let ordinalen: number[] = [];
  let bereik = false;
  const huidig = () => items[items.length - 1];
  const groep = (): Groep | undefined => {
    const it = huidig();
    if (!it) return undefined;
    if (!it.groepen.length) it.groepen.push({ onderdelen: [] });
    return it.groepen[it.groepen.length - 1];
  };
  let laatsteEind = p;
  for (let guard = 0; guard < 200; guard++) {
    const rest = tekst.slice(p);
    // Square brackets mark optional text in a concept or a model verordening ("[artikel 2.1.7,]", "[2.3.6 vierde
    // lid]"): the reference inside still counts, and the chain runs on through them.
    const sep = /^(?:[\s,[\]]|\ben\b|\bof\b|\balsmede\b|\bjuncto\b|\bjo\.|\bonderscheidenlijk\b|\brespectievelijk\b|\baanhef\b)*/iu.exec(rest)![0];
    const r = rest.slice(sep.length);
    const q = p + sep.length;
    let m: RegExpExecArray | null;
    if ((m = /^(?:tot en met|t\/m|tot)\s+/i.exec(r)) && items.length) {
      bereik = true;
      modus = 'art';
      p = q + m[0].length;
      continue;
    }
    if ((m = /^(artikelen|artikel|artt?\.?)\s*(?=\d)/iu.exec(r))) {
      modus = 'art';
      p = q + m[0].length;
      continue;
    }
    if ((m = /^(leden|lid)(?![\p{L}])\s*/iu.exec(r))) {
      if (ordinalen.length) {
        const it = huidig();
        if (it) {
          if (it.groepen.length === 1 && it.groepen[0]!.lid === undefined && !it.groepen[0]!.onderdelen.length) it.groepen = [];
          for (const n of ordinalen) it.groepen.push({ lid: n, onderdelen: [] });
        }
        ordinalen = [];
        modus = 'art';
      } else modus = 'lid';
      p = q + m[0].length;
      laatsteEind = p;
      continue;
    }
    if ((m = /^(\d+)(?:e|ste|de)\s+(?:lid|leden)(?![\p{L}])/iu.exec(r))) {
      const it = huidig();
      if (it) it.groepen.push({ lid: Number(m[1]), onderdelen: [] });
      p = q + m[0].length;
      laatsteEind = p;
      modus = 'art';
      continue;
    }
    if ((m = /^([a-z]+)(?![\p{L}])/iu.exec(r)) && rangtelwoord(m[1]!) !== undefined) {
      ordinalen.push(rangtelwoord(m[1]!)!);
      p = q + m[0].length;
      continue;
    }
    if ((m = /^(?:onderdelen|onderdeel|onder|sub\.?|letter)\s+([a-z]{1,2})(?![\p{L}\d])/iu.exec(r))) {
      const g = groep();
      if (g) g.onderdelen.push(m[1]!.toLowerCase());
      modus = 'ond';
      p = q + m[0].length;
      laatsteEind = p;
      continue;
    }
    if (modus === 'ond' && /,|\ben\b|\bof\b/i.test(sep) && (m = /^([a-z]{1,2})(?![\p{L}\d])(?!\.\s*\p{Lu})/iu.exec(r)) && !/^(en|of)$/i.test(m[1]!) && !leesWet(r)) {
      groep()!.onderdelen.push(m[1]!.toLowerCase());
      p = q + m[0].length;
      laatsteEind = p;
      continue;
    }
    if ((m = /^\d+°/.exec(r))) {
      p = q + m[0].length;
      laatsteEind = p;
      continue;
    }
    if ((m = /^(\d+(?:[.:]\d+)*[a-z]{0,2})(?![\p{L}\d°])(?![.:]\d)/iu.exec(r))) {
      const waarde = m[1]!.toLowerCase();
      if (modus === 'lid' && /^\d{1,2}$/.test(waarde) && Number(waarde) <= 30) {
        const it = huidig();
        if (it) {
          if (it.groepen.length === 1 && it.groepen[0]!.lid === undefined && !it.groepen[0]!.onderdelen.length) it.groepen = [];
          it.groepen.push({ lid: Number(waarde), onderdelen: [] });
        }
      } else if (bereik && huidig()) {
        huidig()!.tot = waarde;
        bereik = false;
        modus = 'art';
      } else {
        items.push({ artikel: waarde, groepen: [] });
        modus = 'art';
      }
      ordinalen = [];
      p = q + m[0].length;
      laatsteEind = p;
      continue;
    }
    // The end of the chain: a law's name may follow.
    const wet = leesWet(r);
    if (wet) return { items, eind: q + wet.lengte, wet: wet.wet };
    return { items, eind: laatsteEind };
  }
  return { items, eind: laatsteEind };
}

/** A law's name at the start of `r`: ours (WetId), "de wet" ('document'), or another rule (null). */
function leesWet(r: string): { wet: WetId | null | undefined; lengte: number } | undefined {
  let m: RegExpExecArray | null;
  if ((m = ZELF_RE.exec(r))) return { wet: null, lengte: m[0].length };
  const van = VAN_RE.exec(r);
  const na = van ? r.slice(van[0].length) : r;
  const eigen = WET_RE.exec(na);
  if (eigen) return { wet: wetVanNaam(na.slice(0, eigen[0].length)) ?? null, lengte: (van?.[0].length ?? 0) + eigen[0].length };
  if ((m = ANDER_RE.exec(r))) return { wet: null, lengte: m[0].length };
  if ((m = ANDERE_WET_RE.exec(r))) return { wet: null, lengte: m[0].length };
  if ((m = DE_WET_RE.exec(r))) return { wet: undefined, lengte: m[0].length };
  return undefined;
}

const VOOR_RE = new RegExp(`(?:${WET_NAMEN.map((w) => w.patroon).join('|')})\\s*,?\\s*$`, 'iu');

/** Every article reference in `tekst`, in order of appearance. */
export function parseVerwijzingen(tekst: string, opties: VerwijzingOpties = {}): Verwijzing[] {
  const uit: Verwijzing[] = [];
  TRIGGER.lastIndex = 0;
  let m: RegExpExecArray | null;
  let tot = 0;
  while ((m = TRIGGER.exec(tekst))) {
    if (m.index < tot) continue;
    const keten = leesKeten(tekst, m.index + m[0].length);
    tot = Math.max(keten.eind, m.index + m[0].length);
    TRIGGER.lastIndex = tot;
    if (!keten.items.length) continue;
    let wet: WetId | null;
    let zonderNaam = false;
    if (keten.wet === undefined && 'wet' in keten) wet = opties.documentWet ?? null;
    else if (keten.wet !== undefined) wet = keten.wet;
    else {
      // No name after the chain: a name right before it ("Participatiewet, art. 8a"), else the document itself.
      const voor = tekst.slice(Math.max(0, m.index - 45), m.index);
      const v = VOOR_RE.exec(voor);
      wet = v ? (wetUitNaam(v[0].replace(/[\s,]+$/, '')) ?? null) : null;
      zonderNaam = !v;
    }
    const zin = tekst.slice(m.index, keten.eind);
    const extra = zonderNaam ? ({ zonderNaam: true } as const) : {};
    for (const item of keten.items) {
      const artikelen = item.tot ? reeks(item.artikel, item.tot, (wet && opties.bekend?.[wet]) || []) : [item.artikel];
      for (const artikel of artikelen) {
        const groepen = item.tot && artikel !== item.tot ? [] : item.groepen;
        if (!groepen.length) uit.push({ wet, artikel, tekst: zin, start: m.index, eind: keten.eind, ...extra });
        for (const g of groepen) {
          if (!g.onderdelen.length) uit.push({ wet, artikel, ...(g.lid !== undefined ? { lid: g.lid } : {}), tekst: zin, start: m.index, eind: keten.eind, ...extra });
          for (const o of g.onderdelen)
            uit.push({ wet, artikel, ...(g.lid !== undefined ? { lid: g.lid } : {}), onderdeel: o, tekst: zin, start: m.index, eind: keten.eind, ...extra });
        }
      }
    }
  }
  return uit;
}

/** "artikel 2.1.4, eerste lid, onder b" for a reference (Dutch, as on the site). */
export function verwijzingLabel(v: Pick<Verwijzing, 'artikel' | 'lid' | 'onderdeel'>): string {
  return [`artikel ${v.artikel}`, v.lid !== undefined ? `${RANGTELWOORDEN[v.lid - 1] ?? v.lid} lid` : '', v.onderdeel ? `onder ${v.onderdeel}` : '']
    .filter(Boolean)
    .join(', ');
}

/**
 * Earlier names of the same law, counted when a text names its law: the Participatiewet is the Wet werk en bijstand
 * renamed in 2015 (the same BWB id, BWBR0015703), as the Wmo 2015 followed the Wmo of 2007 under the same name. A
 * document under the WWB ("bijzondere bijstand op grond van de Wwb") is about the Participatiewet's subjects. Its
 * article references stay another law's (`ANDERE`): the WWB numbered its articles differently (its artikel 8 is not
 * the Participatiewet's).
 */
const VOORGANGERS: { wet: WetId; patroon: string }[] = [{ wet: 'participatiewet', patroon: 'wet werk en bijstand|wwb' }];
const IN_TEKST = [...WET_NAMEN, ...VOORGANGERS];
const NAAM_RE = new RegExp(`(?<![\\p{L}\\d-])(?:${IN_TEKST.map((w) => `(${w.patroon})`).join('|')})(?![\\p{L}\\d])`, 'giu');

/**
 * Every mention of one of the five laws by name or abbreviation, in order; an earlier name (`VOORGANGERS`) is marked
 * `vroeger`: it names the law's field, but an article number with it is the earlier law's.
 */
export function wetNamen(tekst: string): { wet: WetId; start: number; eind: number; vroeger?: true }[] {
  const uit: { wet: WetId; start: number; eind: number; vroeger?: true }[] = [];
  NAAM_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NAAM_RE.exec(tekst))) {
    for (let i = 0; i < IN_TEKST.length; i++)
      if (m[i + 1] !== undefined) {
        // "PW" and "pw" only as a whole word in capitals or mixed case, never inside a word.
        if (IN_TEKST[i]!.wet === 'participatiewet' && /^pw$/i.test(m[0]) && m[0] === 'pw') break;
        uit.push({ wet: IN_TEKST[i]!.wet, start: m.index, eind: m.index + m[0].length, ...(i >= WET_NAMEN.length ? { vroeger: true as const } : {}) });
        break;
      }
  }
  return uit;
}
