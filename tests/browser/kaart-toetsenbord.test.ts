/**
 * The kaart by keyboard, as a keyboard or screen reader user meets it (the
 * criteria are in src/components/kaart/README.md): one tab stop, always on a
 * visible item; a full piece opens with Enter and focus stays on a visible
 * item; panning, zooming and leaving a tour keep focus in a sensible place;
 * every kind of item shows a focus ring. Also the small things: Escape from
 * the panel's own button, the share field's label, filtered counts, and a
 * shared link that opens at the kaart.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { eventually, useBrowser } from '../helpers/browser.ts';
import { kaartPages } from '../helpers/kaart-page.ts';

const baseUrl = inject('baseUrl');
const chromium = useBrowser();
const kaart = kaartPages(chromium, baseUrl);

const SIZES = { breed: { width: 1280, height: 800 }, smal: { width: 390, height: 844 } } as const;

async function open(path: string, size: { width: number; height: number } = SIZES.breed): Promise<Page> {
  return (await kaart.visit(path, size)).page;
}

interface FocusState {
  /** data-item of the focused kaart item, or the tag name of whatever else has focus. */
  key: string;
  /** The focused item is in the shown kaart, rendered, and at least partly inside the kaart's frame. */
  visible: boolean;
  /** Items of the shown kaart with tabindex 0, and how many of them are visible. */
  stops: number;
  visibleStops: number;
}

/** Where focus is, and the kaart's tab stops. */
function focusState(page: Page): Promise<FocusState> {
  return page.evaluate(() => {
    const svg = [...document.querySelectorAll<SVGSVGElement>('svg.sk-kaart__svg')].find((s) => s.checkVisibility())!;
    const f = svg.getBoundingClientRect();
    const seen = (e: Element) => {
      const r = e.getBoundingClientRect();
      return e.checkVisibility({ visibilityProperty: true }) && (r.width > 0 || r.height > 0) && r.right > f.left && r.left < f.right && r.bottom > f.top && r.top < f.bottom;
    };
    const a = document.activeElement!;
    const item = a.closest('a.kaart-item');
    const stops = [...svg.querySelectorAll('a.kaart-item')].filter((e) => e.getAttribute('tabindex') === '0');
    return {
      key: item && svg.contains(item) ? item.getAttribute('data-item')! : a.tagName.toLowerCase(),
      visible: !!item && svg.contains(item) && seen(item),
      stops: stops.length,
      visibleStops: stops.filter(seen).length,
    };
  });
}

/** Asserts focus is on a visible kaart item and the kaart has exactly one tab stop, on a visible item. */
async function expectFocusInKaart(page: Page, when: string): Promise<FocusState> {
  const s = await focusState(page);
  expect(s.visible, `${when}: focus on ${s.key}`).toBe(true);
  expect([s.stops, s.visibleStops], `${when}: tab stops`).toEqual([1, 1]);
  return s;
}

/** Tab from the last zoom button ("Volledig scherm") into the kaart. */
async function tabIn(page: Page) {
  await page.locator('[data-volledig]').focus();
  await page.keyboard.press('Tab');
}

/**
 * Walks with the arrow keys from the focused item to the target item (by data-item), as a person would: the key
 * towards it, the other axis when that key does not move or only leads back to where the walk has been. Returns
 * the keys pressed, or undefined if stuck.
 */
