import type { Evidence } from './clutter-evidence';
import type { BlockStats, Scan } from './clutter-scan';
import { CLUTTER_KINDS, type ClutterBlock, type ClutterKind } from './types';

// From the walk's figures to the blocks to hide: the outermost elements whose evidence reaches the threshold and
// whose text is mostly clutter. Pure.

/** Evidence weight a block needs (a prompt alone, or a link plus a word, or a vendor class). */
export const THRESHOLD = 3;
/** A laid-over box (dialog, fixed bar) needs a little less: being pinned over the page is evidence too. */
export const OVERLAY_THRESHOLD = 2;
/** Blocks with more visible text than this are containers of reading matter, whatever they hold. */
export const MAX_TEXT = 1600;
/** Reading matter a block may hold and still be clutter: a little always, at most half, never more than this. */
export const FREE_FOREIGN = 40;
export const FOREIGN_RATIO = 0.5;
export const MAX_FOREIGN = 600;

/**
 * When a block reaches the threshold for several kinds, the heaviest evidence names it, ties going to the first
 * here. Share buttons and ad labels name a block only when nothing else does: an app promotion that also says
 * "follow us" is a promotion (and stays hidden under the default settings, which keep social and ad visible).
 */
export const PRIORITY: readonly ClutterKind[] = [
  'cookie', 'newsletter', 'subscription', 'donation', 'login', 'notifications', 'comments-promo', 'other',
];
export const LAST: readonly ClutterKind[] = ['social', 'ad'];
const NEVER = new Set(['html', 'body', 'main', 'head']);

export const KIND_LABEL: Record<ClutterKind, string> = {
  subscription: 'Subscription offer',
  donation: 'Donation appeal',
  newsletter: 'Newsletter sign-up',
  login: 'Sign-in prompt',
  notifications: 'Notifications prompt',
  'comments-promo': 'Comments promotion',
  social: 'Share and follow buttons',
  ad: 'Advertisement',
  cookie: 'Cookie banner',
  other: 'App or site promotion',
};

/** kindOf(stats): the kind a block is clutter of, or null when it is not clutter. */
export function kindOf(s: BlockStats, tag: string): ClutterKind | null {
  if (!s.score || s.guarded || NEVER.has(tag)) return null;
  if (s.text > MAX_TEXT) return null;
  const need = s.overlay ? OVERLAY_THRESHOLD : THRESHOLD;
  const kind = heaviest(s, PRIORITY, need) ?? heaviest(s, LAST, need);
  if (!kind) return null;
  // Share bars and ad slots are controls and frames: they never take reading matter with them.
  const allowance = LAST.includes(kind) ? FREE_FOREIGN : Math.min(MAX_FOREIGN, Math.max(FREE_FOREIGN, FOREIGN_RATIO * s.text));
  return s.foreign > allowance ? null : kind;
}

/** The kind with the most evidence among `kinds`, if it reaches `need` and includes a strong piece. */
function heaviest(s: BlockStats, kinds: readonly ClutterKind[], need: number): ClutterKind | null {
  let best: ClutterKind | null = null;
  let bestScore = need - 1;
  for (const k of kinds) {
    const i = CLUTTER_KINDS.indexOf(k);
    const v = s.score?.[i] ?? 0;
    if (v > bestScore && (s.strong?.[i] ?? 0) > 0) {
      best = k;
      bestScore = v;
    }
  }
  return best;
}

/** The blocks select() chose, and where each is in the walk (Scan.order index, same position). */
export interface Selected {
  blocks: ClutterBlock[];
  at: number[];
}

/** select(scan): the outermost clutter blocks, in document order, each with its kind and reason. */
export function select(result: Scan): Selected {
  const blocks: ClutterBlock[] = [];
  const at: number[] = [];
  const { order, stats } = result;
  for (let i = 0; i < order.length; i++) {
    const el = order[i];
    const s = stats[i];
    const kind = kindOf(s, el.localName);
    if (!kind || inProse(i, result)) continue;
    const overlay = s.overlay;
    blocks.push({ element: el, kind, reason: reasonFor(i, s.end, kind, result.evidence, overlay), ...(overlay ? { overlay } : {}) });
    at.push(i);
    i = Math.max(i, s.end); // the block's subtree is skipped: outermost blocks only
  }
  return { blocks, at };
}

