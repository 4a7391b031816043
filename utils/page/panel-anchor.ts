// Keeps the reader's place while the page inserts entries above it. Browsers' own scroll anchoring does not
// always hold (seen in Chromium: an entry inserted above the viewport pushed the text down). A MutationObserver
// callback runs before the next paint: it measures where the entry at the top of the screen went and scrolls by
// the same amount, so the reader sees no jump. At the very top of the page nothing is kept: a reader there is
// looking at the newest entries arriving. Reads layout; scrolls the window; never writes to the page.

/** keepPlace(win, anchors): starts keeping the place; returns stop(). `anchors` lists candidate elements. */
export function keepPlace(win: Window, anchors: () => readonly Element[]): () => void {
  let anchor: { el: Element; top: number } | null = null;
  const record = () => {
    anchor = null;
    if (win.scrollY <= 0) return;
    for (const el of anchors()) {
      if (!el.isConnected) continue;
      const r = el.getBoundingClientRect();
      if (r.bottom > 0 && r.height > 0 && r.top < win.innerHeight && (!anchor || r.top < anchor.top)) anchor = { el, top: r.top };
    }
  };
  let pending = false;
  const onScroll = () => {
    if (pending) return;
    pending = true;
    win.requestAnimationFrame(() => {
      pending = false;
      record();
    });
  };
  const MO = (win as Window & { MutationObserver: typeof MutationObserver }).MutationObserver;
  const observer = new MO(() => {
    const a = anchor;
    if (a && a.el.isConnected && win.scrollY > 0) {
      const moved = a.el.getBoundingClientRect().top - a.top;
      if (Math.abs(moved) >= 1) win.scrollBy(0, moved);
    }
    record();
  });
  observer.observe(win.document.body ?? win.document.documentElement, { childList: true, subtree: true });
  win.addEventListener('scroll', onScroll, { passive: true });
  record();
  return () => {
    observer.disconnect();
    win.removeEventListener('scroll', onScroll);
  };
}
