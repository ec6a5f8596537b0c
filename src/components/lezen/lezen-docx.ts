/** The text of a Word file (.docx), with mammoth. Loaded only when a .docx is opened. */
import mammoth from 'mammoth';
import type { Gelezen } from '../../lib/lezen/invoer.ts';

export async function leesDocx(arrayBuffer: ArrayBuffer): Promise<Gelezen> {
  try {
    const r = await mammoth.extractRawText({ arrayBuffer });
    return { ok: true, tekst: r.value };
  } catch {
    return { ok: false, fout: 'Dit Word-bestand is beschadigd of kan niet worden gelezen. Open het in Word, kopieer de tekst en plak die hier.' };
  }
}
