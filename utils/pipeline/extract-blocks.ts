// Entries with markup of their own: a run of sibling blocks of one tag, most carrying a timestamp (or matching a
// JSON-LD liveBlogUpdate), the untimed ones kept when they share the timed ones' class. Pure: reads only.
import { leadText } from './entry-text';
import { fold } from './ld-match';
import type { StampIndex } from './stamps';
import { leadingClock } from './times';

/** A run of sibling entry blocks under one container. */
export interface BlockRun {
  container: Element;
  tag: string;
  /** Signatures (tag + first class) of the run's timed members; untimed siblings join only with one of these. */
  signatures: Set<string>;
  members: Element[];
  timed: number;
  score: number;
  /**
   * True when the members are bare stamps ("10:32", <dt>) and each entry is a stamp plus the siblings after it
   * up to the next stamp.
   */
  paired: boolean;
  /** Share of the run's text that is link text (a list of links is no run of entries). */
  links: number;
  /** The run sits in navigation, a sidebar, a related-stories block or a comment section. */
  away: boolean;
}

/** Longest text (chars) of a member that is only a stamp heading the siblings after it. */
const BARE_STAMP = 40;

function isBare(m: Element): boolean {
  return (m.textContent ?? '').trim().length <= BARE_STAMP && !m.querySelector('p,h1,h2,h3,h4,h5,h6,li,img');
}

/** The siblings after a stamp, up to the next member: the body of a paired entry. */
export function followers(m: Element, isMember: (e: Element) => boolean): Element[] {
  const out: Element[] = [];
  for (let n = m.nextElementSibling; n && !isMember(n); n = n.nextElementSibling) if (!NOT_ENTRY.test(n.tagName)) out.push(n);
  return out;
}

/** Fewest timestamped members for a run. */
const MIN_TIMED = 2;
/** Share of members that must carry a timestamp. */
const MIN_TIMED_SHARE = 0.3;
/** A member holding more stamps than this is a wrapper of entries, not an entry. */
const MAX_STAMPS = 3;
/** Share of link text above which a run is a list of links (key events, navigation, related stories). */
export const MAX_LINK_SHARE = 0.6;
const NOT_ENTRY = /^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE|LINK|META|BR|HR|svg|SVG|BUTTON|INPUT|SELECT|OPTION|IMG|PICTURE|SOURCE|A|SPAN|TIME)$/;
const AWAY = /(?:^|[\s_-])(?:nav|menu|footer|header|sidebar|related|recommend|trending|most-?read|popular|teaser|comments?-(?:list|section|thread)|disqus|breadcrumbs?)(?:$|[\s_-])/i;

/** Tag plus first class token: siblings of one kind share it. */
export function signatureOf(el: Element): string {
  const cls = (el.getAttribute('class') ?? '').trim().split(/\s+/)[0] ?? '';
  return `${el.tagName}.${cls}`;
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

/** Is this member timed: one to MAX_STAMPS stamps, a clock at its start, or a JSON-LD update's text? */
function timedMember(m: Element, stamps: StampIndex): boolean | 'wrapper' {
  const n = stamps.count.get(m) ?? 0;
  const ld = stamps.ld.get(m) ?? 0;
  if (n > MAX_STAMPS || ld > MAX_STAMPS || (stamps.lines.get(m) ?? 0) > 1) return 'wrapper';
  return n > 0 || ld > 0 || !!leadingClock(leadText(m, 40));
}

/** Scores one tag group of siblings; null when it is not a run of timestamped entries. */
function scoreRun(container: Element, tag: string, siblings: Element[], stamps: StampIndex): BlockRun | null {
  const timedSet = new Set<Element>();
  let wrappers = 0;
  const sigCount = new Map<string, number>();
  for (const m of siblings) {
    const t = timedMember(m, stamps);
    if (t === 'wrapper') wrappers++;
    else if (t) {
      timedSet.add(m);
      const sig = signatureOf(m);
      sigCount.set(sig, (sigCount.get(sig) ?? 0) + 1);
    }
  }
  if (timedSet.size < MIN_TIMED || wrappers > siblings.length / 3) return null;
  const signatures = new Set([...sigCount].filter(([, n]) => n >= 2 || n >= timedSet.size * 0.2).map(([s]) => s));
  const members = siblings.filter((m) => timedSet.has(m) || signatures.has(signatureOf(m)));
  if (timedSet.size < members.length * MIN_TIMED_SHARE) return null;
  const memberSet = new Set(members);
  const paired = members.filter(isBare).length >= members.length * 0.8;
  // Clock-line headings with paragraphs after them are the flat finder's (extract-flat.ts).
  if (paired && members.filter((m) => stamps.lines.has(m)).length >= members.length / 2) return null;
  const bodies = paired ? members.map((m) => [m, ...followers(m, (e) => memberSet.has(e))]) : members.map((m) => [m]);
  let chars = 0;
  for (const b of bodies) for (const e of b) chars += Math.min((e.textContent ?? '').length, 2000);
  let score = timedSet.size * Math.log10(10 + chars / members.length);
  const links = linkShare(bodies.flat());
  const away = awayFromContent(container);
  if (links > MAX_LINK_SHARE) score *= 0.1;
  if (away) score *= 0.2;
  return { container, tag, signatures, members, timed: timedSet.size, score, paired, links, away };
}

/** Folded characters of a JSON-LD probe: the start of an update's body and of its headline. */
const PROBE = 24;

/** Probes of JSON-LD updates for recognising entry blocks that show no time (looked up by window, not scanned). */
export function ldProbes(updates: ReadonlyArray<{ headline: string; body: string }>): Set<string> {
  const out = new Set<string>();
  for (const u of updates) {
    for (const p of [fold(u.body).slice(0, PROBE), fold(u.headline).slice(0, PROBE)]) if (p.length === PROBE) out.add(p);
  }
  return out;
}

/** findBlockRuns(root, stamps): candidate runs of timestamped sibling blocks, best first. */
export function findBlockRuns(root: Element, stamps: StampIndex): BlockRun[] {
  const runs: BlockRun[] = [];
  const all = root.getElementsByTagName('*');
  for (let i = -1; i < all.length; i++) {
    const parent = i < 0 ? root : all[i];
    if (parent.childElementCount < MIN_TIMED || NOT_ENTRY.test(parent.tagName)) continue;
    if ((stamps.count.get(parent) ?? 0) + (stamps.ld.get(parent) ?? 0) < MIN_TIMED) continue;
    const groups = new Map<string, Element[]>();
    for (let c = parent.firstElementChild; c; c = c.nextElementSibling) {
      if (NOT_ENTRY.test(c.tagName)) continue;
      const g = groups.get(c.tagName);
      if (g) g.push(c);
      else groups.set(c.tagName, [c]);
    }
    for (const [tag, siblings] of groups) {
      if (siblings.length < MIN_TIMED) continue;
      const run = scoreRun(parent, tag, siblings, stamps);
      if (run) runs.push(run);
    }
  }
  return runs.sort((a, b) => b.score - a.score);
}
