/**
 * The layering of the code, checked by dependency-cruiser in `npm test` (scripts/test.ts, `npm run check:layers`).
 * CONTRIBUTING.md describes the layers; these rules make the description true:
 *   - src/lib is pure TypeScript: it never imports components, pages, layouts or integrations;
 *   - a feature (src/lib/<feature>/, src/components/<feature>/) uses another feature only through its index.ts;
 *   - no import circles;
 *   - scripts and src never import tests.
 * .astro files are not parsed by dependency-cruiser; astro check and the build cover them.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'lib-is-pure',
      severity: 'error',
      comment: 'src/lib is pure TypeScript: no components, pages, layouts or integrations.',
      from: { path: '^src/lib/' },
      to: { path: '^src/(components|pages|layouts|integrations)/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import circle makes the order of loading matter; cut it.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-tests-from-code',
      severity: 'error',
      comment: 'Code and scripts do not import tests; shared helpers live where both can use them.',
      from: { path: '^(src|scripts)/' },
      to: { path: '^tests/' },
    },
    {
      name: 'feature-internals',
      severity: 'error',
      comment:
        'A feature (a folder in src/lib or src/components) uses another feature only through its index.ts. ' +
        'src/lib/content is the core every feature reads; src/lib/tekst (text measuring) and the top-level files of ' +
        'src/lib are shared helpers.',
      from: { path: '^src/(?:lib|components)/([^/]+)/' },
      to: {
        path: '^src/lib/[^/]+/(?!index\\.ts$)',
        pathNot: ['^src/lib/$1/', '^src/lib/(content|tekst)/'],
      },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'An import that does not resolve.',
      from: {},
      to: { couldNotResolve: true, pathNot: '^(astro:|virtual:|\\.\\./\\.\\./content)' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|\\.astro)' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
