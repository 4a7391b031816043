import { groupSources } from '../pipeline/claims-sources';
import { SUMMARY_ID } from '../pipeline/summary';
import type { Claim, CueClass, Entry, Topic } from '../pipeline/types';

// What the in-page panel shows, computed from the analysis. Pure: no page access (elements are not copied).

export interface PanelTopic {
  id: string;
  label: string;
  count: number;
  /** The entry of this topic with the latest time (or the first in page order when none has a time). */
  newestEntryId: string | null;
}

export interface PanelKeyEvent {
  entryId: string;
  time: string | null;
  title: string;
}

export interface PanelClaim {
  entryId: string;
  text: string;
  cue: string;
  cueClass: CueClass;
  /** Index of the claim in analysis.claims, so the page can find the highlight. */
  index: number;
}

export interface PanelSource {
  speaker: string;
  claims: PanelClaim[];
}

export interface PanelData {
  entryCount: number;
  topics: PanelTopic[];
  keyEvents: PanelKeyEvent[];
  sources: PanelSource[];
}

/** Longest a title or claim shown in the panel gets, in characters. */
export const PANEL_TEXT_MAX = 140;

/** clip(text): at most PANEL_TEXT_MAX characters, cut at a word with an ellipsis. Pure. */
export function clip(text: string, max = PANEL_TEXT_MAX): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

const timeMs = (e: Entry | undefined) => (e?.time ? Date.parse(e.time) : NaN);

/** panelData(entries, topics, claims): topics with counts, key events, sources grouped by speaker. Pure. */
export function panelData(entries: readonly Entry[], topics: readonly Topic[], claims: readonly Claim[]): PanelData {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const panelTopics = topics
    .map((topic) => {
      const present = topic.entryIds.filter((id) => byId.has(id));
      let newest: string | null = present[0] ?? null;
      let best = -Infinity;
      for (const id of present) {
        const ms = timeMs(byId.get(id));
        if (!Number.isNaN(ms) && ms > best) [newest, best] = [id, ms];
      }
      return { id: topic.id, label: topic.label, count: present.length, newestEntryId: newest };
    })
    .filter((t) => t.count > 0)
    .sort((a, b) => (a.id === 'other' ? 1 : b.id === 'other' ? -1 : b.count - a.count));
  const keyEvents = entries
    .filter((e) => e.keyEvent)
    .map((e) => ({ entryId: e.id, time: e.time, title: clip(e.title || e.text) }));
  // one source per speaker, a role and a name for the same person counted once (claims-sources.ts)
  const sources = groupSources(claims)
    .map((g) => ({
      speaker: g.speaker,
      claims: g.claims
        // a claim in the page's summary above the entries (SUMMARY_ID) is listed too
        .filter((index) => byId.has(claims[index].entryId) || claims[index].entryId === SUMMARY_ID)
        .map((index) => {
          const c = claims[index];
          return { entryId: c.entryId, text: clip(c.text), cue: c.cue, cueClass: c.cueClass, index };
        }),
    }))
    .filter((g) => g.claims.length > 0);
  return {
    entryCount: entries.length,
    topics: panelTopics,
    keyEvents,
    sources: sources.sort((a, b) => b.claims.length - a.claims.length || a.speaker.localeCompare(b.speaker)),
  };
}
