import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { CivicArticleClickEvent, CivicErrorEvent, CivicLoadEvent } from '../../events.js';
import { FeedError } from '../../feeds/errors.js';
import { warmDates } from '../../i18n/dates.js';
import type { Messages } from '../../i18n/index.js';
import type { Article } from '../../model/article.js';
import { mergeArticles, splitSources } from '../../model/merge.js';
import { normalizeArticle, uniqueArticles } from '../../model/normalize.js';
import type { SourceResult } from '../../store/sources.js';
import { CivicAttributes, type HideablePart, type WidgetState } from './attributes.js';
import { restyle } from './adopt.js';
import { Announcer } from './announcer.js';
import { configProblem, warnConfig } from './config.js';
import { hasFallback, renderFallback } from './fallback.js';
import { FeedController } from './feed-controller.js';
import { FilterMemo } from './filters.js';
import { RankingPart } from './ranking-part.js';
import { HeadingOutline, headingTag } from './heading.js';
import { LanguageController } from './language-controller.js';
import { PageStyle } from './page.js';
import { errorText, renderNotice, statusText, type RetryStep } from './status.js';
import { PendingNews } from './pending-news.js';
import { ReservedBox, skeletonList } from './skeleton.js';
import { FIRST_SLICE, NEXT_SLICE, TeaserList } from './teaser-list.js';
import type { TeaserOptions } from './view-model.js';

export type { HideablePart, Layout, WidgetState } from './attributes.js';

/** Properties that change which of the element's articles are shown, without a fetch. */
const SHOWN_BY: PropertyKey[] = ['limit', 'articleId', 'for', 'tags', 'excludeTags', 'query'];
const keyOf = (articles: Article[]) => articles.map((article) => article.url).join('\n');

/** The page's base URL; none on a server (Lit SSR), where article URLs must be absolute. */
const pageBase = () => (typeof document === 'undefined' ? undefined : document.baseURI);

/**
 * The script tag's core (src/script/core.ts) draws each element first in the task after the one
 * that defined it: on a slow phone the two made one long task (issue 13). The loader's room
 * (src/define/reserve.ts) stays until an element has drawn, so nothing moves meanwhile.
 */
let firstDrawWaits = false;
export const drawFirstInNextTask = (): void => void (firstDrawWaits = true);

