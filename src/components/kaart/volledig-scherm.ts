/**
 * The kaart's full-screen button, for projecting in a werksessie. Escape leaves full screen (the browser does that
 * itself); the button is hidden where full screen is not allowed. `veranderd` runs after every change, once the
 * kaart has its new size.
 */
export function volledigScherm(root: HTMLElement, { announce, veranderd }: { announce: (text: string) => void; veranderd: () => void }) {
  const knop = root.querySelector<HTMLButtonElement>('[data-volledig]')!;
  if (!document.fullscreenEnabled) knop.hidden = true;
  knop.addEventListener('click', () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void root.requestFullscreen().catch(() => announce('Volledig scherm is hier niet beschikbaar'));
  });
  document.addEventListener('fullscreenchange', () => {
    const on = document.fullscreenElement === root;
    knop.setAttribute('aria-pressed', String(on));
    knop.textContent = on ? 'Volledig scherm sluiten' : 'Volledig scherm';
    requestAnimationFrame(veranderd);
  });
}
