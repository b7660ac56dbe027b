/**
 * Every element of the library, once (issue 17: one element registry): the name a placeholder
 * uses (`data-civic-widget="article-list"`) and its tag. Placeholders, the define modules and
 * the script tag's loader read this list; a new element is added here first, and to the part
 * of the script-tag build that defines it (src/script/; docs/architecture.md).
 *
 * Data only: no class is imported here, so reading the list costs no element code.
 */
export const WIDGETS = {
  'article-list': { tag: 'civic-article-list' },
  'article-card': { tag: 'civic-article-card' },
  'related-articles': { tag: 'civic-related-articles' },
  article: { tag: 'civic-article' },
} as const;

export type WidgetName = keyof typeof WIDGETS;
export type WidgetTag = (typeof WIDGETS)[WidgetName]['tag'];

/** The placeholder names, in the order the README lists them. */
export const WIDGET_NAMES = Object.keys(WIDGETS) as WidgetName[];

/** Whether a string is the name of one of our elements (for untrusted placeholder input). */
export function isWidgetName(name: string): name is WidgetName {
  return Object.prototype.hasOwnProperty.call(WIDGETS, name);
}
