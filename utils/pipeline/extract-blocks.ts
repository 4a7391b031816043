// Entries with markup of their own: a run of repeated sibling blocks (same tag and first class) of which many
// carry a timestamp. Pure: reads the document only. One pass over the elements, then a look inside each run.
import { leadText, timeEvidence } from './entry-fields';
import { leadingClock } from './times';

/** A run of sibling entry blocks under one container. */
export interface BlockRun {
  container: Element;
  signature: string;
  members: Element[];
  timed: number;
  score: number;
}

/** Fewest timestamped members for a run. */
const MIN_TIMED = 2;
/** Share of members that must carry a timestamp. */
const MIN_TIMED_SHARE = 0.3;
/** A member holding more stamps than this is a wrapper of entries, not an entry. */
const MAX_STAMPS = 3;
/** Share of link text above which a run is a list of links (key events, navigation, related stories). */
const MAX_LINK_SHARE = 0.6;
const NOT_ENTRY = /^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE|LINK|META|BR|HR|svg|BUTTON|INPUT|SELECT|OPTION|IMG|PICTURE|SOURCE)$/;
const AWAY = /(?:^|[\s_-])(?:nav|menu|footer|header|sidebar|related|recommend|trending|most-?read|popular|teaser|comments?-(?:list|section|thread)|disqus|breadcrumbs?)(?:$|[\s_-])/i;

/** Tag plus first class token: siblings of one kind share it. */
export function signatureOf(el: Element): string {
  const cls = (el.getAttribute('class') ?? '').trim().split(/\s+/)[0] ?? '';
  return `${el.tagName}.${cls}`;
}

function stampCount(el: Element): number {
  let n = el.getElementsByTagName('time').length;
  if (n > MAX_STAMPS) return n;
  for (const h of Array.from(el.querySelectorAll('h2,h3,h4,h5,h6,p>strong:first-child,p>b:first-child'))) {
    if (leadingClock(leadText(h, 40))) n++;
    if (n > MAX_STAMPS) break;
  }
  return n;
}

function linkShare(members: readonly Element[]): number {
  let all = 0;
  let links = 0;
  for (const m of members) {
    all += (m.textContent ?? '').replace(/\s+/g, '').length;
    for (const a of Array.from(m.getElementsByTagName('a'))) links += (a.textContent ?? '').replace(/\s+/g, '').length;
  }
  return all ? links / all : 1;
}

function awayFromContent(el: Element): boolean {
  for (let a: Element | null = el, i = 0; a && i < 6; a = a.parentElement, i++) {
    if (/^(?:NAV|FOOTER|HEADER|ASIDE)$/.test(a.tagName)) return true;
    if (AWAY.test(`${a.id} ${a.getAttribute('class') ?? ''}`)) return true;
  }
  return false;
}

/** Scores one candidate run; null when it is not a run of timestamped entries. */
function scoreRun(container: Element, signature: string, members: Element[]): BlockRun | null {
  let timed = 0;
  let wrappers = 0;
  let chars = 0;
  for (const m of members) {
    const lead = leadText(m, 120);
    const ev = timeEvidence(m, lead);
    const stamps = stampCount(m);
    if (stamps > MAX_STAMPS) wrappers++;
    else if (ev.machine != null || ev.clock != null) timed++;
    chars += Math.min((m.textContent ?? '').length, 2000);
  }
  if (timed < MIN_TIMED || timed < members.length * MIN_TIMED_SHARE || wrappers > members.length / 3) return null;
  const share = linkShare(members);
  let score = timed * Math.log10(10 + chars / members.length);
  if (share > MAX_LINK_SHARE) score *= 0.1;
  if (awayFromContent(container)) score *= 0.2;
  return { container, signature, members, timed, score };
}

/** findBlockRuns(root): candidate runs of timestamped sibling blocks, best first. */
export function findBlockRuns(root: Element): BlockRun[] {
  const runs: BlockRun[] = [];
  const all = root.getElementsByTagName('*');
  for (let i = 0; i < all.length; i++) {
    const parent = all[i];
    if (parent.childElementCount < MIN_TIMED || NOT_ENTRY.test(parent.tagName)) continue;
    const groups = new Map<string, Element[]>();
    for (let c = parent.firstElementChild; c; c = c.nextElementSibling) {
      if (NOT_ENTRY.test(c.tagName)) continue;
      const sig = signatureOf(c);
      const g = groups.get(sig);
      if (g) g.push(c);
      else groups.set(sig, [c]);
    }
    for (const [sig, members] of groups) {
      if (members.length < MIN_TIMED) continue;
      const run = scoreRun(parent, sig, members);
      if (run) runs.push(run);
    }
  }
  return runs.sort((a, b) => b.score - a.score);
}
