import { h } from 'preact';
import type { AnnotationListItem } from '../../components/AnnotationList';
import { Panel } from '../../components/Panel';
import { PanelAnnotations } from '../../components/PanelAnnotations';
import type { Translate } from '../i18n';
import { I18nContext } from '../i18n';
import type { CommandName } from '../messaging';
import type { Entry, PageAnalysis } from '../pipeline/types';
import type { SiteSettings } from '../settings';
import { keepPlace } from './panel-anchor';
import { emitPanel, watchAnnotations } from './panel-bus';
import type { LayerLike, PanelHost } from './panel-host';
import { mountPanelHost } from './panel-host';
import { clip, panelData } from './panel-model';
import { inViewport, placedEntries, stepTarget } from './panel-nav';
import { ORDER_ATTR, needsReverse, orderContainer } from './panel-order';
import { panelWouldCover } from './panel-room';
import { PAGE_CSS } from './panel-style';
import { VisitMarks } from './panel-new';
import type { VisitStore } from './panel-visits';

export const PANEL_OWNER = 'panel';
export const CURRENT_ATTR = 'data-liveline-current';
export { NEW_ATTR } from './panel-new';

export interface PanelEnv {
  t: Translate;
  visits: VisitStore | null;
  now: () => number;
}

/**
 * PanelController: the reader's side of a live page: the in-page panel, the new-entries toast, entry
 * navigation, reading order and "new since your last visit". Writes only through the layer, as PANEL_OWNER.
 */
export class PanelController {
  private host: PanelHost | null = null;
  private analysis: PageAnalysis;
  private site: SiteSettings;
  private open: boolean;
  private selected: string[] = [];
  private toast = 0;
  private currentId: string | null = null;
  private position: { index: number; total: number; title?: string } | null = null;
  private readonly visits: VisitMarks;
  private orderEl: Element | null = null;
  private stopKeeping: (() => void) | null = null;
  /** This page's annotations as the annotations feature lists them (null while it does not run), and the search. */
  private annotations: readonly AnnotationListItem[] | null = null;
  private annotationQuery = '';
  private stopAnnotations: (() => void) | null = null;
  private readonly win: Window;

  constructor(private readonly doc: Document, private readonly layer: LayerLike, analysis: PageAnalysis, site: SiteSettings, private readonly env: PanelEnv) {
    this.analysis = analysis;
    this.site = site;
    this.open = site.panel;
    this.win = doc.defaultView ?? window;
    this.visits = new VisitMarks(doc.URL, env.visits, layer, PANEL_OWNER, env.now);
  }

  start(): void {
    this.layer.setCss(PANEL_OWNER, PAGE_CSS);
    // folded to its launcher where it would lie over the entries' text; the reader opens it when wanted
    // (the layout viewport's width, scroll bar left out: where position: fixed puts the panel)
    const viewWidth = this.doc.documentElement.clientWidth || this.win.innerWidth;
    if (this.open && panelWouldCover(viewWidth, this.analysis.entries.map((e) => e.element))) this.open = false;
    this.host = mountPanelHost(this.doc, this.layer, PANEL_OWNER);
    this.applyOrder();
    this.win.addEventListener('scroll', this.onScroll, { passive: true });
    this.win.addEventListener('pagehide', this.saveNow);
    this.stopKeeping = keepPlace(this.win, () => this.analysis.entries.map((e) => e.element));
    this.render();
    this.stopAnnotations = watchAnnotations((items) => {
      this.annotations = items;
      this.render();
    });
    void this.loadVisit();
  }

  /** The page changed (analysis is the new one; `added` arrived just now). Never moves the page. */
  update(analysis: PageAnalysis, added: readonly Entry[]): void {
    this.analysis = analysis;
    const vh = this.win.innerHeight;
    const shown = added.filter((e) => e.element.isConnected);
    if (shown.length && !shown.some((e) => inViewport(e.element, vh))) this.toast += shown.length;
    this.applyOrder();
    this.visits.saveLater(() => this.analysis.entries);
    this.render();
  }

  /** The reader changed this site's settings. */
  setSite(site: SiteSettings): void {
    if (site.panel !== this.site.panel) this.open = site.panel;
    const markNewChanged = site.markNew !== this.site.markNew;
    this.site = site;
    this.applyOrder();
    if (markNewChanged) this.markNew();
    this.render();
  }

  /** A keyboard command for the page; true when handled. */
  command(name: CommandName): boolean {
    if (name === 'next-entry' || name === 'previous-entry') this.step(name === 'next-entry' ? 1 : -1);
    else if (name === 'toggle-panel') this.setOpen(!this.open);
    else return false;
    return true;
  }

  /** How many entries on the page now are new since the reader's last visit (0 when the reader turned marks off). */
  newSinceVisit(): number {
    return this.site.markNew ? this.visits.count(this.analysis.entries) : 0;
  }

  snapshot(): string | null {
    return this.host?.snapshot() ?? null;
  }

  stop(): void {
    this.visits.stop(this.analysis.entries);
    this.win.removeEventListener('scroll', this.onScroll);
    this.win.removeEventListener('pagehide', this.saveNow);
    this.stopKeeping?.();
    this.stopKeeping = null;
    this.stopAnnotations?.();
    this.stopAnnotations = null;
    this.host?.unmount();
    this.host = null;
  }

