/**
 * The text of a PDF, page by page, with pdfjs-dist. Loaded only when a PDF is opened; pdfjs's own worker is a file
 * of this site (bundled by Vite, allowed by worker-src 'self'), and eval stays off (script-src has no unsafe-eval).
 */
import { getDocument, GlobalWorkerOptions } from 'pdfjs-dist';
import PdfWorker from 'pdfjs-dist/build/pdf.worker.min.mjs?worker';
import { MAX_TEKENS, type Gelezen } from '../../lib/lezen/invoer.ts';

let poort: Worker | undefined;

export async function leesPdf(data: Uint8Array): Promise<Gelezen> {
  poort ??= new PdfWorker();
  GlobalWorkerOptions.workerPort = poort;
  let doc;
  try {
    doc = await getDocument({ data, isEvalSupported: false, useWorkerFetch: false, stopAtErrors: false }).promise;
  } catch (e) {
    const naam = (e as { name?: string }).name;
    if (naam === 'PasswordException') return { ok: false, fout: 'Deze PDF is beveiligd met een wachtwoord. Open hem in een PDF-lezer, kopieer de tekst en plak die hier.' };
    return { ok: false, fout: 'Deze PDF is beschadigd of kan niet worden gelezen. Open hem in een PDF-lezer, kopieer de tekst en plak die hier.' };
  }
  try {
    const delen: string[] = [];
    let lengte = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const pagina = await doc.getPage(n);
      const inhoud = await pagina.getTextContent();
      let tekst = '';
      for (const item of inhoud.items) if ('str' in item) tekst += item.str + (item.hasEOL ? '\n' : '');
      delen.push(tekst);
      lengte += tekst.length;
      pagina.cleanup();
      // Past the limit: stop reading; the worker refuses it with the limit in words.
      if (lengte > MAX_TEKENS) break;
    }
    return { ok: true, tekst: delen.join('\n\n'), paginas: doc.numPages };
  } finally {
    void doc.destroy();
  }
}
