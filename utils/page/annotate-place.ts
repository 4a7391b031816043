// Small helpers of the in-page annotations: where the toolbar goes, and what an entry tells an annotation.
import type { EntryInfo, Selectors } from '../annotations/model';
import type { Entry } from '../pipeline/types';

/** Toolbar size assumed for placing it (it is never taller in practice). */
const TOOLBAR = { width: 330, height: 220, gap: 8 };

/** toolbarPosition(rect, viewport): below the selection, or above it near the bottom; inside the viewport. */
export function toolbarPosition(rect: { top: number; bottom: number; left: number }, viewport: { width: number; height: number }): { left: number; top: number } {
  const below = rect.bottom + TOOLBAR.gap;
  const top = below + TOOLBAR.height > viewport.height ? Math.max(TOOLBAR.gap, rect.top - TOOLBAR.gap - TOOLBAR.height) : below;
  return { left: Math.max(TOOLBAR.gap, Math.min(rect.left, viewport.width - TOOLBAR.width)), top };
}

/**
 * entryInfo(doc, pageUrl, entries, selectors): the entry an annotation is made in, with its time and a
 * permalink where the page gives the entry an anchor (its own id, or the entry id naming an element of it).
 */
export function entryInfo(doc: Document, pageUrl: string, entries: readonly Entry[], selectors: Selectors): EntryInfo | null {
  const entry = entries.find((e) => e.id === selectors.entry?.entryId);
  if (!entry) return null;
  const named = doc.getElementById(entry.id);
  const anchorId = entry.element.id || (named && (entry.element.contains(named) || named.contains(entry.element)) ? entry.id : '');
  return { id: entry.id, time: entry.time, permalink: anchorId ? `${pageUrl}#${encodeURIComponent(anchorId)}` : null };
}
