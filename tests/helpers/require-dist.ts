/**
 * Global setup of the dist projects: stops the run with a clear message when the build they check is missing.
 * The folder is dist/, or the one in STAALKAART_DIST (the *-gemeente projects set dist-voorbeeldgemeente).
 */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';

/** The build folder a project checks. */
export function distOf(project: TestProject): string {
  return (project.config.env?.STAALKAART_DIST as string | undefined) ?? process.env.STAALKAART_DIST ?? 'dist';
}

/** Throws when `dir` holds no build. */
export function requireBuild(dir: string): void {
  if (!existsSync(`${dir}/index.html`))
    throw new Error(`${dir}/ ontbreekt: draai eerst \`npm run build\` (voor een editie: \`EDITIE=<gemeente> npm run build\`; npm test doet dat zelf).`);
}

export default function setup(project: TestProject) {
  requireBuild(distOf(project));
}
