import type { Detection } from './types';

/**
 * detect(document, url): the full live-blog verdict with its evidence. Pure; reads the document only.
 * (Walking-skeleton placeholder: JSON-LD only. Replaced by the real detector.)
 */
export function detect(doc: Document, url: string): Detection {
  void url;
  const signals: string[] = [];
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    if (/LiveBlogPosting/.test(s.textContent ?? '')) signals.push('json-ld:LiveBlogPosting');
  }
  const isLiveBlog = signals.length > 0;
  return { isLiveBlog, signals, confidence: isLiveBlog ? 0.9 : 0.1 };
}
