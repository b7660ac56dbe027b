/**
 * Upgrades `<div data-civic-widget="article-list" data-src="…">` placeholders, which survive
 * CMS editors that strip unknown tags, into real elements: `data-x` becomes attribute `x` for
 * every documented attribute `x` of that element, and for nothing else.
 * The element is put inside the placeholder, so the CMS's own markup stays as it was; the
 * placeholder's content (fallback for readers without the script) moves into the element.
 *
 * Why an allowlist: CMS editors often let an editor keep any `data-*` attribute while they
 * strip `on*`, `style` and the like. Copying every `data-x` would turn `data-onfocus` plus
 * `data-autofocus` into script on the city's page, and `data-style` into a page-covering
 * overlay (issue 10). The list comes from the element classes themselves (Lit's
 * `observedAttributes`, from `static properties`), so a new attribute needs no second list.
 */
import { CivicErrorEvent } from './events.js';
import { warnConfig } from './elements/shared/config.js';
import { messagesFor, resolveLang } from './i18n/index.js';
import { isWidgetName, WIDGET_NAMES, WIDGETS } from './define/registry.js';

const DONE = 'civicUpgraded';

/**
 * The attributes a placeholder may set on `civic-<name>`: the element's observed attributes
 * but `state` (its own output); undefined when no such element is defined.
 */
function placeholderAttributes(name: string): string[] | undefined {
  const observed = isWidgetName(name)
    ? (customElements.get(WIDGETS[name].tag) as { observedAttributes?: string[] } | undefined)?.observedAttributes
    : undefined;
  return observed?.filter((attribute) => attribute !== 'state');
}

/**
 * Upgrades the placeholders in `root`; returns the elements it created. With `pending`, a
 * placeholder of one of our elements that is not defined yet (the script tag's article view,
 * which loads as a part of its own: issue 13) is left for a later call, and `pending` is told
 * its name; without, it is reported as naming no widget.
 */
export function upgradePlaceholders(root: ParentNode = document, pending?: (name: string) => void): HTMLElement[] {
  const created: HTMLElement[] = [];
  const found = root.querySelectorAll<HTMLElement>('[data-civic-widget]');
  for (const placeholder of Array.from(found)) {
    if (placeholder.dataset[DONE] !== undefined) continue;
    const name = (placeholder.dataset.civicWidget ?? '').trim().toLowerCase();
    const allowed = placeholderAttributes(name);
    if (!allowed && pending && isWidgetName(name)) {
      pending(name);
      continue;
    }
    placeholder.dataset[DONE] = '';
    if (!allowed) {
      unknownPlaceholder(placeholder, name);
      continue;
    }
    const element = document.createElement(WIDGETS[name as keyof typeof WIDGETS].tag);
    for (const attr of Array.from(placeholder.attributes)) {
      const attribute = attr.name.startsWith('data-') ? attr.name.slice(5) : '';
      if (allowed.includes(attribute)) element.setAttribute(attribute, attr.value);
    }
    // What the page put in the placeholder (a link to the news page, a server-rendered list)
    // goes inside the element, which shows it until it is ready and again if it fails.
    element.append(...Array.from(placeholder.childNodes));
    placeholder.append(element);
    created.push(element);
  }
  return created;
}

/**
 * A misspelt name (`article-lsit`) must not leave an empty box nobody can explain: the
 * placeholder says in the reader's language that the news box is not set up, fires
 * `civic-error` (code `config`), and the console says what is wrong.
 */
function unknownPlaceholder(placeholder: HTMLElement, name: string): void {
  const m = messagesFor(resolveLang(placeholder));
  const note = document.createElement('p');
  note.lang = m.lang;
  note.textContent = m.errors.config;
  placeholder.append(note);
  warnConfig(['placeholder', `names no widget: use ${WIDGET_NAMES.join(', ')}`], `data-civic-widget="${name}"`);
  placeholder.dispatchEvent(new CivicErrorEvent({ code: 'config', message: m.errors.config, src: placeholder.dataset.src ?? '' }));
}

/**
 * Upgrades placeholders now and whenever a CMS adds more later. `pending` is upgradePlaceholders'
 * (the script tag's core part loads the article view with it), and is also called with no name
 * after each look at the page.
 */
export function watchPlaceholders(pending?: (name?: string) => void): void {
  const run = () => {
    upgradePlaceholders(document, pending);
    pending?.();
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run, { once: true });
  else run();
  new MutationObserver((records) => {
    if (records.some((record) => record.addedNodes.length)) run();
  }).observe(document.documentElement, { childList: true, subtree: true });
}
