/**
 * The kaart's share button: copies the address of this view; where the clipboard is not allowed, it shows the link
 * in a field to copy by hand. The status line says which happened.
 */
export function deelKnop(root: HTMLElement) {
  const $ = <T extends Element = HTMLElement>(sel: string) => root.querySelector<T>(sel)!;
  const status = $('[data-deel-status]');
  const veld = $('[data-deel-veld]');
  const url = $<HTMLInputElement>('[data-deel-url]');
  $('[data-deel]').addEventListener('click', async () => {
    const link = location.href;
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(link);
      veld.hidden = true;
      status.textContent = 'De link naar deze weergave is gekopieerd.';
    } catch {
      url.value = link;
      veld.hidden = false;
      url.focus();
      url.select();
      status.textContent = 'Kopiëren mocht hier niet. Kopieer de link hieronder zelf (Ctrl+C of ⌘C).';
    }
  });
}
