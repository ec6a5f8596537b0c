/** What the /lezen/ worker matches with (src/lib/lezen/kennis.ts), built at build time from the content store. */
import { kennisMet } from '../../lib/lezen/laden.ts';
import { contentStore } from '../../lib/content/store.ts';

export function GET() {
  const contentDir = import.meta.env.STAALKAART_CONTENT ?? './content';
  const store = contentStore(contentDir);
  const kennis = kennisMet(store.content, contentDir, process.cwd(), store.wetteksten);
  return new Response(JSON.stringify(kennis), { headers: { 'content-type': 'application/json' } });
}
