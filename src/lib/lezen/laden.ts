/**
 * Node only: reads the knowledge of "Lees een stuk" from a content folder (the validated keuzes, scheidslijnen and
 * casussen, content/lezen/verordening-onderdelen.yaml and, when present, content/lezen/gemeentewoorden.yaml). Broken content throws a ContentError naming file and
 * field. Used by the griffie command and the tests; the page will get the same knowledge at build time.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ContentError, readContent, validateEntries } from '../content/check.ts';
import type { SiteContent } from '../content/graph.ts';
import { kennisUitContent, type Kennis } from './kennis.ts';
import { leesOnderdelen } from './onderdelen.ts';
import { leesGemeenteWoorden, type GemeenteWoorden } from './woorden.ts';
import { readWetteksten, type Wetteksten } from '../content/wetteksten.ts';
import { eenheidKaart, type ArtikelVersie } from './versies.ts';
import { WET_IDS } from './verwijzingen.ts';
import type { Onderdelen } from './onderdelen.ts';

export function laadKennis(contentDir: string, root = process.cwd()): Kennis {
  // The national content only: edities are not needed to read a document, and drafts written by the
  // griffie command (which stop the full content check) must not stop the next reading.
  const { entries, problems: leesProblemen } = readContent(contentDir, root);
  const { checked, problems } = validateEntries(entries);
  if (leesProblemen.length || problems.length) throw new ContentError([...leesProblemen, ...problems]);
  const van = <C extends keyof SiteContent>(c: C) => checked.filter((e) => e.collection === c).map((e) => ({ id: e.id, data: e.data })) as SiteContent[C];
  return kennisMet({ keuzes: van('keuzes'), scheidslijnen: van('scheidslijnen'), casussen: van('casussen') }, contentDir, root);
}

/**
 * The knowledge from content already validated (a build passes the content store's) and the feature's own files in
 * content/lezen/: verordening-onderdelen.yaml and the optional gemeentewoorden.yaml.
 */
export function kennisMet(
  content: Pick<SiteContent, 'keuzes' | 'scheidslijnen' | 'casussen'>,
  contentDir: string,
  root = process.cwd(),
  wetteksten: Wetteksten = readWetteksten(join(contentDir, 'wetteksten'), root),
): Kennis {
  const keuzeIds = new Set(content.keuzes.map((k) => k.id));
  const yaml = (naam: string, verplicht: boolean): { file: string; raw: unknown } | undefined => {
    const path = join(contentDir, 'lezen', naam);
    const file = relative(root, path).split(sep).join('/');
    if (!verplicht && !existsSync(path)) return undefined;
    try {
      return { file, raw: parseYaml(readFileSync(path, 'utf8')) };
    } catch (e) {
      throw new ContentError([{ file, field: '(bestand)', expected: `geldige YAML: ${(e as Error).message.split('\n')[0]}` }]);
    }
  };
  const o = yaml('verordening-onderdelen.yaml', true)!;
  const gelezen = leesOnderdelen(o.raw, keuzeIds, o.file);
  if (!gelezen.data) throw new ContentError(gelezen.problems);
  // The gemeente vocabulary is optional: a content folder without it reads with the keuzes' own words only.
  const w = yaml('gemeentewoorden.yaml', false);
  let woorden: GemeenteWoorden | undefined;
  if (w) {
    const r = leesGemeenteWoorden(w.raw, keuzeIds, w.file);
    if (!r.data) throw new ContentError(r.problems);
    woorden = r.data;
  }
  const versies = artikelVersies(wetteksten, gelezen.data);
  return { ...kennisUitContent(content, gelezen.data, woorden), ...(versies.length ? { versies } : {}) };
}

/**
 * For every law with verordening items and more than one stored text (content/wetteksten/<bwb>/<datum>.yaml), per
 * article: every stored text of it (the newest included), each with the units whose key changed against the newest
 * (`eenheidKaart`), the units it has, and its text of every unit some version maps elsewhere. Only articles with a
 * changed unit in some older text are kept; an older text that does not store an article is no version of it (the
 * span runs on to the next text that does). The content check has already read these files.
 */
function artikelVersies(store: Wetteksten, onderdelen: Onderdelen): ArtikelVersie[] {
  const out: ArtikelVersie[] = [];
  const eenheden = (delen: Map<string, string>) => [...delen.keys()].filter((k) => k && k.split(' ').length <= 2);
  for (const wet of WET_IDS) {
    const bwb = onderdelen.wetten[wet]?.bwb;
    const teksten = bwb ? (store.perBwb.get(bwb) ?? []) : [];
    const nu = teksten.at(-1);
    if (!nu) continue;
    for (const [artikel, b] of nu.artikelen) {
      const versies = teksten.filter((t) => t.artikelen.has(artikel));
      const kaarten = versies.map((t) => (t === nu ? {} : eenheidKaart(t.artikelen.get(artikel)!.delen, b.delen)));
      const veranderd = new Set(kaarten.flatMap((k) => Object.keys(k)));
      if (!veranderd.size) continue;
      versies.forEach((t, i) => {
        const delen = t.artikelen.get(artikel)!.delen;
        const tekst = Object.fromEntries([...veranderd].filter((k) => delen.has(k)).map((k) => [k, delen.get(k)!.split('\n')[0]!]));
        out.push({ wet, artikel, van: iso(t.datum), kaart: kaarten[i]!, eenheden: eenheden(delen), tekst, bron: t.url });
      });
    }
  }
  return out;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
