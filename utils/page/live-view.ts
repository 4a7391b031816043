// The orchestrator: analyse the page, let each registered feature write through the layer, follow changes.
// It knows no feature by name (see features.ts). Nothing it calls may throw into the page: every stage and
// feature call is caught and reported through status().error.
import type { Message, PageStatus } from '../messaging';
import type { ClaimsCache } from '../pipeline/claims';
import { runPipeline } from '../pipeline/run';
import type { PageAnalysis } from '../pipeline/types';
import { hostOf, type SiteSettings } from '../settings';
import { diffEntries, isEmpty, type EntryChanges } from './diff';
import { enabledFeatures, FEATURES, type Feature, type FeatureContext } from './features';
import { PageLayer, ROOT_ATTR } from './layer';
import { watchPage, type Timers } from './observer';
import { annotationCount } from './annotate-host';
import { pageStatus } from './status';

/** A re-analysis waits at least this many times as long as the last one took (at most ~1/4 of the CPU). */
export const GAP_FACTOR = 3;

export interface LiveViewOptions {
  doc: Document;
  url: string;
  site: SiteSettings;
  timers: Timers;
  /** Clock for relative times ("2h ago"); defaults to the real one. */
  now?: () => Date;
  features?: readonly Feature[];
  /** The pipeline (tests pass a stand-in); runPipeline by default. */
  pipeline?: typeof runPipeline;
  /** Called after each (re-)analysis. */
  onUpdate?(status: PageStatus): void;
}

/** LiveView: owns the page layer for one page. start() analyses and applies; stop() restores the page. */
export class LiveView {
  readonly layer: PageLayer;
  analysis: PageAnalysis | null = null;
  private site: SiteSettings;
  private readonly applied = new Map<string, Feature>();
  private watcher: { stop(): void; flush(): void } | null = null;
  private error: string | null = null;
  /** How long the last analysis took (ms), to space re-analyses of heavy pages. */
  private lastRunMs = 0;
  /** The claims stage's per-entry memo: on a live page only new or changed entries are re-read. */
  private readonly claimsCache: ClaimsCache = new Map();

  constructor(private readonly options: LiveViewOptions) {
    this.layer = new PageLayer(options.doc);
    this.site = options.site;
  }

  start(): void {
    this.refresh();
    const { doc, timers } = this.options;
    this.watcher = watchPage({
      root: doc.body ?? doc.documentElement,
      isOwn: (r) => this.layer.isOwnMutation(r),
      settle: () => this.layer.settle(),
      onChange: (changed, removedFrom) => this.refresh(changed, removedFrom),
      timers,
      minGapMs: () => GAP_FACTOR * this.lastRunMs,
    });
    this.layer.settle(); // the first writes came before observing: no records will arrive for them
  }

  /** The reader changed this site's settings (clean view forced on/off, features). */
  setSite(site: SiteSettings): void {
    const before = new Set(this.applied.values());
    this.site = site;
    this.refresh();
    for (const f of this.applied.values()) if (before.has(f) && f.siteChanged) this.guard(f.id, () => f.siteChanged!(this.context()));
  }

  /**
   * Re-analyse now (the observer calls this after changes, with the nodes that changed and the elements that
   * lost children: the pipeline then re-reads only the entries they touch).
   */
  refresh(changed?: readonly Node[], removedFrom?: readonly Node[]): void {
    const previous = this.analysis;
    const t0 = this.options.timers.now();
    try {
      this.analysis = (this.options.pipeline ?? runPipeline)(this.options.doc, {
        url: this.options.url,
        force: this.site.cleanView === true,
        now: this.options.now?.() ?? new Date(),
        claimsCache: this.claimsCache,
        previousTopics: previous?.topics,
        ...(previous && changed ? { previous, changed, removedFrom } : {}),
      });
      // The pipeline reads the page as it is, Liveline's own labels included ("show what was hidden" puts text
      // in the page): those are never the page's clutter, or each re-analysis would hide and label them again.
      const clutter = this.analysis.clutter.filter((b) => !this.layer.isOwn(b.element));
      if (clutter.length !== this.analysis.clutter.length) this.analysis = { ...this.analysis, clutter };
      this.lastRunMs = this.options.timers.now() - t0;
      this.error = null;
    } catch (e) {
      this.error = `pipeline: ${message(e)}`;
      return this.report();
    }
    const changes = previous ? diffEntries(previous.entries, this.analysis.entries) : null;
    this.sync(changes);
    this.report();
  }

  /** What the popup shows. */
  status(): PageStatus {
    let status = pageStatus(this.analysis, hostOf(this.options.url), this.applied.size > 0, this.error);
    for (const f of this.applied.values()) {
      if (f.status) this.guard(f.id, () => void (status = { ...status, ...f.status!(this.context()) }));
    }
    return { ...status, annotationCount: annotationCount(this.options.doc), error: this.error };
  }

  /** Stop observing and give the page back exactly as it was. */
  stop(): void {
    this.watcher?.stop();
    this.watcher = null;
    for (const f of this.applied.values()) this.guard(f.id, () => f.remove(this.context()));
    this.applied.clear();
    this.layer.removeAll();
  }

  /** message(msg): offers a page message (command, probe) to the applied features; the first reply wins. */
  message(msg: Message): unknown {
    for (const f of this.applied.values()) {
      if (!f.message) continue;
      let reply: unknown;
      this.guard(f.id, () => void (reply = f.message!(this.context(), msg)));
      if (reply !== undefined) return reply;
    }
    return undefined;
  }

  /** Pending changes now instead of after the debounce (tests). */
  flush(): void {
    this.watcher?.flush();
  }

  private wanted(): Feature[] {
    const a = this.analysis;
    if (!a) return [];
    const on = a.detection.isLiveBlog ? this.site.cleanView !== false : this.site.cleanView === true;
    return on ? enabledFeatures(this.site, this.options.features ?? FEATURES) : [];
  }

  private sync(changes: EntryChanges | null): void {
    const want = this.wanted();
    const ctx = this.context();
    for (const [id, f] of [...this.applied]) {
      if (want.includes(f)) continue;
      this.guard(id, () => f.remove(ctx));
      this.layer.removeOwner(id);
      this.applied.delete(id);
    }
    const root = this.options.doc.documentElement;
    if (want.length === 0) return this.layer.clearAttr(root, ROOT_ATTR);
    this.layer.setAttr('liveline', root, ROOT_ATTR, 'on');
    for (const f of want) {
      if (!this.applied.has(f.id)) {
        this.applied.set(f.id, f);
        this.guard(f.id, () => f.apply(ctx));
      } else {
        if (changes && !isEmpty(changes)) this.guard(f.id, () => f.update(ctx, changes));
        if (f.refresh) this.guard(f.id, () => f.refresh!(ctx));
      }
    }
  }

  private context(): FeatureContext {
    const analysis = this.analysis!;
    return { doc: this.options.doc, layer: this.layer, analysis, site: this.site };
  }

  private guard(id: string, fn: () => void): void {
    try {
      fn();
    } catch (e) {
      this.error = `${id}: ${message(e)}`;
    }
  }

  private report(): void {
    try {
      this.options.onUpdate?.(this.status());
    } catch (e) {
      this.error = `status: ${message(e)}`;
    }
  }
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
