// The visible text of an element with a way back from each character to the text node it came from: the same
// walk and whitespace collapsing as visibleText (text.ts), so offsets into one are offsets into the other.
// Pure: reads the DOM, never writes.
import { BLOCK_TAGS, isInvisibleElement } from './text';

/** One run of the mapped text that comes from one text node: text[from, to) is node.data[offset, offset + (to - from)) once collapsed. */
export interface TextMap {
  /** Exactly visibleText(root). */
  text: string;
  /** For each character of `text`: its text node, or null for a space standing for a block boundary. */
  nodes: Array<Text | null>;
  /** For each character of `text`: its offset in that node's data. */
  offsets: number[];
}

/** mapVisibleText(root): visibleText(root) with each character's source text node and offset. Several roots (an
 * entry the page spreads over sibling elements) read as one text, a space between them. */
export function mapVisibleText(root: Element | readonly Element[]): TextMap {
  const text: string[] = [];
  const nodes: Array<Text | null> = [];
  const offsets: number[] = [];
  let pendingSpace: { node: Text | null; offset: number } | null = null;
  const push = (ch: string, node: Text | null, offset: number) => {
    if (/\s/.test(ch)) {
      if (text.length > 0 && !pendingSpace) pendingSpace = { node, offset };
      return;
    }
    if (pendingSpace) {
      text.push(' ');
      nodes.push(pendingSpace.node);
      offsets.push(pendingSpace.offset);
      pendingSpace = null;
    }
    text.push(ch);
    nodes.push(node);
    offsets.push(offset);
  };
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const t = child as Text;
        const data = t.data;
        for (let i = 0; i < data.length; i++) push(data[i], t, i);
      } else if (child.nodeType === 1) {
        const el = child as Element;
        if (isInvisibleElement(el)) continue;
        const block = BLOCK_TAGS.has(el.tagName.toUpperCase());
        if (block) push(' ', null, 0);
        walk(el);
        if (block) push(' ', null, 0);
      }
    }
  };
  for (const r of Array.isArray(root) ? root : [root as Element]) {
    if (isInvisibleElement(r)) continue;
    push(' ', null, 0);
    walk(r);
  }
  return { text: text.join(''), nodes, offsets };
}

/** A piece of a text node: data[start, end). */
export interface NodeSlice { node: Text; start: number; end: number }

/** slicesOf(map, from, to): the text-node pieces that make up map.text[from, to), in document order. */
export function slicesOf(map: TextMap, from: number, to: number): NodeSlice[] {
  const out: NodeSlice[] = [];
  for (let i = from; i < to; i++) {
    const node = map.nodes[i];
    if (!node) continue;
    const last = out[out.length - 1];
    const offset = map.offsets[i];
    if (last && last.node === node && offset >= last.end) last.end = offset + 1;
    else out.push({ node, start: offset, end: offset + 1 });
  }
  return out;
}
