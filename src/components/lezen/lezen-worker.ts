/**
 * The worker of /lezen/: fetches the knowledge JSON once, builds the index once, and answers every message
 * through `beantwoord` (src/lib/lezen/bericht.ts), so a long document never blocks the page.
 */
import { beantwoord, indexUitJson } from '../../lib/lezen/bericht.ts';
import type { Index } from '../../lib/lezen/matcher.ts';

let index: Promise<Index> | undefined;

function laad(): Promise<Index> {
  index ??= fetch('/lezen/kennis.json')
    .then((r) => {
      if (!r.ok) throw new Error(String(r.status));
      return r.json();
    })
    .then(indexUitJson);
  return index;
}

self.onmessage = async (e: MessageEvent) => {
  const id = typeof (e.data as { id?: unknown })?.id === 'number' ? (e.data as { id: number }).id : -1;
  let i: Index;
  try {
    i = await laad();
  } catch {
    index = undefined;
    self.postMessage({ soort: 'fout', id, bericht: 'De kennis van de staalkaart kon niet worden geladen. Controleer uw verbinding en probeer het opnieuw.' });
    return;
  }
  self.postMessage(beantwoord(e.data, i));
};
