import { en } from './en.js';
import type { Messages } from './messages.js';
import { pl } from './pl.js';

export type { Messages } from './messages.js';

/** Built-in languages. Adding one is one file and one line here. */
const languages: Record<string, Messages> = { pl, en };

/** UI strings for a language tag: its own where built in, else English. */
export function messagesFor(lang: string): Messages {
  return languages[lang.toLowerCase().split('-')[0]] ?? en;
}

/**
 * The language of an element: its `lang`, the nearest `[lang]` ancestor (across shadow roots),
 * then the browser's language (the order of the README's Attributes table).
 */
export function resolveLang(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const lang = node.getAttribute('lang');
    if (lang) return canonical(lang);
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  return canonical(navigator.language || 'en');
}

function canonical(lang: string): string {
  try {
    return Intl.getCanonicalLocales(lang.trim())[0] ?? 'en';
  } catch {
    return 'en';
  }
}
