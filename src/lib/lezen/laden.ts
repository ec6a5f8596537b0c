/**
 * Node only: reads the knowledge of "Lees een stuk" from a content folder (the validated keuzes, scheidslijnen and
 * casussen, and content/lezen/verordening-onderdelen.yaml). Broken content throws a ContentError naming file and
 * field. Used by the griffie command and the tests; the page will get the same knowledge at build time.
 */
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ContentError, readContent, validateEntries } from '../content/check.ts';
import type { SiteContent } from '../content/graph.ts';
import { kennisUitContent, type Kennis } from './kennis.ts';
import { leesOnderdelen } from './onderdelen.ts';

export function laadKennis(contentDir: string, root = process.cwd()): Kennis {
  // The national content only: edities are not needed to read a document, and drafts written by the
  // griffie command (which stop the full content check) must not stop the next reading.
  const { entries, problems: leesProblemen } = readContent(contentDir, root);
  const { checked, problems } = validateEntries(entries);
  if (leesProblemen.length || problems.length) throw new ContentError([...leesProblemen, ...problems]);
  const van = <C extends keyof SiteContent>(c: C) => checked.filter((e) => e.collection === c).map((e) => ({ id: e.id, data: e.data })) as SiteContent[C];
  return kennisMet({ keuzes: van('keuzes'), scheidslijnen: van('scheidslijnen'), casussen: van('casussen') }, contentDir, root);
}

/**
 * The knowledge from content already validated (a build passes the content store's) and
 * content/lezen/verordening-onderdelen.yaml, the one file of this feature.
 */
export function kennisMet(content: Pick<SiteContent, 'keuzes' | 'scheidslijnen' | 'casussen'>, contentDir: string, root = process.cwd()): Kennis {
  const path = join(contentDir, 'lezen', 'verordening-onderdelen.yaml');
  const file = relative(root, path).split(sep).join('/');
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new ContentError([{ file, field: '(bestand)', expected: `geldige YAML: ${(e as Error).message.split('\n')[0]}` }]);
  }
  const gelezen = leesOnderdelen(raw, new Set(content.keuzes.map((k) => k.id)), file);
  if (!gelezen.data) throw new ContentError(gelezen.problems);
  const data = gelezen.data;
  return kennisUitContent(content, data);
}
