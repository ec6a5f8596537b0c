/**
 * /gemeente/antwoorden.json — only in a gemeente edition: what the gemeente
 * chose (a route the edition's integration adds), per keuze and per question of the question instrument (content/vragen),
 * so the worksheet on /vragen/ can be pre-filled. Shape: src/lib/lokaal/status.ts `vooringevuld`.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { editie, site } from '../data.ts';
import { vooringevuld } from '../lib/lokaal/status.ts';

export const GET: APIRoute = async () => {
  const g = await site();
  const ed = (await editie())!;
  return new Response(JSON.stringify(vooringevuld(ed, g.keuzes, await getCollection('vragen'), g.peildatum()), null, 2), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
