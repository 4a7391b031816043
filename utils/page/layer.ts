// The page layer: the one place Liveline writes to the page. Everything it writes is a marker attribute, one
// stylesheet element, or an element it inserted itself (marked OWN_ATTR); it never removes or edits a page node,
// so removeAll() gives back the page exactly as it was (same serialised DOM).

/** Every attribute Liveline writes starts with this; the observer ignores changes to them. */
export const ATTR_PREFIX = 'data-liveline';
/** On <html> while Liveline's view is applied; every rule of the stylesheet hangs off it. */
export const ROOT_ATTR = 'data-liveline';
/** On each entry element: the entry's id. */
export const ENTRY_ATTR = 'data-liveline-entry';
/** On each element Liveline inserted (the stylesheet, later a panel host). */
export const OWN_ATTR = 'data-liveline-own';

interface AttrRecord {
  owner: string;
  /** The page's own value before Liveline wrote, or null if it had none. */
  previous: string | null;
}

/** PageLayer(document): records every write so that one owner's, or all, can be undone exactly. */
export class PageLayer {
  private readonly attrs = new Map<Element, Map<string, AttrRecord>>();
  private readonly css = new Map<string, string>();
  private readonly own = new Map<Element, string>();
  private style: HTMLStyleElement | null = null;
  /** Page nodes Liveline just split or moved (wrapping text); their mutation records are ours until settle(). */
  private readonly touched = new Set<Node>();

  constructor(readonly doc: Document) {}

  /** setAttr(owner, el, name, value): writes a marker attribute (name must start with ATTR_PREFIX). */
  setAttr(owner: string, el: Element, name: string, value: string): void {
    if (!name.startsWith(ATTR_PREFIX)) throw new Error(`page layer: ${name} is not a Liveline attribute`);
    let byName = this.attrs.get(el);
    if (!byName) this.attrs.set(el, (byName = new Map()));
    if (!byName.has(name)) byName.set(name, { owner, previous: el.getAttribute(name) });
    if (el.getAttribute(name) !== value) el.setAttribute(name, value);
  }

  /** clearAttr(el, name): puts back what the page had (nothing, usually). */
  clearAttr(el: Element, name: string): void {
    const byName = this.attrs.get(el);
    const record = byName?.get(name);
    if (!byName || !record) return;
    if (record.previous === null) el.removeAttribute(name);
    else el.setAttribute(name, record.previous);
    byName.delete(name);
    if (byName.size === 0) this.attrs.delete(el);
  }

  /** setCss(owner, css): the owner's rules in the one stylesheet ('' drops them). Rules should start with
   *  `html[data-liveline]` so that removing the root marker switches the whole view off. */
  setCss(owner: string, css: string): void {
    if (css) this.css.set(owner, css);
    else this.css.delete(owner);
    const text = [...this.css.entries()].map(([o, c]) => `/* ${o} */\n${c}`).join('\n');
    if (!text) {
      this.style?.remove();
      this.style = null;
      return;
    }
    if (!this.style) {
      this.style = this.doc.createElement('style');
      this.style.setAttribute(OWN_ATTR, 'style');
      (this.doc.head ?? this.doc.documentElement).appendChild(this.style);
    }
    if (this.style.textContent !== text) this.style.textContent = text;
  }

  /** insert(owner, el, parent, before): adds an element of Liveline's own (marked, removed by removeAll). */
  insert<T extends Element>(owner: string, el: T, parent: Node, before: Node | null = null): T {
    el.setAttribute(OWN_ATTR, owner);
    this.own.set(el, owner);
    parent.insertBefore(el, before);
    return el;
  }

  /** removeOwner(owner): undoes everything one owner (feature) wrote. */
  removeOwner(owner: string): void {
    for (const [el, byName] of [...this.attrs]) {
      for (const [name, record] of [...byName]) if (record.owner === owner) this.clearAttr(el, name);
    }
    for (const [el, o] of [...this.own]) {
      if (o !== owner) continue;
      el.remove();
      this.own.delete(el);
    }
    this.setCss(owner, '');
  }

  /** removeAll(): the page exactly as it was before Liveline wrote anything. */
  removeAll(): void {
    for (const [el, byName] of [...this.attrs]) for (const name of [...byName.keys()]) this.clearAttr(el, name);
    for (const el of this.own.keys()) el.remove();
    this.own.clear();
    this.css.clear();
    this.setCss('', '');
  }

  /** Entry elements and owners currently written (for tests and the status). */
  get markedCount(): number {
    return this.attrs.size;
  }

  /** noteOwnNodes(nodes): page nodes Liveline is about to split or move (text wrapped in its own elements), so
   *  the observer does not take those changes for the page's. Holds until settle(). */
  noteOwnNodes(nodes: readonly Node[]): void {
    for (const n of nodes) this.touched.add(n);
  }

  /** settle(): the observer has seen the records of Liveline's last writes. */
  settle(): void {
    this.touched.clear();
  }

  /** isOwn(node): true for Liveline's own elements and anything inside them. */
  isOwn(node: Node | null): boolean {
    for (let n: Node | null = node; n; n = n.parentNode) {
      if (n === this.style || this.own.has(n as Element)) return true;
      if (n.nodeType === 1 && (n as Element).hasAttribute(OWN_ATTR)) return true;
    }
    return false;
  }

  /** isOwnMutation(record): a change Liveline made itself, which the observer must not react to. */
  isOwnMutation(record: MutationRecord): boolean {
    if (record.type === 'attributes') return (record.attributeName ?? '').startsWith(ATTR_PREFIX) || this.isOwn(record.target);
    if (this.isOwn(record.target)) return true;
    if (record.type === 'characterData') return this.touched.has(record.target);
    if (record.type !== 'childList') return false;
    const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
    return nodes.length > 0 && nodes.every((n) => n === this.style || this.touched.has(n) || this.isOwn(n));
  }
}
