// The annotations feature in the page: highlights placed from the reader's saved annotations, the selection
// toolbar, and this page's list. Storage lives in the background (messages only); the page never sees notes.
import { h } from 'preact';
import { AnnotationOverlay, type ToolbarState } from '../../components/AnnotationOverlay';
import { anchor } from '../annotations/anchor';
import { canonicalHints, canonicalUrl } from '../annotations/canonical-url';
import { describe } from '../annotations/describe';
import type { AnnotationMessage, AnnotationProbe, ListReply, OkReply } from '../annotations/messages';
import type { Annotation, Color, Selectors } from '../annotations/model';
import type { TextRange } from '../annotations/text-index';
import { I18nContext, type Translate } from '../i18n';
import { toAnalysisJson } from '../pipeline/analysis-json';
import type { PageAnalysis } from '../pipeline/types';
import { mountAnnotateHost, TOOLBAR_STATE_ATTR, TOTAL_ATTR, type AnnotateHost, type LayerInsert } from './annotate-host';
import { highlightRange, isIntact, MARK_ATTR, MARK_CSS, MARK_OWNER, MARK_TAG, removeHighlight, setHighlightColor, type Highlight } from './annotate-marks';
import { toolbarPosition, entryInfo } from './annotate-place';
import { watchSelection, type SelectionWatch } from './annotate-selection';
import { onPanel, publishAnnotations } from './panel-bus';

export interface AnnotateLayer extends LayerInsert {
  setCss(owner: string, css: string): void;
  isOwn(node: Node | null): boolean;
}

export interface AnnotateEnv {
  send(msg: AnnotationMessage | { type: 'liveline:ann-open-list' }): Promise<unknown>;
  now(): Date;
  uuid(): string;
  t: Translate;
  timers: { setTimeout(fn: () => void, ms: number): number; clearTimeout(id: number): void };
}

/** The fragment an extension page opens a page with, to scroll to one annotation. */
export const FOCUS_FRAGMENT = '#liveline-annotation=';

/** The toolbar's state, plus the selection it was opened for. */
interface Toolbar extends ToolbarState {
  selectors: Selectors | null;
}

/** AnnotationController: one page's annotations. Writes only its own marks, host and stylesheet rules. */
export class AnnotationController {
  private annotations: Annotation[] = [];
  private readonly highlights = new Map<string, Highlight>();
  private readonly texts = new Map<string, string>();
  private host: AnnotateHost | null = null;
  private watch: SelectionWatch | null = null;
  private toolbar: Toolbar | null = null;
  private drawerOpen = false;
  private query = '';
  private problems: string[] = [];
  private undo: Annotation | null = null;
  /** The selection last offered the toolbar (page offsets). */
  private offered = '';
  private stopPanel: (() => void) | null = null;
  readonly pageUrl: string;

  constructor(private readonly doc: Document, private readonly layer: AnnotateLayer, private analysis: PageAnalysis, private readonly env: AnnotateEnv) {
    this.pageUrl = canonicalUrl(doc.URL, canonicalHints(doc));
  }

  start(): void {
    this.layer.setCss(MARK_OWNER, MARK_CSS);
    this.host = mountAnnotateHost(this.doc, this.layer, MARK_OWNER);
    this.watch = watchSelection(this.doc, (n) => this.layer.isOwn(n), (r) => this.offerSelection(r), this.env.timers);
    this.doc.addEventListener('click', this.onClick, true);
    this.stopPanel = onPanel('annotation', (id) => this.choose(id)); // the panel's list of this page's annotations
    this.render();
    void this.load();
  }

  stop(): void {
    this.stopPanel?.();
    this.stopPanel = null;
    publishAnnotations(null);
    this.watch?.stop();
    this.doc.removeEventListener('click', this.onClick, true);
    for (const hl of this.highlights.values()) removeHighlight(hl);
    this.highlights.clear();
    this.host?.unmount();
    this.host = null;
  }

  /** The page changed (entries added, edited, moved): re-place whatever is no longer intact, retry orphans. */
  update(analysis: PageAnalysis): void {
    this.analysis = analysis;
    this.placeAll();
    this.render();
  }

