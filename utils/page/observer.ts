// One MutationObserver for the page: debounced, blind to Liveline's own writes and to churn that cannot
// change entries (scripts, styles, frames being added), so a live page costs a re-analysis at most every
// few hundred milliseconds.

/** Timers to use: the content script passes ctx's, so everything stops when the extension reloads. */
export interface Timers {
  setTimeout(fn: () => void, ms: number): number;
  clearTimeout(id: number): void;
  now(): number;
}

export interface WatchOptions {
  /** What to watch (document.body, or the root where there is none). */
  root: Node;
  /** Liveline's own changes (PageLayer.isOwnMutation). */
  isOwn(record: MutationRecord): boolean;
  /** After each batch of records: Liveline's noted writes have been seen (PageLayer.settle). */
  settle?(): void;
  /**
   * Called once per quiet period after relevant changes, with the nodes added or changed since the last call
   * (undefined when there were too many to list: judge the whole page), and the elements that lost children.
   */
  onChange(changed?: readonly Node[], removedFrom?: readonly Node[]): void;
  timers: Timers;
  /** Quiet time before reacting. */
  debounceMs?: number;
  /** Longest wait under continuous change (a page appending every 100 ms still updates this often). */
  maxWaitMs?: number;
  /** Least time between the end of one onChange and the start of the next (LiveView: a multiple of how long
   *  the last analysis took, so a heavy page under constant change is not re-read back to back). */
  minGapMs?(): number;
  /** MutationObserver constructor (tests pass one; defaults to the global). */
  Observer?: typeof MutationObserver;
}

export const DEBOUNCE_MS = 80;
export const MAX_WAIT_MS = 250;
/** Past this many changed nodes in one quiet period, the page is judged whole again. */
export const MAX_CHANGED = 500;

const INERT = new Set(['SCRIPT', 'STYLE', 'LINK', 'IFRAME', 'NOSCRIPT', 'META', 'TEMPLATE']);

/** relevant(record, isOwn): a change that might add, edit or remove an entry. Pure. */
export function relevant(record: MutationRecord, isOwn: (r: MutationRecord) => boolean): boolean {
  if (isOwn(record)) return false;
  if (record.type === 'childList') {
    const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
    return nodes.some((n) => !(n.nodeType === 1 && INERT.has((n as Element).tagName)) && n.nodeType !== 8);
  }
  return true;
}

/** watchPage(options): starts observing; returns stop(). */
export function watchPage(options: WatchOptions): { stop(): void; flush(): void } {
  const { timers, onChange } = options;
  const debounceMs = options.debounceMs ?? DEBOUNCE_MS;
  const maxWaitMs = options.maxWaitMs ?? MAX_WAIT_MS;
  const view = (options.root.ownerDocument ?? (options.root as Document)).defaultView as (Window & typeof globalThis) | null;
  const Observer = options.Observer ?? view?.MutationObserver ?? MutationObserver;
  let timer: number | null = null;
  let firstPending: number | null = null;
  let stopped = false;
  let lastEnd = -Infinity;
  // What changed since the last call, so later stages can judge only that (null: too much, judge everything).
  let changed: Node[] | null = [];
  let removedFrom: Node[] = [];
  const note = (records: MutationRecord[]) => {
    for (const r of records) {
      if (!changed || !relevant(r, options.isOwn)) continue;
      if (r.type === 'childList') changed.push(...Array.from(r.addedNodes));
      else changed.push(r.target);
      if (r.type === 'childList' && r.removedNodes.length) removedFrom.push(r.target);
      if (changed.length + removedFrom.length > MAX_CHANGED) changed = null;
    }
  };

  const fire = () => {
    if (timer !== null) timers.clearTimeout(timer);
    timer = null;
    firstPending = null;
    if (stopped) return;
    const nodes = changed ?? undefined;
    const emptied = nodes ? removedFrom : undefined;
    changed = [];
    removedFrom = [];
    try {
      onChange(nodes, emptied);
    } finally {
      lastEnd = timers.now();
    }
  };
  const observer = new Observer((records) => {
    const any = records.some((r) => relevant(r, options.isOwn));
    if (any) note(records);
    options.settle?.();
    if (!any) return;
    const now = timers.now();
    firstPending ??= now;
    if (timer !== null) timers.clearTimeout(timer);
    const gap = lastEnd + (options.minGapMs?.() ?? 0) - now;
    const wait = Math.max(0, gap, Math.min(debounceMs, firstPending + maxWaitMs - now));
    timer = timers.setTimeout(fire, wait);
  });
  observer.observe(options.root, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['datetime', 'data-timestamp', 'hidden', 'id'] });
  return {
    stop() {
      stopped = true;
      observer.disconnect();
      if (timer !== null) timers.clearTimeout(timer);
    },
    /** React now to anything pending (tests). */
    flush() {
      const records = observer.takeRecords();
      note(records);
      for (const r of records) if (relevant(r, options.isOwn)) firstPending ??= timers.now();
      options.settle?.();
      if (firstPending !== null) fire();
    },
  };
}
