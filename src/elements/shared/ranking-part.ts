/**
 * The related ranking for one element (issue 13): the related block, and any element with a
 * `query`, wait for it; the others never ask, so a list page never downloads it. While it
 * arrives the element shows its skeleton (state `loading`); a load that fails (offline, a file
 * that fails its integrity check) is the element's error, with `civic-error` code `network`,
 * and Retry asks again. The rest of the page does not depend on it.
 */
import type { ReactiveControllerHost } from 'lit';
import { FeedError } from '../../feeds/errors.js';
import { loadRanking, rankingNow, type Ranking } from '../../related/lazy.js';

const asNetworkError = (caught: unknown) =>
  new FeedError('network', `civic-news-widgets: the related ranking could not be loaded (${caught instanceof Error ? caught.message : String(caught)}).`);

export class RankingPart {
  /** Why the ranking did not load for a render, until Retry clears it. */
  error?: FeedError;
  private waiting?: Promise<void>;
  /** The load `start` began while the feed was still on its way, taken by the next `load`. */
  private early?: Promise<Ranking>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly failed: (error: FeedError) => void,
  ) {}

  /**
   * Starts the download now, beside the feed's request, so that the block does not wait for
   * the two one after the other (on a slow link a round trip each). Its outcome is the next
   * `load`'s; a failure is not tried twice before Retry.
   */
  start(): void {
    if (this.early || rankingNow()) return;
    this.early = loadRanking();
    this.early.catch(() => undefined);
  }

  /** Loads it, for a feed being prepared: a failure rejects with a `network` FeedError, which the feed's load reports. */
  async load(): Promise<Ranking> {
    const early = this.early;
    this.early = undefined;
    try {
      return await (early ?? loadRanking());
    } catch (caught) {
      console.warn('civic-news-widgets: the related ranking could not be loaded.', caught);
      throw asNetworkError(caught);
    }
  }

  /**
   * The ranking for a render, or undefined while it loads (the host renders again when it
   * arrives) or after it failed (`error`). Articles set through the property, and a `query`
   * set after the feed was shown, come this way.
   */
  now(): Ranking | undefined {
    const ready = rankingNow();
    if (ready || this.waiting || this.error) return ready;
    this.waiting = this.load().then(
      () => undefined,
      (error: FeedError) => {
        this.error = error;
        this.failed(error);
      },
    );
    void this.waiting.finally(() => {
      this.waiting = undefined;
      this.host.requestUpdate();
    });
    return undefined;
  }

  /** True while a render waits for the ranking. */
  get pending(): boolean {
    return !!this.waiting;
  }

  /** Resolves when no render waits for the ranking any more (loaded or failed). */
  settled(): Promise<void> {
    return this.waiting ?? Promise.resolve();
  }

  /** Retry: the next render asks again. */
  clear(): void {
    this.error = undefined;
  }
}
