/** The scheidslijnen: thick lines where two regions meet, each a link to its page. */
import { paths } from '../../links.ts';
import { esc } from '../../svg.ts';
import { close, open, type RenderContext } from './context.ts';

export function renderScheidslijnen(ctx: RenderContext): string {
  const out: string[] = [`<g class="kaart-scheidslijnen">`];
  for (const b of ctx.layout.borders) {
    out.push(
      open(
        ctx,
        paths.scheidslijn(b.scheidslijn),
        `class="kaart-item scheidslijn" data-item="scheidslijn:${esc(b.scheidslijn)}" data-scheidslijn="${esc(b.scheidslijn)}" data-tussen="${esc(b.tussen.join(' '))}" aria-label="${esc(`Scheidslijn: ${b.titel}`)}"`,
      ),
    );
    out.push(`<path class="scheidslijn-raak" d="${b.path}" stroke="transparent" stroke-width="14" fill="none"/>`);
    out.push(`<path class="scheidslijn-lijn" d="${b.path}" stroke="#1b1b1f" stroke-width="4" stroke-linecap="round" fill="none"/>`);
    out.push(close(ctx));
  }
  out.push(`</g>`);
  return out.join('\n');
}
