// Feature: the reader's annotations (highlights, notes, tags) on the page. Storage is the background's; this
// file only finds the extension's messaging at call time (unit tests import it without an extension).
import type { AnnotationMessage } from '../annotations/messages';
import type { Translate } from '../i18n';
import { AnnotationController, type AnnotateEnv } from './annotate';
import type { Feature } from './features';
import { extensionTranslate } from './panel-env';

interface RuntimeGlobal {
  runtime?: { sendMessage(m: unknown): Promise<unknown> };
}

function runtime(): RuntimeGlobal['runtime'] | undefined {
  const g = globalThis as { browser?: RuntimeGlobal; chrome?: RuntimeGlobal };
  return g.browser?.runtime ?? g.chrome?.runtime;
}

/** uuid(): crypto.randomUUID where the page is a secure context, else a v4 UUID from getRandomValues. */
export function uuid(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function extensionEnv(doc: Document, t: Translate): AnnotateEnv {
  const win = doc.defaultView ?? window;
  return {
    send: (m) => runtime()?.sendMessage(m) ?? Promise.reject(new Error('no extension runtime')),
    now: () => new Date(),
    uuid,
    t,
    timers: { setTimeout: (fn, ms) => win.setTimeout(fn, ms), clearTimeout: (id) => win.clearTimeout(id) },
  };
}

const controllers = new WeakMap<Document, AnnotationController>();

export const annotations: Feature = {
  id: 'annotations',
  description: 'Highlights, notes and tags the reader adds; kept in the extension, anchored to entries, listed and exported.',
  setting: 'annotations',
  apply(ctx) {
    const c = new AnnotationController(ctx.doc, ctx.layer, ctx.analysis, extensionEnv(ctx.doc, extensionTranslate()));
    controllers.set(ctx.doc, c);
    c.start();
  },
  update(ctx) {
    controllers.get(ctx.doc)?.update(ctx.analysis);
  },
  remove(ctx) {
    controllers.get(ctx.doc)?.stop();
    controllers.delete(ctx.doc);
  },
  message(ctx, raw) {
    const c = controllers.get(ctx.doc);
    const msg = raw as unknown as AnnotationMessage;
    if (!c) return undefined;
    if (msg.type === 'liveline:ann-probe') return c.probe();
    if (msg.type === 'liveline:ann-changed') {
      if (!msg.pageUrl || msg.pageUrl === c.pageUrl) void c.load();
      return true;
    }
    return undefined;
  },
};
