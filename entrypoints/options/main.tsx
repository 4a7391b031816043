import browser from 'webextension-polyfill';
import { render } from 'preact';
import { OptionsApp } from '@/components/OptionsApp';
import { browserConnector } from '@/utils/connector-browser';
import { I18nContext, browserTranslate } from '@/utils/i18n';
import type { Settings } from '@/utils/settings';
import { toSettingsFile } from '@/utils/settings-messages';
import '@/components/ui.css';

/** Downloads the settings as a JSON file (no network: a blob URL clicked through a link). */
function save(settings: Settings) {
  const blob = new Blob([JSON.stringify(toSettingsFile(settings, new Date()), null, 2)], { type: 'application/json' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = `liveline-settings-${new Date().toISOString().slice(0, 10)}.json`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = browser.i18n.getMessage('optionsTitle');
render(
  <I18nContext.Provider value={browserTranslate(browser.i18n.getMessage)}>
    <OptionsApp connector={browserConnector()} save={save} />
  </I18nContext.Provider>,
  document.getElementById('app')!,
);
