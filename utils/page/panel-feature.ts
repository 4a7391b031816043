import type { Message } from '../messaging';
import type { Feature, FeatureContext } from './features';
import { PanelController } from './panel';
import { extensionLocalArea, extensionTranslate } from './panel-env';
import { visitStore } from './panel-visits';

// Registers the reader's side of the page (utils/page/panel.ts) as a feature: the in-page panel, the
// new-entries toast, keyboard navigation, reading order and "new since your last visit".

let controller: PanelController | null = null;

function start(ctx: FeatureContext): void {
  controller?.stop();
  const area = extensionLocalArea();
  controller = new PanelController(ctx.doc, ctx.layer, ctx.analysis, ctx.site, {
    t: extensionTranslate(),
    visits: area ? visitStore(area) : null,
    now: () => Date.now(),
  });
  controller.start();
}

export const panel: Feature = {
  id: 'panel',
  description: 'The in-page panel (topics, key events, sources), the "N new entries" toast, next/previous entry, reading order and new-since-last-visit marks.',
  apply: start,
  update(ctx, changes) {
    controller?.update(ctx.analysis, changes.added);
  },
  siteChanged(ctx) {
    controller?.setSite(ctx.site);
  },
  remove() {
    controller?.stop();
    controller = null;
  },
  status: () => (controller ? { newSinceVisit: controller.newSinceVisit() } : {}),
  message(_ctx, msg: Message) {
    if (msg.type === 'liveline:command') return controller?.command(msg.command) ? true : undefined;
    if (msg.type === 'liveline:panel-snapshot') return controller?.snapshot() ?? null;
    return undefined;
  },
};
