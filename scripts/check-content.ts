// Checks content/ against the schemas and cross-references, without building the site.
// Usage: npm run check:content [-- path/to/content]
import { resolve } from 'node:path';
import { checkContent, ContentError, formatWarnings } from '../src/lib/content/check.ts';
import { formatDekking } from '../src/lib/content/verwijzingen.ts';
import { editieCheck } from '../src/lib/editie/check.ts';

const dir = resolve(process.argv[2] ?? 'content');
try {
  const { checked: entries, warnings, dekking } = checkContent(dir, process.cwd(), [editieCheck]);
  if (warnings.length) console.warn(formatWarnings(warnings));
  const count = (c: string) => entries.filter((e) => e.collection === c).length;
  console.log(
    `content in orde: ${count('wetten')} wetten, ${count('keuzes')} keuzes, ${count('scheidslijnen')} scheidslijnen, ` +
      `${count('casussen')} casussen, ${count('begrippen')} begrippen, ${count('wijzigingen')} wijzigingen, ${count('feiten')} feiten`,
  );
  if (dekking) console.log(formatDekking(dekking));
} catch (e) {
  if (e instanceof ContentError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
