/**
 * Every element of the library, once (issue 17: one element registry): the name a placeholder
 * uses (`data-civic-widget="article-list"`), its tag, and the part of the script-tag build that
 * defines it (issue 13: a page downloads only the parts its elements need). Placeholders, the
 * define modules and the build read this list; a new element is added here first
 * (docs/architecture.md).
 *
 * Data only: no class is imported here, so reading the list costs no element code.
 */
export const WIDGETS = {
  'article-list': { tag: 'civic-article-list', part: 'list' },
  'article-card': { tag: 'civic-article-card', part: 'list' },
  'related-articles': { tag: 'civic-related-articles', part: 'related' },
  article: { tag: 'civic-article', part: 'article' },
} as const;

export type WidgetName = keyof typeof WIDGETS;
export type WidgetTag = (typeof WIDGETS)[WidgetName]['tag'];

/** The placeholder names, in the order the README lists them. */
export const WIDGET_NAMES = Object.keys(WIDGETS) as WidgetName[];

/** Whether a string is the name of one of our elements (for untrusted placeholder input). */
export function isWidgetName(name: string): name is WidgetName {
  return Object.prototype.hasOwnProperty.call(WIDGETS, name);
}
