// Watches the reader's selection: once it settles (mouse released, keys up), reports the Range, or null when
// the selection is gone. Reads the page only. Listeners go through the returned stop().

/** How long the selection must stay still before the toolbar offers itself. */
export const SETTLE_MS = 250;

export interface SelectionWatch {
  stop(): void;
}

const EDITABLE = 'input, textarea, select, [contenteditable=""], [contenteditable="true"]';

/**
 * watchSelection(doc, isOwn, onSelection, timers): calls onSelection(range) for a settled, non-empty selection
 * outside editable fields and Liveline's own UI, and onSelection(null) when it collapses.
 */
export function watchSelection(
  doc: Document,
  isOwn: (node: Node) => boolean,
  onSelection: (range: Range | null) => void,
  timers: { setTimeout(fn: () => void, ms: number): number; clearTimeout(id: number): void },
): SelectionWatch {
  let pointerDown = false;
  let timer: number | null = null;
  const check = (): void => {
    timer = null;
    if (pointerDown) return;
    const sel = doc.getSelection();
    if (!sel || sel.isCollapsed || sel.rangeCount === 0) return onSelection(null);
    const range = sel.getRangeAt(0);
    const node = range.commonAncestorContainer;
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    if (!el || isOwn(el) || el.closest(EDITABLE)) return;
    onSelection(range);
  };
  const schedule = (): void => {
    if (timer !== null) timers.clearTimeout(timer);
    timer = timers.setTimeout(check, SETTLE_MS);
  };
  const down = (e: Event): void => {
    if ((e as MouseEvent).button === 0) pointerDown = true;
  };
  const up = (): void => {
    pointerDown = false;
    schedule();
  };
  doc.addEventListener('selectionchange', schedule);
  doc.addEventListener('mousedown', down, true);
  doc.addEventListener('mouseup', up, true);
  doc.addEventListener('keyup', schedule, true);
  return {
    stop() {
      if (timer !== null) timers.clearTimeout(timer);
      doc.removeEventListener('selectionchange', schedule);
      doc.removeEventListener('mousedown', down, true);
      doc.removeEventListener('mouseup', up, true);
      doc.removeEventListener('keyup', schedule, true);
    },
  };
}
