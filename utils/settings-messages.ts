import type { ImportResult, Message, SettingsFile } from './messaging';
import type { Settings } from './settings';
import { withDefaults, withoutSite, withSite } from './settings';
import { loadSettings } from './settings-migrations';
import type { SettingsBackup, SettingsStore } from './settings-store';

// The background's answers to settings messages. No browser.* here: the background passes its store in and
// tells tabs about changes itself (it knows which tabs show which host).

type SettingsMessage = Extract<
  Message,
  {
    type:
      | 'liveline:get-settings'
      | 'liveline:set-site'
      | 'liveline:forget-site'
      | 'liveline:set-defaults'
      | 'liveline:import-settings'
      | 'liveline:settings-backup';
  }
>;

/** isSettingsMessage(m): true for the messages handleSettingsMessage answers. */
export function isSettingsMessage(m: unknown): m is SettingsMessage {
  const type = (m as { type?: unknown } | null)?.type;
  return (
    type === 'liveline:get-settings' ||
    type === 'liveline:set-site' ||
    type === 'liveline:forget-site' ||
    type === 'liveline:set-defaults' ||
    type === 'liveline:import-settings' ||
    type === 'liveline:settings-backup'
  );
}

/** handleSettingsMessage(store, message): the reply (Settings; ImportResult for imports; the kept copy for backup). */
export async function handleSettingsMessage(store: SettingsStore, m: SettingsMessage): Promise<Settings | ImportResult | SettingsBackup | null> {
  switch (m.type) {
    case 'liveline:get-settings':
      return store.load();
    case 'liveline:set-site':
      return store.update((s) => withSite(s, m.host, m.patch));
    case 'liveline:forget-site':
      return store.update((s) => withoutSite(s, m.host));
    case 'liveline:set-defaults':
      return store.update((s) => withDefaults(s, m.patch));
    case 'liveline:import-settings':
      return importSettings(store, m.data);
    case 'liveline:settings-backup':
      return store.backup();
  }
}

/** toSettingsFile(settings, now): what "export" writes. Pure. */
export function toSettingsFile(settings: Settings, now: Date): SettingsFile {
  return { format: 'liveline-settings', exportedAt: now.toISOString(), settings };
}

async function importSettings(store: SettingsStore, data: unknown): Promise<ImportResult> {
  const file = data as Partial<SettingsFile> | null;
  const raw = file && typeof file === 'object' && file.format === 'liveline-settings' ? file.settings : data;
  const loaded = loadSettings(raw ?? 'missing');
  if (loaded.problem === 'damaged' || loaded.problem === 'future') return { ok: false, error: loaded.problem };
  const settings = await store.update(() => loaded.settings);
  return { ok: true, settings, repaired: loaded.problem === 'repaired' };
}

/** changedSettings(message, reply): the settings tabs must hear about after this message, or null. Pure. */
export function changedSettings(m: SettingsMessage, reply: Awaited<ReturnType<typeof handleSettingsMessage>>): Settings | null {
  if (m.type === 'liveline:get-settings' || m.type === 'liveline:settings-backup' || !reply) return null;
  if ('ok' in reply) return reply.ok ? reply.settings : null;
  return 'version' in reply ? reply : null;
}
