import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { CivicArticleClickEvent, CivicErrorEvent, CivicLoadEvent } from '../../events.js';
import { FeedError } from '../../feeds/errors.js';
import { messagesFor, resolveLang, type Messages } from '../../i18n/index.js';
import type { Article } from '../../model/article.js';
import { normalizeArticle, uniqueArticles } from '../../model/normalize.js';
import { CivicAttributes, type HideablePart, type WidgetState } from './attributes.js';
import { restyle } from './adopt.js';
import { configProblem, warnConfig } from './config.js';
import { FeedController } from './feed-controller.js';
import { headingTag } from './heading.js';
import { errorText, renderNotice, statusText, type RetryStep } from './status.js';
import type { TeaserOptions } from './teaser.js';

export type { HideablePart, Layout, WidgetState } from './attributes.js';

const clampLevel = (value: number, fallback: number) =>
  Number.isInteger(value) && value >= 1 && value <= 6 ? value : fallback;

/**
 * What every civic element shares: the source attributes, loading through the shared store,
 * the `state`, the events, the language and the status messages. Subclasses choose which
 * articles to show and draw them.
 */
export abstract class CivicFeedElement extends CivicAttributes {
  static override properties: PropertyDeclarations = {
    manualArticles: { state: true },
    error: { state: true },
    retry: { state: true },
    live: { state: true },
    broken: { state: true },
  };

  declare private manualArticles?: Article[];
  /** The element's own failure (misconfigured, or a render threw); a feed's failure is `feed.error`. */
  declare private error?: FeedError;
  /** Where a Retry the reader pressed stands. */
  declare private retry: RetryStep;
  /** False for the first frame: the live region must exist empty before a message enters it. */
  declare private live: boolean;
  /** The articles could not be drawn (a render threw): the element shows an error instead of them. */
  declare private broken: boolean;

  constructor() {
    super();
    this.retry = '';
    this.live = false;
    this.broken = false;
  }

  /** Loading: source → request → state → articles, through the shared store. */
  private readonly feed = new FeedController(this, {
    prepare: (articles) => this.prepare(articles),
    ready: () => this.liveOpen,
    loaded: (src, cached) => void this.loaded(src, cached),
    failed: (error, src, kept) => void this.failed(error, src, kept),
  });

  /** The default of `limit` for this element. */
  protected defaultLimit = 5;
  /** The default of `heading-level` when the attribute is absent or invalid. */
  protected defaultHeadingLevel = 3;

  /**
   * The articles the element has: set them to render without a fetch. Whichever of `articles`
   * and `src` was set last wins: setting `src` (to a new value) after `articles` loads the feed.
   */
  get articles(): Article[] {
    return this.manualArticles ?? this.feed.articles;
  }
  set articles(value: Article[]) {
    const list = Array.isArray(value) ? value : [];
    this.manualArticles = uniqueArticles(list.map((item) => normalizeArticle(item, document.baseURI)).filter((a): a is Article => !!a));
    this.feed.abort();
    this.feed.clearError();
    this.error = undefined;
    this.retry = '';
    this.broken = false;
    void this.announceLoad('');
  }

  /** What the element is doing: `loading`, `ready`, `empty` or `error`. */
  get state(): WidgetState {
    if (this.failure) return 'error';
    if (this.feed.loading) return 'loading';
    return this.shown().length ? 'ready' : 'empty';
  }

  override requestUpdate(name?: PropertyKey, old?: unknown, ...rest: unknown[]): void {
    if (name === 'src' && this.manualArticles && old !== this.src) this.manualArticles = undefined;
    (super.requestUpdate as (...args: unknown[]) => void)(name, old, ...rest);
  }

