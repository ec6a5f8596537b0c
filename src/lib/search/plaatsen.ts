/**
 * Gemeente names in a query. The site describes the wetten and the room every
 * gemeente has; it holds nothing per gemeente. A query that names one
 * ("wmo verordening utrecht") gets a plain message pointing to
 * /lokale-regels/ and the edities, and the rest of the query is
 * searched without the name, instead of unrelated hits for the name.
 *
 * The Dutch gemeenten (2026). Names that are also everyday words ("Best",
 * "Buren", "Bergen", "Putten", "Duiven", "Huizen", "Sluis", "Beek") count only
 * when typed with a capital.
 *
 * The list reaches the browser in the lexicon (src/integrations/pagefind.ts,
 * Lexicon.gemeenten), not in the search code: only a query with a word of five
 * letters or more loads it, so "Ede" alone is not recognised, "jeugdhulp Ede" is.
 *
 * Pure TypeScript: no DOM, no Pagefind.
 */
import { fold } from '../normalise.ts';

export const GEMEENTEN: readonly string[] = [
  // Groningen
  'Groningen', 'Eemsdelta', 'Het Hogeland', 'Midden-Groningen', 'Oldambt', 'Pekela', 'Stadskanaal', 'Veendam', 'Westerkwartier', 'Westerwolde',
  // Friesland
  'Achtkarspelen', 'Ameland', 'Dantumadiel', 'De Fryske Marren', 'Harlingen', 'Heerenveen', 'Leeuwarden', 'Noardeast-Fryslân', 'Ooststellingwerf',
  'Opsterland', 'Schiermonnikoog', 'Smallingerland', 'Súdwest-Fryslân', 'Terschelling', 'Tytsjerksteradiel', 'Vlieland', 'Waadhoeke', 'Weststellingwerf',
  // Drenthe
  'Aa en Hunze', 'Assen', 'Borger-Odoorn', 'Coevorden', 'De Wolden', 'Emmen', 'Hoogeveen', 'Meppel', 'Midden-Drenthe', 'Noordenveld', 'Tynaarlo', 'Westerveld',
  // Overijssel
  'Almelo', 'Borne', 'Dalfsen', 'Deventer', 'Dinkelland', 'Enschede', 'Haaksbergen', 'Hardenberg', 'Hellendoorn', 'Hengelo', 'Hof van Twente', 'Kampen',
  'Losser', 'Oldenzaal', 'Olst-Wijhe', 'Ommen', 'Raalte', 'Rijssen-Holten', 'Staphorst', 'Steenwijkerland', 'Tubbergen', 'Twenterand', 'Wierden', 'Zwartewaterland', 'Zwolle',
  // Flevoland
  'Almere', 'Dronten', 'Lelystad', 'Noordoostpolder', 'Urk', 'Zeewolde',
  // Gelderland
  'Aalten', 'Apeldoorn', 'Arnhem', 'Barneveld', 'Berg en Dal', 'Berkelland', 'Beuningen', 'Bronckhorst', 'Brummen', 'Buren', 'Culemborg', 'Doesburg',
  'Doetinchem', 'Druten', 'Duiven', 'Ede', 'Elburg', 'Epe', 'Ermelo', 'Harderwijk', 'Hattem', 'Heerde', 'Heumen', 'Lingewaard', 'Lochem', 'Maasdriel',
  'Montferland', 'Neder-Betuwe', 'Nijkerk', 'Nijmegen', 'Nunspeet', 'Oldebroek', 'Oost Gelre', 'Oude IJsselstreek', 'Overbetuwe', 'Putten', 'Renkum',
  'Rheden', 'Rozendaal', 'Scherpenzeel', 'Tiel', 'Voorst', 'Wageningen', 'West Betuwe', 'West Maas en Waal', 'Westervoort', 'Wijchen', 'Winterswijk',
  'Zaltbommel', 'Zevenaar', 'Zutphen',
  // Utrecht
  'Amersfoort', 'Baarn', 'Bunnik', 'Bunschoten', 'De Bilt', 'De Ronde Venen', 'Eemnes', 'Houten', 'IJsselstein', 'Leusden', 'Lopik', 'Montfoort',
  'Nieuwegein', 'Oudewater', 'Renswoude', 'Rhenen', 'Soest', 'Stichtse Vecht', 'Utrecht', 'Utrechtse Heuvelrug', 'Veenendaal', 'Vijfheerenlanden',
  'Wijk bij Duurstede', 'Woerden', 'Woudenberg', 'Zeist',
  // Noord-Holland
  'Aalsmeer', 'Alkmaar', 'Amstelveen', 'Amsterdam', 'Beverwijk', 'Blaricum', 'Bloemendaal', 'Castricum', 'Dijk en Waard', 'Diemen', 'Drechterland',
  'Edam-Volendam', 'Enkhuizen', 'Gooise Meren', 'Haarlem', 'Haarlemmermeer', 'Heemskerk', 'Heemstede', 'Heiloo', 'Den Helder', 'Hilversum',
  'Hollands Kroon', 'Hoorn', 'Huizen', 'Koggenland', 'Landsmeer', 'Laren', 'Medemblik', 'Oostzaan', 'Opmeer', 'Ouder-Amstel', 'Purmerend',
  'Schagen', 'Stede Broec', 'Texel', 'Uitgeest', 'Uithoorn', 'Velsen', 'Waterland', 'Wijdemeren', 'Wormerland', 'Zaanstad', 'Zandvoort', 'Bergen',
  // Zuid-Holland
  'Alblasserdam', 'Albrandswaard', 'Alphen aan den Rijn', 'Barendrecht', 'Bodegraven-Reeuwijk', 'Capelle aan den IJssel', 'Delft', 'Den Haag',
  "'s-Gravenhage", 'Dordrecht', 'Goeree-Overflakkee', 'Gorinchem', 'Gouda', 'Hardinxveld-Giessendam', 'Hendrik-Ido-Ambacht', 'Hillegom',
  'Hoeksche Waard', 'Kaag en Braassem', 'Katwijk', 'Krimpen aan den IJssel', 'Krimpenerwaard', 'Lansingerland', 'Leiden', 'Leiderdorp',
  'Leidschendam-Voorburg', 'Lisse', 'Maassluis', 'Midden-Delfland', 'Molenlanden', 'Nieuwkoop', 'Nissewaard', 'Noordwijk', 'Oegstgeest',
  'Papendrecht', 'Pijnacker-Nootdorp', 'Ridderkerk', 'Rijswijk', 'Rotterdam', 'Schiedam', 'Sliedrecht', 'Teylingen', 'Vlaardingen',
  'Voorne aan Zee', 'Voorschoten', 'Waddinxveen', 'Wassenaar', 'Westland', 'Zoetermeer', 'Zoeterwoude', 'Zuidplas', 'Zwijndrecht',
  // Zeeland
  'Borsele', 'Goes', 'Hulst', 'Kapelle', 'Middelburg', 'Noord-Beveland', 'Reimerswaal', 'Schouwen-Duiveland', 'Sluis', 'Terneuzen', 'Tholen',
  'Veere', 'Vlissingen',
  // Noord-Brabant
  'Alphen-Chaam', 'Altena', 'Asten', 'Baarle-Nassau', 'Bergen op Zoom', 'Bergeijk', 'Bernheze', 'Best', 'Bladel', 'Boekel', 'Boxtel', 'Breda',
  'Cranendonck', 'Deurne', 'Dongen', 'Drimmelen', 'Eersel', 'Eindhoven', 'Etten-Leur', 'Geertruidenberg', 'Geldrop-Mierlo', 'Gemert-Bakel',
  'Gilze en Rijen', 'Goirle', 'Halderberge', 'Heeze-Leende', 'Helmond', "'s-Hertogenbosch", 'Den Bosch', 'Heusden', 'Hilvarenbeek', 'Laarbeek',
  'Land van Cuijk', 'Loon op Zand', 'Maashorst', 'Meierijstad', 'Moerdijk', 'Nuenen', 'Oirschot', 'Oisterwijk', 'Oosterhout', 'Oss',
  'Reusel-De Mierden', 'Roosendaal', 'Rucphen', 'Sint-Michielsgestel', 'Someren', 'Son en Breugel', 'Steenbergen', 'Tilburg', 'Valkenswaard',
  'Veldhoven', 'Vught', 'Waalre', 'Waalwijk', 'Woensdrecht', 'Zundert',
  // Limburg
  'Beek', 'Beekdaelen', 'Beesel', 'Brunssum', 'Echt-Susteren', 'Eijsden-Margraten', 'Gennep', 'Gulpen-Wittem', 'Heerlen', 'Horst aan de Maas',
  'Kerkrade', 'Landgraaf', 'Leudal', 'Maasgouw', 'Maastricht', 'Meerssen', 'Mook en Middelaar', 'Nederweert', 'Peel en Maas', 'Roerdalen',
  'Roermond', 'Simpelveld', 'Sittard-Geleen', 'Stein', 'Vaals', 'Valkenburg aan de Geul', 'Venlo', 'Venray', 'Voerendaal', 'Weert',
];

