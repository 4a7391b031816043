// Messages between the page (content script), the extension pages and the background, which alone holds the
// store. Failures come back as data with a sentence for the reader; nothing here throws across a message.
import type { AnalysisJson } from '../pipeline/analysis-json';
import { toJsonLd } from './export-jsonld';
import { toCsv, toMarkdown } from './export-text';
import { fromJsonLd } from './import-jsonld';
import type { Annotation } from './model';
import { StorageFailure, type AnnotationStore, type KeyValueArea } from './store';

export type ExportFormat = 'jsonld' | 'markdown' | 'csv';

export type AnnotationMessage =
  | { type: 'liveline:ann-list'; pageUrl?: string } // → ListReply
  | { type: 'liveline:ann-put'; annotation: Annotation; analysis?: AnalysisJson } // → OkReply
  | { type: 'liveline:ann-delete'; id: string } // → OkReply
  | { type: 'liveline:ann-import'; text: string } // → ImportReply
  | { type: 'liveline:ann-export'; format: ExportFormat; pageUrl?: string; withAnalysis?: boolean } // → ExportReply
  | { type: 'liveline:ann-changed'; pageUrl: string } // background → tabs: annotations of this page changed
  | { type: 'liveline:ann-probe' }; // tests → content script: what the page shows (AnnotationProbe)

export interface ListReply { ok: true; annotations: Annotation[]; problems: string[]; quarantined: number }
export interface FailReply { ok: false; error: string }
export type OkReply = { ok: true } | FailReply;
export type ImportReply = { ok: true; imported: number; skipped: string[] } | FailReply;
export type ExportReply = { ok: true; text: string; filename: string; mime: string } | FailReply;

/** What the content script reports to tests: each annotation's state in the page. */
export interface AnnotationProbe {
  pageUrl: string;
  annotations: Array<{ id: string; note: string; tags: string[]; color: string; placed: boolean; text: string }>;
}

const TYPES = new Set(['liveline:ann-list', 'liveline:ann-put', 'liveline:ann-delete', 'liveline:ann-import', 'liveline:ann-export']);

/** isAnnotationRequest(msg): one the background answers. */
export function isAnnotationRequest(msg: unknown): msg is Exclude<AnnotationMessage, { type: 'liveline:ann-changed' | 'liveline:ann-probe' }> {
  return typeof msg === 'object' && msg !== null && TYPES.has((msg as { type?: string }).type ?? '');
}

export const ANALYSIS_PREFIX = 'ann-analysis:';

const FORMATS: Record<ExportFormat, { ext: string; mime: string; make: typeof toJsonLd }> = {
  jsonld: { ext: 'jsonld', mime: 'application/ld+json', make: toJsonLd },
  markdown: { ext: 'md', mime: 'text/markdown', make: toMarkdown },
  csv: { ext: 'csv', mime: 'text/csv', make: toCsv },
};

function fail(e: unknown): FailReply {
  return { ok: false, error: e instanceof StorageFailure ? e.readerMessage : `Liveline could not do that: ${e instanceof Error ? e.message : String(e)}. Nothing already saved was changed.` };
}

/**
 * handleAnnotationMessage(store, area, msg, now): the background's answer. `area` also keeps each annotated
 * page's latest analysis (for exports that include it); `now` names export files.
 */
export async function handleAnnotationMessage(store: AnnotationStore, area: KeyValueArea, msg: AnnotationMessage, now: () => Date = () => new Date()): Promise<unknown> {
  try {
    switch (msg.type) {
      case 'liveline:ann-list': {
        const { annotations, problems, quarantined } = await store.load();
        return { ok: true, annotations: msg.pageUrl ? annotations.filter((a) => a.pageUrl === msg.pageUrl) : annotations, problems, quarantined } satisfies ListReply;
      }
      case 'liveline:ann-put':
        await store.put(msg.annotation);
        // The analysis is a convenience for exports: failing to keep it must not fail the save.
        if (msg.analysis) await area.set({ [ANALYSIS_PREFIX + msg.annotation.pageUrl]: msg.analysis }).catch(() => undefined);
        return { ok: true };
      case 'liveline:ann-delete':
        await store.remove(msg.id);
        return { ok: true };
      case 'liveline:ann-import': {
        const parsed = fromJsonLd(msg.text);
        const existing = new Map((await store.load()).annotations.map((a) => [a.id, a]));
        // Newer wins: importing an old export never overwrites later edits.
        const fresh = parsed.annotations.filter((a) => !existing.has(a.id) || existing.get(a.id)!.updated < a.updated);
        await store.putMany(fresh);
        return { ok: true, imported: fresh.length, skipped: parsed.skipped } satisfies ImportReply;
      }
      case 'liveline:ann-export': {
        const all = (await store.load()).annotations.filter((a) => !msg.pageUrl || a.pageUrl === msg.pageUrl);
        let analyses: Record<string, AnalysisJson> | undefined;
        if (msg.withAnalysis) {
          const keys = [...new Set(all.map((a) => ANALYSIS_PREFIX + a.pageUrl))];
          const got = await area.get(keys);
          analyses = Object.fromEntries(Object.entries(got).map(([k, v]) => [k.slice(ANALYSIS_PREFIX.length), v as AnalysisJson]));
        }
        const f = FORMATS[msg.format];
        const day = now().toISOString().slice(0, 10);
        return { ok: true, text: f.make(all, analyses), filename: `liveline-annotations-${day}.${f.ext}`, mime: f.mime } satisfies ExportReply;
      }
    }
  } catch (e) {
    return fail(e);
  }
  return { ok: false, error: 'unknown message' };
}