async function walkTo(page: Page, target: string, max = 40): Promise<string[] | undefined> {
  const pressed: string[] = [];
  const visited = new Set<string>();
  /** Key presses (from item + key) that led back to an item already visited. */
  const looped = new Set<string>();
  for (let i = 0; i < max; i++) {
    const d = await page.evaluate((t) => {
      const svg = [...document.querySelectorAll<SVGSVGElement>('svg.sk-kaart__svg')].find((s) => s.checkVisibility())!;
      const a = document.activeElement!.closest('a.kaart-item');
      const b = svg.querySelector(`a.kaart-item[data-item="${CSS.escape(t)}"]`)!;
      if (a === b) return undefined;
      // Where the item is on screen, as the kaart counts it: a marker's symbol, otherwise the visible part of its box.
      const f = svg.getBoundingClientRect();
      const c = (e: Element) => {
        const r = (e.querySelector('.marker-halo, rect, .scheidslijn-lijn, .regio-naam') ?? e).getBoundingClientRect();
        if (e.classList.contains('marker')) return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
        const [x0, y0, x1, y1] = [Math.max(r.left, f.left), Math.max(r.top, f.top), Math.min(r.right, f.right), Math.min(r.bottom, f.bottom)];
        return { x: (x0 + x1) / 2, y: (y0 + y1) / 2 };
      };
      const [p, q] = [c(a!), c(b)];
      return { dx: q.x - p.x, dy: q.y - p.y };
    }, target);
    if (!d) return pressed;
    const h = d.dx > 0 ? 'ArrowRight' : 'ArrowLeft';
    const v = d.dy > 0 ? 'ArrowDown' : 'ArrowUp';
    const order = Math.abs(d.dx) >= Math.abs(d.dy) ? [h, v] : [v, h];
    const from = (await focusState(page)).key;
    visited.add(from);
    let moved = false;
    for (const key of order) {
      if ((key === h && Math.abs(d.dx) < 1) || (key === v && Math.abs(d.dy) < 1) || looped.has(`${from}|${key}`)) continue;
      await page.keyboard.press(key);
      pressed.push(key);
      const to = (await focusState(page)).key;
      if (to === from) continue;
      if (visited.has(to)) looped.add(`${from}|${key}`);
      moved = true;
      break;
    }
    if (!moved) return undefined;
  }
  return undefined;
}

const viewBox = (page: Page) => page.evaluate(() => [...document.querySelectorAll<SVGSVGElement>('svg.sk-kaart__svg')].find((s) => s.checkVisibility())!.getAttribute('viewBox'));

describe.each(Object.entries(SIZES))('the kaart by keyboard (%s)', (variant, size) => {
  it('Tab enters on one visible item; Enter on a full piece zooms and focus stays on a visible item; arrows go on; Tab leaves and comes back', async () => {
    const page = await open('/kaart/', size);
    await tabIn(page);
    await expectFocusInKaart(page, 'after Tab');

    // Arrow to a full piece (vol vak) that is shown, and open it with Enter.
    const vak = await page.evaluate(() => {
      const svg = [...document.querySelectorAll<SVGSVGElement>('svg.sk-kaart__svg')].find((s) => s.checkVisibility())!;
      return [...svg.querySelectorAll('a.vak-link')].find((e) => e.getBoundingClientRect().width > 0)?.getAttribute('data-item');
    });
    expect(vak, 'a full piece at overview').toBeTruthy();
    expect(await walkTo(page, vak!), `arrows reach ${vak}`).toBeDefined();
    expect((await focusState(page)).key).toBe(vak);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => new URL(location.href).searchParams.has('zoom'));
    const opened = await expectFocusInKaart(page, 'after Enter on a full piece');
    // Focus went to a keuze of that piece, now shown by name.
    expect(opened.key).toMatch(/^keuze:/);
    expect(await page.evaluate((k) => document.querySelector(`svg.sk-kaart__svg a[data-item="${CSS.escape(k)}"]`)!.getAttribute('data-vak'), opened.key)).toBe(vak!.slice(4));

    for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'ArrowRight']) {
      await page.keyboard.press(key);
      await expectFocusInKaart(page, `after ${key} in the zoomed kaart`);
    }

    // "+" zooms further around the focused item; focus stays.
    await page.keyboard.press('+');
    await expectFocusInKaart(page, 'after +');

    // Tab leaves the kaart in one step; Shift+Tab comes back to a visible item.
    await page.keyboard.press('Tab');
    expect((await focusState(page)).key).not.toMatch(/:/);
    await page.keyboard.press('Shift+Tab');
    await expectFocusInKaart(page, 'after Shift+Tab back');
  });

  it('Shift+arrows pan the kaart and keep focus on a visible item', async () => {
    const page = await open('/kaart/?zoom=3,200,300', size);
    await tabIn(page);
    await expectFocusInKaart(page, 'after Tab');
    for (const key of ['Shift+ArrowRight', 'Shift+ArrowRight', 'Shift+ArrowDown', 'Shift+ArrowLeft', 'Shift+ArrowUp']) {
      const before = await viewBox(page);
      await page.keyboard.press(key);
      expect(await viewBox(page), `${key} pans`).not.toBe(before);
      await expectFocusInKaart(page, `after ${key}`);
      await page.keyboard.press(key.endsWith('Left') || key.endsWith('Up') ? 'ArrowLeft' : 'ArrowRight');
      await expectFocusInKaart(page, `after an arrow following ${key}`);
    }
  });

  it('after "Inzoomen" twice the arrows reach every marker in view', async () => {
    const page = await open('/kaart/', size);
    await page.locator('[data-zoom="in"]').focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => Number(new URL(location.href).searchParams.get('zoom')?.split(',')[0]) > 2);
    await tabIn(page);
    await expectFocusInKaart(page, 'after Tab into the zoomed kaart');
    const inView = await page.evaluate(() => {
      const svg = [...document.querySelectorAll<SVGSVGElement>('svg.sk-kaart__svg')].find((s) => s.checkVisibility())!;
      const f = svg.getBoundingClientRect();
      return [...svg.querySelectorAll('a.marker')]
        .filter((e) => {
          const r = e.querySelector('.marker-halo')!.getBoundingClientRect();
          return e.checkVisibility({ visibilityProperty: true }) && r.width > 0 && r.left >= f.left && r.right <= f.right && r.top >= f.top && r.bottom <= f.bottom;
        })
        .map((e) => e.getAttribute('data-item')!);
    });
    expect(inView.length).toBeGreaterThan(2);
    for (const target of inView) {
      expect(await walkTo(page, target), `arrows reach ${target}`).toBeDefined();
      await expectFocusInKaart(page, `at ${target}`);
    }
  });
});