/**
 * What every civic element shares: the source attributes, loading through the shared store,
 * the `state`, the events, the language and the status messages. Subclasses choose which
 * articles to show and draw them.
 *
 * The events, parts and tokens below are declared once, here: every element inherits them in
 * custom-elements.json, and the docs and framework typings are generated from that
 * (docs/frameworks.md).
 *
 * @fires {CivicLoadDetail} civic-load - The articles shown changed (data arrived, or `limit`, `for`, `article-id`, `tags`, `exclude-tags`, `query`, "more news" or `articles` changed) and were rendered; `detail: { articles, src }` with the articles actually shown, plus `truncated: true` when the feed was cut short (only its complete items are shown), and `cached: true` when the articles are the copy kept from an earlier visit (a second `civic-load` follows only if the network brings something different).
 * @fires {CivicErrorDetail} civic-error - Fetching or parsing failed; `detail: { code, message, src }`, plus `kept: true` when the feed had been shown and its last good articles stay (state `ready`, with a "could not update" note). With several feeds in `src`, one event per failing feed, each with its own `src`.
 * @fires {CivicArticleClickDetail} civic-article-click - A reader activated an article link (cancelable: `preventDefault()` stops the navigation); `detail: { article }`.
 *
 * @csspart container - The element's inner root.
 * @csspart article - One article.
 * @csspart title - An article title (a heading at `heading-level`).
 * @csspart link - The title link (in `<civic-article>`, the link to the original).
 * @csspart media - The image box.
 * @csspart image - The image.
 * @csspart credit - The photo credit: over a teaser's picture, in its lower corner; in the article's caption.
 * @csspart meta - Date and authors.
 * @csspart lead - The lead paragraph.
 * @csspart tags - The list of tags.
 * @csspart source - Which feed the article came from ("Źródło: …"), when `src` names several.
 * @csspart heading - The block heading (with `heading`).
 * @csspart status - The live region: loading, empty and error messages (always present, often empty).
 * @csspart error - The box round the error message and the Retry button, in the error state.
 * @csspart retry - The Retry button.
 * @csspart new-articles - The "N new articles — show" button over the list when a refresh found news (WCAG 2.2.2).
 *
 * @cssprop [--civic-font-family=inherit] - Font; the page's by default.
 * @cssprop --civic-font-size - Base font size; default the page's text size where the widget sits (so a text-size switcher, and a `html { font-size: 62.5% }` theme, give the size of the page's body text).
 * @cssprop --civic-line-height - Line height; default the page's (a reader's spacing tool reaches the widget text: WCAG 1.4.12).
 * @cssprop --civic-letter-spacing - Letter spacing; default the page's (WCAG 1.4.12).
 * @cssprop --civic-word-spacing - Word spacing; default the page's (WCAG 1.4.12).
 * @cssprop --civic-color-scheme - `light`, `dark`, `auto` or `contrast` for every widget under the element that sets it (a site's contrast version: `body.contrast { --civic-color-scheme: contrast }`); default the page's computed `color-scheme` (with none declared, dark if the page's text is light).
 * @cssprop [--civic-color-text=#1f2328] - Text color (dark scheme: `#e6edf3`).
 * @cssprop [--civic-color-muted=#57606a] - Secondary text: dates, tags, the article's caption and credit (dark: `#b1bac4`).
 * @cssprop [--civic-color-accent=#0b57d0] - Links, the Retry button and, by default, the focus ring (dark: `#8ab4f8`).
 * @cssprop [--civic-color-surface=#ffffff] - Background of the widget, the card and the error box (dark: `#161b22`).
 * @cssprop [--civic-color-border=#d0d7de] - Borders, separators and image placeholders (dark: `#3d444d`).
 * @cssprop [--civic-color-error=#b3261e] - Border of the error box (dark: `#ffb4ab`).
 * @cssprop [--civic-color-focus=var(--civic-color-accent)] - Focus ring.
 * @cssprop [--civic-radius=0.5rem] - Corner radius.
 * @cssprop [--civic-gap=1rem] - Space between articles (card: its padding).
 * @cssprop [--civic-padding=0.5rem] - Inner padding of the widget's panel; at least the focus ring's reach (5px), so the ring is drawn on the widget's own surface.
 * @cssprop [--civic-image-ratio=16 / 9] - Image aspect ratio.
 * @cssprop --civic-reserve - Block size kept while the feed loads (default: the skeleton's, from `limit` and `layout`).
 */
export abstract class CivicFeedElement extends CivicAttributes {
  static override properties: PropertyDeclarations = {
    manualArticles: { state: true },
    error: { state: true },
    retry: { state: true },
    broken: { state: true },
  };

  declare private manualArticles?: Article[];
  /** The element's own failure (misconfigured, or a render threw); a feed's failure is `feed.error`. */
  declare private error?: FeedError;
  /** Where a Retry the reader pressed stands. */
  declare private retry: RetryStep;
  /** The articles could not be drawn (a render threw): the element shows an error instead of them. */
  declare private broken: boolean;
  /** What a background refresh found, waiting for the reader to show it (pending-news.ts). */
  private readonly news = new PendingNews(this);

  private readonly i18n = new LanguageController(this);
  // `live` opens one frame after the first render: willUpdate sees it as a changed property.
  private readonly announcer = new Announcer(this, () => this.requestUpdate('live', false));
  /** False for the first frame: the live region must exist empty before a message enters it. */
  private get live(): boolean {
    return this.announcer.open;
  }
  /** Resolves once the live region exists and may speak; results wait for it. */
  private get liveOpen(): Promise<void> {
    return this.announcer.opened;
  }

  constructor() {
    super();
    this.retry = '';
    this.broken = false;
  }

  /** Loading: source → request → state → articles, through the shared store (issue 12). */
  private readonly feed = new FeedController(this, {
    // A `query` needs the related ranking (issue 13): the feed waits for it, as for the index.
    prepare: (articles) => (this.query?.trim() ? this.ranking.load().then(() => this.prepare(articles)) : this.prepare(articles)),
    ready: () => this.liveOpen,
    loaded: (src, cached) => void this.loaded(src, cached),
    failed: (error, src, kept) => void this.failed(error, src, kept),
    // After `failed`'s event when every feed failed, so the page hears them in `src` order.
    partial: (error, src) => void this.updateComplete.then(() => this.reportError(error, src)),
    hold: (articles, truncated) => this.holdBack(articles, truncated),
  });
  /** The related ranking, loaded only by an element that needs it (ranking-part.ts, issue 13). */
  protected readonly ranking = new RankingPart(this, (error) => void this.updateComplete.then(() => this.reportError(error, this.src?.trim() ?? '')));
  /** The articles `civic-load` last reported (their ids), so a change of what is shown is told once. */
  private announced?: string;

