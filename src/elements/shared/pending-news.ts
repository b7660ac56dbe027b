/**
 * What a background refresh found, held back behind the "N new articles — show" button instead
 * of pushing the list down under the reader (WCAG 2.2.2, issue 14; issue 17: out of the base
 * class). The element decides when to hold and what showing means; this keeps the held
 * articles, renders the button and updates the element when they change.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Messages } from '../../i18n/index.js';
import type { Article } from '../../model/article.js';

export interface Pending {
  articles: Article[];
  truncated: boolean;
  /** How many of them the element would show that it does not show now. */
  count: number;
}

export class PendingNews {
  private held?: Pending;

  constructor(private readonly host: ReactiveControllerHost) {}

  /** What waits for the reader, if anything. */
  get value(): Pending | undefined {
    return this.held;
  }

  /** Drops what was held (new data came another way); renders again if that changes anything. */
  clear(): void {
    this.set(undefined);
  }

  /**
   * Holds `articles` back if the element would show some it does not show now; `select` is the
   * element's choice of what to show. Returns whether it held them.
   */
  hold(shown: Article[], articles: Article[], truncated: boolean, select: (articles: Article[]) => Article[]): boolean {
    if (!shown.length) return false;
    const known = new Set(shown.map((article) => article.id));
    const count = select(articles).filter((article) => !known.has(article.id)).length;
    if (!count) return false;
    this.set({ articles, truncated, count });
    return true;
  }

  /** The reader asked for them: what was held, now no longer held. */
  take(): Pending | undefined {
    const pending = this.held;
    this.set(undefined);
    return pending;
  }

  /** The "N new articles — show" button, over a list that shows articles. */
  render(showing: boolean, m: Messages, show: () => void): TemplateResult | typeof nothing {
    return this.held && showing
      ? html`<button type="button" part="new-articles" class="new-articles" lang=${m.lang} @click=${show}>
              ${m.newArticles(this.held.count)}
            </button>`
      : nothing;
  }

  private set(value: Pending | undefined): void {
    if (value === this.held) return;
    this.held = value;
    this.host.requestUpdate();
  }
}
