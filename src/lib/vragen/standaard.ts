/**
 * Hook for an editie (issue "Onze gemeente"): answers to pre-fill on
 * /vragen/. Return a werkblad (FORMAAT, VERSIE, antwoorden by question id)
 * and the page renders it as JSON in <script type="application/json"
 * id="sk-vragen-standaard">; the client shows those answers as long as the
 * browser has stored none of its own (src/lib/vragen/opslag.ts, metStandaard),
 * and without JavaScript they are printed in the columns. The record goes
 * through the same check as an imported file (leesWerkblad), so a broken one
 * stops the build here rather than misleading a raadslid.
 */
import { leesWerkblad, type Werkblad } from './werkblad.ts';

export function standaardWerkblad(data?: unknown): Werkblad | undefined {
  if (data === undefined) return undefined;
  const r = leesWerkblad(data);
  if (!r.ok) throw new Error(`Standaardantwoorden voor /vragen/: ${r.melding}`);
  return r.waarde;
}
