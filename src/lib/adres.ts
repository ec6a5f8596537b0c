/**
 * The site's public address (issue 22). It comes from configuration only:
 * `SITE_URL=https://… npm run build` (astro.config.mjs passes it on as
 * Astro's `site`). Without it the build prints no address at all: QR codes,
 * address lines and the "Bron" line of downloads leave it out, and no
 * invented domain ever reaches dist/.
 */

/** The SITE_URL value as a URL with a trailing slash; undefined when unset; an error naming the variable when bad. */
export function siteUitOmgeving(waarde: string | undefined): URL | undefined {
  const v = waarde?.trim();
  if (!v) return undefined;
  let url: URL;
  try {
    url = new URL(v);
  } catch {
    throw new Error(`SITE_URL="${v}" is geen adres. Geef het publieke adres van de site, bijvoorbeeld SITE_URL=https://www.uwgemeente.nl/staalkaart/`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`SITE_URL="${v}" moet beginnen met https:// (of http://).`);
  if (url.search || url.hash) throw new Error(`SITE_URL="${v}" mag geen ? of # bevatten.`);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}

/** The absolute address of a path on the site, or undefined when the build has no public address. */
export function publiekAdres(path: string, site: URL | string | undefined): string | undefined {
  if (!site) return undefined;
  return new URL(path.replace(/^\//, ''), site).href;
}

/** The source line of the kaart (downloads, poster): with the address when there is one. */
export function bronRegel(adres: string | undefined, rest: string): string {
  return `Bron: Staalkaart sociaal domein${adres ? `, ${adres}` : ''} · ${rest}`;
}

/** What the build says about the address: which one it prints, or that it prints none and how to give one. */
export function adresMelding(site: URL | undefined): { niveau: 'info' | 'warn'; tekst: string } {
  if (site) return { niveau: 'info', tekst: `publiek adres: ${site.href}` };
  return {
    niveau: 'warn',
    tekst: 'SITE_URL is niet gezet: QR-codes, adresregels en het adres in de bronregel worden weggelaten. Bouw met SITE_URL=https://… npm run build.',
  };
}
