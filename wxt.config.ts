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
    permissions: ['storage', ...(manifestVersion === 3 ? ['scripting'] : [])],
    host_permissions: manifestVersion === 3 ? ['<all_urls>'] : undefined,
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