  /** The default of `limit` for this element. */
  protected defaultLimit = 5;
  /** The default of `heading-level` when the attribute is absent or invalid and no heading precedes the element. */
  protected defaultHeadingLevel = 3;
  /** The scheme and the reader's text spacing, read from the page (page.ts). */
  private readonly page = new PageStyle(this);
  /** Where the titles sit in the page's outline (heading.ts). */
  private readonly outline = new HeadingOutline(this);

  /**
   * The articles the element has: set them to render without a fetch. Whichever of `articles`
   * and `src` was set last wins: setting `src` (to a new value) after `articles` loads the feed.
   */
  get articles(): Article[] {
    return this.manualArticles ?? this.feed.articles;
  }
  set articles(value: Article[]) {
    const list = Array.isArray(value) ? value : [];
    this.manualArticles = uniqueArticles(list.map((item) => normalizeArticle(item, pageBase())).filter((a): a is Article => !!a));
    this.feed.abort();
    this.feed.clearError();
    this.error = undefined;
    this.retry = '';
    this.broken = false;
    this.news.clear();
    void this.announceLoad('');
  }

  /** What the element is doing: `loading`, `ready`, `empty` or `error`. */
  get state(): WidgetState {
    if (this.failure) return 'error';
    if (this.feed.loading) return 'loading';
    const shown = this.shown();
    // The related ranking is on its way (asked for by shown()): the skeleton stays.
    if (this.ranking.pending) return 'loading';
    return shown.length ? 'ready' : 'empty';
  }

  override requestUpdate(name?: PropertyKey, old?: unknown, ...rest: unknown[]): void {
    if (name === 'src' && this.manualArticles && old !== this.src) this.manualArticles = undefined;
    (super.requestUpdate as (...args: unknown[]) => void)(name, old, ...rest);
  }

