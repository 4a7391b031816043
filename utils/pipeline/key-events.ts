// Key events the page lists apart from its entries: a "Key events" / "Highlights" box whose links jump to
// entries in the same page (the Guardian's "?page=with:block-x#block-x", a plain "#post-108"). The entries those
// links reach are key events even when nothing on the entry itself says so. Pure: reads the document only.
import type { Entry } from './types';

/**
 * A link list that reaches more than this share of the entries is a table of contents, not a choice of key
 * events, unless its own label says key events.
 */
const MAX_SHARE_UNLABELLED = 0.5;
/** Words that name a key-events box (class, id, aria-label or its first heading), in the corpus languages. */
const KEY_LABEL =
  /key[\s_-]?events?|key[\s_-]?points?|highlights?|pinned|temps forts|l'essentiel|das wichtigste|überblick|lo más importante|momentos clave|in evidenza|hoogtepunten/i;

/** The fragment a same-page link jumps to ("#x", "?page=2#x", or the page's own URL with "#x"); else null. */
export function sameDocumentFragment(href: string, pageUrl: string): string | null {
  const hash = href.indexOf('#');
  if (hash < 0 || hash === href.length - 1) return null;
  const before = href.slice(0, hash);
  if (before && !before.startsWith('?')) {
    try {
      const target = new URL(before, pageUrl || undefined);
      const page = new URL(pageUrl);
      if (target.host !== page.host || target.pathname !== page.pathname) return null;
    } catch {
      return null;
    }
  }
  try {
    return decodeURIComponent(href.slice(hash + 1));
  } catch {
    return href.slice(hash + 1);
  }
}

/** The entry an element belongs to: it holds it, or the element is an empty anchor just before the entry. */
function entryAt(target: Element, owner: (el: Element) => Entry | null): Entry | null {
  return owner(target) ?? (target.textContent?.trim() ? null : target.nextElementSibling && owner(target.nextElementSibling));
}

/** The box a link sits in, for its label: the nearest list, nav, aside or section around it. */
function boxOf(link: Element): Element | null {
  return link.closest('ul, ol, nav, aside, section, [role="list"], [role="navigation"]');
}

function labelled(box: Element | null): boolean {
  for (let el = box, depth = 0; el && depth < 3; el = el.parentElement, depth++) {
    const heading = el.querySelector('h2, h3, h4, [role="heading"]')?.textContent ?? '';
    const words = `${el.getAttribute('class') ?? ''} ${el.id} ${el.getAttribute('aria-label') ?? ''} ${heading.slice(0, 80)}`;
    if (KEY_LABEL.test(words)) return true;
  }
  return false;
}

/**
 * linkedKeyEvents(doc, entries, pageUrl): ids of the entries that the page's own key-events box links to.
 * Links inside entries do not count; a box linking to most entries counts only when labelled as key events.
 */
export function linkedKeyEvents(doc: Document, entries: readonly Entry[], pageUrl: string): Set<string> {
  const result = new Set<string>();
  if (entries.length < 2) return result;
  const roots = new Map<Element, Entry>();
  for (const e of entries) for (const el of e.elements ?? [e.element]) roots.set(el, e);
  const owner = (el: Element): Entry | null => {
    for (let cur: Element | null = el; cur; cur = cur.parentElement) {
      const hit = roots.get(cur);
      if (hit) return hit;
    }
    return null;
  };
  const byBox = new Map<Element | null, Set<string>>();
  for (const a of Array.from(doc.querySelectorAll('a[href*="#"]'))) {
    const fragment = sameDocumentFragment(a.getAttribute('href') ?? '', pageUrl);
    if (!fragment || owner(a)) continue;
    const target = doc.getElementById(fragment);
    const entry = target && entryAt(target, owner);
    if (!entry) continue;
    const box = boxOf(a);
    const ids = byBox.get(box) ?? new Set<string>();
    ids.add(entry.id);
    byBox.set(box, ids);
  }
  for (const [box, ids] of byBox) {
    if (ids.size / entries.length > MAX_SHARE_UNLABELLED && !labelled(box)) continue;
    for (const id of ids) result.add(id);
  }
  return result;
}
