// The feature registry: every part of the clean view that writes to the page, in ONE explicit list (as in
// refined-github). The orchestrator (live-view.ts) only walks this list; a new feature adds a file in
// utils/page/ and a line here, and never touches the orchestrator. test/unit/features.test.ts checks the list.
import type { Message, PageStatus } from '../messaging';
import type { PageAnalysis } from '../pipeline/types';
import type { SiteSettings, FeatureId } from '../settings';
import type { EntryChanges } from './diff';
import { annotations } from './annotate-feature';
import { entryMarks } from './entry-marks';
import { claimHighlights } from './highlight-feature';
import { panel } from './panel-feature';
import { hideClutter } from './hide-feature';
import type { PageLayer } from './layer';
import { topicFilter } from './topic-filter-feature';

/** What a feature gets on each call. It writes to the page only through `layer`, under its own id. */
export interface FeatureContext {
  doc: Document;
  layer: PageLayer;
  /** The latest analysis of the page (entries, clutter, topics, claims, elements included). */
  analysis: PageAnalysis;
  /** The reader's settings for this site. */
  site: SiteSettings;
}

export interface Feature {
  /** Unique; also the owner name of everything it writes through the layer. */
  id: string;
  /** One line for people: what the reader sees. */
  description: string;
  /** The reader's on/off switch for it (settings.features), if it has one. */
  setting?: FeatureId;
  /** First run on a page (or after the reader turned it back on). */
  apply(ctx: FeatureContext): void;
  /** The page changed: entries added, edited, removed. `ctx.analysis` is already the new one. */
  update(ctx: FeatureContext, changes: EntryChanges): void;
  /**
   * After every re-analysis and settings change, whether entries changed or not (optional): for features whose
   * output depends on more than the entries (clutter injected by the page, a category switched off).
   */
  refresh?(ctx: FeatureContext): void;
  /** Undo. The orchestrator also calls layer.removeOwner(id) afterwards, so most features need nothing here. */
  remove(ctx: FeatureContext): void;
  /** The reader changed this site's settings while the feature stays applied (ui: reading order, panel). */
  siteChanged?(ctx: FeatureContext): void;
  /** A message for the page (keyboard commands, test probes): return a reply, or undefined if not yours. */
  message?(ctx: FeatureContext, msg: Message): unknown;
  /** Figures only this feature knows for the popup (what it hides, what is new), merged into the page status. */
  status?(ctx: FeatureContext): Partial<PageStatus>;
}

/** The registry, in apply order. */
export const FEATURES: readonly Feature[] = [entryMarks, hideClutter, topicFilter, claimHighlights, panel, annotations];

/** enabledFeatures(site): the features the reader has not switched off. Pure. */
export function enabledFeatures(site: SiteSettings, features: readonly Feature[] = FEATURES): Feature[] {
  return features.filter((f) => !f.setting || site.features[f.setting] !== false);
}
