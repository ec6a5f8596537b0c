/**
 * The one writer of the /kaart/ address. The kaart client hands it the state
 * after every change; the presentation mode tells it (through the
 * `kaart:rondleiding` event on the kaart) which tour step runs. What the
 * address says is decided by adresVan (src/lib/kaart/state.ts).
 */
import { adresVan, type KaartState, type RondleidingAdres } from '../../lib/kaart/state.ts';

export function adres(initial: string) {
  let geschreven = initial;
  let state: KaartState | undefined;
  let rondleiding: RondleidingAdres | undefined;
  const schrijf = () => {
    if (!state) return;
    const q = adresVan(state, rondleiding);
    if (q !== geschreven) history.replaceState(null, '', `${location.pathname}${q}`);
    geschreven = q;
  };
  return {
    /** The kaart's state after a change; `schrijven: false` on load, so the address the reader came with stays. */
    kaart(s: KaartState, schrijven = true) {
      state = s;
      if (schrijven) schrijf();
    },
    rondleiding(r: RondleidingAdres | undefined) {
      rondleiding = r;
      schrijf();
    },
  };
}
