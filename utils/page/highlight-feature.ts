// Feature: who said what, in the page. Each claim's text is highlighted (hedged and denial claims look
// different), with its speaker and cue on hover and keyboard focus; choosing a claim in the panel's sources
// list scrolls to it and focuses it. The reader switches it with settings.features.claims.
import type { Feature, FeatureContext } from './features';
import { HIGHLIGHT_OWNER, Highlighter } from './highlight';
import { onPanel } from './panel-bus';

interface State { highlighter: Highlighter; ctx: FeatureContext; stop: () => void }
const states = new WeakMap<Document, State>();

/** reveal(state, index): scrolls claim `index` of the latest analysis into view and focuses it. */
function reveal(state: State, index: number): void {
  const claim = state.ctx.analysis.claims[index];
  if (!claim) return;
  const el = state.highlighter.elementFor(claim);
  if (!el) return; // the panel has already brought its entry into view
  el.scrollIntoView({ block: 'center', behavior: 'smooth' });
  el.focus({ preventScroll: true });
}

export const claimHighlights: Feature = {
  id: 'claims', // = HIGHLIGHT_OWNER
  description: 'Highlights who said what in each entry (speaker and cue on hover and focus; hedged and denied claims marked).',
  setting: 'claims',
  apply(ctx) {
    const highlighter = new Highlighter(ctx.doc, ctx.layer);
    const state: State = { highlighter, ctx, stop: () => {} };
    states.set(ctx.doc, state); // first, so that remove() can always take back what show() wrote
    state.stop = onPanel('claim', (index) => reveal(state, index));
    highlighter.show(ctx.analysis.entries, ctx.analysis.claims);
  },
  update(ctx, { added, updated }) {
    const state = states.get(ctx.doc);
    if (!state) return;
    state.ctx = ctx;
    state.highlighter.update(ctx.analysis.entries, ctx.analysis.claims, new Set([...added, ...updated].map((e) => e.id)));
  },
  remove(ctx) {
    const state = states.get(ctx.doc);
    if (!state) return;
    state.stop();
    state.highlighter.clear();
    states.delete(ctx.doc);
  },
};
