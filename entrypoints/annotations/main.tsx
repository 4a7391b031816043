import browser from 'webextension-polyfill';
import { render } from 'preact';
import { AnnotationsApp } from '@/components/AnnotationsApp';
import { messageConnector } from '@/utils/annotations/connector';
import { FOCUS_FRAGMENT } from '@/utils/page/annotate';
import { I18nContext, browserTranslate } from '@/utils/i18n';
import '@/components/ui.css';
import '@/components/annotations-page.css';

/** The export file as a blob link, clicked once (no network, no downloads permission). The link stays on the
 *  page so the reader can save it again. */
function download(text: string, filename: string, mime: string) {
  const href = URL.createObjectURL(new Blob([text], { type: `${mime};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = href;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  return { href, filename };
}

const connector = messageConnector(
  (m) => browser.runtime.sendMessage(m),
  (a) => void browser.tabs.create({ url: `${a.pageUrl}${FOCUS_FRAGMENT}${encodeURIComponent(a.id)}` }),
);

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = browser.i18n.getMessage('annPageTitle');
render(
  <I18nContext.Provider value={browserTranslate(browser.i18n.getMessage)}>
    <AnnotationsApp connector={connector} download={download} />
  </I18nContext.Provider>,
  document.getElementById('app')!,
);
