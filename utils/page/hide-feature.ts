// Feature: the clean view's hiding. Hides the clutter blocks the pipeline found, by the reader's categories for
// this site, and follows the page (clutter injected after load, category switches). The popup's "show what was
// hidden" toggles the reveal mode through the `toggle-show-hidden` command.
import type { Message } from '../messaging';
import type { Feature, FeatureContext } from './features';
import { countByKind, HIDE_OWNER, Hider } from './hide';

/** One Hider per page layer (one per page). */
const hiders = new WeakMap<object, Hider>();

function hiderFor(ctx: FeatureContext): Hider {
  let hider = hiders.get(ctx.layer);
  if (!hider) hiders.set(ctx.layer, (hider = new Hider(ctx.doc, ctx.layer)));
  return hider;
}

const sync = (ctx: FeatureContext): void => hiderFor(ctx).apply(ctx.analysis.clutter, ctx.site.clutter);

export const hideClutter: Feature = {
  id: HIDE_OWNER,
  description:
    'Hides subscription, donation, newsletter, sign-in, notification and other prompts around the entries, by category; “show what was hidden” reveals each in place with its reason.',
  setting: 'clutter',
  apply: sync,
  update: sync,
  refresh: sync,
  remove(ctx) {
    hiderFor(ctx).clear();
    hiders.delete(ctx.layer);
  },
  message(ctx, msg: Message) {
    if (msg.type !== 'liveline:command' || msg.command !== 'toggle-show-hidden') return undefined;
    const hider = hiderFor(ctx);
    hider.reveal(!hider.revealing);
    return { revealing: hider.revealing, hidden: hider.blocks.length };
  },
  status(ctx) {
    const hider = hiderFor(ctx);
    return { hiddenByKind: countByKind(hider.blocks), showingHidden: hider.revealing };
  },
};
