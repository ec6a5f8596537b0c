/**
 * The time line of announced changes (/wijzigingen/) and its Atom feed
 * (/wijzigingen/feed.xml), derived from the content graph. Pure TypeScript.
 */
import type { Entry, Graph } from './content/graph.ts';
import { wetVanKeuze } from './content/graph.ts';
import type { Wijziging } from './content/schema.ts';
import { resolveFeitenInText } from './content/feiten.ts';
import { paths } from './links.ts';
import { isoDate } from './format.ts';
import { statusLabel } from './labels.ts';
import { formatDatum } from './format.ts';
import { escapeHtml } from './escape.ts';

export const FEED_PATH = '/wijzigingen/feed.xml';
export const TIJDLIJN_PATH = '/wijzigingen/';
export const wijzigingAnker = (id: string) => `wijziging-${id}`;

export interface TijdlijnGroep {
  /** "2026", or undefined for changes without an expected date. */
  jaar?: string;
  wijzigingen: Entry<Wijziging>[];
}

/** The changes by expected date (oldest first), grouped per year; changes without a date last. */
export function tijdlijn(g: Graph): TijdlijnGroep[] {
  const groepen: TijdlijnGroep[] = [];
  for (const w of g.wijzigingen) {
    const jaar = w.data.datum ? String(w.data.datum.getUTCFullYear()) : undefined;
    const last = groepen.at(-1);
    if (last && last.jaar === jaar) last.wijzigingen.push(w);
    else groepen.push({ jaar, wijzigingen: [w] });
  }
  return groepen;
}

/** When a change was last touched, for the feed: its own `bijgewerkt`, else the date up to which news was followed. */
export function bijgewerkt(w: Entry<Wijziging>, g: Graph): Date {
  return w.data.bijgewerkt ?? g.ontwikkelingenTot() ?? g.peildatum();
}

const atomDate = (d: Date) => `${isoDate(d)}T00:00:00Z`;

/**
 * The Atom feed of all changes (RFC 4287), with absolute URLs on `site`. A build without a public address
 * (no SITE_URL) gets links relative to the feed, which readers resolve against the feed's own address, and ids
 * of the form urn:staalkaart-sociaal-domein:… instead of an invented domain.
 */
export function atomFeed(g: Graph, site: URL | string | undefined): string {
  const abs = (path: string) => (site ? new URL(path, site).href : path);
  const id = (path: string) => (site ? new URL(path, site).href : `urn:staalkaart-sociaal-domein:${path.replace(/^\/|\/$/g, '').replace(/[/#]+/g, ':')}`);
  const tekst = (s: string) => escapeHtml(resolveFeitenInText(s, g.feitMap));
  const entries = [...g.wijzigingen].sort((a, b) => bijgewerkt(b, g).getTime() - bijgewerkt(a, g).getTime() || a.id.localeCompare(b.id));
  const updated = entries.length ? bijgewerkt(entries[0]!, g) : g.peildatum();
  const entry = (w: Entry<Wijziging>) => {
    const d = w.data;
    const wanneer = d.datum ? `Datum: ${formatDatum(d.datum)}. ` : '';
    const toelichting = d.datumToelichting ? `${d.datumToelichting} ` : '';
    const keuzes = g.keuzesVanWijziging(w.id);
    const raakt = keuzes.length
      ? ` Raakt: ${keuzes.map((k) => `${k.data.onderwerp} (${g.wet(wetVanKeuze(k.id))?.data.kort ?? wetVanKeuze(k.id)})`).join('; ')}.`
      : '';
    const bronnen = d.bronnen.map((b) => `    <link rel="related" href="${escapeHtml(b.url)}" title="${escapeHtml(b.titel)}"/>`).join('\n');
    return `  <entry>
    <id>${escapeHtml(id(`${TIJDLIJN_PATH}#${wijzigingAnker(w.id)}`))}</id>
    <title>${tekst(`${d.titel} — ${statusLabel[d.status]}`)}</title>
    <updated>${atomDate(bijgewerkt(w, g))}</updated>
    <link rel="alternate" type="text/html" href="${escapeHtml(abs(`${TIJDLIJN_PATH}#${wijzigingAnker(w.id)}`))}"/>
${bronnen}
    <category term="${escapeHtml(d.status)}" label="${escapeHtml(statusLabel[d.status])}"/>
${d.wetten.map((wet) => `    <category term="${escapeHtml(wet)}" label="${escapeHtml(g.wet(wet)?.data.kort ?? wet)}" scheme="${escapeHtml(abs(paths.wetten()))}"/>`).join('\n')}
    <summary type="text">${tekst(`Status: ${statusLabel[d.status]}. ${wanneer}${toelichting}${d.samenvatting}${raakt}`)}</summary>
  </entry>`;
  };
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl">
  <id>${escapeHtml(id(FEED_PATH))}</id>
  <title>Staalkaart sociaal domein: wijzigingen in de wet</title>
  <subtitle>Aangekondigde en recente wijzigingen in Wmo 2015, Jeugdwet, Participatiewet, Wlz en Zvw, met hun status.</subtitle>
  <updated>${atomDate(updated)}</updated>
  <author><name>Redactie Staalkaart sociaal domein</name></author>
  <link rel="self" type="application/atom+xml" href="${escapeHtml(abs(FEED_PATH))}"/>
  <link rel="alternate" type="text/html" href="${escapeHtml(abs(TIJDLIJN_PATH))}"/>
  <rights>CC BY 4.0</rights>
${entries.map(entry).join('\n')}
</feed>
`;
}
