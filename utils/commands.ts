import type { CommandName, Message, PageStatus } from './messaging';
import { COMMAND_NAMES } from './messaging';
import type { SitePatch, Settings } from './settings';
import { hostOf, siteSettings } from './settings';

// Keyboard shortcuts (manifest "commands"). The background calls handleCommand; everything it needs is passed
// in, so it is tested without a browser.

export interface CommandDeps {
  activeTab(): Promise<{ id?: number; url?: string } | undefined>;
  /** The page's status (null where Liveline does not run). */
  status(tabId: number): Promise<PageStatus | null>;
  settings(): Promise<Settings>;
  /** Saves a site's settings and tells its tabs (the background's own set-site path). */
  setSite(host: string, patch: SitePatch): Promise<unknown>;
  send(tabId: number, message: Message): Promise<unknown>;
}

/** isCommand(name): one of ours. Pure. */
export function isCommand(name: string): name is CommandName {
  return (COMMAND_NAMES as readonly string[]).includes(name);
}

/**
 * handleCommand(name, deps): "toggle-clean-view" flips the clean view for the active tab's site (from what the
 * page shows now); the others go to the page. Never throws.
 */
export async function handleCommand(name: string, deps: CommandDeps): Promise<void> {
  if (!isCommand(name)) return;
  try {
    const tab = await deps.activeTab();
    if (tab?.id === undefined) return;
    if (name !== 'toggle-clean-view') {
      await deps.send(tab.id, { type: 'liveline:command', command: name });
      return;
    }
    const status = await deps.status(tab.id).catch(() => null);
    const host = status?.host || hostOf(tab.url ?? '');
    if (!host) return;
    const on = status ? status.cleanView : siteSettings(await deps.settings(), host).cleanView === true;
    await deps.setSite(host, { cleanView: !on });
  } catch {
    // A tab that went away or a page that cannot be reached: nothing to do.
  }
}
