import { type Evidence, MAX_LABEL, WEIGHT, isClutterText, isOverlayNames, isOverlayStyle, judgeControl, judgeField, judgeNames, judgeText } from './clutter-evidence';
import { isInvisibleElement } from './text';
import { CLUTTER_KINDS, type ClutterKind } from './types';

// One walk over a subtree (iterative: deep nesting cannot overflow the stack) that adds up, for every element,
// how much visible text it holds, how much of that is not clutter text, and the clutter evidence found inside it.
// Entries are never entered. Pure: reads the DOM, writes nothing.

/** What the walk knows about one element's subtree. */
export interface BlockStats {
  /** Characters of visible text (white space collapsed). */
  text: number;
  /** Characters of that text that are reading matter: not a clutter prompt, a clutter link or a short button. */
  foreign: number;
  /** Evidence weight per kind (index into CLUTTER_KINDS), or null when there is none. */
  score: number[] | null;
  /** How many pieces of strong evidence per kind (same index), or null. */
  strong: number[] | null;
  /** This element itself is laid over the page (fixed or sticky style, dialog role, modal class). */
  overlay: boolean;
  /** Is or holds an entry, the headline or the article body: never hidden. */
  guarded: boolean;
  /** Index in Scan.order of this element's last descendant (its subtree is order[i..end]). */
  end: number;
}

/** Elements the walk treats specially: entries (skipped) and guarded elements (never hidden). */
export interface Guard {
  entries: ReadonlySet<Element>;
  guarded: ReadonlySet<Element>;
}

export interface Scan {
  /** Every element walked, in document order. */
  order: Element[];
  stats: Map<Element, BlockStats>;
  /** Where each piece of evidence was found (for the reason shown to the reader). */
  evidence: Map<Element, Evidence[]>;
}

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav',
  'ol', 'p', 'pre', 'section', 'summary', 'table', 'td', 'th', 'tr', 'ul', 'br', 'html', 'time',
]);
/** Site furniture whose links ("Subscribe", "Log in") are navigation, not prompts. */
const ZONE = new Set(['header', 'nav', 'footer']);
const ZONE_ROLES = new Set(['banner', 'navigation', 'contentinfo', 'search', 'menu', 'menubar']);
const CONTROL = new Set(['a', 'button']);
const NAME_ATTRS = ['data-component', 'data-module', 'data-testid', 'data-test-id', 'data-mod', 'data-role', 'data-type'];
const KIND_INDEX = new Map(CLUTTER_KINDS.map((k, i) => [k, i] as const));
/** Short buttons ("Maybe later", "Close") are page furniture, neither clutter nor reading matter. */
const NEUTRAL_BUTTON = 30;

const newStats = (): BlockStats => ({ text: 0, foreign: 0, score: null, strong: null, overlay: false, guarded: false, end: 0 });
const zeros = (): number[] => new Array<number>(CLUTTER_KINDS.length).fill(0);

