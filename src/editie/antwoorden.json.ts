/**
 * /gemeente/antwoorden.json — only in an editie (a route the editie's integration adds): the starting
 * answers of the werkblad on /vragen/ as a werkblad file (src/lib/editie/status.ts `startWerkblad`), the same record
 * the page starts from; "Openen" on /vragen/ reads it like any saved werkblad.
 */
import type { APIRoute } from 'astro';
import { editie, site } from '../data.ts';
import { startWerkblad } from '../lib/editie/status.ts';

export const GET: APIRoute = async () => {
  const g = await site();
  const ed = (await editie())!;
  return new Response(JSON.stringify(startWerkblad(ed, g.keuzes, g.vragen), null, 2), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
