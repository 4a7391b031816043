// Claim highlights in the page: each claimed text is wrapped, text node by text node, in a <liveline-claim>
// element carrying marker attributes (speaker, cue, class); hover and keyboard focus show "speaker · cue" from
// those attributes via the one stylesheet. Nothing is ever inserted as HTML, and clear() unwraps and re-joins
// exactly the text nodes it split, so the serialised page is what it was before.
import { mapVisibleText, slicesOf, type NodeSlice, type TextMap } from '../pipeline/text-map';
import type { Claim, Entry } from '../pipeline/types';

/** The owner name of everything this module writes. */
export const HIGHLIGHT_OWNER = 'claims';
export const CLAIM_TAG = 'liveline-claim';
/** On each wrapper: the claim's key (claimKey), stable across re-analyses of a live page. */
export const CLAIM_ATTR = 'data-liveline-claim';

/** claimKey(claim): "<entry id>:<start>-<end>", the same for the same claim in every run. */
export const claimKey = (c: Claim): string => `${c.entryId}:${c.start}-${c.end}`;
export const CUE_CLASS_ATTR = 'data-liveline-cue-class';
/** On the first wrapper of a claim: "speaker · cue", shown on hover and focus. */
export const LABEL_ATTR = 'data-liveline-says';
/** Marks the wrappers as Liveline's own (the page layer's OWN_ATTR), so the observer ignores them. */
export const OWN_ATTR = 'data-liveline-own';

/** What the highlighter needs from the page layer (utils/page/layer.ts PageLayer). */
export interface HighlightLayer {
  setCss(owner: string, css: string): void;
  /** Optional: nodes Liveline split or moved, so the observer does not take them for page changes. */
  noteOwnNodes?(nodes: readonly Node[]): void;
}

export const HIGHLIGHT_CSS = `
html[data-liveline] ${CLAIM_TAG}[${CLAIM_ATTR}] { background: rgba(250, 204, 21, .22) !important; color: inherit !important;
  border-bottom: 2px solid #ca8a04 !important; border-radius: 2px; cursor: help; position: relative; }
html[data-liveline] ${CLAIM_TAG}[${CUE_CLASS_ATTR}="hedged"] { background: rgba(251, 146, 60, .18) !important; border-bottom: 2px dashed #c2410c !important; }
html[data-liveline] ${CLAIM_TAG}[${CUE_CLASS_ATTR}="denial"] { background: rgba(148, 163, 184, .22) !important; border-bottom: 2px dotted #475569 !important; }
html[data-liveline] ${CLAIM_TAG}[${LABEL_ATTR}]:focus { outline: 2px solid #2563eb !important; outline-offset: 1px; }
html[data-liveline] ${CLAIM_TAG}[${LABEL_ATTR}]:hover::before, html[data-liveline] ${CLAIM_TAG}[${LABEL_ATTR}]:focus::before {
  content: attr(${LABEL_ATTR}); position: absolute; left: 0; bottom: 100%; z-index: 2147483646; white-space: nowrap;
  max-width: 60ch; overflow: hidden; text-overflow: ellipsis; padding: 2px 6px; border-radius: 4px;
  font: 600 12px/1.4 system-ui, sans-serif; color: #fff; background: #1f2937; pointer-events: none; }
`;

interface Wrap { wrapper: Element; head: Text | null; mid: Text; tail: Text | null }

/** Highlighter: the claim highlights of one page, entry by entry. Writes only wrappers it can take back. */
export class Highlighter {
  private readonly wraps = new Map<string, Wrap[]>();

  constructor(private readonly doc: Document, private readonly layer: HighlightLayer) {}

  /** show(entries, claims, only?): highlights the claims of every entry (or of the entries in `only`). The
   * page's summary pseudo-entry (analysis.summary) is passed as one more entry. */
  show(entries: readonly Entry[], claims: readonly Claim[], only?: ReadonlySet<string>): void {
    this.layer.setCss(HIGHLIGHT_OWNER, HIGHLIGHT_CSS);
    const byEntry = new Map<string, Claim[]>();
    for (const c of claims) byEntry.set(c.entryId, [...(byEntry.get(c.entryId) ?? []), c]);
    const starts = new Set(entries.map((e) => e.element));
    for (const e of entries) {
      if (only && !only.has(e.id)) continue;
      this.clearEntry(e.id);
      const list = byEntry.get(e.id);
      if (!list || !e.element?.isConnected) continue;
      // the entry's element (or every element it is known to span: the summary's paragraphs) first; its
      // following siblings only when the page spreads the entry over them
      let map = mapVisibleText(e.elements?.length ? e.elements : e.element);
      if (list.some((c) => locate(map, e.text, c) < 0)) {
        const roots = entryRoots(e.element, starts);
        if (roots.length > 1) map = mapVisibleText(roots);
      }
      const done: Wrap[] = [];
      this.wraps.set(e.id, done);
      // last claim first: splitting a text node keeps the offsets of everything before the split valid
      const placed = list.map((claim) => ({ claim, at: locate(map, e.text, claim) })).filter((p) => p.at >= 0).sort((a, b) => b.at - a.at);
      try {
        for (const { claim, at } of placed) {
          if (overlapsDone(map, at, at + claim.text.length, done)) continue;
          const slices = slicesOf(map, at, at + claim.text.length);
          for (let k = slices.length - 1; k >= 0; k--) done.push(this.wrap(slices[k], claim, k === 0));
        }
      } catch {
        // a page that changed under us: what was wrapped stays recorded, so clear() still takes it back
      }
      if (!done.length) this.wraps.delete(e.id);
    }
  }

