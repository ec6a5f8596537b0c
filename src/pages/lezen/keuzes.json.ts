/** What the /lezen/ page shows beside a matched keuze (src/lib/lezen/weergave.ts), built at build time;
 *  in an editie with the raad's earlier choice per keuze. */
import { editie, site } from '../../data.ts';
import { weergaveUitGraaf } from '../../lib/lezen/weergave.ts';

export async function GET() {
  return new Response(JSON.stringify(weergaveUitGraaf(await site(), await editie())), { headers: { 'content-type': 'application/json' } });
}
