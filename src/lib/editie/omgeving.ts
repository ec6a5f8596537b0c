/**
 * Which editie a build or a server is for: `EDITIE=<id>`. No
 * imports, so plain Node (scripts/serve.mjs) can load it as well as Astro.
 */

/**
 * The editie's folder name from the environment (EDITIE), or undefined for the national site. The old name,
 * GEMEENTE, stops the build with the new one rather than quietly building the national site.
 */
export function editieUitOmgeving(env: Record<string, string | undefined> = process.env): string | undefined {
  const e = env.EDITIE?.trim();
  if (!e && env.GEMEENTE?.trim())
    throw new Error(`GEMEENTE heet nu EDITIE: bouw met EDITIE=${env.GEMEENTE.trim()} (of npm run build:voorbeeldgemeente voor de voorbeeldgemeente).`);
  return e ? e : undefined;
}

/** Where an editie is built: dist-<editie>/, so the national dist/ stays as it is. */
export function distVoor(editie: string | undefined): string {
  return editie ? `dist-${editie}` : 'dist';
}
