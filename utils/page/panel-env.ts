import type { Translate } from '../i18n';
import { browserTranslate } from '../i18n';
import type { AreaLike } from './panel-visits';

// What the panel needs from the extension, found at call time (so importing the page modules in unit tests,
// where there is no extension, costs nothing): i18n and local storage.

interface ExtensionGlobal {
  i18n?: { getMessage(key: string, subs?: string[]): string };
  storage?: { local?: AreaLike };
}

function extension(): ExtensionGlobal | undefined {
  const g = globalThis as { browser?: ExtensionGlobal; chrome?: ExtensionGlobal };
  return g.browser?.i18n ? g.browser : g.chrome?.i18n ? g.chrome : undefined;
}

/** extensionTranslate(): browser.i18n.getMessage, or the keys themselves where there is no extension. */
export function extensionTranslate(): Translate {
  const ext = extension();
  return ext?.i18n ? browserTranslate((k, s) => ext.i18n!.getMessage(k, s)) : (key) => key;
}

/** extensionLocalArea(): browser.storage.local, or null where there is none. */
export function extensionLocalArea(): AreaLike | null {
  return extension()?.storage?.local ?? null;
}
