import { describe, expect, test } from 'vitest';
import { parseHtml } from '../../scripts/dom';
import { findClutter } from '../../utils/pipeline/clutter';
import { CLUTTER_KINDS, type ClutterKind } from '../../utils/pipeline/types';
import { countByKind, HIDDEN_ATTR, Hider, type HideLayer, LABEL_ATTR, REVEAL_ATTR, UNLOCK_ATTR } from '../../utils/page/hide';

/** A stand-in for the shell's PageLayer with the same contract: it can undo exactly what it wrote. */
class TestLayer implements HideLayer {
  private readonly prev = new Map<Element, Map<string, string | null>>();
  private readonly own = new Set<Element>();
  private style: Element | null = null;
  constructor(private readonly doc: Document) {}
  setAttr(_o: string, el: Element, name: string, value: string): void {
    if (!name.startsWith('data-liveline')) throw new Error(name);
    const m = this.prev.get(el) ?? new Map<string, string | null>();
    if (!m.has(name)) m.set(name, el.getAttribute(name));
    this.prev.set(el, m);
    el.setAttribute(name, value);
  }
  clearAttr(el: Element, name: string): void {
    const m = this.prev.get(el);
    if (!m || !m.has(name)) return;
    const v = m.get(name);
    if (v === null || v === undefined) el.removeAttribute(name);
    else el.setAttribute(name, v);
    m.delete(name);
  }
  setCss(_o: string, css: string): void {
    if (!this.style) {
      this.style = this.doc.createElement('style');
      this.doc.head.appendChild(this.style);
    }
    this.style.textContent = css;
  }
  insert<T extends Element>(_o: string, el: T, parent: Node, before: Node | null = null): T {
    this.own.add(el);
    parent.insertBefore(el, before);
    return el;
  }
  removeOwner(): void {
    for (const [el, m] of this.prev) for (const name of [...m.keys()]) this.clearAttr(el, name);
    for (const el of this.own) el.remove();
    this.style?.remove();
    this.style = null;
  }
}

const ALL = Object.fromEntries(CLUTTER_KINDS.map((k) => [k, true])) as Record<ClutterKind, boolean>;
const PAGE = `<!doctype html><html lang="en"><head><title>Live</title></head><body class="modal-open" style="overflow: hidden">
<main><h1>Live: the marathon</h1><article class="entry"><p>Kiptoo wins.</p></article>
<div class="x1"><p>Start your digital subscription today.</p><a href="/subscribe">Start now</a></div>
<div class="x2"><p>Follow us on Instagram</p><a href="https://www.facebook.com/sharer/sharer.php?u=x">Share</a></div></main>
<div class="x3" style="position:fixed;bottom:0"><p>Please refresh your browser to be logged in</p></div></body></html>`;

function setUp() {
  const doc = parseHtml(PAGE);
  doc.documentElement.setAttribute('data-liveline', 'on'); // the shell's root marker (set and cleared by the layer)
  const before = doc.documentElement.outerHTML;
  const layer = new TestLayer(doc);
  return { doc, before, layer, hider: new Hider(doc, layer), blocks: findClutter(doc, []) };
}

describe('Hider', () => {
  test('hides with one marker attribute per block and gives the page back exactly', () => {
    const { doc, before, hider, blocks } = setUp();
    hider.apply(blocks, ALL);
    expect(doc.querySelectorAll(`[${HIDDEN_ATTR}]`).length).toBe(blocks.length);
    expect(doc.querySelector('.x1')?.getAttribute(HIDDEN_ATTR)).toBe('subscription');
    expect(doc.querySelector('.entry')?.hasAttribute(HIDDEN_ATTR)).toBe(false);
    hider.reveal(true);
    hider.clear();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  test('only enabled kinds are hidden, and turning one off shows its blocks again', () => {
    const { doc, hider, blocks } = setUp();
    const defaults = { ...ALL, social: false, ad: false };
    hider.apply(blocks, defaults);
    expect(doc.querySelector('.x2')?.hasAttribute(HIDDEN_ATTR)).toBe(false);
    hider.apply(blocks, ALL);
    expect(doc.querySelector('.x2')?.getAttribute(HIDDEN_ATTR)).toBe('social');
    hider.apply(blocks, { ...ALL, subscription: false });
    expect(doc.querySelector('.x1')?.hasAttribute(HIDDEN_ATTR)).toBe(false);
    expect(countByKind(blocks)).toMatchObject({ subscription: 1, social: 1, login: 1 });
  });

  test('releases the scroll lock of a hidden overlay with a marker, never by editing the page style', () => {
    const { doc, hider, blocks } = setUp();
    hider.apply(blocks, ALL);
    expect(doc.body.getAttribute(UNLOCK_ATTR)).toBe('');
    expect(doc.body.getAttribute('style')).toBe('overflow: hidden');
  });

  test('"show what was hidden" labels each block in place with textContent', () => {
    const { doc, hider, blocks } = setUp();
    for (const b of blocks) b.reason = '<img src=x onerror=alert(1)> reason';
    hider.apply(blocks, ALL);
    hider.reveal(true);
    expect(doc.documentElement.hasAttribute(REVEAL_ATTR)).toBe(true);
    const labels = Array.from(doc.querySelectorAll(`[${LABEL_ATTR}]`));
    expect(labels).toHaveLength(blocks.length);
    expect(labels[0].nextElementSibling).toBe(blocks[0].element);
    expect(labels[0].querySelector('img')).toBeNull();
    expect(labels[0].textContent).toContain('<img');
    hider.reveal(false);
    expect(doc.querySelectorAll(`[${LABEL_ATTR}]`)).toHaveLength(0);
  });
});
