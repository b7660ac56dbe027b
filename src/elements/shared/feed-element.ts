import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { CivicArticleClickEvent, CivicErrorEvent, CivicLoadEvent } from '../../events.js';
import { FeedError } from '../../feeds/errors.js';
import type { Messages } from '../../i18n/index.js';
import type { Article } from '../../model/article.js';
import { normalizeArticle, uniqueArticles } from '../../model/normalize.js';
import { feedStore, isAbort } from '../../store/feed-store.js';
import { every } from '../../store/refresh.js';
import { CivicAttributes, type HideablePart, type WidgetState } from './attributes.js';
import { restyle } from './adopt.js';
import { Announcer } from './announcer.js';
import { configProblem, refreshSeconds, TIMEOUT_DEFAULT, timeoutMs, warnConfig } from './config.js';
import { headingTag } from './heading.js';
import { LanguageController } from './language-controller.js';
import { precedingHeadingLevel, schemeOf, spacingOf } from './page.js';
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
    feedArticles: { state: true },
    manualArticles: { state: true },
    loading: { state: true },
    error: { state: true },
    retry: { state: true },
    broken: { state: true },
    pending: { state: true },
  };

  declare private feedArticles: Article[];
  declare private manualArticles?: Article[];
  declare private loading: boolean;
  declare private error?: FeedError;
  /** Where a Retry the reader pressed stands. */
  declare private retry: RetryStep;
  /** The articles could not be drawn (a render threw): the element shows an error instead of them. */
  declare private broken: boolean;
  /** What a background refresh found, waiting for the reader to show it (WCAG 2.2.2, issue 14). */
  declare private pending?: { articles: Article[]; truncated: boolean; count: number };

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
    this.feedArticles = [];
    this.loading = false;
    this.retry = '';
    this.broken = false;
  }

  private controller?: AbortController;
  /** The feed on screen was cut short: only its complete items are shown (civic-load says so). */
  private feedTruncated = false;
  private stopRefresh?: () => void;

  /** The default of `limit` for this element. */
  protected defaultLimit = 5;
  /** The default of `heading-level` when the attribute is absent or invalid and no heading precedes the element. */
  protected defaultHeadingLevel = 3;
  /** The reader's text spacing on the host, for the inner root (page.ts, spacingOf). */
  private spacing: Record<string, string> = {};
  /** The level of the page's heading before the element, found once per connection. */
  private pageHeading?: number | null;

  /** The articles the element has: set them to render without a fetch. */
  get articles(): Article[] {
    return this.manualArticles ?? this.feedArticles;
  }
  set articles(value: Article[]) {
    const list = Array.isArray(value) ? value : [];
    this.manualArticles = uniqueArticles(list.map((item) => normalizeArticle(item, document.baseURI)).filter((a): a is Article => !!a));
    this.controller?.abort();
    this.loading = false;
    this.error = undefined;
    this.retry = '';
    this.broken = false;
    this.pending = undefined;
    void this.announceLoad('');
  }

  /** What the element is doing: `loading`, `ready`, `empty` or `error`. */
  get state(): WidgetState {
    if (this.error) return 'error';
    if (this.loading) return 'loading';
    return this.shown().length ? 'ready' : 'empty';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.pageHeading = undefined;
    if (this.hasUpdated) {
      this.startLoad(false);
      this.watchRefresh();
    }
  }

  /** Moved into another document (an iframe's, say): its styles are made again for it. */
  adoptedCallback(): void {
    if (this.shadowRoot) restyle(this.shadowRoot, (this.constructor as typeof CivicFeedElement).elementStyles, this.ownerDocument);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.controller?.abort();
    this.controller = undefined;
    this.loading = false;
    this.stopRefresh?.();
    this.stopRefresh = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const misconfigured = this.error?.code === 'config';
    if (['src', 'format', 'proxy', 'refresh', 'timeout', 'live'].some((key) => (changed as Map<PropertyKey, unknown>).has(key))) {
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
    this.controller?.abort();
    this.controller = undefined;
    this.stopRefresh?.();
    this.stopRefresh = undefined;
    this.loading = false;
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
    try {
      return super.scheduleUpdate();
    } catch (caught) {
      if (this.broken) throw caught;
      console.warn(`${this.localName}: the articles could not be shown.`, caught);
      this.broken = true;
      this.loading = false;
      this.retry = '';
      const error = new FeedError('parse', caught instanceof Error ? caught.message : String(caught));
      this.error = error;
      const src = this.src?.trim() ?? '';
      void this.updateComplete.then(() => this.dispatchEvent(new CivicErrorEvent({ code: error.code, message: errorText(error, this.messages), src })));
    }
  }

  protected override updated(): void {
    if (this.getAttribute('state') !== this.state) this.setAttribute('state', this.state);
    // Through the CSSOM, not a style attribute: a strict CSP without 'unsafe-inline' allows it.
    const root = this.renderRoot.querySelector<HTMLElement>('.root');
    for (const name of ['--_ls', '--_ws', '--_lh']) {
      const value = this.spacing[name];
      if (value) root?.style.setProperty(name, value);
      else root?.style.removeProperty(name);
    }
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

  /**
   * The level of each article title: `heading-level`; else one below the page's nearest heading
   * before the element (two below when the block has its own heading), so the outline never
   * skips a level; else `defaultHeadingLevel`.
   */
  protected get titleLevel(): number {
    if (this.headingLevel != null && clampLevel(Number(this.headingLevel), 0)) return Number(this.headingLevel);
    if (this.pageHeading === undefined) this.pageHeading = (this.isConnected && precedingHeadingLevel(this)) || null;
    if (this.pageHeading === null) return this.defaultHeadingLevel;
    return Math.min(6, this.pageHeading + (this.blockHeading ? 2 : 1));
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
    };
  }

  protected override render(): TemplateResult {
    const shown = this.shown();
    const current = this.state;
    const m = this.messages;
    // After a Retry, even a block that vanishes when empty says so: the reader asked.
    const empty = this.emptyMessage || (this.retry === 'retried' ? m.empty : '');
    let status = statusText(current, shown.length, this.error, this.retry, m, empty);
    // "Loading…" only when it lasts (the announcer), or at once for a Retry the reader pressed.
    if (current === 'loading' && !this.announcer.sayLoading(this.retry === 'retrying')) status = { text: '', quiet: false };
    if (this.pending && current === 'ready') status = { text: m.newArticles(this.pending.count), quiet: true };
    // aria-busy sits on the content, not on an ancestor of the live region: screen readers hold
    // back what a busy region says until it is no longer busy.
    const silent = current === 'empty' && !empty;
    // One read of the host's computed style per render: the scheme and the reader's spacing.
    const page = getComputedStyle(this);
    const scheme = schemeOf(page, this.getAttribute('color-scheme'));
    this.spacing = spacingOf(page);
    return html`<div class="root scheme-${scheme}${silent ? ' silent' : ''}" part="container" lang=${this.language}>
      <div class="content" aria-busy=${this.loading ? 'true' : 'false'}>
        ${this.pending && shown.length
          ? html`<button type="button" part="new-articles" class="new-articles" lang=${m.lang} @click=${() => this.showPending()}>
              ${m.newArticles(this.pending.count)}
            </button>`
          : nothing}
        ${shown.length ? html`${this.renderHeading()}${this.renderArticles(shown)}` : nothing}
        ${current === 'loading' && !shown.length ? this.renderSkeleton() : nothing}
      </div>
      ${renderNotice(
        this.live ? status : { text: '', quiet: false },
        current === 'error',
        // Retrying a misconfiguration would fail the same way: only the page's author can fix it.
        (current === 'error' && this.error?.code !== 'config') || this.retry === 'retrying',
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

  private renderSkeleton(): TemplateResult {
    return html`<div class="skeleton" aria-hidden="true">
      ${Array.from({ length: Math.min(this.effectiveLimit, 3) }, () => html`<div class="skeleton-item"></div>`)}
    </div>`;
  }

  private handleRetry(): void {
    this.error = undefined;
    this.retry = 'retrying';
    this.startLoad(true);
  }

  /** After a successful Retry the button goes: focus moves to the content, not to the page's top. */
  private focusContent(): void {
    Announcer.focusAfterRetry(this.renderRoot);
  }

  /**
   * A background refresh found new articles: they wait behind the "N new articles — show"
   * button instead of pushing the list down under the reader (WCAG 2.2.2). Returns whether it
   * held them back.
   */
  private holdBack(articles: Article[], truncated: boolean, background: boolean): boolean {
    const shown = this.shown();
    if (!background || !shown.length || this.manualArticles) return false;
    const known = new Set(shown.map((article) => article.id));
    const count = this.select(articles).filter((article) => !known.has(article.id)).length;
    if (!count) return false;
    this.pending = { articles, truncated, count };
    this.loading = false;
    return true;
  }

  /** The reader asked for the new articles: they come in, and focus goes to the first one. */
  private async showPending(): Promise<void> {
    const pending = this.pending;
    if (!pending) return;
    this.pending = undefined;
    this.feedArticles = pending.articles;
    this.feedTruncated = pending.truncated;
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
    this.stopRefresh?.();
    this.stopRefresh = undefined;
    const seconds = refreshSeconds(this.refresh);
    if (this.isConnected && this.src && seconds && this.error?.code !== 'config') {
      // News does not change under a reader's pointer or keyboard focus (WCAG 2.2.2): that
      // refresh is skipped, the next one comes.
      this.stopRefresh = every(seconds, () => this.matches(':hover, :focus-within') || this.startLoad(true));
    }
  }

  private startLoad(force: boolean): void {
    this.broken = false;
    if (this.manualArticles || this.error?.code === 'config') return;
    this.controller?.abort();
    this.controller = undefined;
    const src = this.src?.trim();
    if (!src || !this.isConnected) {
      this.loading = false;
      return;
    }
    const controller = new AbortController();
    this.controller = controller;
    this.loading = true;
    // load() turns every failure into the error state; this only keeps a bug from going unseen.
    this.load(src, force, controller).catch((caught: unknown) => console.warn(`${this.localName}: loading failed.`, caught));
  }

  private async load(src: string, force: boolean, controller: AbortController): Promise<void> {
    try {
      let url: string;
      try {
        url = new URL(src, document.baseURI).href;
      } catch {
        throw new FeedError('network', `"${src}" is not a valid address.`);
      }
      const feed = await feedStore.load({
        url,
        format: this.format,
        proxy: this.proxy || undefined,
        timeout: timeoutMs(this.timeout) ?? TIMEOUT_DEFAULT * 1000,
        force,
        signal: controller.signal,
      });
      const prepared = this.prepare(feed.articles);
      if (prepared) await prepared;
      await this.liveOpen;
      if (controller !== this.controller) return;
      // Issue 14: what a background refresh found waits behind a button.
      if (this.holdBack(feed.articles, !!feed.truncated, force && this.retry !== 'retrying')) return;
      this.pending = undefined;
      const refocus = (this.renderRoot as ShadowRoot).activeElement?.getAttribute('part') === 'retry';
      this.feedArticles = feed.articles;
      this.feedTruncated = !!feed.truncated;
      this.error = undefined;
      this.loading = false;
      this.retry = this.retry === 'retrying' ? 'retried' : '';
      await this.announceLoad(src);
      if (refocus) this.focusContent();
    } catch (caught) {
      // A late answer for an old `src`, or an aborted request: not this element's business now.
      if (controller !== this.controller || isAbort(caught)) return;
      await this.liveOpen;
      if (controller !== this.controller) return;
      const error = caught instanceof FeedError ? caught : new FeedError('parse', caught instanceof Error ? caught.message : String(caught));
      this.error = error;
      this.loading = false;
      this.retry = '';
      await this.updateComplete;
      this.dispatchEvent(new CivicErrorEvent({ code: error.code, message: errorText(error, this.messages), src }));
    } finally {
      if (controller === this.controller) this.controller = undefined;
    }
  }

  private async announceLoad(src: string): Promise<void> {
    await this.liveOpen;
    await this.updateComplete;
    // Drawing them failed: the page heard civic-error instead.
    if (this.broken) return;
    const truncated = !this.manualArticles && this.feedTruncated;
    this.dispatchEvent(new CivicLoadEvent({ articles: this.shown(), src, ...this.loadDetail(), ...(truncated && { truncated }) }));
  }
}
