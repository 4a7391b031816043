// The page's own date and time zone, for resolving clock times ("13.28 Uhr") into instants. Pure.
import type { PageLd } from './json-ld';
import { euZone, fixedZone, isoOffset, parseMachineTime, usZone, type Zone } from './times';

export interface PageClock {
  /** The latest date the page states for itself (modified or published), ms; null when it states none. */
  anchor: number | null;
  /** True when the anchor is the page's last-modified time (entries after it belong to an earlier day). */
  anchorIsLatest: boolean;
  zone: Zone;
}

const DATE_METAS = [
  'meta[property="article:modified_time"]',
  'meta[property="article:published_time"]',
  'meta[itemprop="dateModified"]',
  'meta[itemprop="datePublished"]',
  'meta[name="last-modified"]',
  'meta[name="date"]',
  'meta[property="og:updated_time"]',
];

const CET_TLD = /\.(?:de|at|ch|fr|it|es|nl|be|lu|pl|se|no|dk|cz|sk|hu|si|hr|rs|mc|li)$/;
const CET_LANG = /^(?:de|fr|it|es|nl|pl|sv|no|nb|nn|da|cs|sk|hu|sl|hr|sr)\b/i;

/** The zone a page most likely writes its clock times in, from its host and language. */
export function guessZone(host: string, lang: string): Zone {
  if (/\.(?:uk|ie)$/.test(host) || /^en-(?:gb|ie)/i.test(lang) || /^(?:pt|ga)\b/i.test(lang)) return euZone(0);
  if (/\.in$|indiatimes|ndtv|hindustantimes|indianexpress|thehindu|news18/.test(host) || /^(?:hi|en-in)\b/i.test(lang)) return fixedZone(330);
  if (CET_TLD.test(host) || CET_LANG.test(lang)) return euZone(60);
  if (/^en-us/i.test(lang) || /\.(?:us|gov)$/.test(host)) return usZone(-300);
  return fixedZone(0);
}

/** pageClock(document, url, ld): the page's anchor date and zone. */
export function pageClock(doc: Document, url: string, ld: PageLd): PageClock {
  const stated: string[] = [ld.modified, ld.published].filter((x): x is string => !!x);
  let modified = parseMachineTime(ld.modified);
  for (const sel of DATE_METAS) {
    const v = doc.querySelector(sel)?.getAttribute('content');
    if (v) stated.push(v);
    if (v && /modified|updated/.test(sel)) modified ??= parseMachineTime(v);
  }
  let anchor: number | null = null;
  for (const s of stated) {
    const t = parseMachineTime(s);
    if (t != null && (anchor == null || t > anchor)) anchor = t;
  }
  if (anchor == null) anchor = fallbackDay(doc, url, ld);
  let host = '';
  try {
    host = new URL(url).hostname;
  } catch {
    host = '';
  }
  let zone = guessZone(host, doc.documentElement?.getAttribute('lang') ?? '');
  // A stated non-zero offset the guess does not reproduce wins (zero offsets are mostly servers writing UTC).
  for (const s of stated) {
    const off = isoOffset(s);
    const t = parseMachineTime(s);
    if (off && t != null && zone(t) !== off) {
      zone = off === 60 || off === 120 ? euZone(isSummer(t) ? off - 60 : off) : fixedZone(off);
      break;
    }
  }
  return { anchor, anchorIsLatest: anchor != null && anchor === modified, zone };
}

function isSummer(t: number): boolean {
  return euZone(0)(t) === 60;
}

/** A day for pages that state no date of their own: another JSON-LD date, a date in the title or the URL. */
function fallbackDay(doc: Document, url: string, ld: PageLd): number | null {
  for (const s of ld.otherDates) {
    const t = parseMachineTime(s);
    if (t != null) return t;
  }
  const title = doc.title ?? '';
  const m = /\b(\d{1,2})[./](\d{1,2})[./](20\d{2})\b/.exec(title) ?? null;
  if (m) return Date.UTC(Number(m[3]), Number(m[2]) - 1, Number(m[1]), 12);
  const u = /\/(20\d{2})[/-](\d{1,2})[/-](\d{1,2})\//.exec(url);
  if (u) return Date.UTC(Number(u[1]), Number(u[2]) - 1, Number(u[3]), 12);
  return null;
}
