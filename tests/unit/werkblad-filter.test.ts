/**
 * The werkblad's filter in the address and in words (src/lib/vragen/filter.ts):
 * unknown values count as "alle", other parameters stay, counts are Dutch in
 * the singular and plural.
 */
import { describe, expect, it } from 'vitest';
import { antwoordenTekst, csvRij, filterTekst, filterUitZoek, geenFilter, leadTekst, overschrijfTitel, past, tellingTekst, vragenTekst, zoekVoorFilter } from '../../src/lib/vragen/filter.ts';
import { hostileQueries } from '../helpers/hostile.ts';

const bekend = { wet: ['alle', 'jeugdwet', 'wmo'], aspect: ['alle', 'toegang'], moment: ['alle', 'inkoop'] };
const labels = { wet: { jeugdwet: 'Jeugdwet', wmo: 'Wmo' }, aspect: { toegang: 'Toegang' }, moment: { inkoop: 'inkoop' } };

describe('werkblad filter', () => {
  it('reads the address, ignoring unknown values, and writes only what is filtered', () => {
    expect(filterUitZoek('?wet=jeugdwet&moment=inkoop', bekend)).toEqual({ wet: 'jeugdwet', aspect: 'alle', moment: 'inkoop' });
    expect(filterUitZoek('?wet=bestaat-niet&aspect=<script>', bekend)).toEqual(geenFilter());
    expect(zoekVoorFilter({ wet: 'jeugdwet', aspect: 'alle', moment: 'inkoop' }, '?afdruk=compact&wet=wmo')).toBe('?afdruk=compact&wet=jeugdwet&moment=inkoop');
    expect(zoekVoorFilter(geenFilter(), '?wet=wmo')).toBe('');
    for (const q of hostileQueries(200, 22)) expect(() => filterUitZoek(q, bekend)).not.toThrow();
  });

  it('matches a question on every filter at once', () => {
    const v = { wetten: ['jeugdwet', 'wmo'], aspect: 'toegang', momenten: ['inkoop'] };
    expect(past(v, geenFilter())).toBe(true);
    expect(past(v, { wet: 'wmo', aspect: 'toegang', moment: 'inkoop' })).toBe(true);
    expect(past(v, { wet: 'wlz', aspect: 'alle', moment: 'alle' })).toBe(false);
    expect(past(v, { wet: 'jeugdwet', aspect: 'alle', moment: 'begroting' })).toBe(false);
  });

  it('says the filter and the counts in Dutch, singular and plural', () => {
    expect(filterTekst(geenFilter(), labels)).toBe('alle wetten, alle aspecten, alle momenten');
    expect(filterTekst({ wet: 'jeugdwet', aspect: 'toegang', moment: 'inkoop' }, labels)).toBe('filter: Jeugdwet · aspect: Toegang · moment: inkoop');
    expect([vragenTekst(0), vragenTekst(1), vragenTekst(44)]).toEqual(['0 vragen', '1 vraag', '44 vragen']);
    expect([antwoordenTekst(1), antwoordenTekst(2)]).toEqual(['1 antwoord', '2 antwoorden']);
  });

  it('words the counts the page shows for a filter: the count line, the lead, the empty result', () => {
    const jeugdwet = { wet: 'jeugdwet', aspect: 'alle', moment: 'alle' };
    expect(tellingTekst({ vragen: 57, aspecten: 8, wetten: 5 }, geenFilter(), labels)).toBe('57 vragen · alle wetten, alle aspecten, alle momenten');
    expect(tellingTekst({ vragen: 1, aspecten: 1, wetten: 1 }, jeugdwet, labels)).toBe('1 vraag · filter: Jeugdwet');
    expect(tellingTekst({ vragen: 0, aspecten: 0, wetten: 0 }, jeugdwet, labels)).toBe('Geen vragen · filter: Jeugdwet');
    expect(leadTekst({ vragen: 57, aspecten: 8, wetten: 5 }, geenFilter(), labels)).toBe('57 vragen over 5 wetten, in 8 aspecten.');
    expect(leadTekst({ vragen: 1, aspecten: 1, wetten: 1 }, geenFilter(), labels)).toBe('1 vraag over 1 wet, in 1 aspect.');
    expect(leadTekst({ vragen: 44, aspecten: 8, wetten: 4 }, jeugdwet, labels)).toBe('44 vragen in 8 aspecten (filter: Jeugdwet).');
    expect(leadTekst({ vragen: 0, aspecten: 0, wetten: 0 }, { ...jeugdwet, moment: 'inkoop' }, labels)).toBe('Geen vragen bij dit filter (Jeugdwet · moment: inkoop).');
    expect([overschrijfTitel(1), overschrijfTitel(3)]).toEqual(['1 antwoord wordt overschreven', '3 antwoorden worden overschreven']);
  });

  it('lists a question for the CSV with its wetten, aspect and momenten in words (unknown values as they are)', () => {
    const v = { id: 'a-b', vraag: 'Wie beslist?', kenmerken: { wetten: ['jeugdwet', 'wmo'], aspect: 'toegang', momenten: ['inkoop', 'nieuw'] } };
    expect(csvRij(v, labels)).toEqual({ id: 'a-b', vraag: 'Wie beslist?', wet: 'Jeugdwet, Wmo', aspect: 'Toegang', moment: 'inkoop, nieuw' });
  });
});
