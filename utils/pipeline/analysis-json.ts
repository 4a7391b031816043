import { visibleText } from './text';
import type { Claim, ClutterKind, PageAnalysis, StageName, Topic } from './types';

/** The analysis JSON of ../shared/eval/ANALYSIS.md: plain data, no elements. */
export interface AnalysisJson {
  isLiveBlog: boolean;
  signals: string[];
  confidence: number;
  url: string;
  title: string;
  entries: Array<{
    id: string;
    time: string | null;
    title: string | null;
    text: string;
    author: string | null;
    keyEvent: boolean;
    topic: string | null;
    duplicateOf?: string | null;
  }>;
  topics: Topic[];
  claims: Claim[];
  hidden: Array<{ kind: ClutterKind; reason: string; text: string }>;
  timings: Partial<Record<StageName, number>>;
}

/** toAnalysisJson(analysis): drops elements, keeps what ANALYSIS.md describes. Pure. */
export function toAnalysisJson(a: PageAnalysis): AnalysisJson {
  return {
    isLiveBlog: a.detection.isLiveBlog,
    signals: a.detection.signals,
    confidence: a.detection.confidence,
    url: a.url,
    title: a.title,
    entries: a.entries.map((e) => ({
      id: e.id,
      time: e.time,
      title: e.title,
      text: e.text,
      author: e.author,
      keyEvent: e.keyEvent,
      topic: e.topic ?? null,
      ...(e.duplicateOf ? { duplicateOf: e.duplicateOf } : {}),
    })),
    topics: a.topics.map((t) => ({ id: t.id, label: t.label, entryIds: [...t.entryIds] })),
    claims: a.claims.map((c) => ({ ...c })),
    hidden: a.clutter.map((b) => ({ kind: b.kind, reason: b.reason, text: visibleText(b.element) })),
    timings: a.timings,
  };
}
