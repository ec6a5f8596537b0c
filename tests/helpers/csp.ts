/**
 * Content-Security-Policy checks in Chromium: every violation a page causes, from the
 * `securitypolicyviolation` events and from Chromium's "Refused to …" console reports.
 */
import type { Page } from 'playwright-core';

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

export interface CspWatch {
  /** Every violation so far, as "directive: blocked (source)" or the console text. */
  violations(): Promise<string[]>;
  /** Forgets the console reports so far (a reused page, before its next visit; page events start anew per document). */
  reset(): void;
}

/** Starts recording CSP violations on a page; call before the first goto. */
export async function watchCsp(page: Page): Promise<CspWatch> {
  const reports: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) reports.push(`console: ${m.text()}`);
  });
  // Init scripts run through the DevTools protocol, outside the page's policy.
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations!.push(`${e.effectiveDirective}: ${e.blockedURI || 'inline'} (${e.sourceFile || 'document'}:${e.lineNumber})`);
    });
  });
  return {
    async violations() {
      const events = page.isClosed() ? [] : await page.evaluate(() => window.__cspViolations ?? []).catch(() => []);
      return [...events, ...reports];
    },
    reset() {
      reports.length = 0;
    },
  };
}

/** The page's <meta> policy as a map of directive → sources. */
export async function metaPolicy(page: Page): Promise<Map<string, string[]>> {
  const content = await page.getAttribute('meta[http-equiv="content-security-policy"]', 'content');
  return parsePolicy(content ?? '');
}

export function parsePolicy(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) map.set(name.toLowerCase(), sources);
  }
  return map;
}

/** What the issue asks of every policy, as a list of broken rules (empty when the policy holds). */
/** Problems of a policy; `other` is a second policy the browser enforces with it (the header beside a <meta>). */
export function policyProblems(p: Map<string, string[]>, other?: Map<string, string[]>): string[] {
  const problems: string[] = [];
  const script = p.get('script-src') ?? p.get('default-src');
  if (!script) problems.push('no script-src');
  for (const bad of ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'http:', 'https:']) {
    if (script?.includes(bad)) problems.push(`script-src allows ${bad}`);
  }
  const wider = (script ?? []).filter((s) => s !== "'self'" && s !== "'wasm-unsafe-eval'" && !/^'sha(256|384|512)-/.test(s));
  if (wider.length) problems.push(`script-src allows more than self, wasm-unsafe-eval and hashes: ${wider.join(' ')}`);
  for (const [name, want] of [
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
    ['default-src', "'self'"],
  ] as const) {
    if (p.get(name)?.join(' ') !== want) problems.push(`${name} is not ${want}`);
  }
  // Inline <style> elements are allowed (the kaart's SVG carries its own rules); style attributes never.
  if (p.get('style-src')?.includes("'unsafe-inline'") && (p.get('style-src-attr') ?? other?.get('style-src-attr'))?.join(' ') !== "'none'")
    problems.push("style-src allows 'unsafe-inline' without style-src-attr 'none'");
  return problems;
}
