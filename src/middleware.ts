/**
 * Resolves every fact reference (`{feit:id}`, also written by <Feit id> in
 * MDX) in every rendered page, at render time, with the one shared function
 * of src/lib/content/feiten.ts. Runs for each page at build time (and in
 * `astro dev`), so no page can show a raw placeholder.
 */
import { defineMiddleware } from 'astro:middleware';
import { site } from './data.ts';
import { resolveFeitenInHtml } from './lib/content/feiten.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.includes('text/html')) return response;
  const html = await response.text();
  const g = await site();
  return new Response(resolveFeitenInHtml(html, g.feitMap), { status: response.status, statusText: response.statusText, headers: response.headers });
});