  private render(): void {
    if (!this.host) return;
    const data = panelData(this.analysis.entries, this.analysis.topics, this.analysis.claims);
    const up = this.newestElement()?.getBoundingClientRect().top ?? 0;
    const props = {
      data,
      open: this.open,
      onOpenChange: (open: boolean) => this.setOpen(open),
      selectedTopics: this.selected,
      onTopicsChange: (ids: string[]) => {
        this.selected = ids;
        emitPanel('topics', ids);
        // "Entry 3 of 42" counts the entries the reader can see: the filter changed them
        const current = this.analysis.entries.find((e) => e.id === this.currentId);
        this.position = current ? this.positionOf(current) : null;
        this.render();
      },
      onJump: (id: string) => this.go(id),
      onClaim: (index: number, entryId: string) => {
        this.go(entryId);
        emitPanel('claim', index, entryId);
      },
      onStep: (d: 1 | -1) => this.step(d),
      position: this.position,
      newSinceVisit: this.newSinceVisit(),
      show: { topics: this.site.features.topics, sources: this.site.features.claims },
      onNewSince: () => {
        const fresh = this.analysis.entries.filter((e) => this.visits.isNew(e.id));
        const newest = fresh.reduce<Entry | null>((a, e) => (!a || (e.time ?? '') > (a.time ?? '') ? e : a), null);
        if (newest) this.go(newest.id);
      },
      toast: { count: this.toast, up: up < 0 },
      onToast: () => this.goNewest(),
      onToastDismiss: () => {
        this.toast = 0;
        this.render();
      },
      children: this.annotations
        ? h(PanelAnnotations, {
            items: this.annotations,
            query: this.annotationQuery,
            onQuery: (q: string) => ((this.annotationQuery = q), this.render()),
            onChoose: (id: string) => emitPanel('annotation', id),
          })
        : null,
    };
    this.host.render(h(I18nContext.Provider, { value: this.env.t }, h(Panel, props)));
  }

  private setOpen(open: boolean): void {
    this.open = open;
    this.render();
  }

  /** Where an entry stands among the entries the reader can see ("Entry 3 of 42"); null when it is not shown. */
  private positionOf(entry: Entry): { index: number; total: number; title: string } | null {
    const placed = placedEntries(this.analysis.entries);
    const index = placed.findIndex((p) => p.id === entry.id);
    return index >= 0 ? { index, total: placed.length, title: clip(entry.title || entry.text, 80) } : null;
  }

  private step(direction: 1 | -1): void {
    const placed = placedEntries(this.analysis.entries);
    const id = stepTarget(placed, this.currentId, direction, this.win.innerHeight);
    if (id) this.go(id);
  }

  private go(id: string): void {
    const entry = this.analysis.entries.find((e) => e.id === id);
    if (!entry) return;
    const previous = this.analysis.entries.find((e) => e.id === this.currentId);
    if (previous) this.layer.clearAttr(previous.element, CURRENT_ATTR);
    this.layer.setAttr(PANEL_OWNER, entry.element, CURRENT_ATTR, '');
    this.currentId = id;
    entry.element.scrollIntoView({ block: 'start' });
    this.position = this.positionOf(entry);
    if (inViewport(entry.element, this.win.innerHeight) && entry.element === this.newestElement()) this.toast = 0;
    this.render();
  }

  private newestElement(): Element | null {
    let best: Entry | null = null;
    for (const e of this.analysis.entries) {
      const t = e.time ? Date.parse(e.time) : NaN;
      const bt = best?.time ? Date.parse(best.time) : NaN;
      if (!best || (!Number.isNaN(t) && (Number.isNaN(bt) || t > bt))) best = e;
    }
    return best?.element ?? null;
  }

  private goNewest(): void {
    const el = this.newestElement();
    const entry = this.analysis.entries.find((e) => e.element === el);
    this.toast = 0;
    if (entry) this.go(entry.id);
    else this.render();
  }

  private readonly onScroll = (): void => {
    if (this.toast === 0) return;
    const el = this.newestElement();
    if (el && inViewport(el, this.win.innerHeight)) {
      this.toast = 0;
      this.render();
    }
  };

  private applyOrder(): void {
    const entries = this.analysis.entries;
    const want = needsReverse(entries, this.site.order) ? orderContainer(entries.map((e) => e.element)) : null;
    if (this.orderEl && this.orderEl !== want) this.layer.clearAttr(this.orderEl, ORDER_ATTR);
    if (want) this.layer.setAttr(PANEL_OWNER, want, ORDER_ATTR, 'reverse');
    this.orderEl = want;
  }

  private async loadVisit(): Promise<void> {
    if (!(await this.visits.load()) || !this.host) return;
    this.visits.judge(this.analysis.entries);
    this.markNew();
    this.saveNow();
    this.render();
  }

  private markNew(): void {
    this.visits.mark(this.analysis.entries, this.site.markNew, this.env.t('newBadge'));
  }

  private readonly saveNow = (): void => this.visits.save(this.analysis.entries);
}
