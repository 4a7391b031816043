import browser from 'webextension-polyfill';
import { render } from 'preact';
import { PopupApp } from '@/components/PopupApp';
import { browserConnector } from '@/utils/connector-browser';
import { I18nContext, browserTranslate } from '@/utils/i18n';
import '@/components/ui.css';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = browser.i18n.getMessage('extName');
render(
  <I18nContext.Provider value={browserTranslate(browser.i18n.getMessage)}>
    <PopupApp connector={browserConnector()} />
  </I18nContext.Provider>,
  document.getElementById('app')!,
);