describe('leaving a tour', () => {
  for (const how of ['Escape', 'Stoppen'] as const) {
    it(`by ${how}: focus on the start button, the page where it was, the kaart reachable again`, async () => {
      const page = await open('/kaart/');
      const start = page.locator('[data-rondleiding-start] [type="submit"]');
      await start.scrollIntoViewIfNeeded();
      await start.focus();
      const scrolled = await page.evaluate(() => scrollY);
      await page.keyboard.press('Enter');
      await page.locator('[data-presentatie]').waitFor();
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction(() => new URL(location.href).searchParams.get('stap') === '2');
      if (how === 'Escape') await page.keyboard.press('Escape');
      else await page.getByRole('button', { name: 'Stoppen (Esc)' }).click();
      await page.locator('[data-presentatie]').waitFor({ state: 'detached' });
      // The tour ran full screen (started by a key press): focus and scroll come back once the browser has left full
      // screen, a frame after its fullscreenchange event. Wait for the focus a person would see, then look.
      await expect
        .poll(() => page.evaluate(() => !document.fullscreenElement && !!document.activeElement?.matches('[data-rondleiding-start] [type="submit"]')), eventually('full screen left and focus back on the start button'))
        .toBe(true);
      const after = await page.evaluate(() => {
        const a = document.activeElement!;
        const r = a.getBoundingClientRect();
        return { submit: a.matches('[data-rondleiding-start] [type="submit"]'), inWindow: r.top >= 0 && r.bottom <= innerHeight, y: scrollY, search: location.search };
      });
      expect(after.submit).toBe(true);
      expect(after.inWindow).toBe(true);
      expect(after.y).toBeGreaterThan(0);
      expect(Math.abs(after.y - scrolled)).toBeLessThan(5);
      expect(after.search).toBe('');
      await tabIn(page);
      await expectFocusInKaart(page, 'after the tour');
      await page.keyboard.press('ArrowDown');
      await expectFocusInKaart(page, 'arrow after the tour');
    });
  }

  it('opened from a shared link: Escape puts focus on the start button, scrolled into the window', async () => {
    // No element started this tour, and the start button sits below the kaart, out of the window at 1280 × 800.
    const page = await open('/kaart/?rondleiding=jeugdwet&stap=2');
    await page.locator('[data-presentatie]').waitFor();
    await page.keyboard.press('Escape');
    await page.locator('[data-presentatie]').waitFor({ state: 'detached' });
    await expect
      .poll(() => page.evaluate(() => !!document.activeElement?.matches('[data-rondleiding-start] [type="submit"]')), eventually('focus on the start button'))
      .toBe(true);
    // The kaart settles over a few frames once the tour is gone (its side column and view come back, it grows): look
    // when its height has held still for ten frames, as a person looks at the page once it stops moving.
    await page.waitForFunction(
      () =>
        new Promise<boolean>((done) => {
          const kaart = document.querySelector('[data-kaart]')!;
          const h = kaart.getBoundingClientRect().height;
          let n = 0;
          const frame = () => {
            if (kaart.getBoundingClientRect().height !== h) return done(false);
            if (++n >= 10) return done(true);
            requestAnimationFrame(frame);
          };
          requestAnimationFrame(frame);
        }),
      undefined,
      { polling: 'raf' },
    );
    const r = await page.evaluate(() => {
      const b = document.activeElement!.getBoundingClientRect();
      return { top: b.top, bottom: b.bottom, h: innerHeight };
    });
    // Scrolled to the nearest edge, the box may end a fraction of a pixel past it.
    expect(r.top, 'the focused button is in the window').toBeGreaterThanOrEqual(-0.5);
    expect(r.bottom, 'the focused button is in the window').toBeLessThanOrEqual(r.h + 0.5);
  });
});

