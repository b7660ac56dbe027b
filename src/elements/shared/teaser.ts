import { html, nothing, type TemplateResult } from 'lit';
import { formatDate, type DateStyle } from '../../i18n/dates.js';
import type { Messages } from '../../i18n/index.js';
import type { Article } from '../../model/article.js';
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
  if (article.title) return article.title;
  const words = article.lead.split(' ').slice(0, 12).join(' ');
  if (words) return words.length < article.lead.length ? `${words}…` : words;
  return article.url ? new URL(article.url).hostname : '';
}

/** `target` and `rel` for a link, with the new-tab warning where it opens one. */
export function linkTarget(target: string): { target: string | typeof nothing; rel: string | typeof nothing; blank: boolean } {
  const blank = target === '_blank';
  return { target: target && target !== '_self' ? target : nothing, rel: blank ? 'noopener noreferrer' : nothing, blank };
}

const primary = (lang: string) => lang.toLowerCase().split('-')[0];

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
  // An image whose alt only repeats the title is decorative (STYLE.md).
  const alt = image && image.alt && image.alt !== article.title ? image.alt : '';
  const date = o.hidden('date') ? '' : formatDate(article.published ?? article.updated, o.lang, o.dateStyle);
  const authors = o.hidden('author') ? [] : article.authors;
  const lead = o.hidden('lead') ? '' : article.lead;
  const tags = o.hidden('tags') ? [] : article.tags;
  // The article may be in another language than the page; dates and UI words keep their own.
  const around = article.language ?? o.lang;

  return html`<article part="article" class="article${imageSrc ? ' has-image' : ''}" lang=${article.language ?? nothing}>
    ${headingTag(
      o.level,
      'title',
      'title',
      href
        ? html`<a part="link" href=${href} target=${link.target} rel=${link.rel} @click=${(e: MouseEvent) => o.onClick(e, article)}
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
          ${image.credit ? html`<span part="credit" class="credit">${o.messages.photoCredit(image.credit)}</span>` : nothing}
        </div>`
      : nothing}
    ${date || authors.length
      ? html`<p part="meta" class="meta">
          ${date ? html`<time datetime=${article.published ?? article.updated ?? ''} lang=${langIfOther(o.lang, around)}>${date}</time>` : nothing}
          ${date && authors.length ? html`<span aria-hidden="true"> · </span>` : nothing}
          ${authors.length ? html`<span class="authors">${authors.join(', ')}</span>` : nothing}
        </p>`
      : nothing}
    ${lead ? html`<p part="lead" class="lead">${lead}</p>` : nothing}
    ${tags.length
      ? html`<ul part="tags" class="tags" aria-label=${o.messages.tags}>
          ${tags.map((tag) => html`<li>${tag}</li>`)}
        </ul>`
      : nothing}
  </article>`;
}
