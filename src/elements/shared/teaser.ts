import { html, nothing, type TemplateResult } from 'lit';
import { formatDate, type DateStyle } from '../../i18n/dates.js';
import type { Messages } from '../../i18n/index.js';
import type { Article } from '../../model/article.js';
import { neutralizeBidi } from '../../sanitize/bidi.js';
import { resolveHttpUrl } from '../../sanitize/url-policy.js';
import type { HideablePart } from './feed-element.js';
import { headingTag } from './heading.js';

/** What a teaser needs to know from its element. */
export interface TeaserOptions {
  level: number;
  lang: string;
  messages: Messages;
  dateStyle: DateStyle;
  target: string;
  hidden: (part: HideablePart) => boolean;
  onClick: (event: MouseEvent, article: Article) => void;
}

/** A link's visible name: the title, else the start of the lead, else the site's host. */
export function linkText(article: Article): string {
  if (article.title) return neutralizeBidi(article.title);
  const lead = neutralizeBidi(article.lead);
  const words = lead.split(' ').slice(0, 12).join(' ');
  if (words) return words.length < lead.length ? `${words}…` : words;
  return article.url ? new URL(article.url).hostname : '';
}

/**
 * Authors, each in its own isolate (`<bdi>`), with the commas between them outside: a name in
 * Arabic or with a stray bidi control cannot reorder the names and commas after it.
 */
export function renderAuthors(authors: string[]): TemplateResult[] {
  return authors.map((author, i) => html`${i ? ', ' : ''}<bdi>${neutralizeBidi(author)}</bdi>`);
}

/** Tags, each in its own isolated list item, in the article's language (`lang`) when the list is labelled in another. */
export function renderTags(tags: string[], lang?: string | typeof nothing): TemplateResult[] {
  return tags.map((tag) => html`<li dir="auto" lang=${lang ?? nothing}>${neutralizeBidi(tag)}</li>`);
}

const RTL = /^(?:ar|arc|ckb|dv|fa|he|iw|ks|ku|ps|sd|syr|ug|ur|yi)$/;

/** `dir` for an article: `rtl` when the feed says its language is written right to left, else taken from its text. */
export function articleDir(language: string | undefined): 'rtl' | 'auto' {
  return language && RTL.test(primary(language)) ? 'rtl' : 'auto';
}

const primary = (lang: string) => lang.toLowerCase().split('-')[0];

/** Targets that stay in this page's own window or its ancestors (keywords are ASCII case-insensitive). */
const SAME_WINDOW = /^(?:_self|_parent|_top)$/i;

/**
 * `target` and `rel` for a link, with the new-tab warning where it opens one. Every target that
 * may open a new browsing context (`_blank`, `_new`, any name) gets `noopener noreferrer`, so
 * the publisher's page never gets `window.opener` on the city's page (reverse tabnabbing).
 */
export function linkTarget(target: string): { target: string | typeof nothing; rel: string | typeof nothing; blank: boolean } {
  const name = (target ?? '').trim();
  if (!name || /^_self$/i.test(name)) return { target: nothing, rel: nothing, blank: false };
  return { target: name, rel: SAME_WINDOW.test(name) ? nothing : 'noopener noreferrer', blank: /^_blank$/i.test(name) };
}


/** `lang` for a piece of text in `lang` inside an element in `around`: only where they differ. */
export function langIfOther(lang: string, around: string): string | typeof nothing {
  return primary(lang) === primary(around) ? nothing : lang;
}

/**
 * One article as a teaser (list item, card, related item). Text is bound as text; the link
 * and image URLs pass the URL policy again here, whatever produced the article.
 */
export function renderTeaser(article: Article, o: TeaserOptions): TemplateResult {
  const href = resolveHttpUrl(article.url);
  const title = linkText(article);
  const link = linkTarget(o.target);
  const image = !o.hidden('image') && article.image ? article.image : undefined;
  const imageSrc = image ? resolveHttpUrl(image.src) : undefined;
  // An image whose alt only repeats the title is decorative (CONTRIBUTING.md, House rules).
  const alt = image && image.alt && image.alt !== article.title ? neutralizeBidi(image.alt) : '';
  const date = o.hidden('date') ? '' : formatDate(article.published ?? article.updated, o.lang, o.dateStyle);
  const authors = o.hidden('author') ? [] : article.authors;
  const lead = o.hidden('lead') ? '' : neutralizeBidi(article.lead);
  const tags = o.hidden('tags') ? [] : article.tags;
  // The article may be in another language than the page; dates and UI words keep their own.
  const around = article.language ?? o.lang;

  const ui = langIfOther(o.messages.lang, around);

  return html`<article part="article" class="article${imageSrc ? ' has-image' : ''}" lang=${article.language ?? nothing} dir=${articleDir(article.language)}>
    ${headingTag(
      o.level,
      'title',
      'title',
      href
        ? html`<a part="link" dir="auto" href=${href} target=${link.target} rel=${link.rel} @click=${(e: MouseEvent) => o.onClick(e, article)}
            >${title}${link.blank ? html`<span class="visually-hidden" lang=${langIfOther(o.messages.lang, around)}> ${o.messages.newTab}</span>` : nothing}</a
          >`
        : html`${title}`,
    )}
    ${imageSrc && image
      ? html`<div part="media" class="media">
          <img
            part="image"
            src=${imageSrc}
            alt=${alt}
            loading="lazy"
            decoding="async"
            width=${image.width ?? nothing}
            height=${image.height ?? nothing}
          />
          ${image.credit ? html`<span part="credit" class="credit" dir="auto" lang=${ui}>${o.messages.photoCredit(neutralizeBidi(image.credit))}</span>` : nothing}
        </div>`
      : nothing}
    ${date || authors.length
      ? html`<p part="meta" class="meta">
          ${date ? html`<time datetime=${article.published ?? article.updated ?? ''} lang=${langIfOther(o.lang, around)}>${date}</time>` : nothing}
          ${date && authors.length ? html`<span aria-hidden="true"> · </span>` : nothing}
          ${authors.length ? html`<span class="authors">${renderAuthors(authors)}</span>` : nothing}
        </p>`
      : nothing}
    ${lead ? html`<p part="lead" class="lead" dir="auto">${lead}</p>` : nothing}
    ${tags.length
      ? html`<ul part="tags" class="tags" aria-label=${o.messages.tags} lang=${ui}>
          ${renderTags(tags, ui === nothing ? nothing : around)}
        </ul>`
      : nothing}
  </article>`;
}
