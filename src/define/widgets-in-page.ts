/**
 * The widgets and placeholders already in a page, read as the elements will read them: what
 * the early feed requests start from (the script tag's loader, src/loader.ts; and src/prefetch.ts
 * for npm's all.js), and whom a part that did not load tells so (src/script/core.ts).
 * Placeholders already upgraded, or naming no widget, are left out.
 */
import { TIMEOUT_DEFAULT, type ConfigInput } from '../elements/shared/config.js';
import { isWidgetName, WIDGETS, type WidgetName } from './registry.js';

const TAGS: string[] = Object.values(WIDGETS).map((widget) => widget.tag);

/** Every element and placeholder of ours, for querySelectorAll. */
const WIDGET_SELECTOR = `${TAGS},[data-civic-widget]`;

export interface PageWidget {
  el: HTMLElement;
  name: WidgetName;
  /** An attribute as the element will have it (`data-x` on a placeholder). */
  read: (attribute: string) => string | null;
  config: ConfigInput;
}

export function widgetsInPage(root: ParentNode = document): PageWidget[] {
  const widgets: PageWidget[] = [];
  for (const el of root.querySelectorAll<HTMLElement>(WIDGET_SELECTOR)) {
    const placeholder = !TAGS.includes(el.localName);
    const name = placeholder ? (el.dataset.civicWidget ?? '').trim().toLowerCase() : el.localName.slice(6);
    if (!isWidgetName(name) || (placeholder && el.dataset.civicUpgraded !== undefined)) continue;
    // Read as Lit reads them: a number attribute is Number(value), an absent one the default.
    const read = (attribute: string) => el.getAttribute(placeholder ? `data-${attribute}` : attribute);
    const number = (attribute: string, fallback: number) => (read(attribute) === null ? fallback : Number(read(attribute)));
    const config = {
      src: read('src') ?? '',
      format: read('format') || 'auto',
      proxy: read('proxy') ?? '',
      refresh: number('refresh', 0),
      timeout: number('timeout', TIMEOUT_DEFAULT),
      cache: read('cache') ?? 'auto',
    };
    widgets.push({ el, name, read, config });
  }
  return widgets;
}
