import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { CivicErrorEvent } from '../../events.js';
import { formatDate } from '../../i18n/dates.js';
import type { Article } from '../../model/article.js';
import { pickArticle } from '../../model/match.js';
import { loadSanitizer, type SanitizeBody } from '../../sanitize/lazy.js';
import { baseStyles } from '../shared/base.styles.js';
import { CivicFeedElement } from '../shared/feed-element.js';
import { headingTag } from '../shared/heading.js';
import { articleDir, langIfOther, linkTarget, renderAuthors, renderSource, renderTags } from '../shared/teaser.js';
import { articleView, type TeaserOptions } from '../shared/view-model.js';
import { neutralizeBidi } from '../../sanitize/bidi.js';
import { htmlToText } from '../../sanitize/text.js';
import { tagStyles } from '../shared/teaser.styles.js';
import { articleStyles } from './article.styles.js';

/** Where the body is: being sanitized, shown, or not shown with a reason. */
type Body = { key: string; node?: Element; failed?: boolean };

let sanitize: SanitizeBody | undefined;

/**
 * One whole article: title, lead, picture with caption and credit, the body (sanitized), authors,
 * dates, tags and a link to the original. `article-id` picks it (an id or URL), else the newest.
 * Headings in the body are moved below the title, so the page outline stays whole.
 *
 * The body is HTML from the feed: it goes through the one sanitizer (src/sanitize/html.ts),
 * which this element loads only when it has a body to show.
 *
 * @summary One whole article of a feed, with its sanitized body.
 * @tag civic-article
 *
 * @fires {CivicLoadDetail} civic-load - The article shown changed and was rendered, the body included; `detail: { articles, src }`, plus `truncated: true` when the feed was cut short.
 *
 * @csspart caption - The figure caption (caption and credit).
 * @csspart body - The article body.
 *
 * @cssprop [--civic-measure=70ch] - Longest line of the body text.
 *
 * @omit limit - It shows one article.
 * @omit layout - One article has one layout.
 */
export class CivicArticle extends CivicFeedElement {
  static override styles = [baseStyles, tagStyles, articleStyles];

  static override properties: PropertyDeclarations = {
    articleId: { attribute: 'article-id' },
    body: { state: true },
  };

  /** The article to show: its id or URL; default the newest. */
  declare articleId: string;

  declare private body?: Body;
  /** The body being sanitized, so `updateComplete` (and `civic-load`) wait for it. */
  private bodyWork?: Promise<void>;

  protected override defaultHeadingLevel = 2;

  constructor() {
    super();
    this.articleId = '';
  }