  /** update(entries, claims, changedIds): re-highlights changed entries and drops removed ones. */
  update(entries: readonly Entry[], claims: readonly Claim[], changedIds: ReadonlySet<string>): void {
    const present = new Set(entries.map((e) => e.id));
    for (const id of [...this.wraps.keys()]) if (!present.has(id)) this.clearEntry(id);
    this.show(entries, claims, changedIds);
  }

  /** clear(): every highlight unwrapped, split text nodes joined again; the stylesheet rules dropped. */
  clear(): void {
    for (const id of [...this.wraps.keys()]) this.clearEntry(id);
    this.layer.setCss(HIGHLIGHT_OWNER, '');
  }

  /** The first wrapper of a claim, to scroll to or focus, or null (a claim the page's text did not hold). */
  elementFor(claim: Claim): HTMLElement | null {
    const key = claimKey(claim);
    for (const w of this.wraps.get(claim.entryId) ?? []) {
      if (w.wrapper.getAttribute(CLAIM_ATTR) === key && w.wrapper.hasAttribute(LABEL_ATTR)) return w.wrapper as HTMLElement;
    }
    return null;
  }

  get count(): number {
    let n = 0;
    for (const w of this.wraps.values()) n += w.length;
    return n;
  }

  private wrap(slice: NodeSlice, claim: Claim, first: boolean): Wrap {
    const { node, start, end } = slice;
    const mid = start > 0 ? node.splitText(start) : node;
    const tail = end - start < mid.data.length ? mid.splitText(end - start) : null;
    const wrapper = this.doc.createElement(CLAIM_TAG);
    wrapper.setAttribute(OWN_ATTR, HIGHLIGHT_OWNER);
    wrapper.setAttribute(CLAIM_ATTR, claimKey(claim));
    wrapper.setAttribute(CUE_CLASS_ATTR, claim.cueClass);
    if (first) {
      const says = `${claim.speaker} · ${claim.cue}${claim.hedged && claim.cueClass !== 'hedged' ? ' (hedged)' : ''}`;
      wrapper.setAttribute(LABEL_ATTR, says);
      wrapper.setAttribute('title', says);
      wrapper.setAttribute('tabindex', '0');
      wrapper.setAttribute('role', 'mark');
      wrapper.setAttribute('aria-label', `${claim.speaker}, ${claim.cue}: ${claim.text}`);
    }
    this.layer.noteOwnNodes?.([node, mid, ...(tail ? [tail] : []), wrapper]);
    mid.parentNode!.insertBefore(wrapper, mid);
    wrapper.appendChild(mid);
    return { wrapper, head: start > 0 ? node : null, mid, tail };
  }

  private clearEntry(id: string): void {
    const list = this.wraps.get(id);
    if (!list) return;
    // undo in reverse order: each wrap split the node the next one may have split again
    for (let k = list.length - 1; k >= 0; k--) {
      const { wrapper, head, mid, tail } = list[k];
      const parent = wrapper.parentNode;
      if (!parent) continue;
      this.layer.noteOwnNodes?.([wrapper, mid, ...(head ? [head] : []), ...(tail ? [tail] : [])]);
      parent.insertBefore(mid, wrapper);
      wrapper.remove();
      if (tail && tail.parentNode === parent && mid.nextSibling === tail) {
        mid.appendData(tail.data);
        tail.remove();
      }
      if (head && head.parentNode === parent && head.nextSibling === mid) {
        head.appendData(mid.data);
        mid.remove();
      }
    }
    this.wraps.delete(id);
  }
}

/** Longest run of sibling elements one entry may span. */
const MAX_SPREAD = 60;

/** entryRoots(element, starts): the entry's element and, where the page spreads an entry over siblings (a time
 * heading, then paragraphs), the siblings up to the next entry's element. Only text inside entries is wrapped. */
export function entryRoots(element: Element, starts: ReadonlySet<Element>): Element[] {
  const roots = [element];
  for (let sib = element.nextElementSibling; sib && roots.length < MAX_SPREAD; sib = sib.nextElementSibling) {
    if (starts.has(sib) || [...starts].some((s) => s !== element && sib!.contains(s))) break;
    roots.push(sib);
  }
  return roots;
}

/** True when text nodes of map.text[from, to) are already inside a wrapper (claims never nest). */
function overlapsDone(map: TextMap, from: number, to: number, done: readonly Wrap[]): boolean {
  const wrapped = new Set(done.map((w) => w.mid));
  for (let i = from; i < to; i++) {
    const node = map.nodes[i];
    if (node && (wrapped.has(node) || node.parentElement?.tagName.toLowerCase() === CLAIM_TAG)) return true;
  }
  return false;
}

/** Where claim.text sits in the element's text: at its own offset when the texts agree, else the occurrence
 * nearest to where it sits in the entry's text; -1 when it is not there (a claim in a title the page moved). */
export function locate(map: TextMap, entryText: string, claim: Claim): number {
  if (!claim.text) return -1;
  if (map.text.slice(claim.start, claim.end) === claim.text) return claim.start;
  const want = entryText.length ? (claim.start / entryText.length) * map.text.length : 0;
  let best = -1;
  for (let at = map.text.indexOf(claim.text); at >= 0; at = map.text.indexOf(claim.text, at + 1)) {
    if (best < 0 || Math.abs(at - want) < Math.abs(best - want)) best = at;
  }
  return best;
}
