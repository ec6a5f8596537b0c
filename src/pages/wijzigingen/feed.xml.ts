/** The Atom feed of announced changes, so a griffie can follow them (src/lib/wijzigingen.ts); absolute URLs only with SITE_URL. */
import type { APIRoute } from 'astro';
import { site } from '../../data.ts';
import { atomFeed } from '../../lib/wijzigingen.ts';

export const GET: APIRoute = async (context) => {
  return new Response(atomFeed(await site(), context.site), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