  protected select(articles: Article[]): Article[] {
    return pickArticle(articles, this.articleId);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.prepareBody(this.shown()[0]);
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.bodyWork) {
      await this.bodyWork;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** Title, lead, date line, picture and a body's room, as the article will have them. */
  protected override renderSkeleton(): TemplateResult {
    const hidden = this.teaserOptions().hidden;
    return html`<div class="article skeleton" aria-hidden="true">
      <div class="header"><div class="skeleton-item ph-title"></div>${hidden('lead') ? nothing : html`<div class="skeleton-item ph-lead"></div>`}<div class="skeleton-item ph-meta"></div></div>
      ${hidden('image') ? nothing : html`<div class="skeleton-item ph-image"></div>`}<div class="skeleton-item ph-body"></div>
    </div>`;
  }

  protected renderArticles(shown: Article[]): TemplateResult {
    const article = shown[0];
    const m = this.messages;
    const o = this.teaserOptions();
    // The same fields as every teaser, from one view model (issue 17).
    const view = articleView(article, o);
    const { href, image, imageSrc, alt, lead, tags, around, title } = view;
    const link = linkTarget(o.target);
    const ui = langIfOther(m.lang, around);

    return html`<article part="article" class="article" lang=${article.language ?? nothing} dir=${articleDir(article.language)}>
      <header class="header">
        ${headingTag(o.level, 'title', 'title', html`${title}`)}
        ${lead ? html`<p part="lead" class="lead" dir="auto">${lead}</p>` : nothing} ${this.renderMeta(article, o, around)}
      </header>
      ${
        imageSrc && image
          ? html`<figure part="media" class="media">
            <img part="image" src=${imageSrc} alt=${alt} fetchpriority="high" decoding="async" srcset=${image.srcset ?? nothing} sizes=${image.srcset ? '(min-width: 48rem) 48rem, 100vw' : nothing} width=${image.width ?? nothing} height=${image.height ?? nothing} />
            ${
              image.caption || image.credit
                ? html`<figcaption part="caption" class="caption">
                  ${image.caption ? html`<bdi>${neutralizeBidi(image.caption)}</bdi>` : nothing}
                  ${image.credit ? html`<span part="credit" class="credit" dir="auto" lang=${ui}>${m.photoCredit(neutralizeBidi(image.credit))}</span>` : nothing}
                </figcaption>`
                : nothing
            }
          </figure>`
          : nothing
      }
      ${this.renderBody(article, ui)}
      <footer class="footer">
        ${
          tags.length
            ? html`<ul part="tags" class="tags" aria-label=${m.tags} lang=${ui}>
              ${renderTags(tags, ui === nothing ? nothing : around)}
            </ul>`
            : nothing
        }
        ${renderSource(view, o)}
        ${
          href
            ? html`<p class="original">
              <a part="link" href=${href} target=${link.target} rel=${link.rel} @click=${(e: MouseEvent) => o.onClick(e, article)}
                ><span lang=${ui}>${m.readOriginal}${link.blank ? html`<span class="visually-hidden"> ${m.newTab}</span>` : nothing}</span></a
              >
            </p>`
            : nothing
        }
      </footer>
    </article>`;
  }

  private renderMeta(article: Article, o: TeaserOptions, around: string): TemplateResult | typeof nothing {
    const m = o.messages;
    const ui = langIfOther(m.lang, around);
    const dates = langIfOther(o.lang, around);
    const published = o.hidden('date') ? '' : formatDate(article.published, o.lang, o.dateStyle);
    const updatedText = o.hidden('date') ? '' : formatDate(article.updated, o.lang, o.dateStyle);
    // An update on the day of publication says nothing new in a long or short date.
    const updated = updatedText && updatedText !== published ? updatedText : '';
    const authors = o.hidden('author') ? [] : article.authors;
    if (!published && !updated && !authors.length) return nothing;
    return html`<dl part="meta" class="meta">
      ${authors.length ? html`<div><dt lang=${ui}>${m.authors(authors.length)}</dt><dd>${renderAuthors(authors)}</dd></div>` : nothing}
      ${published ? html`<div><dt lang=${ui}>${m.published}</dt><dd><time datetime=${article.published!} lang=${dates}>${published}</time></dd></div>` : nothing}
      ${updated ? html`<div><dt lang=${ui}>${m.updated}</dt><dd><time datetime=${article.updated!} lang=${dates}>${updated}</time></dd></div>` : nothing}
    </dl>`;
  }

  private renderBody(article: Article, ui: string | typeof nothing): TemplateResult | typeof nothing {
    if (!this.bodyOf(article)) return nothing;
    const body = this.body;
    if (body?.node) return html`${body.node}`;
    if (body?.failed) return html`<p part="body" class="body-failed" lang=${ui}>${this.messages.bodyUnavailable}</p>`;
    // Reserves a little room while the sanitizer arrives; the live region says nothing new.
    return html`<div part="body" class="body" aria-busy="true"></div>`;
  }

  /**
   * The body to show. A feed with a summary and no content gives the summary as the body too
   * (src/feeds/draft.ts): shown once, as the lead, unless the lead is hidden.
   */
  private bodyOf(article: Article): string | undefined {
    const body = article.contentHtml;
    if (!body || !article.lead || this.hide.split(/\s+/).includes('lead')) return body;
    return body.length < 4 * article.lead.length + 100 && htmlToText(body) === article.lead ? undefined : body;
  }

  /** The key of what the body depends on: the HTML, its base URL, and how it is shown. */
  private bodyKey(article: Article): string {
    return [article.contentHtml, article.url, this.titleLevel, this.target, this.language, this.hide].join('\u0000');
  }

  private prepareBody(article: Article | undefined): void {
    if (!article || !this.bodyOf(article)) {
      this.body = undefined;
      return;
    }
    const key = this.bodyKey(article);
    if (this.body?.key === key) return;
    if (sanitize) {
      this.body = this.sanitized(key, article);
      return;
    }
    this.body = { key };
    const work = loadSanitizer().then(
      (loaded) => {
        sanitize = loaded;
        // The article may have changed while the sanitizer loaded: the next update decides.
        if (this.body?.key === key) this.body = undefined;
      },
      (error: unknown) => {
        console.warn('civic-article: the sanitizer could not be loaded.', error);
        if (this.body?.key !== key) return;
        this.body = { key, failed: true };
        this.reportBody('network');
      },
    );
    const tracked: Promise<void> = work.finally(() => {
      if (this.bodyWork === tracked) this.bodyWork = undefined;
      this.requestUpdate();
    });
    this.bodyWork = tracked;
  }

  private sanitized(key: string, article: Article): Body {
    try {
      const fragment = sanitize!(article.contentHtml!, {
        base: article.url,
        target: this.target || '_self',
        newTabText: this.messages.newTab,
        newTabLang: langIfOther(this.messages.lang, article.language ?? this.language) === nothing ? undefined : this.messages.lang,
        headingLevel: Math.min(6, this.titleLevel + 1),
      });
      const node = document.createElement('div');
      node.setAttribute('part', 'body');
      node.className = 'body';
      node.append(fragment);
      return { key, node };
    } catch (error) {
      // Too large or too deep (BodyTooLarge), or a page whose Trusted Types refuse our policy.
      console.warn('civic-article: the body is not shown.', error);
      this.reportBody('parse');
      return { key, failed: true };
    }
  }

  /** The body is not shown: the reader sees why, and the page hears it as `civic-error`. */
  private reportBody(code: 'network' | 'parse'): void {
    // After this update, so a listener finds the message already on screen.
    void this.updateComplete.then(() => this.dispatchEvent(new CivicErrorEvent({ code, message: this.messages.bodyUnavailable, src: this.src ?? '' })));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'civic-article': CivicArticle;
  }
}