describe('focus ring on every kind of kaart item', () => {
  for (const [variant, size] of Object.entries(SIZES)) {
    it(`${variant}: region, scheidslijn, marker and full piece each look different when focused`, async () => {
      const page = await open('/kaart/', size);
      await tabIn(page);
      const kinds = await page.evaluate(() => {
        const svg = [...document.querySelectorAll<SVGSVGElement>('svg.sk-kaart__svg')].find((s) => s.checkVisibility())!;
        const pick = (sel: string) => [...svg.querySelectorAll(sel)].find((e) => e.getBoundingClientRect().width > 0)?.getAttribute('data-item');
        return { regio: pick('a.regio-link'), scheidslijn: pick('a.scheidslijn'), marker: pick('a.marker'), vak: pick('a.vak-link') };
      });
      for (const [kind, key] of Object.entries(kinds)) {
        expect(key, kind).toBeTruthy();
        const sel = `svg.sk-kaart__svg[data-variant="${variant}"] a[data-item="${key}"]`;
        const box = (await page.locator(sel).boundingBox())!;
        const clip = { x: Math.max(0, box.x - 6), y: Math.max(0, box.y - 6), width: box.width + 12, height: box.height + 12 };
        // Unfocused: focus on the share button, outside the kaart.
        await page.locator('[data-deel]').focus();
        const plain = await page.screenshot({ clip });
        // Focused by keyboard (focus-visible): Tab in, then move focus with the keyboard-focus heuristic intact.
        await tabIn(page);
        await page.locator(sel).focus();
        expect(await page.evaluate((s) => document.activeElement === document.querySelector(s) && document.activeElement!.matches(':focus-visible'), sel)).toBe(true);
        const ring = await page.screenshot({ clip });
        expect(Buffer.compare(plain, ring), `${kind} ${key} shows a focus ring`).not.toBe(0);
      }
    });
  }
});

