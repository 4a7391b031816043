// What the panel asks of other page features, without knowing them: the topic filter listens for the chosen
// topics, the claim highlighter for a chosen claim, the annotations feature for a chosen annotation. Listeners
// are added by those features and removed by them. And what they tell the panel: this page's annotations.
import type { AnnotationListItem } from '../../components/AnnotationList';

export interface PanelEvents {
  /** The reader chose these topics in the panel ([] = show all). */
  topics: (ids: readonly string[]) => void;
  /** The reader chose a claim in the sources list (index into analysis.claims). */
  claim: (index: number, entryId: string) => void;
  /** The reader chose an annotation in the panel's list (scroll to its highlight). */
  annotation: (id: string) => void;
}

type Listeners = { [K in keyof PanelEvents]: Set<PanelEvents[K]> };
const listeners: Listeners = { topics: new Set(), claim: new Set(), annotation: new Set() };

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

type AnnotationItems = readonly AnnotationListItem[] | null;
let annotationItems: AnnotationItems = null;
const annotationWatchers = new Set<(items: AnnotationItems) => void>();

/** publishAnnotations(items): the annotations feature's list for the panel (null: the feature stopped). */
export function publishAnnotations(items: AnnotationItems): void {
  annotationItems = items;
  for (const fn of annotationWatchers) {
    try {
      fn(items);
    } catch {
      // A watcher's failure is its own.
    }
  }
}

/** watchAnnotations(fn): fn now with the latest list, then with each new one; returns the function that stops. */
export function watchAnnotations(fn: (items: AnnotationItems) => void): () => void {
  annotationWatchers.add(fn);
  fn(annotationItems);
  return () => annotationWatchers.delete(fn);
}
