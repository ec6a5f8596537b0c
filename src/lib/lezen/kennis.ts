/**
 * What the matcher knows, in the small shape it needs: per keuze its words and articles, the scheidslijnen with
 * their two laws, the casussen with their keuzes, and the verordening items. `kennisUitContent` builds it from the
 * site's validated content; the page can ship it as JSON.
 */
import type { SiteContent } from '../content/graph.ts';
import type { Onderdelen } from './onderdelen.ts';
import type { GemeenteWoorden } from './woorden.ts';
import type { ArtikelVersie } from './versies.ts';
import { WET_IDS, type WetId } from './verwijzingen.ts';

export interface KeuzeKennis {
  /** "wmo/mantelzorgwaardering" */
  id: string;
  wet: WetId;
  onderwerp: string;
  /** Words that say this keuze: onderwerp, kaart label, zoekwoorden. */
  woorden: string[];
  /** Words from gemeentewoorden.yaml ("sociaal team"): weigh like a search word, and more when the document returns to them. */
  gemeenteWoorden?: string[];
  /** Phrases from gemeentewoorden.yaml that weigh like the keuze's own name ("pedagogische basis"). */
  namen?: string[];
  /** lokaal.zoektermen: words that together (in one sentence) point at this keuze's local rule. */
  samen?: string[];
  /** The keuze's own article and the articles its sources name ("Jeugdwet, artikel 2.9 onder c …"). */
  bronTeksten: string[];
  artikel?: string;
}

export interface Kennis {
  keuzes: KeuzeKennis[];
  scheidslijnen: { id: string; titel: string; tussen: [WetId, WetId] }[];
  casussen: { id: string; titel: string; keuzes: string[]; scheidslijnen: string[] }[];
  onderdelen: Onderdelen;
  /** Older stored versions of articles whose units changed (versies.ts): read a letter in the document's own date. */
  versies?: ArtikelVersie[];
}

const isWet = (s: string): s is WetId => (WET_IDS as readonly string[]).includes(s);

export function kennisUitContent(content: Pick<SiteContent, 'keuzes' | 'scheidslijnen' | 'casussen'>, onderdelen: Onderdelen, gemeente?: GemeenteWoorden): Kennis {
  const keuzes: KeuzeKennis[] = [];
  for (const k of content.keuzes) {
    const wet = k.id.split('/')[0]!;
    if (!isWet(wet)) continue;
    const d = k.data;
    const onderwerp = d.onderwerp.replace(/^['"]|['"]$/g, '');
    const extra = gemeente?.keuzes[k.id];
    const woorden = [onderwerp, d.kaart?.label, ...d.zoekwoorden].filter((w): w is string => !!w);
    keuzes.push({
      id: k.id,
      wet,
      onderwerp,
      woorden,
      ...(extra?.namen.length ? { namen: extra.namen } : {}),
      ...(extra?.woorden.length ? { gemeenteWoorden: extra.woorden } : {}),
      ...(d.lokaal?.zoektermen ? { samen: d.lokaal.zoektermen } : {}),
      bronTeksten: d.bronnen.map((b) => b.titel),
      ...(d.artikel?.nummer ? { artikel: String(d.artikel.nummer) } : {}),
    });
  }
  const scheidslijnen = content.scheidslijnen.flatMap((s) => {
    const [a, b] = s.data.tussen;
    return isWet(a) && isWet(b) ? [{ id: s.id, titel: s.data.titel, tussen: [a, b] as [WetId, WetId] }] : [];
  });
  const casussen = content.casussen.map((c) => ({
    id: c.id,
    titel: c.data.titel,
    keuzes: [...new Set((c.data.route ?? []).flatMap((r) => (r.keuze ? [r.keuze] : [])))],
    scheidslijnen: c.data.scheidslijnen,
  }));
  return { keuzes, scheidslijnen, casussen, onderdelen };
}
