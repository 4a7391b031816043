import { defineConfig } from 'wxt';

// Fixed Firefox add-on id: the browser tests pin its moz-extension UUID through a pref.
export const GECKO_ID = 'liveline@liveline.example';

export default defineConfig({
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Liveline',
    description: 'Makes live blogs readable: entries, times, topics and claims; clutter hidden. Nothing leaves the browser.',
    default_locale: 'en',
    // Keyboard shortcuts (ui): the background forwards them to the page (see utils/commands.ts).
    commands: {
      'toggle-clean-view': { suggested_key: { default: 'Alt+Shift+L' }, description: '__MSG_cmdToggleCleanView__' },
      'next-entry': { suggested_key: { default: 'Alt+Shift+J' }, description: '__MSG_cmdNextEntry__' },
      'previous-entry': { suggested_key: { default: 'Alt+Shift+K' }, description: '__MSG_cmdPreviousEntry__' },
      'toggle-panel': { suggested_key: { default: 'Alt+Shift+P' }, description: '__MSG_cmdTogglePanel__' },
    },
    permissions: ['storage', 'unlimitedStorage', ...(manifestVersion === 3 ? ['scripting'] : [])],
    // The background injects the full pipeline into pages where the cheap detector fired: that needs host access
    // (WXT moves it into "permissions" for MV2, where tabs.executeScript needs it too).
    host_permissions: ['<all_urls>'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '115.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
