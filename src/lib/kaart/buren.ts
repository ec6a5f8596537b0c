/**
 * Keyboard neighbour search on the kaart: from the focused item, the arrow
 * keys go to the nearest visible item in that direction. Pure (no DOM); the
 * client passes the visible items with their centres in kaart units
 * (tests/unit/kaart-buren.test.ts).
 */
import type { Punt } from './view.ts';

export interface Kandidaat<T> {
  item: T;
  p: Punt;
}

/**
 * The nearest candidate in direction (dx, dy): within a cone around the direction (the sideways distance at most
 * 1.8 × the distance along it), scored by the distance along plus twice the distance across. When the cone is
 * empty, the best candidate anywhere on that side, so an arrow key never gets stuck while something lies that way.
 */
export function neighbour<T>(from: Punt, candidates: Kandidaat<T>[], dx: number, dy: number, self?: T): T | undefined {
  let best: T | undefined;
  let bestScore = Infinity;
  let side: T | undefined;
  let sideScore = Infinity;
  for (const c of candidates) {
    if (c.item === self) continue;
    const vx = c.p.x - from.x;
    const vy = c.p.y - from.y;
    const along = vx * dx + vy * dy;
    if (along <= 0) continue;
    const across = Math.abs(vx * dy - vy * dx);
    const score = along + across * 2;
    if (across > along * 1.8) {
      if (score < sideScore) {
        sideScore = score;
        side = c.item;
      }
    } else if (score < bestScore) {
      bestScore = score;
      best = c.item;
    }
  }
  return best ?? side;
}

/** The candidate nearest to a point (where focus goes when its item leaves the picture). */
export function nearest<T>(p: Punt, candidates: Kandidaat<T>[]): T | undefined {
  let best: T | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = Math.hypot(c.p.x - p.x, c.p.y - p.y);
    if (d < bestD) {
      bestD = d;
      best = c.item;
    }
  }
  return best;
}

/**
 * Visible items in reading order (top to bottom, then left to right, in bands of `band` kaart units), for Home
 * and End.
 */
export function readingOrder<T>(candidates: Kandidaat<T>[], band = 40): T[] {
  return [...candidates].sort((a, b) => Math.floor(a.p.y / band) - Math.floor(b.p.y / band) || a.p.x - b.p.x).map((c) => c.item);
}

/**
 * Where the tab stop goes when its item leaves the picture (zoom, pan, filter): the nearest shown item in the same
 * full piece first (`zelfdeVak`), else the nearest shown item.
 */
export function opvolger<T>(from: Punt, candidates: Kandidaat<T>[], zelfdeVak: (item: T) => boolean): T | undefined {
  return nearest(from, candidates.filter((c) => zelfdeVak(c.item))) ?? nearest(from, candidates);
}
