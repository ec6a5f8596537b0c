/**
 * Node only: reads the knowledge of "Lees een stuk" from a content folder (the validated keuzes, scheidslijnen and
 * casussen, and content/lezen/verordening-onderdelen.yaml). Broken content throws a ContentError naming file and
 * field. Used by the griffie command and the tests; the page will get the same knowledge at build time.
 */
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ContentError, loadContentDir } from '../content/check.ts';
import { kennisUitContent, type Kennis } from './kennis.ts';
import { leesOnderdelen } from './onderdelen.ts';

export function laadKennis(contentDir: string, root = process.cwd()): Kennis {
  const content = loadContentDir(contentDir, root);
  const path = join(contentDir, 'lezen', 'verordening-onderdelen.yaml');
  const file = relative(root, path).split(sep).join('/');
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new ContentError([{ file, field: '(bestand)', expected: `geldige YAML: ${(e as Error).message.split('\n')[0]}` }]);
  }
  const { data, problems } = leesOnderdelen(raw, new Set(content.keuzes.map((k) => k.id)), file);
  if (!data) throw new ContentError(problems);
  return kennisUitContent(content, data);
}
