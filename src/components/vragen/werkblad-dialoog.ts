/**
 * The werkblad's confirmation dialog (an import that overwrites, clear) and its file downloads (export): the DOM
 * side of those steps, apart from what they confirm or save.
 */
import { el } from '../dom.ts';

const $ = <T extends Element>(sel: string) => document.querySelector<T>(sel);

/** Asks in the page's dialog; true when the user chose the button labelled `ja`. Every text is set as text. */
export function bevestig(titel: string, tekst: string, lijst: string[], ja: string): Promise<boolean> {
  const dialoog = $<HTMLDialogElement>('[data-sk-dialoog]')!;
  $('[data-sk-dialoog-titel]')!.textContent = titel;
  $('[data-sk-dialoog-tekst]')!.textContent = tekst;
  $('[data-sk-dialoog-lijst]')!.replaceChildren(...lijst.map((t) => el('li', {}, t)));
  $('[data-sk-dialoog-ja] .nl-button__label')!.textContent = ja;
  dialoog.returnValue = '';
  dialoog.showModal();
  return new Promise((klaar) => dialoog.addEventListener('close', () => klaar(dialoog.returnValue === 'ja'), { once: true }));
}

/** Saves `inhoud` as a file named `naam`, on the device (no request). */
export function download(inhoud: string, naam: string, type: string): void {
  const url = URL.createObjectURL(new Blob([inhoud], { type }));
  const a = el('a', { href: url, download: naam });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
