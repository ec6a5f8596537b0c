/**
 * The kaart's detail panel: filled with a copy of the matching list item
 * below the kaart (text from the page, never from the URL).
 */
const lijstId = (key: string) => `lijst-${key.replace(/[:/]/g, '-')}`;

export function paneel(root: HTMLElement) {
  const el = root.querySelector<HTMLElement>('[data-paneel]')!;
  const titel = root.querySelector<HTMLElement>('[data-paneel-titel]')!;
  const inhoud = root.querySelector<HTMLElement>('[data-paneel-inhoud]')!;
  const link = root.querySelector<HTMLAnchorElement>('[data-paneel-link]')!;

  function vul(key: string, item: SVGAElement, svg: SVGSVGElement) {
    const source = document.getElementById(lijstId(key));
    inhoud.replaceChildren();
    titel.textContent = source?.querySelector('.sk-kaartlijst__titel, a')?.textContent ?? item.getAttribute('aria-label') ?? '';
    const para = (text: string | null) => {
      const p = document.createElement('p');
      p.textContent = text;
      inhoud.append(p);
    };
    if (key.startsWith('wet:')) {
      const p = document.getElementById(`${lijstId(key)}-tekst`);
      if (p) inhoud.append(p.cloneNode(true));
      para(`${svg.querySelectorAll(`.marker[data-wet="${CSS.escape(key.slice(4))}"]`).length} onderwerpen op de kaart.`);
    } else if (source) {
      const grade = source.querySelector('.sk-grade');
      if (grade) {
        const p = document.createElement('p');
        p.append(grade.cloneNode(true));
        inhoud.append(p);
      }
      source.querySelectorAll('.sk-kaartlijst__tekst, .sk-kaartlijst__wie').forEach((n) => para(n.textContent));
    }
    for (const c of inhoud.querySelectorAll('[id]')) c.removeAttribute('id');
    link.href = item.getAttribute('href') ?? '/kaart/';
    link.textContent = key.startsWith('keuze:') ? 'Lees de hele keuze' : key.startsWith('wet:') ? 'Naar de wet' : 'Naar de scheidslijn';
  }

  return {
    el,
    get open() {
      return !el.hidden;
    },
    titel: () => titel.textContent ?? '',
    toon(key: string, item: SVGAElement, svg: SVGSVGElement) {
      vul(key, item, svg);
      el.hidden = false;
    },
    verberg() {
      el.hidden = true;
    },
  };
}
