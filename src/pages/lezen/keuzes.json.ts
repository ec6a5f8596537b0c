/** What the /lezen/ page shows beside a matched keuze (src/lib/lezen/weergave.ts), built at build time. */
import { site } from '../../data.ts';
import { weergaveUitGraaf } from '../../lib/lezen/weergave.ts';

export async function GET() {
  return new Response(JSON.stringify(weergaveUitGraaf(await site())), { headers: { 'content-type': 'application/json' } });
}
