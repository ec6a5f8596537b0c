/**
 * Serves the built site (dist/) on 127.0.0.1 for the browser tests.
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
  if (!existsSync('dist/index.html')) throw new Error('dist/ ontbreekt: draai eerst `npm run build` (npm test doet dat zelf).');
  const { server, url } = await serve({ dir: 'dist', port: 0 });
  project.provide('baseUrl', url);
  return () => new Promise<void>((done) => server.close(() => done()));
}