/** scan(root, guard): the walk. Reads only. */
export function scan(root: Element, guard: Guard): Scan {
  const order: Element[] = [];
  const stats = new Map<Element, BlockStats>();
  const evidence = new Map<Element, Evidence[]>();
  const owners: Element[] = [];
  const controls: Array<{ el: Element; start: number; flushes: number }> = [];
  const openWeak = new Map<ClutterKind, Element>();
  let zone = 0;
  const zones: Element[] = [];
  // Pages repeat the same class strings thousands of times: judge each distinct one once.
  const nameCache = new Map<string, { evs: Evidence[]; overlay: boolean }>();
  const judgeNamesCached = (names: string): { evs: Evidence[]; overlay: boolean } => {
    let hit = nameCache.get(names);
    if (!hit) nameCache.set(names, (hit = { evs: judgeNames(names), overlay: isOverlayNames(names) }));
    return hit;
  };
  let run = '';
  let runCta = 0;
  let runNeutral = 0;
  let flushes = 0;

  const add = (el: Element, evs: Evidence[]): void => {
    if (evs.length === 0) return;
    const s = stats.get(el);
    if (!s) return;
    s.score ??= zeros();
    s.strong ??= zeros();
    for (const e of evs) {
      const i = KIND_INDEX.get(e.kind) ?? 0;
      s.score[i] += e.weight;
      if (e.strong) s.strong[i]++;
    }
    const list = evidence.get(el);
    if (list) list.push(...evs);
    else evidence.set(el, [...evs]);
  };

  const flush = (): void => {
    flushes++;
    const owner = owners[owners.length - 1];
    const text = run.replace(/\s+/g, ' ').trim();
    if (owner && text) {
      const s = stats.get(owner);
      // A run that is only link and button labels was judged as those controls already.
      const evs = zone > 0 || runCta + runNeutral >= text.length ? [] : judgeText(text);
      if (s) {
        s.text += text.length;
        s.foreign += isClutterText(evs) ? 0 : Math.max(0, text.length - runCta - runNeutral);
      }
      add(owner, evs);
    }
    run = '';
    runCta = 0;
    runNeutral = 0;
  };

  const enter = (el: Element): void => {
    const tag = el.localName;
    const s = newStats();
    stats.set(el, s);
    order.push(el);
    // One pass over the attributes (most elements have none or one) instead of a dozen getAttribute calls.
    const a = readAttrs(el);
    if (ZONE.has(tag) || ZONE_ROLES.has(a.role)) {
      zone++;
      zones.push(el);
    }
    if (tag === 'h1' || guard.guarded.has(el)) s.guarded = true;
    if (a.itemprop && /\b(headline|articleBody|liveBlogUpdate)\b/.test(a.itemprop)) s.guarded = true;
    if (BLOCK.has(tag) || tag.includes('-')) {
      flush();
      owners.push(el);
    }
    if (CONTROL.has(tag) || a.role === 'button') controls.push({ el, start: run.length, flushes });
    if (zone > 0) return;
    const judged = a.names ? judgeNamesCached(a.names) : null;
    if (judged) {
      // A weak class word ("share", "promo") counts once down a chain of nested wrappers that all repeat it.
      const evs = judged.evs.filter((e) => e.weight > WEIGHT.weakAttr || !openWeak.has(e.kind));
      for (const e of evs) if (e.weight === WEIGHT.weakAttr) openWeak.set(e.kind, el);
      add(el, evs);
    }
    s.overlay = a.role === 'dialog' || a.role === 'alertdialog' || a.modal || tag === 'dialog' ||
      (a.style !== null && isOverlayStyle(a.style)) || (judged?.overlay ?? false);
    if (tag === 'input') {
      const hints = ['name', 'id', 'placeholder', 'autocomplete', 'aria-label'].map((n) => el.getAttribute(n) ?? '').join(' ');
      add(el, judgeField(el.getAttribute('type') ?? '', hints));
    }
  };

  const exit = (el: Element): void => {
    const tag = el.localName;
    const top = controls[controls.length - 1];
    if (top && top.el === el) {
      controls.pop();
      if (top.flushes === flushes && zone === 0) {
        const label = run.slice(top.start).replace(/\s+/g, ' ').trim();
        const evs = judgeControl(label, tag === 'a' ? el.getAttribute('href') : null);
        add(el, evs);
        if (evs.length > 0) runCta += label.length;
        else if (tag !== 'a' && label.length <= NEUTRAL_BUTTON) runNeutral += label.length;
      }
    }
    if (BLOCK.has(tag) || tag.includes('-')) {
      flush();
      owners.pop();
    }
    if (zones[zones.length - 1] === el) {
      zones.pop();
      zone--;
    }
    if (openWeak.size > 0) for (const [kind, at] of openWeak) if (at === el) openWeak.delete(kind);
    const s = stats.get(el);
    if (s) s.end = order.length - 1;
    const p = el.parentElement ? stats.get(el.parentElement) : undefined;
    if (s && p) {
      p.text += s.text;
      p.foreign += s.foreign;
      p.guarded ||= s.guarded;
      if (s.score && s.strong) {
        p.score ??= zeros();
        p.strong ??= zeros();
        for (let i = 0; i < s.score.length; i++) {
          p.score[i] += s.score[i];
          p.strong[i] += s.strong[i];
        }
      }
    }
  };

  walk(root, guard, enter, exit, (text) => {
    run += text;
  });
  return { order, stats, evidence };
}

interface Attrs {
  role: string;
  itemprop: string | null;
  style: string | null;
  modal: boolean;
  /** class, id, component names and a short aria-label, as one string of tokens ("" when none). */
  names: string;
}

const NAME_SET = new Set(['class', 'id', ...NAME_ATTRS]);
const NO_ATTRS: Attrs = { role: '', itemprop: null, style: null, modal: false, names: '' };

/** readAttrs(el): what the scan reads from an element's attributes, in one pass. */
function readAttrs(el: Element): Attrs {
  const list = el.attributes;
  if (list.length === 0) return NO_ATTRS;
  const a: Attrs = { role: '', itemprop: null, style: null, modal: false, names: '' };
  for (let i = 0; i < list.length; i++) {
    const { name, value } = list[i];
    if (NAME_SET.has(name)) {
      if (value) a.names += ` ${value}`;
    } else if (name === 'role') a.role = value;
    else if (name === 'style') a.style = value;
    else if (name === 'itemprop') a.itemprop = value;
    else if (name === 'aria-modal') a.modal = value === 'true';
    else if (name === 'aria-label' && value.length <= MAX_LABEL) a.names += ` ${value.trim().replace(/\s+/g, '-')}`;
  }
  a.names = a.names.trim();
  return a;
}

/** Depth-first, in document order, without recursion; entries and invisible subtrees are not entered. */
function walk(root: Element, guard: Guard, enter: (el: Element) => void, exit: (el: Element) => void, text: (t: string) => void): void {
  const skip = (el: Element): boolean => guard.entries.has(el) || isInvisibleElement(el);
  if (skip(root)) return;
  enter(root);
  let node: Node | null = root.firstChild;
  while (node) {
    let descended = false;
    if (node.nodeType === 1) {
      const el = node as Element;
      if (!skip(el)) {
        enter(el);
        if (el.firstChild) {
          node = el.firstChild;
          descended = true;
        } else exit(el);
      }
    } else if (node.nodeType === 3) text(node.nodeValue ?? '');
    if (descended) continue;
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== root) exit(node as Element);
    }
    node = node && node !== root ? node.nextSibling : null;
  }
  exit(root);
}
