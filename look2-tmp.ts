import { launch } from '/work/wt-22/tests/helpers/browser.ts';
import { serve } from '/work/wt-22/scripts/serve.mjs';
const { server, url } = await serve({ dir: '/work/wt-22/dist', port: 0 });
const browser = await launch();
const ctx = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 320, height: 900 } });
const page = await ctx.newPage();
await page.goto(`${url}/wetten/jeugdwet/`);
console.log(await page.evaluate(() => {
  const t = document.querySelector('.sk-opties')!; const out: string[] = [];
  for (let e: Element | null = t.querySelector('td'); e && e !== document.body; e = e.parentElement) out.push(`${e.tagName}.${e.className.toString().slice(0,40)} w=${Math.round(e.getBoundingClientRect().width)} disp=${getComputedStyle(e).display}`);
  return out.join('\n');
}));
await browser.close(); server.close();
