import browser from 'webextension-polyfill';
import { render } from 'preact';
import { OptionsApp } from '@/components/OptionsApp';
import { browserConnector } from '@/utils/connector-browser';
import { I18nContext, browserTranslate } from '@/utils/i18n';
import type { Settings } from '@/utils/settings';
import { toSettingsFile } from '@/utils/settings-messages';
import type { SettingsBackup } from '@/utils/settings-store';
import '@/components/ui.css';

/** downloadJson(name, data): saves data as a JSON file (no network: a blob URL clicked through a link). */
function downloadJson(name: string, data: unknown) {
  const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

const today = () => new Date().toISOString().slice(0, 10);
const save = (settings: Settings) => downloadJson(`liveline-settings-${today()}.json`, toSettingsFile(settings, new Date()));
const saveBackup = (backup: SettingsBackup) => downloadJson(`liveline-settings-kept-copy-${today()}.json`, backup);

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = browser.i18n.getMessage('optionsTitle');
render(
  <I18nContext.Provider value={browserTranslate(browser.i18n.getMessage)}>
    <OptionsApp connector={browserConnector()} save={save} saveBackup={saveBackup} />
  </I18nContext.Provider>,
  document.getElementById('app')!,
);
