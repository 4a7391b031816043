// What the panel asks of other page features, without knowing them: the topic filter listens for the chosen
// topics, the claim highlighter for a chosen claim. Listeners are added by those features and removed by them.

export interface PanelEvents {
  /** The reader chose these topics in the panel ([] = show all). */
  topics: (ids: readonly string[]) => void;
  /** The reader chose a claim in the sources list (index into analysis.claims). */
  claim: (index: number, entryId: string) => void;
}

type Listeners = { [K in keyof PanelEvents]: Set<PanelEvents[K]> };
const listeners: Listeners = { topics: new Set(), claim: new Set() };

/** onPanel(event, fn): listens; returns the function that stops listening. */
export function onPanel<K extends keyof PanelEvents>(event: K, fn: PanelEvents[K]): () => void {
  (listeners[event] as Set<PanelEvents[K]>).add(fn);
  return () => (listeners[event] as Set<PanelEvents[K]>).delete(fn);
}

/** emitPanel(event, ...args): tells every listener; one that throws does not stop the others. */
export function emitPanel<K extends keyof PanelEvents>(event: K, ...args: Parameters<PanelEvents[K]>): void {
  for (const fn of listeners[event] as Set<(...a: Parameters<PanelEvents[K]>) => void>) {
    try {
      fn(...args);
    } catch {
      // A listener's failure is its own.
    }
  }
}
