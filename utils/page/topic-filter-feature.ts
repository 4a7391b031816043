// Feature: the topic filter in the page. The panel's topic chips (panel-bus 'topics') choose topics; entries of
// the other topics are hidden by utils/page/topic-filter.ts through the page layer; a live update re-applies the
// choice to new entries.
import type { Feature, FeatureContext } from './features';
import { onPanel } from './panel-bus';
import { applyTopicFilter, TOPIC_OUT_ATTR } from './topic-filter';

interface FilterState {
  selected: string[];
  /** The latest context (a live update brings a new analysis). */
  ctx: FeatureContext;
  stop: () => void;
}

const states = new WeakMap<Document, FilterState>();

function apply(state: FilterState): void {
  const { ctx } = state;
  const known = new Set(ctx.analysis.topics.map((t) => t.id));
  state.selected = state.selected.filter((id) => known.has(id));
  applyTopicFilter(ctx.layer, ctx.analysis.entries, ctx.analysis.topics, state.selected);
}

export const topicFilter: Feature = {
  id: 'topic-filter',
  description: 'Choosing topics in the panel shows only their entries (the rest hidden by a marker, restored exactly).',
  setting: 'topics',
  apply(ctx) {
    const state: FilterState = { selected: [], ctx, stop: () => undefined };
    state.stop = onPanel('topics', (ids) => {
      state.selected = [...ids];
      apply(state);
    });
    states.set(ctx.doc, state);
  },
  update(ctx, changes) {
    const state = states.get(ctx.doc);
    if (!state) return;
    // entries that left (or moved to another element) lose the marker they had
    for (const e of [...changes.removed, ...changes.before.values()]) ctx.layer.clearAttr(e.element, TOPIC_OUT_ATTR);
    state.ctx = ctx;
    apply(state);
  },
  remove(ctx) {
    states.get(ctx.doc)?.stop();
    states.delete(ctx.doc);
  },
};
