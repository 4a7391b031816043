// The clean view's writer: hides clutter blocks with one marker attribute (data-liveline-hidden="<kind>") and
// rules in Liveline's one stylesheet, releases the scroll lock an overlay put on <html>/<body> with a marker and
// a CSS override (their style attributes are never touched), and on request shows each hidden block in place,
// outlined, under a label made with textContent. Everything goes through the page layer, so turning the view
// off gives the page back exactly as it was.
import { KIND_LABEL } from '../pipeline/clutter-select';
import type { ClutterBlock, ClutterKind } from '../pipeline/types';

/** The owner name of everything this module writes. */
export const HIDE_OWNER = 'clutter';
export const HIDDEN_ATTR = 'data-liveline-hidden';
/** On <html> while "show what was hidden" is on. */
export const REVEAL_ATTR = 'data-liveline-reveal';
/** On <html> and <body> when an overlay had locked scrolling. */
export const UNLOCK_ATTR = 'data-liveline-unlock';
/** On each label Liveline inserts in reveal mode (its value is the kind). */
export const LABEL_ATTR = 'data-liveline-label';

/** What hide needs from the page layer (utils/page/layer.ts PageLayer has exactly this shape). */
export interface HideLayer {
  setAttr(owner: string, el: Element, name: string, value: string): void;
  clearAttr(el: Element, name: string): void;
  setCss(owner: string, css: string): void;
  insert<T extends Element>(owner: string, el: T, parent: Node, before?: Node | null): T;
  removeOwner(owner: string): void;
}

/** The rules; all hang off html[data-liveline] (the layer's root marker), so dropping it shows everything. */
export const HIDE_CSS = `
html[data-liveline]:not([${REVEAL_ATTR}]) [${HIDDEN_ATTR}] { display: none !important; }
html[data-liveline][${REVEAL_ATTR}] [${HIDDEN_ATTR}] { outline: 2px dashed #b45309 !important; outline-offset: 2px !important; }
html[data-liveline] [${LABEL_ATTR}] { display: block !important; position: static !important; margin: 6px 0 2px !important;
  padding: 2px 8px !important; font: 600 12px/1.5 system-ui, sans-serif !important; color: #7c2d12 !important;
  background: #fff7ed !important; border: 1px solid #b45309 !important; border-radius: 4px !important; }
html[data-liveline]:not([${REVEAL_ATTR}]) [${LABEL_ATTR}] { display: none !important; }
html[data-liveline][${UNLOCK_ATTR}], html[data-liveline] body[${UNLOCK_ATTR}] { overflow: auto !important;
  overflow-y: auto !important; position: static !important; height: auto !important; touch-action: auto !important; }
`;

/** Class names pages put on <html>/<body> to stop scrolling under a modal. */
const LOCK_CLASS = /(^|[\s_-])(modal-open|no-?scroll|noscroll|scroll-?lock(ed)?|overflow-hidden|is-locked|has-modal|tp-modal-open|sp-message-open|didomi-popup-open|fc-consent-root|disable-scroll|stop-scrolling)($|[\s_-])/i;

/** isScrollLocked(el): the element's own style or class, or its computed style where there is layout. */
export function isScrollLocked(el: Element): boolean {
  const style = el.getAttribute('style') ?? '';
  if (/overflow(-y)?\s*:\s*(hidden|clip)/i.test(style) || /position\s*:\s*fixed/i.test(style)) return true;
  if (LOCK_CLASS.test(el.getAttribute('class') ?? '')) return true;
  const view = el.ownerDocument.defaultView;
  try {
    const cs = view?.getComputedStyle?.(el);
    if (cs && (cs.overflowY === 'hidden' || cs.overflow === 'hidden' || cs.position === 'fixed')) return true;
  } catch {
    // No layout (a detached or foreign document): the attributes said what they could.
  }
  return false;
}

/** isPinned(el): fixed or sticky where there is layout (the computed position survives display: none). */
export function isPinned(el: Element): boolean {
  try {
    const position = el.ownerDocument.defaultView?.getComputedStyle?.(el).position;
    return position === 'fixed' || position === 'sticky';
  } catch {
    return false;
  }
}

