import { defineConfig } from 'wxt';

// Fixed Firefox add-on id: the browser tests pin its moz-extension UUID through a pref.
export const GECKO_ID = 'liveline@liveline.example';

export default defineConfig({
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Liveline',
    description: 'Makes live blogs readable: entries, times, topics and claims; clutter hidden. Nothing leaves the browser.',
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
