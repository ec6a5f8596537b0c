/** The tours for the presentation mode, resolved at build time (src/lib/werksessie/rondleidingen.ts). */
import { site } from '../../data.ts';
import { kaartVan } from '../../lib/kaart/index.ts';
import { rondleidingenData } from '../../lib/werksessie/rondleidingen.ts';
import { renderRoute } from '../../lib/kaart/route.ts';

export async function GET() {
  const g = await site();
  const { layout } = kaartVan(g);
  return new Response(JSON.stringify(rondleidingenData(g, layout, renderRoute)), { headers: { 'content-type': 'application/json' } });
}