  /** Why the element shows an error: its own problem, else its feed's. */
  private get failure(): FeedError | undefined {
    return this.error ?? this.ranking.error ?? (this.manualArticles ? undefined : this.feed.error);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) {
      this.startLoad(false);
      this.watchRefresh();
    }
  }

  /** Moved into another document (an iframe's, say): its styles are made again for it. */
  adoptedCallback(): void {
    if (this.shadowRoot) restyle(this.shadowRoot, (this.constructor as typeof CivicFeedElement).elementStyles, this.ownerDocument);
  }

  private loadOnChange(changed: PropertyValues<this>): void {
    const misconfigured = this.error?.code === 'config';
    if (['src', 'format', 'proxy', 'refresh', 'timeout', 'cache', 'live'].some((key) => (changed as Map<PropertyKey, unknown>).has(key))) {
      // `live` opens one frame after the first render: by then a missing `src` is a mistake.
      const problem = this.manualArticles ? undefined : configProblem(this, this.live);
      if (problem) {
        this.failConfig(problem[1]);
        warnConfig(problem, `<${this.localName}>`);
        return;
      }
      if (misconfigured) this.error = undefined;
    }
    if (changed.has('src') || changed.has('format') || changed.has('proxy') || misconfigured) this.startLoad(false);
    if (changed.has('refresh') || changed.has('src') || misconfigured) this.watchRefresh();
  }

  /** Misconfigured: nothing is fetched or refreshed; the reader sees a neutral sentence, the page gets `civic-error`. */
  private failConfig(text: string): void {
    this.feed.abort();
    this.feed.unwatch();
    if (this.error?.code === 'config' && this.error.message === text) return;
    const error = new FeedError('config', text);
    this.error = error;
    void this.liveOpen
      .then(() => this.updateComplete)
      .then(() => {
        if (this.error === error) this.dispatchEvent(new CivicErrorEvent({ code: 'config', message: errorText(error, this.messages), src: this.src ?? '' }));
      });
  }

  /**
   * Every update ends in a state a reader and the page can see: an update that throws (data no
   * render expected, a parse the page's policy refuses) becomes a `parse` error with no articles,
   * not an element stuck on its skeleton with a rejected promise nobody awaits (issue 11).
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    // An element with content of its own draws at once: it has no room kept, and its shadow root
    // would hide that content until the draw.
    if (firstDrawWaits && !this.hasUpdated && !hasFallback(this)) return new Promise((resolve) => setTimeout(resolve)).then(() => this.updateNow());
    return this.updateNow();
  }

  private updateNow(): void | Promise<unknown> {
    try {
      return super.scheduleUpdate();
    } catch (caught) {
      if (this.broken) throw caught;
      console.warn(`${this.localName}: the articles could not be shown.`, caught);
      this.broken = true;
      this.feed.abort();
      this.retry = '';
      const error = new FeedError('parse', caught instanceof Error ? caught.message : String(caught));
      this.error = error;
      const src = this.src?.trim() ?? '';
      void this.updateComplete.then(() => this.dispatchEvent(new CivicErrorEvent({ code: error.code, message: errorText(error, this.messages), src })));
    }
  }

  /** Fires `civic-load` when other articles than those last announced are on screen ("more news", filters, limit). */
  protected announceShown(): void {
    void this.updateComplete.then(async () => {
      // Not one tick more than before when nothing waits for the ranking: tests and pages order on it.
      if (this.ranking.pending) await this.drawn();
      if (!this.feed.busy && !this.failure && keyOf(this.shown()) !== this.announced)
        void this.announceLoad(this.manualArticles ? '' : (this.src?.trim() ?? ''));
    });
  }

  /** Resolves once the articles are drawn after the related ranking a render waits for (ranking-part.ts). */
  private async drawn(): Promise<void> {
    while (this.ranking.pending) {
      await this.ranking.settled();
      await this.updateComplete;
    }
  }

  /** The articles this element shows, chosen from all it has. */
  protected abstract select(articles: Article[]): Article[];
  /** Draws the shown articles. */
  protected abstract renderArticles(shown: Article[]): TemplateResult;

  /** How many articles a list draws in its first frame, and how many more per task after it. */
  static readonly FIRST_SLICE = FIRST_SLICE;
  static readonly NEXT_SLICE = NEXT_SLICE;
  /** Long lists drawn in slices, with each article's teaser made once (teaser-list.ts). */
  private readonly list = new TeaserList(this);

  /**
   * The teasers of a list or related block, the first of them with the picture that loads at
   * once; drawn in slices when there are many.
   */
  protected renderTeaserList(shown: Article[]): TemplateResult {
    return this.list.render(shown, this.teaserOptions(), [this.hide, this.layout]);
  }

  /** Complete once every slice of a long list is drawn (civic-load comes then). */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.list.settled(() => super.getUpdateComplete());
  }

  /** The message when there is nothing to show; empty for a block that should then vanish. */
  protected get emptyMessage(): string {
    return this.messages.empty;
  }

  /**
   * Work to do on a feed's articles before they are shown, in slices that let the page breathe
   * (issue 10: no long task); the related block builds its index here.
   */
  protected prepare(_articles: Article[]): Promise<void> | void {}

  /** Extra fields for `civic-load`'s detail. */
  protected loadDetail(): Record<string, unknown> {
    return {};
  }

  protected shown(): Article[] {
    return this.broken ? [] : this.select(this.filtered());
  }

  // ── issue 15: editors' controls (filters, several feeds, fallback content) ──────────────
  private readonly filters = new FilterMemo();

  /** The articles `tags`, `exclude-tags` and `query` let through; the same array while nothing changes (the related index is kept per array). */
  protected filtered(): Article[] {
    const articles = this.articles;
    // A `query` is matched by the related ranking: nothing is shown until it is here.
    const ranking = this.query?.trim() && articles.length ? this.ranking.now() : undefined;
    if (this.query?.trim() && articles.length && !ranking) return [];
    return this.filters.apply(articles, { tags: this.tags, excludeTags: this.excludeTags, query: this.query }, ranking?.filterByQuery);
  }

  /** The feeds on screen, one per source that answered, in `src` order (for "more news"). */
  protected get feeds(): SourceResult[] {
    return this.feed.feeds;
  }

  /** Adds a further page of articles (older news) to those on screen. */
  protected addArticles(list: Article[]): void {
    this.feed.articles = mergeArticles([this.feed.articles, list]);
    this.requestUpdate();
  }

  /** What the page put inside the element (fallback.ts). */
  private get hasFallback(): boolean {
    return hasFallback(this);
  }
  // ── end issue 15 ─────────────────────────────────────────────────────────────────────────

  protected get effectiveLimit(): number {
    const limit = Number(this.limit);
    return Number.isFinite(limit) && limit > 0 ? Math.floor(limit) : this.defaultLimit;
  }

  /**
   * The level of each article title: `heading-level`; else one below the page's nearest heading
   * before the element (two below when the block has its own heading), so the outline never
   * skips a level; else `defaultHeadingLevel`.
   */
  protected get titleLevel(): number {
    return this.outline.titleLevel(this.headingLevel, () => !!this.blockHeading, this.defaultHeadingLevel);
  }

  /** The text of the block's own heading; empty for none. */
  protected get blockHeading(): string {
    return this.heading?.trim() ?? '';
  }

  protected get language(): string {
    return this.i18n.lang;
  }

  protected get messages(): Messages {
    return this.i18n.messages;
  }

  protected teaserOptions(): TeaserOptions {
    const hidden = new Set(this.hide.split(/\s+/).filter(Boolean));
    return {
      level: this.titleLevel,
      lang: this.language,
      messages: this.messages,
      dateStyle: this.dateStyle,
      target: this.target || '_self',
      // compact: titles and dates only.
      hidden: (part: HideablePart) => hidden.has(part) || (this.layout === 'compact' && part !== 'date'),
      onClick: (event: MouseEvent, article: Article) => this.handleArticleClick(event, article),
      leadWords: Number(this.leadLength) > 0 ? Number(this.leadLength) : undefined,
      fallbackImage: this.fallbackImage?.trim() || undefined,
      showSource: !this.manualArticles && splitSources(this.src).length > 1,
    };
  }

  protected override render(): TemplateResult {
    const shown = this.shown();
    const current = this.state;
    const m = this.messages;
    // After a Retry, even a block that vanishes when empty says so: the reader asked.
    const empty = this.emptyMessage || (this.retry === 'retried' ? m.empty : '');
    let status = statusText(current, shown.length, this.failure, this.retry, m, empty);
    // "Loading…" only when it lasts (the announcer), or at once for a Retry the reader pressed.
    if (current === 'loading' && !this.announcer.sayLoading(this.retry === 'retrying')) status = { text: '', quiet: false };
    const pending = this.news.value;
    if (pending && current === 'ready') status = { text: m.newArticles(pending.count), quiet: true };
    // A refresh that failed leaves the news as it was, with a discreet note (issue 12).
    else if (current === 'ready' && this.feed.stale) status = { text: m.notUpdated, quiet: false };
    // aria-busy sits on the content, not on an ancestor of the live region: screen readers hold
    // back what a busy region says until it is no longer busy.
    const silent = current === 'empty' && !empty;
    const scheme = this.page.read();
    return html`<div class="root scheme-${scheme}${silent ? ' silent' : shown.length ? '' : ' waiting'}" part="container" lang=${this.language}>
      <div class="content" aria-busy=${this.feed.loading || this.ranking.pending ? 'true' : 'false'}>
        ${this.news.render(!!shown.length, m, () => void this.showPending())}
        ${shown.length ? html`${this.renderHeading()}${this.renderArticles(shown)}` : renderFallback(current)}
        ${current === 'loading' && !shown.length && !this.hasFallback ? this.renderSkeleton() : nothing}
      </div>
      ${renderNotice(
        // Over the page's own fallback content, "Loading…" is for screen readers only: the
        // fallback keeps its place and the page does not move when the articles replace it.
        this.live ? (current === 'loading' && this.hasFallback ? { ...status, quiet: true } : status) : { text: '', quiet: false },
        current === 'error',
        // Retrying a misconfiguration would fail the same way: only the page's author can fix it.
        (current === 'error' && this.failure?.code !== 'config') || this.retry === 'retrying',
        m,
        () => this.handleRetry(),
      )}
    </div>`;
  }

  /** The block heading, one level above the titles; none unless `heading` is set. */
  protected renderHeading(text = this.blockHeading, lang?: string): TemplateResult | typeof nothing {
    if (!text) return nothing;
    return headingTag(Math.max(1, this.titleLevel - 1), 'heading', 'heading', lang ? html`<span lang=${lang}>${text}</span>` : html`${text}`);
  }

  /** The placeholder of the content it stands for (skeleton.ts), under the block heading. */
  protected renderSkeleton(): TemplateResult {
    return html`${this.renderHeading()}${skeletonList(this.teaserOptions(), this.skeletonItems())}`;
  }

  /** How many teasers the skeleton stands for. */
  protected skeletonItems(): number {
    // A longer list is taller than any screen: what follows it is out of view either way.
    return Math.min(this.effectiveLimit, FIRST_SLICE);
  }

  /** The box the skeleton took, kept while an error or an empty message stands in its place. */
  private readonly box = new ReservedBox();

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.box.note(this.state, this.renderRoot);
    this.loadOnChange(changed);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (this.getAttribute('state') !== this.state) this.setAttribute('state', this.state);
    // Other articles of the same data are shown: the page hears it as it hears a load (issue 16).
    if (this.announced !== undefined && !this.feed.busy && SHOWN_BY.some((key) => (changed as Map<PropertyKey, unknown>).has(key))) this.announceShown();
    this.box.hold(this.renderRoot.querySelector<HTMLElement>('.root'), () => this.state === 'error' || (this.state === 'empty' && !!this.emptyMessage));
  }

  private handleRetry(): void {
    this.error = undefined;
    this.ranking.clear();
    this.feed.clearError();
    this.retry = 'retrying';
    this.startLoad(true);
  }

  /** After a successful Retry the button goes: focus moves to the content, not to the page's top. */
  private focusContent(): void {
    Announcer.focusAfterRetry(this.renderRoot);
  }

  /** A background refresh found new articles: they may wait for the reader (pending-news.ts). */
  private holdBack(articles: Article[], truncated: boolean): boolean {
    const shown = this.shown();
    if (this.retry === 'retrying' || this.manualArticles) return false;
    return this.news.hold(shown, articles, truncated, (list) => this.select(list));
  }

  /** The reader asked for the new articles: they come in, and focus goes to the first one. */
  private async showPending(): Promise<void> {
    const pending = this.news.take();
    if (!pending) return;
    this.feed.articles = pending.articles;
    this.feed.truncated = pending.truncated;
    this.requestUpdate();
    await this.updateComplete;
    Announcer.focusAfterRetry(this.renderRoot);
    await this.announceLoad(this.src?.trim() ?? '');
  }

  private handleArticleClick(event: MouseEvent, article: Article): void {
    const civic = new CivicArticleClickEvent({ article });
    this.dispatchEvent(civic);
    if (civic.defaultPrevented) event.preventDefault();
  }

  private watchRefresh(): void {
    if (this.error?.code === 'config') this.feed.unwatch();
    else this.feed.watch();
  }

  private startLoad(force: boolean): void {
    this.broken = false;
    if (this.manualArticles || this.error?.code === 'config') return;
    this.feed.load(force);
    // Made while the request is on its way, not after the feed arrived: the first formatter of a
    // language costs the most of all the work between "feed arrived" and "items painted" (issue 13).
    // In a task of its own, not in the first render's: on a slow phone both together are a long task.
    if (!force && this.feed.loading) setTimeout(() => warmDates(this.language, this.dateStyle));
  }

  /** The feed's new articles are in: the Retry button, if pressed, gives way to the content. */
  private async loaded(src: string, cached: boolean): Promise<void> {
    const refocus = (this.renderRoot as ShadowRoot).activeElement?.getAttribute('part') === 'retry';
    this.news.clear();
    this.error = undefined;
    this.retry = this.retry === 'retrying' ? 'retried' : '';
    await this.announceLoad(src, cached);
    if (refocus) this.focusContent();
  }

  /** A feed failed: the state says so (or, `kept`, the news stays with a note), the page hears `civic-error`. */
  private async failed(error: FeedError, src: string, kept: boolean): Promise<void> {
    this.error = undefined;
    this.retry = '';
    await this.updateComplete;
    this.reportError(error, src, kept);
  }

  /** Tells the page a feed failed: `civic-error` with that feed's `src`. */
  protected reportError(error: FeedError, src: string, kept = false): void {
    this.dispatchEvent(new CivicErrorEvent({ code: error.code, message: errorText(error, this.messages), src, ...(kept && { kept }) }));
  }

  private async announceLoad(src: string, cached = false): Promise<void> {
    await this.liveOpen;
    await this.updateComplete;
    if (this.ranking.pending) await this.drawn();
    // Drawing them failed, or the related ranking did not load: the page heard civic-error instead.
    if (this.broken || this.ranking.error) return;
    const truncated = !this.manualArticles && this.feed.truncated;
    const articles = this.shown();
    this.announced = keyOf(articles);
    this.dispatchEvent(new CivicLoadEvent({ articles, src, ...this.loadDetail(), ...(truncated && { truncated }), ...(cached && { cached }) }));
  }
}
