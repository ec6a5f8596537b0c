/**
 * Werksessie hooks on the kaart page (issue 13). Tiny on purpose: the
 * presentation mode and the download are loaded only when used.
 */
const box = document.querySelector<HTMLElement>('[data-werksessie]');
const root = document.querySelector<HTMLElement>('[data-kaart]');

if (box && root) {
  box.hidden = false;
  const present = (id: string, stap: number, volledig: boolean) =>
    import('./presentatie.ts').then((m) => m.start({ root, box, id, stap, volledig }));

  const p = new URLSearchParams(location.search);
  const id = p.get('rondleiding');
  if (id) void present(id, Number(p.get('stap')) || 1, false);

  box.querySelector<HTMLFormElement>('[data-rondleiding-start]')?.addEventListener('submit', (event) => {
    event.preventDefault();
    const select = (event.currentTarget as HTMLFormElement).elements.namedItem('rondleiding') as HTMLSelectElement;
    void present(select.value, 1, true);
  });
  box.querySelectorAll<HTMLButtonElement>('[data-download]').forEach((b) =>
    b.addEventListener('click', () => {
      void import('./download.ts').then((m) => m.download(root, box, b.getAttribute('data-download') as 'svg' | 'png'));
    }),
  );
}