/** The walked children of order[p], in document order (none for the root's parent, p = -1). */
function* walkedChildren(result: Scan, p: number): Generator<number> {
  if (p < 0) return;
  for (let j = p + 1; j <= result.stats[p].end; j = result.stats[j].end + 1) yield j;
}

/**
 * withBackdrops(selected, scan): an overlay's empty, laid-over siblings (the shade behind a modal) go with it, else
 * the page stays dimmed and unclickable behind the hidden prompt.
 */
export function withBackdrops(selected: Selected, result: Scan): ClutterBlock[] {
  const { blocks } = selected;
  const taken = new Set(blocks.map((b) => b.element));
  const out = [...blocks];
  blocks.forEach((b, n) => {
    if (!b.overlay) return;
    for (const j of walkedChildren(result, result.parent[selected.at[n]])) {
      const sib = result.order[j];
      const st = result.stats[j];
      if (taken.has(sib) || !st.overlay || st.text > 0 || st.guarded) continue;
      taken.add(sib);
      out.push({ element: sib, kind: b.kind, reason: `${KIND_LABEL[b.kind]}: the shade laid over the page behind it`, overlay: true });
    }
  });
  return out;
}

/** Reading matter a like sibling must hold for a block to count as one paragraph among others. */
export const PROSE_SIBLING = 100;
const PROSE_TAGS = new Set(['p', 'li', 'blockquote', 'dd', 'td']);

/** The walked sibling after order[i], -1 when none. */
function nextWalked(result: Scan, i: number): number {
  const j = result.stats[i].end + 1;
  return j < result.order.length && result.parent[j] === result.parent[i] ? j : -1;
}

/**
 * inProse(i, scan): the block order[i] is one of a series of like blocks (same tag and class) whose neighbours are
 * reading matter: a paragraph of an article that happens to say "become a member" or "$15 a month", a headline in
 * a list of headlines. Such a block is reading matter too. Siblings not walked (entries, hidden) count as reading
 * matter.
 */
export function inProse(i: number, result: Scan): boolean {
  const el = result.order[i];
  const cls = el.getAttribute('class') ?? '';
  if (!cls && !PROSE_TAGS.has(el.localName)) return false;
  for (const dir of ['previousElementSibling', 'nextElementSibling'] as const) {
    // The walked siblings are the DOM siblings less those not walked, in the same order: k is the nearest one.
    let k = dir === 'previousElementSibling' ? result.prev[i] : nextWalked(result, i);
    let sib = el[dir];
    for (let n = 0; sib && n < 2; n++, sib = sib[dir]) {
      const walked = k >= 0 && result.order[k] === sib;
      const st = walked ? result.stats[k] : null;
      if (walked) k = dir === 'previousElementSibling' ? result.prev[k] : nextWalked(result, k);
      if (sib.localName !== el.localName || (sib.getAttribute('class') ?? '') !== cls) continue;
      if (!st || (st.foreign >= PROSE_SIBLING && !kindOf(st, sib.localName))) return true;
    }
  }
  return false;
}

/** reasonFor(i, end, …): the kind of the block order[i] (its subtree order[i..end]) and the strongest evidence for it, in words. */
export function reasonFor(i: number, end: number, kind: ClutterKind, evidence: Map<number, Evidence[]>, overlay: boolean): string {
  const found: Evidence[] = [];
  for (const [at, evs] of evidence) {
    if (at >= i && at <= end) found.push(...evs.filter((e) => e.kind === kind));
  }
  found.sort((a, b) => b.weight - a.weight);
  const what = [...new Set(found.map((e) => e.what))].slice(0, 3);
  if (overlay) what.push('laid over the page');
  return `${KIND_LABEL[kind]}: ${what.join('; ')}`;
}
