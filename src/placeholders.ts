/**
 * Upgrades `<div data-civic-widget="article-list" data-src="…">` placeholders, which survive
 * CMS editors that strip unknown tags, into real elements: every `data-x` becomes attribute `x`.
 * The element is put inside the placeholder, so the CMS's own markup stays as it was.
 */

const WIDGETS = new Set(['article-list', 'article-card', 'related-articles', 'article']);
const DONE = 'civicUpgraded';

/** Upgrades the placeholders in `root`; returns the elements it created. */
export function upgradePlaceholders(root: ParentNode = document): HTMLElement[] {
  const created: HTMLElement[] = [];
  const found = root.querySelectorAll<HTMLElement>('[data-civic-widget]');
  for (const placeholder of Array.from(found)) {
    const name = (placeholder.dataset.civicWidget ?? '').trim().toLowerCase();
    if (placeholder.dataset[DONE] !== undefined || !WIDGETS.has(name)) continue;
    placeholder.dataset[DONE] = '';
    const element = document.createElement(`civic-${name}`);
    for (const attr of Array.from(placeholder.attributes)) {
      if (!attr.name.startsWith('data-') || attr.name === 'data-civic-widget' || attr.name === 'data-civic-upgraded') continue;
      element.setAttribute(attr.name.slice(5), attr.value);
    }
    placeholder.append(element);
    created.push(element);
  }
  return created;
}

/** Upgrades placeholders now and whenever a CMS adds more later. */
export function watchPlaceholders(): void {
  const run = () => upgradePlaceholders();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run, { once: true });
  else run();
  new MutationObserver((records) => {
    if (records.some((record) => record.addedNodes.length)) run();
  }).observe(document.documentElement, { childList: true, subtree: true });
}
