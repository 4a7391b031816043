// The every-page check: is this page worth running the pipeline on? Tiny and fast on purpose (the content script
// loads it on every page); it may fire on some pages that are not live blogs, the full detect() decides.
// Speed: getElementsByTagName (cached by the browser) instead of selector lists, and the attribute scan for
// microdata only when nothing else fired; `npm run bench` compares it with isProbablyReaderable.
import { LEADING_CLOCK, NOT_LIVE_CUE, TITLE_CUE, URL_CUE } from './cues';

export interface QuickDetection {
  fire: boolean;
  signals: string[];
}

/** Most headings/lead-ins looked at for text-prefixed timestamps ("13.28 Uhr: …"). */
const MAX_LEADS = 600;
/** Timestamped lead-ins that make a page worth a full look. */
const MIN_LEADS = 3;
/** Where timestamped lead-ins are looked for: headings, and bold openers of paragraphs. */
const LEAD_TAGS = ['h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'b'];

/** quickDetect(document, url): cheap cues only (structured data, URL, title, a few timestamped headings). Pure. */
export function quickDetect(doc: Document, url: string): QuickDetection {
  const signals: string[] = [];
  const scripts = doc.getElementsByTagName('script');
  for (let i = 0; i < scripts.length; i++) {
    const s = scripts[i];
    if (s.getAttribute('type') === 'application/ld+json' && (s.textContent ?? '').includes('LiveBlogPosting')) {
      signals.push('json-ld');
      break;
    }
  }
  let path = '';
  try {
    path = decodeURIComponent(new URL(url).pathname);
  } catch {
    path = '';
  }
  if (URL_CUE.test(path)) signals.push('url');
  const title = doc.title ?? '';
  if (TITLE_CUE.test(title) && !NOT_LIVE_CUE.test(title)) signals.push('title');
  if (signals.length === 0 && timestampedLeads(doc) >= MIN_LEADS) signals.push('timestamped-headings');
  if (signals.length === 0 && doc.querySelector('[itemtype*="LiveBlogPosting"],[itemprop="liveBlogUpdate"]')) signals.push('microdata');
  return { fire: signals.length > 0, signals };
}

/** How many headings / paragraph-opening bold runs start with a clock time (stops at MIN_LEADS). */
function timestampedLeads(doc: Document): number {
  let n = 0;
  let seen = 0;
  for (const tag of LEAD_TAGS) {
    const els = doc.getElementsByTagName(tag);
    const opener = tag === 'strong' || tag === 'b';
    for (let i = 0; i < els.length && seen < MAX_LEADS && n < MIN_LEADS; i++) {
      const el = els[i];
      if (opener && (el.parentElement?.tagName !== 'P' || el.parentElement.firstElementChild !== el)) continue;
      seen++;
      if (LEADING_CLOCK.test((el.textContent ?? '').slice(0, 24))) n++;
    }
  }
  return n;
}
