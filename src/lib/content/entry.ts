/** A content file as read (RawEntry) and after its schema accepted it (CheckedEntry). */
import type { CollectionName } from './schema.ts';

export interface RawEntry {
  collection: CollectionName;
  /** Id as Astro's glob loader makes it: the path without extension ("wmo/eigen-bijdrage"). */
  id: string;
  /** Path relative to the project root, for messages. */
  file: string;
  data: unknown;
  /** The MDX body of a .md/.mdx file (after the frontmatter). */
  body?: string;
  /** The whole text of a .md/.mdx file: the MDX compiler takes it from the store instead of reading the file again. */
  source?: string;
}

export interface CheckedEntry<T = unknown> extends RawEntry {
  data: T;
}
