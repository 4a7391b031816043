// The every-page check: is this page worth running the pipeline on? Tiny and fast on purpose (the content script
// loads it on every page); it may fire on some pages that are not live blogs, the full detect() decides.
// Cheapest cues first, and it stops at the first one that fires.
import { LEADING_CLOCK, NOT_LIVE_CUE, TITLE_CUE, URL_CUE } from './cues';

export interface QuickDetection {
  fire: boolean;
  signals: string[];
}

/** Most headings/lead-ins looked at for text-prefixed timestamps ("13.28 Uhr: …"). */
const MAX_LEADS = 400;
/** Timestamped lead-ins that make a page worth a full look. */
const MIN_LEADS = 3;
const HEADINGS = ['h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'b'];

function urlPath(url: string): string {
  const start = url.indexOf('/', url.indexOf('//') + 2);
  if (start < 0) return '';
  const path = url.slice(start).split(/[?#]/)[0];
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

function structuredData(doc: Document): string | null {
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) if ((scripts[i].textContent ?? '').includes('LiveBlogPosting')) return 'json-ld';
  return doc.querySelector('[itemprop="liveBlogUpdate"],[itemtype*="LiveBlogPosting"]') ? 'microdata' : null;
}

function timestampedLeads(doc: Document): boolean {
  let seen = 0;
  let found = 0;
  for (const tag of HEADINGS) {
    const list = doc.getElementsByTagName(tag);
    for (let i = 0; i < list.length && seen < MAX_LEADS; i++, seen++) {
      const el = list[i];
      if ((tag === 'strong' || tag === 'b') && (el.parentElement?.tagName !== 'P' || el.previousElementSibling)) continue;
      if (LEADING_CLOCK.test((el.textContent ?? '').slice(0, 24)) && ++found >= MIN_LEADS) return true;
    }
  }
  return false;
}

/** quickDetect(document, url): cheap cues only (URL, title, structured data, a few timestamped headings). Pure. */
export function quickDetect(doc: Document, url: string): QuickDetection {
  const one = (signal: string): QuickDetection => ({ fire: true, signals: [signal] });
  if (URL_CUE.test(urlPath(url))) return one('url');
  const title = doc.title ?? '';
  if (TITLE_CUE.test(title) && !NOT_LIVE_CUE.test(title)) return one('title');
  const data = structuredData(doc);
  if (data) return one(data);
  if (timestampedLeads(doc)) return one('timestamped-headings');
  return { fire: false, signals: [] };
}
