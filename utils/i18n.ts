import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type en from '../public/_locales/en/messages.json';

// All UI text goes through browser.i18n. Components take the translate function from context (they never call
// browser.*); entrypoints provide browser.i18n.getMessage, tests provide one built from messages.json.

export type MessageKey = keyof typeof en;
export type Translate = (key: MessageKey, subs?: Array<string | number>) => string;

type MessagesJson = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/** translator(messages): a Translate over a messages.json object, substituting like browser.i18n. Pure. */
export function translator(messages: MessagesJson): Translate {
  return (key, subs = []) => {
    const entry = messages[key];
    if (!entry) return key;
    const named = entry.message.replace(/\$(\w+)\$/g, (m, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? m);
    return named.replace(/\$(\d)/g, (_m, n: string) => String(subs[Number(n) - 1] ?? ''));
  };
}

/** browserTranslate(getMessage): a Translate over browser.i18n.getMessage (falls back to the key). */
export function browserTranslate(getMessage: (key: string, subs?: string[]) => string): Translate {
  return (key, subs) => getMessage(key, subs?.map(String)) || key;
}

export const I18nContext = createContext<Translate>((key) => key);

/** useT(): the translate function for components. */
export function useT(): Translate {
  return useContext(I18nContext);
}
