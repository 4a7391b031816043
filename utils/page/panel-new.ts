// "New since your last visit" for one open page: what the reader had seen (from the visit store, never the page),
// which entries are new, their marks (through the layer, as the panel) and remembering what the page holds now.
import type { Entry } from '../pipeline/types';
import type { LayerLike } from './panel-host';
import type { VisitRecord, VisitStore } from './panel-visits';
import { newSince, pageKey, remember } from './panel-visits';

export const NEW_ATTR = 'data-liveline-new';
/** How long after the last change the "seen" entries are saved. */
const SAVE_DELAY_MS = 2000;

/** VisitMarks: the new-since-last-visit state of one page. Writes only NEW_ATTR, through the layer, as `owner`. */
export class VisitMarks {
  private ids = new Set<string>();
  private visit: VisitRecord | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly page: string;

  constructor(url: string, private readonly store: VisitStore | null, private readonly layer: LayerLike, private readonly owner: string, private readonly now: () => number) {
    this.page = pageKey(url);
  }

  /** load(): reads the last visit; false when there is nothing to remember this page by (no store, no URL). */
  async load(): Promise<boolean> {
    if (!this.store || !this.page) return false;
    this.visit = await this.store.get(this.page);
    return true;
  }

  /** judge(entries): the entries not seen at the last visit are the new ones (once, after load). */
  judge(entries: readonly Entry[]): void {
    this.ids = new Set(newSince(this.visit, entries.map((e) => e.id)));
  }

  /** isNew(id) and count(entries): of the entries on the page now. */
  isNew(id: string): boolean {
    return this.ids.has(id);
  }

  count(entries: readonly Entry[]): number {
    return entries.filter((e) => this.ids.has(e.id)).length;
  }

  /** mark(entries, on, label): the badge on each new entry, or on none (the reader turned marks off). */
  mark(entries: readonly Entry[], on: boolean, label: string): void {
    for (const e of entries) {
      if (on && this.ids.has(e.id)) this.layer.setAttr(this.owner, e.element, NEW_ATTR, label);
      else this.layer.clearAttr(e.element, NEW_ATTR);
    }
  }

  /** save(entries): remembers what the page holds now, as seen. */
  save(entries: readonly Entry[]): void {
    if (!this.store || !this.page) return;
    this.visit = remember(this.visit, entries.map((e) => e.id), this.now());
    void this.store.set(this.page, this.visit);
  }

  /** saveLater(entries): save once the page has been quiet for a moment. */
  saveLater(entries: () => readonly Entry[]): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.save(entries()), SAVE_DELAY_MS);
  }

  /** stop(entries): saves now; nothing is pending afterwards. */
  stop(entries: readonly Entry[]): void {
    clearTimeout(this.timer);
    this.save(entries);
  }
}