  /** Fetches this page's annotations from the background and places them. */
  async load(): Promise<void> {
    const reply = (await this.env.send({ type: 'liveline:ann-list', pageUrl: this.pageUrl }).catch((e: unknown) => ({ ok: false, error: String(e) }))) as ListReply | { ok: false; error: string };
    if (!this.host) return;
    if (!reply.ok) {
      this.problems = [reply.error];
      return this.render();
    }
    this.problems = reply.problems;
    const keep = new Set(reply.annotations.map((a) => a.id));
    for (const [id, hl] of this.highlights) if (!keep.has(id)) (removeHighlight(hl), this.highlights.delete(id));
    for (const a of reply.annotations) {
      const old = this.annotations.find((o) => o.id === a.id);
      if (old && old.color !== a.color) this.highlights.get(a.id) && setHighlightColor(this.highlights.get(a.id)!, a.color);
    }
    this.annotations = reply.annotations;
    this.placeAll();
    this.render();
    this.focusFromFragment();
  }

  probe(): AnnotationProbe {
    return {
      pageUrl: this.pageUrl,
      annotations: this.annotations.map((a) => ({ id: a.id, note: a.note, tags: a.tags, color: a.color, placed: this.highlights.has(a.id), text: this.texts.get(a.id) ?? '' })),
    };
  }

  private placeAll(): void {
    for (const a of this.annotations) {
      const hl = this.highlights.get(a.id);
      if (hl && isIntact(hl, this.texts.get(a.id) ?? '')) continue;
      if (hl) removeHighlight(hl);
      this.highlights.delete(a.id);
      const result = anchor(this.doc.body, a.selectors, this.analysis.entries);
      if (result.status !== 'placed') continue;
      this.highlights.set(a.id, highlightRange(this.doc.body, result.range, a.id, a.color));
      this.texts.set(a.id, result.text);
    }
  }

  /** A settled selection (or null when it went away): offers the toolbar. */
  offerSelection(range: (TextRange & { getBoundingClientRect(): DOMRect }) | null): void {
    if (!range) {
      this.offered = '';
      if (this.toolbar?.mode === 'new' && !this.toolbar.expanded && !this.host?.hasFocus()) this.setToolbar(null);
      return;
    }
    const selectors = describe(this.doc.body, range, this.analysis.entries);
    if (!selectors) return;
    // The same selection again (a key released, the toolbar just closed, entries arrived above): offered once.
    const e = selectors.entry;
    const key = e ? `${e.entryId}:${e.position.start}:${e.position.end}` : `${selectors.page.position.start}:${selectors.page.position.end}`;
    if (key === this.offered) return;
    this.offered = key;
    this.setToolbar({ mode: 'new', id: null, selectors, at: this.placeNear(range.getBoundingClientRect()), expanded: false, message: null });
  }

  private readonly onClick = (e: Event): void => {
    const mark = (e.target as Element | null)?.closest?.(MARK_TAG);
    const id = mark?.getAttribute(MARK_ATTR);
    const sel = this.doc.getSelection();
    if (!mark || !id || (sel && !sel.isCollapsed)) return;
    this.setToolbar({ mode: 'edit', id, selectors: null, at: this.placeNear(mark.getBoundingClientRect()), expanded: true, message: null });
  };

  private placeNear(rect: DOMRect): { left: number; top: number } {
    const win = this.doc.defaultView;
    return toolbarPosition(rect, { width: win?.innerWidth ?? 1000, height: win?.innerHeight ?? 800 });
  }

  private setToolbar(tb: Toolbar | null): void {
    this.toolbar = tb;
    this.host?.host.setAttribute(TOOLBAR_STATE_ATTR, tb ? (tb.expanded ? 'editing' : 'open') : 'closed');
    this.render();
  }

  private async save(a: Annotation, before: Annotation | null): Promise<boolean> {
    const reply = (await this.env.send({ type: 'liveline:ann-put', annotation: a, analysis: toAnalysisJson(this.analysis) }).catch((e: unknown) => ({ ok: false, error: String(e) }))) as OkReply;
    if (reply.ok) return true;
    // Not saved: the page shows what storage holds (the old version, or nothing), and the reader is told.
    this.annotations = before ? this.annotations.map((x) => (x.id === a.id ? before : x)) : this.annotations.filter((x) => x.id !== a.id);
    if (!before) {
      const hl = this.highlights.get(a.id);
      if (hl) removeHighlight(hl);
      this.highlights.delete(a.id);
    } else if (this.highlights.has(a.id)) setHighlightColor(this.highlights.get(a.id)!, before.color);
    if (this.toolbar) this.toolbar = before ? { ...this.toolbar, message: reply.error } : { ...this.toolbar, mode: 'new', id: null, expanded: false, message: reply.error };
    this.host?.host.setAttribute(TOOLBAR_STATE_ATTR, this.toolbar ? (this.toolbar.expanded ? 'editing' : 'open') : 'closed');
    this.render();
    return false;
  }

