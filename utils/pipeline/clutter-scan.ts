import { newAttrs, readAttrs } from './clutter-attrs';
import { type Evidence, type NamesVerdict, WEIGHT, isClutterText, isOverlayStyle, judgeControl, judgeField, judgeNamesAll, judgeText } from './clutter-evidence';
import { CLUTTER_KINDS, type ClutterKind } from './types';

// One walk over a subtree (iterative: deep nesting cannot overflow the stack) that adds up, for every element,
// how much visible text it holds, how much of that is not clutter text, and the clutter evidence found inside it.
// Entries are never entered. Elements are numbered in walk order and their figures kept in arrays by number
// (no map from element to figures: the page's elements are many, its clutter few). Pure: reads the DOM only.

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
  /** The figures of order[i]. */
  stats: BlockStats[];
  /** Index of order[i]'s parent, -1 for the root of the walk. */
  parent: number[];
  /** Index of the walked sibling before order[i], -1 when none (siblings not walked are left out). */
  prev: number[];
  /** Where (index in order) each piece of evidence was found, in the order found (for the reason shown). */
  evidence: Map<number, Evidence[]>;
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
const KIND_INDEX = new Map(CLUTTER_KINDS.map((k, i) => [k, i] as const));
/** Short buttons ("Maybe later", "Close") are page furniture, neither clutter nor reading matter. */
const NEUTRAL_BUTTON = 30;
const GUARDED_PROPS = /\b(headline|articleBody|liveBlogUpdate)\b/;

const NONE: Evidence[] = [];
const zeros = (): number[] => new Array<number>(CLUTTER_KINDS.length).fill(0);

