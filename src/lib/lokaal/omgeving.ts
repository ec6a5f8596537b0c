/**
 * Which gemeente edition a build or a server is for: `GEMEENTE=<id>`. No
 * imports, so plain Node (scripts/serve.mjs) can load it as well as Astro.
 */

/** The edition's folder name from the environment (GEMEENTE), or undefined for the national site. */
export function gemeenteUitOmgeving(env: Record<string, string | undefined> = process.env): string | undefined {
  const g = env.GEMEENTE?.trim();
  return g ? g : undefined;
}

/** Where an edition is built: dist-<gemeente>/, so the national dist/ stays as it is. */
export function distVoor(gemeente: string | undefined): string {
  return gemeente ? `dist-${gemeente}` : 'dist';
}
