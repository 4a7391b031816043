// The every-page check: is this page worth running the pipeline on? Tiny and fast on purpose (the content script
// loads it on every page); it may fire on some pages that are not live blogs, the full detect() decides.
import { LEADING_CLOCK, NOT_LIVE_CUE, TITLE_CUE, URL_CUE } from './cues';

export interface QuickDetection {
  fire: boolean;
  signals: string[];
}

/** Most headings/lead-ins looked at for text-prefixed timestamps ("13.28 Uhr: …"). */
const MAX_LEADS = 600;
/** Timestamped lead-ins that make a page worth a full look. */
const MIN_LEADS = 3;

/** quickDetect(document, url): cheap cues only (structured data, URL, title, a few timestamped headings). Pure. */
export function quickDetect(doc: Document, url: string): QuickDetection {
  const signals: string[] = [];
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    if ((s.textContent ?? '').includes('LiveBlogPosting')) {
      signals.push('json-ld');
      break;
    }
  }
  if (doc.querySelector('[itemtype*="LiveBlogPosting"],[itemprop="liveBlogUpdate"]')) signals.push('microdata');
  let path = '';
  try {
    path = decodeURIComponent(new URL(url).pathname);
  } catch {
    path = '';
  }
  if (URL_CUE.test(path)) signals.push('url');
  const title = doc.title ?? '';
  if (TITLE_CUE.test(title) && !NOT_LIVE_CUE.test(title)) signals.push('title');
  if (signals.length === 0) {
    const leads = doc.querySelectorAll('h2,h3,h4,h5,h6,p>strong:first-child,p>b:first-child');
    let n = 0;
    for (let i = 0; i < leads.length && i < MAX_LEADS && n < MIN_LEADS; i++) {
      if (LEADING_CLOCK.test((leads[i].textContent ?? '').slice(0, 24))) n++;
    }
    if (n >= MIN_LEADS) signals.push('timestamped-headings');
  }
  return { fire: signals.length > 0, signals };
}