  /** The reader chose a colour: creates the annotation (new selection) or recolours it. */
  async chooseColor(color: Color): Promise<void> {
    const tb = this.toolbar;
    if (!tb) return;
    const now = this.env.now().toISOString();
    if (tb.mode === 'new' && tb.selectors) {
      const a: Annotation = {
        id: this.env.uuid(), pageUrl: this.pageUrl, pageTitle: (this.doc.title ?? '').replace(/\s+/g, ' ').trim(), selectors: tb.selectors,
        entry: entryInfo(this.doc, this.pageUrl, this.analysis.entries, tb.selectors), color, note: '', tags: [], created: now, updated: now,
      };
      this.annotations = [...this.annotations, a];
      this.placeAll();
      this.doc.getSelection()?.removeAllRanges();
      this.setToolbar({ ...tb, mode: 'edit', id: a.id, expanded: true });
      await this.save(a, null);
      return;
    }
    const before = this.annotations.find((x) => x.id === tb.id);
    if (!before) return;
    const a = { ...before, color, updated: now };
    this.annotations = this.annotations.map((x) => (x.id === a.id ? a : x));
    if (this.highlights.has(a.id)) setHighlightColor(this.highlights.get(a.id)!, color);
    this.render();
    await this.save(a, before);
  }

  /** The reader saved note and tags of the annotation in the toolbar. */
  async saveNote(note: string, tags: string[]): Promise<void> {
    const before = this.annotations.find((x) => x.id === this.toolbar?.id);
    if (!before) return this.setToolbar(null);
    const a = { ...before, note, tags, updated: this.env.now().toISOString() };
    this.annotations = this.annotations.map((x) => (x.id === a.id ? a : x));
    if (await this.save(a, before)) this.setToolbar(null);
  }

  /** Deletes one annotation; undoDelete() brings it back. */
  async deleteAnnotation(id: string): Promise<void> {
    const a = this.annotations.find((x) => x.id === id);
    if (!a) return;
    const reply = (await this.env.send({ type: 'liveline:ann-delete', id }).catch((e: unknown) => ({ ok: false, error: String(e) }))) as OkReply;
    if (!reply.ok) {
      this.problems = [reply.error];
      return this.render();
    }
    const hl = this.highlights.get(id);
    if (hl) removeHighlight(hl);
    this.highlights.delete(id);
    this.annotations = this.annotations.filter((x) => x.id !== id);
    this.undo = a;
    this.drawerOpen = true;
    this.setToolbar(null);
  }

  async undoDelete(): Promise<void> {
    const a = this.undo;
    if (!a) return;
    this.undo = null;
    this.annotations = [...this.annotations, a];
    this.placeAll();
    this.render();
    await this.save(a, null);
  }

  /** Scrolls to an annotation and opens it for editing. */
  choose(id: string): void {
    const mark = this.highlights.get(id)?.marks[0];
    if (!mark) return;
    mark.scrollIntoView({ block: 'center' });
    this.setToolbar({ mode: 'edit', id, selectors: null, at: this.placeNear(mark.getBoundingClientRect()), expanded: true, message: null });
  }

  private focusFromFragment(): void {
    const hash = this.doc.defaultView?.location.hash ?? '';
    if (hash.startsWith(FOCUS_FRAGMENT)) this.choose(decodeURIComponent(hash.slice(FOCUS_FRAGMENT.length)));
  }

  private render(): void {
    // Figures on the host (Liveline's own element): placed highlights for tests, the total for the popup.
    this.host?.host.setAttribute('data-liveline-annotations', String(this.highlights.size));
    this.host?.host.setAttribute(TOTAL_ATTR, String(this.annotations.length));
    if (this.host) publishAnnotations(this.annotations.map((a) => ({ annotation: a, placed: this.highlights.has(a.id) })));
    this.host?.render(
      h(I18nContext.Provider, { value: this.env.t },
        h(AnnotationOverlay, {
          annotations: this.annotations, placed: new Set(this.highlights.keys()), query: this.query, drawerOpen: this.drawerOpen,
          toolbar: this.toolbar, canUndo: !!this.undo, problems: this.problems,
          onQuery: (q) => ((this.query = q), this.render()),
          onDrawer: (open) => ((this.drawerOpen = open), this.render()),
          onAll: () => void this.env.send({ type: 'liveline:ann-open-list' }).catch(() => undefined),
          onChoose: (id) => this.choose(id),
          onDelete: (id) => void this.deleteAnnotation(id),
          onUndo: () => void this.undoDelete(),
          onColor: (c) => void this.chooseColor(c),
          onSave: (note, tags) => void this.saveNote(note, tags),
          onCloseToolbar: () => this.setToolbar(null),
        }),
      ),
    );
  }
}
