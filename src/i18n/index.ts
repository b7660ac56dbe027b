import { en } from './en.js';
import { lazy } from './lazy.js';
import type { Messages } from './messages.js';
import { pl } from './pl.js';

export type { Messages } from './messages.js';

/** Languages ready to use: the two built in the bundle, then those loaded or registered. */
const languages = new Map<string, Messages>([
  ['pl', pl],
  ['en', en],
]);

/** Built-in languages not in the bundle (lazy.ts): downloading, or failed for this page. */
const loading = new Map<string, Promise<void>>();
const failed = new Set<string>();
const listeners = new Set<() => void>();

const primary = (lang: string) => lang.toLowerCase().split('-')[0];

/** Called whenever a language becomes available or changes (loaded, registered). */
export function onLanguagesChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const changed = () => listeners.forEach((listener) => listener());

/**
 * UI strings for a language tag: its own where built in or registered (the full tag first,
 * `pt-BR` before `pt`), else English. A built-in language still downloading gives English
 * for now, and the elements render again when it is there.
 */
export function messagesFor(lang: string): Messages {
  const tag = lang.toLowerCase();
  const found = languages.get(tag) ?? languages.get(primary(tag));
  if (found) return found;
  void loadLanguage(tag);
  return en;
}

/** Downloads a built-in language that is not in the bundle; resolves when it is usable. */
export function loadLanguage(lang: string): Promise<void> {
  const key = primary(lang);
  if (languages.has(key) || !lazy[key]) return Promise.resolve();
  let pending = loading.get(key);
  if (!pending) {
    pending = lazy[key]().then(
      (module) => {
        languages.set(key, module.default);
        changed();
      },
      (error: unknown) => {
        failed.add(key);
        console.warn(`civic-news: the "${key}" strings could not be loaded; English is shown.`, error);
      },
    );
    loading.set(key, pending);
  }
  return pending;
}

/**
 * The strings a site gives for a language. Any string may be missing: it comes from the
 * language already known for that tag (built in or registered before), else English. Counts may
 * be given as word forms per plural category instead of a function.
 */
export type LanguageStrings = Partial<Omit<Messages, 'errors' | 'lang'>> & {
  errors?: Partial<Messages['errors']>;
  /** Word forms for `articleCount` by `Intl.PluralRules` category: `{ one: 'straipsnis', few: 'straipsniai', other: 'straipsnių' }`. */
  articleForms?: Partial<Record<Intl.LDMLPluralRule, string>>;
};

/**
 * Registers a language, or overrides strings of a built-in one, at run time (README,
 * Languages): `CivicNews.registerLanguage('lt', { retry: 'Bandyti dar kartą', … })` in the
 * script-tag build, `registerLanguage` from the package's entry for npm users. Elements on the
 * page render again in it.
 */
export function registerLanguage(lang: string, strings: LanguageStrings): void {
  let tag: string;
  try {
    tag = Intl.getCanonicalLocales(lang.trim())[0].toLowerCase();
  } catch {
    throw new RangeError(`civic-news: "${lang}" is not a language tag.`);
  }
  // Overrides of a built-in language still to download apply on top of it once it is here (on
  // top of English if it fails to download).
  if (lazy[primary(tag)] && !languages.has(primary(tag)) && !failed.has(primary(tag))) {
    void loadLanguage(tag).then(() => registerLanguage(tag, strings));
    return;
  }
  const base = languages.get(tag) ?? languages.get(primary(tag)) ?? en;
  const { articleForms, errors, ...rest } = strings;
  const plural = new Intl.PluralRules(tag);
  const messages: Messages = { ...base, ...(rest as Partial<Messages>), lang: tag, errors: { ...base.errors, ...errors } };
  if (articleForms && !rest.articleCount) {
    messages.articleCount = (count) => `${count} ${articleForms[plural.select(count)] ?? articleForms.other ?? ''}`.trim();
  }
  if (!rest.loaded && (articleForms || rest.articleCount) && base === en) messages.loaded = (count) => `${messages.articleCount(count)}.`;
  languages.set(tag, messages);
  changed();
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
