/**
 * Serves the built site on 127.0.0.1 for the browser tests: dist/, or the
 * folder in STAALKAART_DIST (set per vitest project, e.g. browser-editie →
 * dist-voorbeeldgemeente, or per run: `STAALKAART_DIST=dist-x npx vitest run --project browser …`).
 * `npm test` builds first; run `npm run build` before running browser tests alone.
 */
import type { TestProject } from 'vitest/node';
import { serve } from '../../scripts/serve.mjs';
import { distOf, requireBuild } from './require-dist.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const dir = distOf(project);
  requireBuild(dir);
  const { server, url } = await serve({ dir, port: 0 });
  project.provide('baseUrl', url);
  return () => new Promise<void>((done) => server.close(() => done()));
}
