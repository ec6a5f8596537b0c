/** Keyboard neighbour search on the kaart: which item an arrow key goes to. */
import { describe, expect, it } from 'vitest';
import { nearest, neighbour, opvolger, readingOrder } from '../../src/lib/kaart/buren.ts';

// A small grid:   a(0,0)   b(100,0)   c(200,10)
//                 d(0,100)            e(200,100)
const items = { a: { x: 0, y: 0 }, b: { x: 100, y: 0 }, c: { x: 200, y: 10 }, d: { x: 0, y: 100 }, e: { x: 200, y: 100 } };
const cands = Object.entries(items).map(([item, p]) => ({ item, p }));

describe('kaart neighbour search', () => {
  it('goes to the nearest item in the arrow direction', () => {
    expect(neighbour(items.a, cands, 1, 0, 'a')).toBe('b');
    expect(neighbour(items.b, cands, 1, 0, 'b')).toBe('c');
    expect(neighbour(items.a, cands, 0, 1, 'a')).toBe('d');
    expect(neighbour(items.e, cands, 0, -1, 'e')).toBe('c');
    expect(neighbour(items.e, cands, -1, 0, 'e')).toBe('d');
  });

  it('finds nothing beyond the edge, and never the item itself', () => {
    expect(neighbour(items.a, cands, -1, 0, 'a')).toBeUndefined();
    expect(neighbour(items.a, cands, 0, -1, 'a')).toBeUndefined();
    expect(neighbour(items.c, [{ item: 'c', p: items.c }], 1, 0, 'c')).toBeUndefined();
  });

  it('prefers items in a cone around the direction; only when the cone is empty, anything on that side', () => {
    // From d going right: e is straight ahead; b is up-right within the cone but further off the line.
    expect(neighbour(items.d, cands, 1, 0, 'd')).toBe('e');
    // Going up from the origin: y (almost straight up, far) wins over x (near, but far off to the side).
    const both = [
      { item: 'x', p: { x: 400, y: -100 } },
      { item: 'y', p: { x: 10, y: -600 } },
    ];
    expect(neighbour({ x: 0, y: 0 }, both, 0, -1)).toBe('y');
    // With only x there, up still goes somewhere: the arrow never gets stuck while something lies that way.
    expect(neighbour({ x: 0, y: 0 }, both.slice(0, 1), 0, -1)).toBe('x');
    // But never backwards.
    expect(neighbour({ x: 0, y: 0 }, both.slice(0, 1), 0, 1)).toBeUndefined();
  });

  it('only considers the candidates it is given (the client passes what is visible)', () => {
    const visible = cands.filter((c) => c.item !== 'b');
    expect(neighbour(items.a, visible, 1, 0, 'a')).toBe('c');
  });

  it('nearest: where focus goes when its item leaves the picture', () => {
    expect(nearest({ x: 180, y: 90 }, cands)).toBe('e');
    expect(nearest({ x: 0, y: 0 }, [])).toBeUndefined();
  });

  it('reading order for Home and End: top to bottom, then left to right', () => {
    expect(readingOrder(cands)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('opvolger: the nearest item in the same full piece first, else the nearest of all', () => {
    // d and e share a piece; from right of b, b is nearest, but the piece's own items come first.
    const inVak = (x: string) => x === 'd' || x === 'e';
    expect(nearest({ x: 150, y: 0 }, cands)).toBe('b');
    expect(opvolger({ x: 150, y: 0 }, cands, inVak)).toBe('e');
    expect(opvolger({ x: 10, y: 90 }, cands, inVak)).toBe('d');
    // The piece has nothing visible left: the nearest item anywhere.
    expect(opvolger(items.b, cands.filter((c) => !inVak(c.item)), inVak)).toBe('b');
    expect(opvolger(items.b, cands, () => false)).toBe('b');
    expect(opvolger(items.b, [], () => true)).toBeUndefined();
  });
});
