// How the all-annotations page reaches the background: one interface, a browser implementation (messages) and
// a mock over an in-memory store (component tests render the page without a browser).
import type { ExportFormat, ExportReply, ImportReply, ListReply, OkReply, AnnotationMessage } from './messages';
import { handleAnnotationMessage } from './messages';
import type { Annotation } from './model';
import { createStore, memoryArea, type KeyValueArea } from './store';

export interface AnnotationsConnector {
  list(): Promise<ListReply | { ok: false; error: string }>;
  put(a: Annotation): Promise<OkReply>;
  remove(id: string): Promise<OkReply>;
  exportFile(format: ExportFormat, withAnalysis: boolean): Promise<ExportReply>;
  importText(text: string): Promise<ImportReply>;
  /** Opens the annotation's page and scrolls to it there. */
  open(a: Annotation): void;
}

/** messageConnector(send, open): the connector over a message sender (browser.runtime.sendMessage). */
export function messageConnector(send: (m: AnnotationMessage) => Promise<unknown>, open: (a: Annotation) => void): AnnotationsConnector {
  const call = <T>(m: AnnotationMessage) => send(m).catch((e: unknown) => ({ ok: false, error: String(e) })) as Promise<T>;
  return {
    list: () => call({ type: 'liveline:ann-list' }),
    put: (annotation) => call({ type: 'liveline:ann-put', annotation }),
    remove: (id) => call({ type: 'liveline:ann-delete', id }),
    exportFile: (format, withAnalysis) => call({ type: 'liveline:ann-export', format, withAnalysis }),
    importText: (text) => call({ type: 'liveline:ann-import', text }),
    open,
  };
}

/** mockConnector(initial): the real handler over a memory store; `opened` records open() calls. */
export function mockAnnotationsConnector(area: KeyValueArea = memoryArea()): AnnotationsConnector & { opened: string[] } {
  const store = createStore(area, () => new Date('2025-01-01T00:00:00Z'));
  const opened: string[] = [];
  const c = messageConnector((m) => handleAnnotationMessage(store, area, m, () => new Date('2025-01-01T00:00:00Z')), (a) => opened.push(a.id));
  return Object.assign(c, { opened });
}
