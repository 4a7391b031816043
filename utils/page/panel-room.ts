// Whether the open panel would lie over the entries' text. The panel is fixed at the window's bottom right
// (panel-style.ts: 12px from the edges, min(320px, 100vw - 24px) wide), so it covers a vertical band of every
// screenful: where the entries reach into that band, the panel starts folded to its launcher and the reader
// opens it when wanted. Reads layout only.

const EDGE = 12;
const WIDTH = 320;
/** Entries looked at: the layout of the first few is the layout of the page. */
const SAMPLE = 8;

/** panelBand(viewWidth): the horizontal extent [left, right] of the open panel. */
export function panelBand(viewWidth: number): [number, number] {
  const width = Math.min(WIDTH, viewWidth - 2 * EDGE);
  return [viewWidth - EDGE - width, viewWidth - EDGE];
}

/** panelWouldCover(viewWidth, elements): true when one of the first entries reaches into the panel's band. */
export function panelWouldCover(viewWidth: number, elements: readonly Element[]): boolean {
  const [left, right] = panelBand(viewWidth);
  for (const el of elements.slice(0, SAMPLE)) {
    const r = el.getBoundingClientRect();
    if (r.width > 0 && r.right > left && r.left < right) return true;
  }
  return false;
}
