/** The kaart's keys and zoom buttons as actions (src/lib/kaart/toetsen.ts). */
import { describe, expect, it } from 'vitest';
import { itemToets, zoomKnop, zoomToets } from '../../src/lib/kaart/toetsen.ts';

describe('keys on a kaart item', () => {
  it('arrows go to a neighbour, Shift + arrows pan', () => {
    expect(itemToets('ArrowRight', false)).toEqual({ doe: 'buur', dx: 1, dy: 0 });
    expect(itemToets('ArrowUp', false)).toEqual({ doe: 'buur', dx: 0, dy: -1 });
    expect(itemToets('ArrowLeft', true)).toEqual({ doe: 'pan', dx: -1, dy: 0 });
    expect(itemToets('ArrowDown', true)).toEqual({ doe: 'pan', dx: 0, dy: 1 });
  });

  it('Home and End, Enter and Space; every other key is left to the browser (Tab leaves the kaart)', () => {
    expect(itemToets('Home', false)).toEqual({ doe: 'eerste' });
    expect(itemToets('End', false)).toEqual({ doe: 'laatste' });
    expect(itemToets('Enter', false)).toEqual({ doe: 'kies' });
    expect(itemToets(' ', false)).toEqual({ doe: 'kies' });
    for (const key of ['Tab', 'Escape', 'a', '+']) expect(itemToets(key, false)).toBeUndefined();
  });
});

describe('zoom keys and buttons', () => {
  it('+ and = zoom in, - and _ zoom out, 0 shows the whole kaart', () => {
    expect(zoomToets('+')).toEqual({ doe: 'in' });
    expect(zoomToets('=')).toEqual({ doe: 'in' });
    expect(zoomToets('-')).toEqual({ doe: 'uit' });
    expect(zoomToets('_')).toEqual({ doe: 'uit' });
    expect(zoomToets('0')).toEqual({ doe: 'passend' });
    expect(zoomToets('1')).toBeUndefined();
  });

  it('the buttons zoom, fit and pan a step each way', () => {
    expect(zoomKnop('in')).toEqual({ doe: 'in' });
    expect(zoomKnop('passend')).toEqual({ doe: 'passend' });
    expect(zoomKnop('links')).toEqual({ doe: 'pan', dx: -1, dy: 0 });
    expect(zoomKnop('omlaag')).toEqual({ doe: 'pan', dx: 0, dy: 1 });
    expect(zoomKnop(null)).toEqual({ doe: 'pan', dx: 0, dy: 0 });
  });
});