/** Gemeente names that are also everyday Dutch words: recognised only when typed with a capital. */
const OOK_GEWOON_WOORD: ReadonlySet<string> = new Set(['best', 'buren', 'bergen', 'putten', 'duiven', 'huizen', 'sluis', 'beek', 'goes', 'stein', 'laren', 'epe']);

/** Lowercase words without diacritics, hyphens and apostrophes as spaces: how names and queries are compared. */
const key = (s: string) =>
  fold(s)
    .replace(/['’]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** Names by their first word, longest first, so "Bergen op Zoom" is tried before "Bergen". */
const byFirstOf = new WeakMap<readonly string[], Map<string, { naam: string; words: string[] }[]>>();
function byFirst(gemeenten: readonly string[]): Map<string, { naam: string; words: string[] }[]> {
  const known = byFirstOf.get(gemeenten);
  if (known) return known;
  const m = new Map<string, { naam: string; words: string[] }[]>();
  for (const naam of gemeenten) {
    const words = key(naam);
    const list = m.get(words[0]!) ?? [];
    list.push({ naam, words });
    m.set(words[0]!, list);
  }
  for (const list of m.values()) list.sort((a, b) => b.words.length - a.words.length);
  byFirstOf.set(gemeenten, m);
  return m;
}

/**
 * The first gemeente of `gemeenten` named in a list of query words (as
 * queryWords gives them), with the positions of its words; `typed` is the
 * query as typed, to tell "Best" (the gemeente) from "best" (the word).
 */
export function plaatsIn(list: string[], typed?: string, gemeenten: readonly string[] = []): { naam: string; indices: number[] } | undefined {
  const BY_FIRST = byFirst(gemeenten);
  // queryWords keeps hyphens inside words: "sittard-geleen" is compared in its parts.
  const parts: { w: string; i: number }[] = list.flatMap((w, i) => key(w).map((p) => ({ w: p, i })));
  for (let j = 0; j < parts.length; j++) {
    for (const { naam, words } of BY_FIRST.get(parts[j]!.w) ?? []) {
      if (!words.every((w, k) => parts[j + k]?.w === w)) continue;
      if (words.length === 1 && OOK_GEWOON_WOORD.has(words[0]!) && !(typed && new RegExp(`(^|[^\\p{L}])${naam}([^\\p{L}]|$)`, 'u').test(typed))) continue;
      const indices = [...new Set(parts.slice(j, j + words.length).map((p) => p.i))];
      return { naam, indices };
    }
  }
  return undefined;
}