/** scan(root, guard): the walk. Reads only. */
export function scan(root: Element, guard: Guard): Scan {
  const order: Element[] = [];
  const stats: BlockStats[] = [];
  const parent: number[] = [];
  const prev: number[] = [];
  const evidence = new Map<number, Evidence[]>();
  /** Open elements (indices), innermost last; lastChild[k]: the last child entered of open[k]. */
  const open: number[] = [];
  const lastChild: number[] = [];
  const tags: string[] = [];
  const owners: number[] = [];
  const controls: Array<{ at: number; start: number; flushes: number }> = [];
  const openWeak = new Map<ClutterKind, number>();
  let zone = 0;
  const zones: number[] = [];
  // Pages repeat the same class strings thousands of times: judge each distinct one once.
  const nameCache = new Map<string, NamesVerdict>();
  const partCache = new Map<string, readonly string[]>();
  // … and the same short texts ("Share", a team's name, a time) by the hundred: judge each distinct one once.
  const textCache = new Map<string, Evidence[]>();
  const controlCache = new Map<string, Evidence[]>();
  const attrs = newAttrs();
  let run = '';
  let runCta = 0;
  let runNeutral = 0;
  let flushes = 0;

  const add = (at: number, evs: Evidence[]): void => {
    if (evs.length === 0) return;
    const s = stats[at];
    const score = (s.score ??= zeros());
    const strong = (s.strong ??= zeros());
    for (const e of evs) {
      const i = KIND_INDEX.get(e.kind) ?? 0;
      score[i] += e.weight;
      if (e.strong) strong[i]++;
    }
    const list = evidence.get(at);
    if (list) list.push(...evs);
    else evidence.set(at, [...evs]);
  };

  const flush = (): void => {
    flushes++;
    if (run === '') return;
    const owner = owners.length > 0 ? owners[owners.length - 1] : -1;
    // Most runs are the white space between two tags: trim() says so without a regular expression.
    const text = owner >= 0 && run.trim() !== '' ? run.replace(/\s+/g, ' ').trim() : '';
    if (text) {
      const s = stats[owner];
      // A run that is only link and button labels was judged as those controls already.
      let evs = NONE;
      if (zone === 0 && runCta + runNeutral < text.length) {
        const hit = textCache.get(text);
        if (hit) evs = hit;
        else textCache.set(text, (evs = judgeText(text)));
      }
      s.text += text.length;
      s.foreign += isClutterText(evs) ? 0 : Math.max(0, text.length - runCta - runNeutral);
      add(owner, evs);
    }
    run = '';
    runCta = 0;
    runNeutral = 0;
  };

  /** Enters el if it is shown and not an entry; false when it is skipped with its subtree. */
  const enter = (el: Element): boolean => {
    if (guard.entries.has(el)) return false;
    const a = readAttrs(el, attrs);
    if (a.invisible) return false;
    const tag = el.localName;
    const at = order.length;
    const s: BlockStats = { text: 0, foreign: 0, score: null, strong: null, overlay: false, guarded: false, end: 0 };
    order.push(el);
    stats.push(s);
    tags.push(tag);
    const depth = open.length;
    parent.push(depth > 0 ? open[depth - 1] : -1);
    prev.push(depth > 0 ? lastChild[depth - 1] : -1);
    if (depth > 0) lastChild[depth - 1] = at;
    open.push(at);
    lastChild.push(-1);
    if (ZONE.has(tag) || (a.role !== '' && ZONE_ROLES.has(a.role))) {
      zone++;
      zones.push(at);
    }
    if (tag === 'h1' || guard.guarded.has(el)) s.guarded = true;
    if (a.itemprop && GUARDED_PROPS.test(a.itemprop)) s.guarded = true;
    if (BLOCK.has(tag) || tag.includes('-')) {
      flush();
      owners.push(at);
    }
    if (CONTROL.has(tag) || a.role === 'button') controls.push({ at, start: run.length, flushes });
    if (zone > 0) return true;
    let judged: NamesVerdict | null = null;
    if (a.names) {
      judged = nameCache.get(a.names) ?? null;
      if (!judged) nameCache.set(a.names, (judged = judgeNamesAll(a.names, partCache)));
      if (judged.evs.length > 0) {
        // A weak class word ("share", "promo") counts once down a chain of nested wrappers that all repeat it.
        const evs = judged.evs.filter((e) => e.weight > WEIGHT.weakAttr || !openWeak.has(e.kind));
        for (const e of evs) if (e.weight === WEIGHT.weakAttr) openWeak.set(e.kind, at);
        add(at, evs);
      }
    }
    s.overlay = a.role === 'dialog' || a.role === 'alertdialog' || a.modal || tag === 'dialog' ||
      (a.style !== null && isOverlayStyle(a.style)) || (judged?.overlay ?? false);
    if (tag === 'input') {
      const hints = ['name', 'id', 'placeholder', 'autocomplete', 'aria-label'].map((n) => el.getAttribute(n) ?? '').join(' ');
      add(at, judgeField(el.getAttribute('type') ?? '', hints));
    }
    return true;
  };

  const exit = (): void => {
    const at = open.pop()!;
    lastChild.pop();
    const el = order[at];
    const tag = tags[at];
    const top = controls.length > 0 ? controls[controls.length - 1] : null;
    if (top && top.at === at) {
      controls.pop();
      if (top.flushes === flushes && zone === 0) {
        const label = run.slice(top.start).replace(/\s+/g, ' ').trim();
        const href = tag === 'a' ? el.getAttribute('href') : null;
        const key = href === null ? `|${label}` : `${href.length}:${href}|${label}`; // one key per (href, label)
        let evs = controlCache.get(key);
        if (!evs) controlCache.set(key, (evs = judgeControl(label, href)));
        add(at, evs);
        if (evs.length > 0) runCta += label.length;
        else if (tag !== 'a' && label.length <= NEUTRAL_BUTTON) runNeutral += label.length;
      }
    }
    if (BLOCK.has(tag) || tag.includes('-')) {
      flush();
      owners.pop();
    }
    if (zones.length > 0 && zones[zones.length - 1] === at) {
      zones.pop();
      zone--;
    }
    if (openWeak.size > 0) for (const [kind, w] of openWeak) if (w === at) openWeak.delete(kind);
    const s = stats[at];
    s.end = order.length - 1;
    const p = parent[at];
    if (p >= 0) {
      const ps = stats[p];
      ps.text += s.text;
      ps.foreign += s.foreign;
      ps.guarded ||= s.guarded;
      if (s.score && s.strong) {
        const score = (ps.score ??= zeros());
        const strong = (ps.strong ??= zeros());
        for (let i = 0; i < s.score.length; i++) {
          score[i] += s.score[i];
          strong[i] += s.strong[i];
        }
      }
    }
  };

  // Depth-first, in document order, without recursion; skipped elements are not entered.
  if (!enter(root)) return { order, stats, parent, prev, evidence };
  let node: Node | null = root.firstChild;
  while (node) {
    if (node.nodeType === 1) {
      if (enter(node as Element)) {
        const first: Node | null = node.firstChild;
        if (first) {
          node = first;
          continue;
        }
        exit();
      }
    } else if (node.nodeType === 3) run += node.nodeValue ?? '';
    while (node !== root && !node.nextSibling) {
      node = node.parentNode!;
      if (node !== root) exit();
    }
    node = node !== root ? node.nextSibling : null;
  }
  exit();
  return { order, stats, parent, prev, evidence };
}
