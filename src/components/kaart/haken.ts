/**
 * The kaart's hooks for tours and overlays: events on the [data-kaart] element (see README.md in this folder).
 *   kaart:uitlichten  { items: [key, …] }            highlights those items (an empty list clears it)
 *   kaart:zoom        { item: key } or {}             zooms to an item, or to the whole kaart
 *   kaart:toon        { keuzes: [id, …], ook?: Box }  zooms so those keuzes show by name
 *   kaart:rondleiding { id, stap } or null            a tour step runs; null: it ended, the view from before returns
 */
import type { KaartState, RondleidingAdres } from '../../lib/kaart/state.ts';
import { zoomTo, type Box } from '../../lib/kaart/view.ts';
import { centre } from './beeld.ts';
import { renderZoom, setZoom, toonKeuzes } from './zoom.ts';
import { commit, keyOf, maat, type KaartSessie } from './sessie.ts';

const detail = <T>(e: Event) => (e as CustomEvent<T>).detail;

export function haken(s: KaartSessie) {
  const { root } = s;
  root.addEventListener('kaart:uitlichten', (e) => {
    const keys = new Set(detail<{ items?: string[] } | null>(e)?.items ?? []);
    for (const view of s.views) for (const it of view.items) (it.classList.contains('regio-link') ? it.parentElement! : it).classList.toggle('is-uitgelicht', keys.has(keyOf(it)));
  });
  root.addEventListener('kaart:zoom', (e) => {
    const el = s.v.byKey.get(String(detail<{ item?: string } | null>(e)?.item ?? ''));
    setZoom(s, el ? zoomTo(maat(s), s.state.zoom, Math.max(2, s.state.zoom?.k ?? 1), centre(s, el), true) : undefined);
  });
  root.addEventListener('kaart:toon', (e) => {
    const d = detail<{ keuzes?: string[]; ook?: Box } | null>(e);
    toonKeuzes(s, d?.keuzes ?? [], d?.ook);
  });
  let voorRondleiding: KaartState | undefined;
  root.addEventListener('kaart:rondleiding', (e) => {
    const r = detail<RondleidingAdres | null>(e);
    if (r && !voorRondleiding) voorRondleiding = s.state;
    if (!r && voorRondleiding) {
      s.geopend.clear();
      s.toonStraks = undefined;
      s.state = { ...s.state, zoom: voorRondleiding.zoom };
      voorRondleiding = undefined;
      renderZoom(s);
    }
    s.url.rondleiding(r ?? undefined);
    if (!r) commit(s);
  });
}
