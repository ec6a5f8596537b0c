/**
 * Serves the built site on 127.0.0.1 for the browser tests: dist/, or the
 * folder in STAALKAART_DIST (set per vitest project, e.g. e2e-gemeente →
 * dist-voorbeeldgemeente, or per run: `STAALKAART_DIST=dist-x npx vitest run --project e2e …`).
 * `npm test` builds first; run `npm run build` before running e2e tests alone.
 */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serve } from '../../scripts/serve.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const dir = (project.config.env?.STAALKAART_DIST as string | undefined) ?? process.env.STAALKAART_DIST ?? 'dist';
  if (!existsSync(`${dir}/index.html`))
    throw new Error(`${dir}/ ontbreekt: draai eerst \`npm run build\` (voor een editie: \`GEMEENTE=<gemeente> npm run build\`; npm test doet dat zelf).`);
  const { server, url } = await serve({ dir, port: 0 });
  project.provide('baseUrl', url);
  return () => new Promise<void>((done) => server.close(() => done()));
}
