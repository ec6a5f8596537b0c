/**
 * The one module the loaders import on first use (SiteHeader.astro and
 * zoeken.astro): the header search and the /zoeken/ page in one chunk, so
 * that loading it needs no other chunk and no preload helper.
 */
export { start as startHeader } from './header.ts';
export { start as startPage } from './page.ts';
