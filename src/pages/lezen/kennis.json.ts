/** What the /lezen/ worker matches with (src/lib/lezen/kennis.ts), built from the content at build time. */
import { laadKennis } from '../../lib/lezen/laden.ts';

export function GET() {
  const kennis = laadKennis(import.meta.env.STAALKAART_CONTENT ?? './content');
  return new Response(JSON.stringify(kennis), { headers: { 'content-type': 'application/json' } });
}
