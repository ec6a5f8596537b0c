/**
 * Where each content collection lives below content/ and which files belong
 * to it: the one place for the glob patterns. Astro's loaders
 * (src/content.config.ts) and the content store (src/lib/content/store.ts)
 * both read this table, so they cannot disagree.
 */
import type { CollectionName } from './schema.ts';

const MD = ['.mdx', '.md'] as const;
const YAML = ['.yaml', '.yml'] as const;

interface CollectionFiles {
  /** Allowed extensions, most common first. */
  extensions: readonly string[];
  /** Folder depth of the files: '' (flat), '*\/' (one level: keuzes/<wet>/) or '**\/' (any depth). */
  depth: '' | '*/' | '**/';
}

export const COLLECTIONS: Readonly<Record<CollectionName, CollectionFiles>> = {
  wetten: { extensions: MD, depth: '' },
  keuzes: { extensions: YAML, depth: '*/' },
  scheidslijnen: { extensions: MD, depth: '' },
  casussen: { extensions: MD, depth: '' },
  begrippen: { extensions: YAML, depth: '' },
  wijzigingen: { extensions: YAML, depth: '' },
  feiten: { extensions: YAML, depth: '**/' },
  vragen: { extensions: YAML, depth: '**/' },
  rondleidingen: { extensions: YAML, depth: '**/' },
  oefeningen: { extensions: YAML, depth: '**/' },
};

/** The glob pattern of a collection, relative to content/<collection>/ ("*\/*.{yaml,yml}"). */
export function collectionPattern(c: CollectionName): string {
  const { extensions, depth } = COLLECTIONS[c];
  return `${depth}*.{${extensions.map((e) => e.slice(1)).join(',')}}`;
}

/** The id Astro's glob loader and the store give a file: its path without extension ("wmo/eigen-bijdrage"). */
export const pathId = (path: string): string => path.replace(/\.(mdx?|ya?ml)$/, '');
