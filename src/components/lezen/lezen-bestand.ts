/**
 * Reads an opened file to text, in the browser. Loaded by lezen-client.ts only when a file is opened; it loads
 * pdfjs-dist (with its worker file from this site) or mammoth in turn only for that kind of file.
 */
import type { Bestandsoort, Gelezen } from '../../lib/lezen/invoer.ts';


export async function leesBestand(f: File, soort: Bestandsoort): Promise<Gelezen> {
  if (soort === 'tekst') return { ok: true, tekst: new TextDecoder('utf-8').decode(await f.arrayBuffer()) };
  if (soort === 'docx') {
    const { leesDocx } = await import('./lezen-docx.ts');
    return leesDocx(await f.arrayBuffer());
  }
  const { leesPdf } = await import('./lezen-pdf.ts');
  return leesPdf(new Uint8Array(await f.arrayBuffer()));
}
