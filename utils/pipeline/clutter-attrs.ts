import { MAX_LABEL } from './clutter-evidence';
import { isInvisibleTag } from './text';

// What the clutter walk reads from one element's attributes, in one pass over their names. Most elements carry
// a class and little else; reading `el.attributes` would make an Attr object per attribute, and a dozen
// getAttribute calls would ask for names that are not there. Pure: reads, never writes.

/** What the walk knows of an element's attributes (one object, refilled for each element). */
export interface Attrs {
  /** Not shown to a reader: a script, style, … tag, `hidden` or `aria-hidden="true"` (see text.ts). */
  invisible: boolean;
  role: string;
  itemprop: string | null;
  style: string | null;
  modal: boolean;
  /** class, id, component names and a short aria-label, as one string of tokens ("" when none). */
  names: string;
}

const NAME_ATTRS = new Set(['class', 'id', 'data-component', 'data-module', 'data-testid', 'data-test-id', 'data-mod', 'data-role', 'data-type']);
/** Every attribute the walk reads; the others are passed over by name. */
const READ = new Set([...NAME_ATTRS, 'role', 'style', 'itemprop', 'aria-modal', 'aria-label', 'hidden', 'aria-hidden']);

const invisibleTag = new Map<string, boolean>();

/**
 * readAttrs(el, a): fills `a` with what the walk reads from `el` and returns it (the walk keeps one object for
 * every element, so a page of thousands of elements makes none). Reads attributes in the element's own order.
 */
export function readAttrs(el: Element, a: Attrs): Attrs {
  const tag = el.tagName;
  let skip = invisibleTag.get(tag);
  if (skip === undefined) invisibleTag.set(tag, (skip = isInvisibleTag(tag)));
  a.invisible = skip;
  a.role = '';
  a.itemprop = null;
  a.style = null;
  a.modal = false;
  a.names = '';
  if (skip || !el.hasAttributes()) return a;
  // names is ' ' + each value, trimmed; one value (the common case, a class) is taken as it is.
  let first = '';
  let names = '';
  let n = 0;
  for (const name of el.getAttributeNames()) {
    if (!READ.has(name)) continue;
    const value = el.getAttribute(name) ?? '';
    let piece: string | null = null;
    if (NAME_ATTRS.has(name)) {
      if (value) piece = value;
    } else if (name === 'role') a.role = value;
    else if (name === 'style') a.style = value;
    else if (name === 'itemprop') a.itemprop = value;
    else if (name === 'aria-modal') a.modal = value === 'true';
    else if (name === 'aria-label') {
      if (value.length <= MAX_LABEL) piece = value.trim().replace(/\s+/g, '-');
    } else if (name === 'hidden' || (name === 'aria-hidden' && value === 'true')) a.invisible = true;
    if (piece === null) continue;
    if (n === 0) first = piece;
    else names = n === 1 ? ` ${first} ${piece}` : `${names} ${piece}`;
    n++;
  }
  a.names = n === 0 ? '' : n === 1 ? first.trim() : names.trim();
  return a;
}

/** A fresh Attrs to refill. */
export const newAttrs = (): Attrs => ({ invisible: false, role: '', itemprop: null, style: null, modal: false, names: '' });
