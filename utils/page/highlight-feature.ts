// Feature: who said what, in the page. Each claim's text is highlighted (hedged and denial claims look
// different), with its speaker and cue on hover and keyboard focus; choosing a claim in the panel's sources
// list scrolls to it and focuses it. The reader switches it with settings.features.claims.
import type { Feature, FeatureContext } from './features';
import { HIGHLIGHT_OWNER, Highlighter } from './highlight';
import { onPanel } from './panel-bus';
import { SUMMARY_ID } from '../pipeline/summary';
import type { Entry, PageAnalysis } from '../pipeline/types';

interface State { highlighter: Highlighter; ctx: FeatureContext; stop: () => void; summaryText: string }
const states = new WeakMap<Document, State>();

/** The entries whose claims are highlighted: the analysis's entries and the page's summary, where it has one. */
const highlighted = (a: PageAnalysis): Entry[] => (a.summary ? [...a.entries, a.summary] : a.entries);

/** reveal(state, index): scrolls claim `index` of the latest analysis into view and focuses it. */
function reveal(state: State, index: number): void {
  const claim = state.ctx.analysis.claims[index];
  if (!claim) return;
  const el = state.highlighter.elementFor(claim);
  if (!el) {
    // the panel has already brought an entry into view; the summary is no entry, so it is brought here
    const summary = state.ctx.analysis.summary;
    if (claim.entryId === summary?.id) summary.element.scrollIntoView({ block: 'center', behavior: 'smooth' });
    return;
  }
  el.scrollIntoView({ block: 'center', behavior: 'smooth' });
  el.focus({ preventScroll: true });
}

export const claimHighlights: Feature = {
  id: 'claims', // = HIGHLIGHT_OWNER
  description: 'Highlights who said what in each entry and in the summary above the entries (speaker and cue on hover and focus; hedged and denied claims marked).',
  setting: 'claims',
  apply(ctx) {
    const highlighter = new Highlighter(ctx.doc, ctx.layer);
    const state: State = { highlighter, ctx, stop: () => {}, summaryText: ctx.analysis.summary?.text ?? '' };
    states.set(ctx.doc, state); // first, so that remove() can always take back what show() wrote
    state.stop = onPanel('claim', (index) => reveal(state, index));
    highlighter.show(highlighted(ctx.analysis), ctx.analysis.claims);
  },
  update(ctx, { added, updated }) {
    const state = states.get(ctx.doc);
    if (!state) return;
    state.ctx = ctx;
    const changed = new Set([...added, ...updated].map((e) => e.id));
    // the summary is re-highlighted only when its text changed (it is not among the entries added or updated)
    const summaryText = ctx.analysis.summary?.text ?? '';
    if (summaryText !== state.summaryText) changed.add(SUMMARY_ID);
    state.summaryText = summaryText;
    state.highlighter.update(highlighted(ctx.analysis), ctx.analysis.claims, changed);
  },
  remove(ctx) {
    const state = states.get(ctx.doc);
    if (!state) return;
    state.stop();
    state.highlighter.clear();
    states.delete(ctx.doc);
  },
};