/** countByKind(blocks): how many blocks of each kind were found (the popup shows it). Pure. */
export function countByKind(blocks: readonly ClutterBlock[]): Partial<Record<ClutterKind, number>> {
  const out: Partial<Record<ClutterKind, number>> = {};
  for (const b of blocks) out[b.kind] = (out[b.kind] ?? 0) + 1;
  return out;
}

/** Hider: the hidden blocks of one page. Writes only through the layer, under HIDE_OWNER. */
export class Hider {
  private readonly hidden = new Map<Element, ClutterBlock>();
  private readonly labels = new Map<Element, Element>();
  private reveals = false;

  constructor(private readonly doc: Document, private readonly layer: HideLayer) {}

  /** apply(blocks, enabled): hides exactly the blocks of the enabled kinds; others are shown again. */
  apply(blocks: readonly ClutterBlock[], enabled: Readonly<Record<ClutterKind, boolean>>): void {
    const want = new Map(blocks.filter((b) => enabled[b.kind] && b.element.isConnected).map((b) => [b.element, b] as const));
    for (const el of [...this.hidden.keys()]) if (!want.has(el)) this.show(el);
    this.add([...want.values()], enabled);
  }

  /** add(blocks, enabled): hides more blocks (live updates), keeping those already hidden. */
  add(blocks: readonly ClutterBlock[], enabled: Readonly<Record<ClutterKind, boolean>>): void {
    this.layer.setCss(HIDE_OWNER, HIDE_CSS);
    for (const b of blocks) {
      if (!enabled[b.kind] || this.hidden.get(b.element)?.kind === b.kind) continue;
      this.hidden.set(b.element, b);
      this.layer.setAttr(HIDE_OWNER, b.element, HIDDEN_ATTR, b.kind);
      if (this.reveals) this.label(b);
    }
    this.unlock();
  }

  /** reveal(on): "show what was hidden": each hidden block in place, outlined, under its kind and reason. */
  reveal(on: boolean): void {
    this.reveals = on;
    const root = this.doc.documentElement;
    if (on) {
      this.layer.setAttr(HIDE_OWNER, root, REVEAL_ATTR, '');
      for (const b of this.hidden.values()) this.label(b);
    } else {
      this.layer.clearAttr(root, REVEAL_ATTR);
      for (const el of [...this.labels.keys()]) this.unlabel(el);
    }
  }

  /** clear(): shows everything again and removes every mark, label and rule this module wrote. */
  clear(): void {
    this.layer.removeOwner(HIDE_OWNER);
    this.hidden.clear();
    this.labels.clear();
    this.reveals = false;
  }

  /** True while "show what was hidden" is on. */
  get revealing(): boolean {
    return this.reveals;
  }

  /** The blocks hidden now, in the order they were hidden. */
  get blocks(): ClutterBlock[] {
    return [...this.hidden.values()];
  }

  private show(el: Element): void {
    this.hidden.delete(el);
    this.layer.clearAttr(el, HIDDEN_ATTR);
    this.unlabel(el);
  }

  private label(b: ClutterBlock): void {
    const parent = b.element.parentNode;
    if (this.labels.has(b.element) || !parent) return;
    const label = this.doc.createElement('div');
    label.setAttribute(LABEL_ATTR, b.kind);
    label.textContent = `Hidden by Liveline · ${b.reason || KIND_LABEL[b.kind]}`;
    this.labels.set(b.element, this.layer.insert(HIDE_OWNER, label, parent, b.element));
  }

  private unlabel(el: Element): void {
    const label = this.labels.get(el);
    if (!label) return;
    this.labels.delete(el);
    label.remove(); // Liveline's own node, never the page's
  }

  /** Marks <html>/<body> so the stylesheet lets the page scroll again, once an overlay is hidden. */
  private unlock(): void {
    if (![...this.hidden.values()].some((b) => b.overlay || isPinned(b.element))) return;
    for (const el of [this.doc.documentElement, this.doc.body]) {
      if (el && !el.hasAttribute(UNLOCK_ATTR) && isScrollLocked(el)) this.layer.setAttr(HIDE_OWNER, el, UNLOCK_ATTR, '');
    }
  }
}