describe('small things', () => {
  it('Escape closes the panel also when focus is on its "Sluiten" button', async () => {
    const page = await open('/kaart/');
    await tabIn(page);
    await page.keyboard.press('Enter');
    await page.locator('[data-paneel]').waitFor();
    await page.locator('[data-paneel-sluit]').focus();
    await page.keyboard.press('Escape');
    expect(await page.locator('[data-paneel]').isVisible()).toBe(false);
    await expectFocusInKaart(page, 'after Escape from Sluiten');
  });

  it('the label "Link naar deze weergave" is there only with its field', async () => {
    const page = await open('/kaart/');
    const label = page.locator('[data-deel-veld]');
    expect(await label.evaluate((e) => e.checkVisibility())).toBe(false);
    expect(await page.evaluate(() => [...document.querySelectorAll('label')].filter((l) => l.textContent?.includes('Link naar deze weergave') && l.checkVisibility()).length)).toBe(0);
  });

  it('with only "ruim" shown, the full pieces count only ruim', async () => {
    const page = await open('/kaart/?toon=ruim');
    const vakken = await page.evaluate(() =>
      [...document.querySelectorAll('svg.sk-kaart__svg .vak')].map((vak) => {
        const svg = vak.closest('svg')!;
        const markers = [...svg.querySelectorAll(`.marker[data-vak="${CSS.escape(vak.getAttribute('data-vak')!)}"]`)];
        const shownLines = [...vak.querySelectorAll('g[aria-hidden] > text')].filter((t) => getComputedStyle(t).display !== 'none').map((t) => t.textContent);
        return {
          vak: vak.getAttribute('data-vak'),
          count: Number(vak.querySelector('a.vak-link text')!.textContent!.match(/^\d+/)![0]),
          ruim: markers.filter((m) => m.getAttribute('data-beleidsruimte') === 'ruim').length,
          label: vak.querySelector('a.vak-link')!.getAttribute('aria-label')!,
          shownLines,
          empty: vak.classList.contains('is-leeg'),
        };
      }),
    );
    expect(vakken.length).toBeGreaterThan(3);
    for (const v of vakken) {
      expect(v.count, v.vak!).toBe(v.ruim);
      expect(v.label, v.vak!).not.toMatch(/beperkt|geen/);
      // Only the ruim line is left beside the count (or none in the short form without words).
      expect(v.shownLines.length, v.vak!).toBeLessThanOrEqual(1);
      expect(v.empty).toBe(v.ruim === 0);
    }
  });

  it('selecting, zooming, a layer and the filter are announced in the polite live region; a tour step too', async () => {
    const page = await open('/kaart/');
    const status = page.locator('[data-status]');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    await tabIn(page);
    await page.keyboard.press('Enter');
    await status.filter({ hasText: /^Geselecteerd: / }).waitFor({ state: 'attached' });
    await page.keyboard.press('Escape');
    await page.keyboard.press('+');
    await status.filter({ hasText: /^Zoom \d+ procent$/ }).waitFor({ state: 'attached' });
    await page.locator('input[name="laag"][value="wiebetaalt"]').check();
    await status.filter({ hasText: 'Laag: Wie betaalt' }).waitFor({ state: 'attached' });
    await page.locator('input[type="checkbox"][value="geen"]').uncheck();
    await status.filter({ hasText: /^\d+ onderwerpen zichtbaar$/ }).waitFor({ state: 'attached' });

    const tour = await open('/kaart/?rondleiding=jeugdwet&stap=1');
    await tour.locator('[data-presentatie-status]').filter({ hasText: /^Stap 1 van \d+: / }).waitFor({ state: 'attached' });
  });

  it('the disabled "← Vorige" of a tour looks disabled: dimmed, dashed border, no pointer', async () => {
    const page = await open('/kaart/?rondleiding=jeugdwet&stap=1');
    await page.locator('[data-presentatie]').waitFor();
    const look = (name: RegExp) =>
      page.getByRole('button', { name }).evaluate((b) => {
        const s = getComputedStyle(b);
        return { disabled: (b as HTMLButtonElement).disabled, opacity: Number(s.opacity), border: s.borderStyle, cursor: s.cursor };
      });
    const vorige = await look(/Vorige/);
    const scherm = await look(/^Volledig scherm/);
    expect(vorige.disabled).toBe(true);
    expect(scherm.disabled).toBe(false);
    expect(vorige.opacity).toBeLessThan(scherm.opacity * 0.75);
    expect([vorige.border, scherm.border]).toEqual(['dashed', 'solid']);
    expect(vorige.cursor).not.toBe('pointer');
  });

  it('a shared link opens at the kaart, not at the top of the page', async () => {
    for (const size of [{ width: 1366, height: 768 }, SIZES.smal]) {
      const page = await open('/kaart/?keuze=wmo/eigen-bijdrage&zoom=2,600,430', size);
      const at = await page.evaluate(() => ({ y: scrollY, top: document.querySelector('[data-kaart]')!.getBoundingClientRect().top }));
      expect(at.y, `${size.width}: scrolled`).toBeGreaterThan(0);
      expect(Math.abs(at.top), `${size.width}: the kaart at the top of the window`).toBeLessThan(2);
    }
  });
});