  /** Why the element shows an error: its own problem, else its feed's. */
  private get failure(): FeedError | undefined {
    return this.error ?? (this.manualArticles ? undefined : this.feed.error);
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


  protected override willUpdate(changed: PropertyValues<this>): void {
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

  private openLive!: () => void;
  /** Resolves once the live region exists and may speak; results wait for it. */
  private readonly liveOpen = new Promise<void>((resolve) => (this.openLive = resolve));

  protected override firstUpdated(): void {
    // A live region announces changes, not the text it is born with: it opens one frame after
    // it is rendered, and a feed that answers sooner waits for that. (A hidden tab gets no
    // frames, hence the timer too.)
    // Results waiting for the region go first, so a feed already in the cache renders in the same
    // update as the opening and the region never says "Loading…" for it.
    const open = () => {
      this.openLive();
      this.live = true;
    };
    requestAnimationFrame(open);
    setTimeout(open, 100);
  }

  /**
   * Every update ends in a state a reader and the page can see: an update that throws (data no
   * render expected, a parse the page's policy refuses) becomes a `parse` error with no articles,
   * not an element stuck on its skeleton with a rejected promise nobody awaits (issue 11).
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
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

  protected override updated(): void {
    if (this.getAttribute('state') !== this.state) this.setAttribute('state', this.state);
  }

  /** The articles this element shows, chosen from all it has. */
  protected abstract select(articles: Article[]): Article[];
  /** Draws the shown articles. */
  protected abstract renderArticles(shown: Article[]): TemplateResult;

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
    return this.broken ? [] : this.select(this.articles);
  }

  protected get effectiveLimit(): number {
    const limit = Number(this.limit);
    return Number.isFinite(limit) && limit > 0 ? Math.floor(limit) : this.defaultLimit;
  }

  protected get titleLevel(): number {
    return clampLevel(Number(this.headingLevel), this.defaultHeadingLevel);
  }

  protected get language(): string {
    return resolveLang(this);
  }

  protected get messages(): Messages {
    return messagesFor(this.language);
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
    };
  }

  protected override render(): TemplateResult {
    const shown = this.shown();
    const current = this.state;
    const m = this.messages;
    // A refresh that failed leaves the news as it was, with a discreet note (issue 12).
    const status = current === 'ready' && this.feed.stale ? { text: m.notUpdated, quiet: false } : statusText(current, shown.length, this.failure, this.retry, m, this.emptyMessage);
    // aria-busy sits on the content, not on an ancestor of the live region: screen readers hold
    // back what a busy region says until it is no longer busy.
    const silent = current === 'empty' && !this.emptyMessage;
    return html`<div class=${silent ? 'root silent' : 'root'} part="container" lang=${this.language}>
      <div class="content" aria-busy=${this.feed.loading ? 'true' : 'false'}>
        ${shown.length ? html`${this.renderHeading()}${this.renderArticles(shown)}` : nothing}
        ${current === 'loading' && !shown.length ? this.renderSkeleton() : nothing}
      </div>
      ${renderNotice(
        this.live ? status : { text: '', quiet: false },
        current === 'error',
        // Retrying a misconfiguration would fail the same way: only the page's author can fix it.
        (current === 'error' && this.failure?.code !== 'config') || this.retry === 'retrying',
        m,
        () => this.handleRetry(),
      )}
    </div>`;
  }

  /** The block heading, one level above the titles; none unless `heading` is set. */
  protected renderHeading(text = this.heading?.trim()): TemplateResult | typeof nothing {
    if (!text) return nothing;
    return headingTag(Math.max(1, this.titleLevel - 1), 'heading', 'heading', html`${text}`);
  }

  private renderSkeleton(): TemplateResult {
    return html`<div class="skeleton" aria-hidden="true">
      ${Array.from({ length: Math.min(this.effectiveLimit, 3) }, () => html`<div class="skeleton-item"></div>`)}
    </div>`;
  }

  private handleRetry(): void {
    this.error = undefined;
    this.feed.clearError();
    this.retry = 'retrying';
    this.startLoad(true);
  }

  /** After a successful Retry the button goes: focus moves to the content, not to the page's top. */
  private focusContent(): void {
    const root = this.renderRoot.querySelector<HTMLElement>('.root');
    const target = this.renderRoot.querySelector<HTMLElement>('[part~="link"]') ?? root;
    if (target === root) root?.setAttribute('tabindex', '-1');
    target?.focus();
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
  }

  /** The feed's new articles are in: the Retry button, if pressed, gives way to the content. */
  private async loaded(src: string, cached: boolean): Promise<void> {
    const refocus = (this.renderRoot as ShadowRoot).activeElement?.getAttribute('part') === 'retry';
    this.error = undefined;
    this.retry = this.retry === 'retrying' ? 'retried' : '';
    await this.announceLoad(src, cached);
    if (refocus) this.focusContent();
  }

  private async failed(error: FeedError, src: string, kept: boolean): Promise<void> {
    this.error = undefined;
    this.retry = '';
    await this.updateComplete;
    this.dispatchEvent(new CivicErrorEvent({ code: error.code, message: errorText(error, this.messages), src, ...(kept && { kept }) }));
  }

  private async announceLoad(src: string, cached = false): Promise<void> {
    await this.liveOpen;
    await this.updateComplete;
    // Drawing them failed: the page heard civic-error instead.
    if (this.broken) return;
    const truncated = !this.manualArticles && this.feed.truncated;
    this.dispatchEvent(new CivicLoadEvent({ articles: this.shown(), src, ...this.loadDetail(), ...(truncated && { truncated }), ...(cached && { cached }) }));
  }
}
