import { NOT_LIVE_CUE, TITLE_CUE, URL_CUE } from './cues';
import { findEntryLayout, rememberLayout } from './entry-layout';
import { ldProbes, MAX_LINK_SHARE } from './extract-blocks';
import { readPageLd } from './json-ld';
import type { Detection } from './types';

// Evidence weights: structured data decides alone; URL and title cues need structure beside them; a run of
// clock-line paragraphs (a ticker written as text) is strong, a run of timestamped blocks alone is not
// (forums, comment threads and schedules have those too).
const W_STRUCTURED = 0.6;
const W_CUE = 0.25;
const W_CUES_MAX = 0.4;
const W_BLOCKS = 0.3;
const W_FLAT = 0.5;
const W_DISCUSSION = -0.35;
const THRESHOLD = 0.5;
/** A run of timestamped blocks counts as structure only with this many stamps and this much text each. */
const MIN_BLOCKS = 4;
const MIN_BLOCK_CHARS = 80;
const MIN_FLAT = 4;
/** Class names of live coverage, which may also say "comment" (match commentary). */
const LIVE_NAMES = /live|ticker|blog|match|commentary/i;
const DISCUSSION = /comment|reply|replies|forum|thread|message|answer|review|discussion|bbp-|topic/i;
/** Links to a member's profile page, as forum and comment posts carry. */
const PROFILE_LINK = /\/(?:members?|users?|u)\/|\/profile\/\d|[?&](?:members|user)[=/.]/i;

function path(url: string): string {
  try {
    return decodeURIComponent(new URL(url).pathname);
  } catch {
    return '';
  }
}

/**
 * detect(document, url): the full live-blog verdict with its evidence. Pure; reads the document only; never
 * throws (a page it cannot read is not a live blog).
 */
export function detect(doc: Document, url: string): Detection {
  try {
    return detectUnsafe(doc, url);
  } catch (e) {
    return { isLiveBlog: false, signals: [`error:${(e as Error).message ?? e}`], confidence: 0 };
  }
}

function detectUnsafe(doc: Document, url: string): Detection {
  const signals: string[] = [];
  let score = 0;
  const ld = readPageLd(doc);
  if (ld.liveBlog) signals.push('json-ld:LiveBlogPosting');
  if (ld.broken) signals.push('json-ld:broken');
  if (doc.querySelector('[itemtype*="LiveBlogPosting"],[itemprop="liveBlogUpdate"]')) signals.push('microdata:LiveBlogPosting');
  if (ld.liveBlog || signals.includes('microdata:LiveBlogPosting')) score += W_STRUCTURED;

  let cues = 0;
  const p = path(url);
  const title = (doc.title ?? '').replace(/\s+/g, ' ');
  if (URL_CUE.test(p) && !NOT_LIVE_CUE.test(p.replace(/[-_/]+/g, ' '))) (cues += W_CUE), signals.push('url:live');
  if (TITLE_CUE.test(title) && !NOT_LIVE_CUE.test(title)) (cues += W_CUE), signals.push('title:live');
  if (NOT_LIVE_CUE.test(title)) signals.push('title:not-live-coverage');
  score += Math.min(cues, W_CUES_MAX);

  const body = doc.body;
  const layout = body ? findEntryLayout(body, ldProbes(ld.updates)) : null;
  if (layout) {
    const flat = layout.kind === 'flat' ? layout.run : null;
    const run = layout.kind === 'blocks' ? layout.run : null;
    if (flat && flat.groups.length >= MIN_FLAT) {
      score += W_FLAT;
      signals.push(`timestamped-paragraphs:${flat.groups.length}`);
    } else if (run && run.timed >= MIN_BLOCKS && run.links <= MAX_LINK_SHARE && !run.away && avgText(run.members) >= MIN_BLOCK_CHARS) {
      const discussion = looksLikeDiscussion(run.container, run.members[0]);
      score += discussion ? W_DISCUSSION : W_BLOCKS;
      signals.push(discussion ? `discussion-thread:${run.timed}` : `repeated-timestamped-blocks:${run.timed}`);
    }
  }
  const isLiveBlog = score >= THRESHOLD;
  const detection = { isLiveBlog, signals, confidence: Math.max(0, Math.min(1, Math.round(score * 100) / 100)) };
  if (layout) rememberLayout(detection, layout, ld);
  return detection;
}

/** A forum thread or comment section: its names say so (and not live coverage), or posts link to user profiles. */
function looksLikeDiscussion(container: Element, first: Element): boolean {
  const names: string[] = [first.id, first.getAttribute('class') ?? ''];
  for (let a: Element | null = container, i = 0; a && i < 5; a = a.parentElement, i++) names.push(a.id, a.getAttribute('class') ?? '');
  const text = names.join(' ');
  if (DISCUSSION.test(text) && !LIVE_NAMES.test(text)) return true;
  return Array.from(first.getElementsByTagName('a')).some((a) => PROFILE_LINK.test(a.getAttribute('href') ?? ''));
}

function avgText(members: readonly Element[]): number {
  let n = 0;
  for (const m of members) n += (m.textContent ?? '').replace(/\s+/g, ' ').length;
  return members.length ? n / members.length : 0;
}
