/**
 * The public address comes from SITE_URL only (issue 22): parsed and checked,
 * used for QR codes, address lines, the "Bron" line and the feed; without it
 * nothing is printed and no domain is invented.
 */
import { describe, expect, it } from 'vitest';
import { adresMelding, bronRegel, publiekAdres, siteUitOmgeving } from '../../src/lib/adres.ts';
import { atomFeed } from '../../src/lib/wijzigingen.ts';
import { qrSvg } from '../../src/lib/werksessie/qr.ts';
import { loadGraph } from '../helpers/content.ts';

describe('SITE_URL', () => {
  it('is optional, gets a trailing slash, and a bad value stops the build naming the variable', () => {
    expect(siteUitOmgeving(undefined)).toBeUndefined();
    expect(siteUitOmgeving('  ')).toBeUndefined();
    expect(siteUitOmgeving('https://www.gemeente.nl')!.href).toBe('https://www.gemeente.nl/');
    expect(siteUitOmgeving('https://www.gemeente.nl/staalkaart')!.href).toBe('https://www.gemeente.nl/staalkaart/');
    expect(() => siteUitOmgeving('www.gemeente.nl')).toThrow(/SITE_URL="www.gemeente.nl" is geen adres/);
    expect(() => siteUitOmgeving('ftp://gemeente.nl/')).toThrow(/SITE_URL.*https:\/\//);
    expect(() => siteUitOmgeving('https://gemeente.nl/?x=1')).toThrow(/SITE_URL/);
  });

  it('the build says which address it prints, or warns that it prints none and how to set one', () => {
    expect(adresMelding(siteUitOmgeving('https://www.gemeente.nl/'))).toEqual({ niveau: 'info', tekst: 'publiek adres: https://www.gemeente.nl/' });
    const zonder = adresMelding(undefined);
    expect(zonder.niveau).toBe('warn');
    expect(zonder.tekst).toMatch(/^SITE_URL is niet gezet: QR-codes, adresregels en het adres in de bronregel worden weggelaten\. Bouw met SITE_URL=https:\/\/… npm run build\.$/);
  });

  it('gives addresses on the configured site, or none', () => {
    const site = siteUitOmgeving('https://www.gemeente.nl/');
    expect(publiekAdres('/wetten/jeugdwet/', site)).toBe('https://www.gemeente.nl/wetten/jeugdwet/');
    expect(publiekAdres('/wetten/jeugdwet/', undefined)).toBeUndefined();
    expect(bronRegel('https://www.gemeente.nl/kaart/', 'peildatum 1 januari 2027')).toBe('Bron: Staalkaart sociaal domein, https://www.gemeente.nl/kaart/ · peildatum 1 januari 2027');
    expect(bronRegel(undefined, 'peildatum 1 januari 2027')).toBe('Bron: Staalkaart sociaal domein · peildatum 1 januari 2027');
  });

  it('the QR code encodes the address it names', async () => {
    const svg = await qrSvg('https://www.gemeente.nl/wetten/jeugdwet/');
    expect(svg).toContain('aria-label="QR-code naar https://www.gemeente.nl/wetten/jeugdwet/"');
  });

  it('the feed is absolute on the configured site, and relative with urn ids without one', () => {
    const g = loadGraph('content');
    const met = atomFeed(g, 'https://www.gemeente.nl/');
    expect(met).toContain('<link rel="self" type="application/atom+xml" href="https://www.gemeente.nl/wijzigingen/feed.xml"/>');
    expect(met).toMatch(/<id>https:\/\/www\.gemeente\.nl\/wijzigingen\/#wijziging-/);
    const zonder = atomFeed(g, undefined);
    expect(zonder).toContain('<link rel="self" type="application/atom+xml" href="/wijzigingen/feed.xml"/>');
    expect(zonder).toContain('<id>urn:staalkaart-sociaal-domein:wijzigingen:feed.xml</id>');
    expect(zonder).not.toMatch(/<id>(?!urn:)/);
  });
});
