/**
 * Where each content collection lives below content/ and which files belong
 * to it: the one place that says so. The content check (readContent in
 * ./check.ts) reads the files by this table into the content store; Astro's
 * collections (src/content.config.ts) take their entries from that store
 * (./loader.ts), so nothing else walks content/.
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

/** Whether an id ("wmo/eigen-bijdrage") lies at the folder depth of its collection. */
export function atDepth(id: string, depth: CollectionFiles['depth']): boolean {
  const folders = id.split('/').length - 1;
  return depth === '**/' || folders === (depth === '*/' ? 1 : 0);
}

/** The depth in words, for the message about a file in the wrong folder. */
export const DEPTH_TEXT: Readonly<Record<CollectionFiles['depth'], string>> = {
  '': 'direct in',
  '*/': 'in een map (zoals wmo/) in',
  '**/': 'in',
};
