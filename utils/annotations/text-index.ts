// A root element's text as one string with whitespace collapsed, mapped back to DOM positions. The anchoring
// functions search this string; nothing here writes to the page or reaches for `document`.

const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'CANVAS']);

/** Elements whose text is a word boundary for readers (a virtual space separates them from their neighbours). */
const BLOCK_TAGS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'ASIDE', 'HEADER', 'FOOTER', 'NAV', 'MAIN', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'FIGURE', 'FIGCAPTION', 'TABLE', 'TR', 'TD', 'TH', 'BR', 'HR',
  'PRE', 'FORM', 'BUTTON', 'TIME',
]);

/** Liveline's own UI hosts carry this attribute; their content is never part of the page's text. */
export const UI_ATTR = 'data-liveline-ui';

/** A boundary point, the shape both DOM Range and StaticRange have. */
export interface TextRange {
  startContainer: Node;
  startOffset: number;
  endContainer: Node;
  endOffset: number;
}

export interface TextIndex {
  /** The root's text, runs of white space collapsed to one space, a space between blocks. */
  text: string;
  /** For each character of `text`: the text node it comes from and the offset in it. */
  nodeAt: Text[];
  offsetAt: number[];
  /** Text nodes in document order with the index of their first character in `text`. */
  starts: Map<Text, number>;
  root: Element;
}

const isSpace = (c: string): boolean => c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f' || c === '\u00a0';

/** buildTextIndex(root): the index of root's text. Pure: reads the DOM only. */
export function buildTextIndex(root: Element): TextIndex {
  const idx: TextIndex = { text: '', nodeAt: [], offsetAt: [], starts: new Map(), root };
  const chars: string[] = [];
  let pendingSpace = false;
  // Where the collapsed space really is (its first white-space character), so a highlight ending in it wraps
  // the page's own space; a space that only stands for a block boundary maps to the next character.
  let spaceNode: Text | null = null;
  let spaceOffset = 0;
  const emit = (c: string, node: Text, offset: number): void => {
    if (isSpace(c)) {
      if (!pendingSpace || !spaceNode) [spaceNode, spaceOffset] = [node, offset];
      pendingSpace = true;
      return;
    }
    if (pendingSpace && chars.length > 0) {
      chars.push(' ');
      idx.nodeAt.push(spaceNode ?? node);
      idx.offsetAt.push(spaceNode ? spaceOffset : offset);
    }
    pendingSpace = false;
    spaceNode = null;
    chars.push(c);
    idx.nodeAt.push(node);
    idx.offsetAt.push(offset);
  };
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const t = child as Text;
        idx.starts.set(t, chars.length);
        const data = t.data;
        for (let i = 0; i < data.length; i++) emit(data[i], t, i);
      } else if (child.nodeType === 1) {
        const el = child as Element;
        const tag = el.tagName.toUpperCase();
        if (SKIP_TAGS.has(tag) || el.hasAttribute(UI_ATTR)) continue;
        const block = BLOCK_TAGS.has(tag);
        if (block && !pendingSpace) [pendingSpace, spaceNode] = [true, null];
        walk(el);
        if (block && !pendingSpace) [pendingSpace, spaceNode] = [true, null];
      }
    }
  };
  walk(root);
  idx.text = chars.join('');
  return idx;
}

/** The number of index characters before a DOM boundary point (container, offset) inside the root. */
export function indexOffset(idx: TextIndex, container: Node, offset: number): number {
  if (container.nodeType === 3) {
    const t = container as Text;
    const start = idx.starts.get(t);
    if (start === undefined) return nextTextStart(idx, t, true);
    let i = start;
    // A collapsed space carried over from an earlier node opens this node's characters: a point inside the node
    // is past it.
    if (i < idx.text.length && idx.nodeAt[i] !== t && offset > 0) i++;
    while (i < idx.text.length && idx.nodeAt[i] === t && idx.offsetAt[i] < offset) i++;
    return i;
  }
  const child = container.childNodes[offset] ?? null;
  return child ? nextTextStart(idx, child, false) : nextTextStart(idx, container, true);
}

/** Index of the first character at or after `node` (after its subtree when `skipSubtree`) in document order. */
function nextTextStart(idx: TextIndex, node: Node, skipSubtree: boolean): number {
  let cur: Node | null = node;
  let descend = !skipSubtree;
  while (cur) {
    if (descend) {
      if (cur.nodeType === 3 && idx.starts.has(cur as Text)) return idx.starts.get(cur as Text)!;
      if (cur.firstChild) {
        cur = cur.firstChild;
        continue;
      }
    }
    while (cur && !cur.nextSibling) {
      if (cur === idx.root) return idx.text.length;
      cur = cur.parentNode;
    }
    if (!cur || cur === idx.root) return idx.text.length;
    cur = cur.nextSibling;
    descend = true;
  }
  return idx.text.length;
}

/** rangeOffsets(idx, range): [start, end) in the index with surrounding spaces trimmed, or null when empty. */
export function rangeOffsets(idx: TextIndex, range: TextRange): [number, number] | null {
  if (!idx.root.contains(range.startContainer) || !idx.root.contains(range.endContainer)) return null;
  let s = indexOffset(idx, range.startContainer, range.startOffset);
  let e = indexOffset(idx, range.endContainer, range.endOffset);
  while (s < e && idx.text[s] === ' ') s++;
  while (e > s && idx.text[e - 1] === ' ') e--;
  return s < e ? [s, e] : null;
}

/** offsetsRange(idx, start, end): the DOM boundary points of index characters [start, end). Pure. */
export function offsetsRange(idx: TextIndex, start: number, end: number): TextRange {
  return {
    startContainer: idx.nodeAt[start],
    startOffset: idx.offsetAt[start],
    endContainer: idx.nodeAt[end - 1],
    endOffset: idx.offsetAt[end - 1] + 1,
  };
}

/**
 * textPieces(idx, [start, end]): the text nodes under the index's offsets start..end with the part of each
 * ([from, to) in the node's data) that the span covers, in document order.
 */
export function textPieces(idx: TextIndex, [start, end]: readonly [number, number]): Map<Text, [number, number]> {
  const pieces = new Map<Text, [number, number]>();
  for (let i = start; i < end; i++) {
    const node = idx.nodeAt[i];
    const at = idx.offsetAt[i];
    const cur = pieces.get(node);
    pieces.set(node, cur ? [cur[0], at + 1] : [at, at + 1]);
  }
  return pieces;
}
