import { html, nothing, type TemplateResult } from 'lit';
import type { Article } from '../../model/article.js';
import { neutralizeBidi } from '../../sanitize/bidi.js';
import { extra } from '../../i18n/extra.js';
import type { Messages } from '../../i18n/index.js';
import { headingTag } from './heading.js';
import { articleView, type ArticleView, type TeaserOptions } from './view-model.js';

/** "Źródło: Gmina Łęczna" / "Source: …". */
const sourceText = (m: Messages, name: string) => extra(m).source(neutralizeBidi(name));

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

/** Which feed an article came from, when several are merged: "Źródło: Gmina Łęczna". */
export function renderSource(v: ArticleView, o: TeaserOptions): TemplateResult | typeof nothing {
  return v.source ? html`<p part="source" class="source" lang=${langIfOther(o.messages.lang, v.around)}>${sourceText(o.messages, v.source.name)}</p>` : nothing;
}

/**
 * The width a teaser's picture takes: the whole column on a phone, a third of it beside the text
 * in a wider list; at most about 40rem.
 */
const SIZES = '(min-width: 40rem) 20rem, 100vw';

/**
 * One article as a teaser (list item, card, related item). Text is bound as text; the link
 * and image URLs pass the URL policy again here, whatever produced the article. The `first`
 * teaser of an element is likely in view: its picture loads at once, with a high priority (it is
 * often the page's largest paint); the others load lazily (issue 13).
 */
export function renderTeaser(article: Article, o: TeaserOptions, first = false): TemplateResult {
  const v = articleView(article, o);
  const link = linkTarget(o.target);
  const { href, image, imageSrc } = v;
  const around = v.around;

  const ui = langIfOther(o.messages.lang, around);

  return html`<article part="article" class="article${imageSrc ? ' has-image' : ''}" lang=${article.language ?? nothing} dir=${articleDir(article.language)}>
    ${headingTag(
      o.level,
      'title',
      'title',
      href
        ? html`<a part="link" dir="auto" href=${href} target=${link.target} rel=${link.rel} @click=${(e: MouseEvent) => o.onClick(e, article)}
            >${v.title}${link.blank ? html`<span class="visually-hidden" lang=${langIfOther(o.messages.lang, around)}> ${o.messages.newTab}</span>` : nothing}</a
          >`
        : html`${v.title}`,
    )}
    ${
      imageSrc && image
        ? html`<div part="media" class="media">
          <img
            part="image"
            src=${imageSrc}
            alt=${v.alt}
            loading=${first ? 'eager' : 'lazy'}
            fetchpriority=${first ? 'high' : nothing}
            decoding="async"
            srcset=${image.srcset ?? nothing}
            sizes=${image.srcset ? SIZES : nothing}
            width=${image.width ?? nothing}
            height=${image.height ?? nothing}
          />
          ${image.credit ? html`<span part="credit" class="credit" dir="auto" lang=${ui}>${o.messages.photoCredit(neutralizeBidi(image.credit))}</span>` : nothing}
        </div>`
        : nothing
    }
    ${
      v.date || v.authors.length
        ? html`<p part="meta" class="meta">
          ${v.date ? html`<time datetime=${article.published ?? article.updated ?? ''} lang=${langIfOther(o.lang, around)}>${v.date}</time>` : nothing}
          ${v.date && v.authors.length ? html`<span aria-hidden="true"> · </span>` : nothing}
          ${v.authors.length ? html`<span class="authors">${renderAuthors(v.authors)}</span>` : nothing}
        </p>`
        : nothing
    }
    ${v.lead ? html`<p part="lead" class="lead" dir="auto">${v.lead}</p>` : nothing}
    ${renderSource(v, o)}
    ${
      v.tags.length
        ? html`<ul part="tags" class="tags" aria-label=${o.messages.tags} lang=${ui}>
          ${renderTags(v.tags, ui === nothing ? nothing : around)}
        </ul>`
        : nothing
    }
  </article>`;
}
