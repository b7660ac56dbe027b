/**
 * Drawing a list of teasers (issue 17: out of the base class). It owns the slices a long list is
 * drawn in, one task each, so that 200 articles on a slow phone make no long task (issue 13),
 * and the per-article teaser cache, so a render draws only what changed.
 *
 * A slice is as many teasers as fit in SLICE_MS on this device: the first later slice has
 * NEXT_SLICE, and each next one is sized from how long the last took (measured from its task's
 * start to the end of the host's update), so a slow phone draws fewer per task and a fast
 * computer more, and no slice makes a long task (over 50 ms).
 */
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Article } from '../../model/article.js';
import { renderTeaser } from './teaser.js';
import type { TeaserOptions } from './view-model.js';

/** How many teasers a list draws in its first frame, and how many more per task after it. */
export const FIRST_SLICE = 10;
export const NEXT_SLICE = 20;
/** What a slice's task aims at: well under the 50 ms of a long task, with room for style and layout. */
const SLICE_MS = 25;

export class TeaserList implements ReactiveController {
  /**
   * How many of the shown articles are drawn. It only grows, so a refresh redraws the whole
   * list at once and never shortens it for a moment.
   */
  private drawn = FIRST_SLICE;
  /** The next slice, once it is scheduled; the host's `updateComplete` waits for it. */
  private drawing?: Promise<void>;
  /** Each article's teaser, made once per way of showing it. */
  private teasers = new WeakMap<Article, { key: string; result: TemplateResult }>();
  /** Teasers in the next slice, and when the slice being drawn started. */
  private size = NEXT_SLICE;
  private started?: number;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (this.started === undefined) return;
    const took = Math.max(performance.now() - this.started, 1);
    this.started = undefined;
    // At most half as many again: one fast slice (a garbage collection elsewhere) must not make the next one long.
    this.size = Math.min(Math.ceil(this.size * 1.5), 100, Math.max(2, Math.floor((this.size * SLICE_MS) / took)));
  }

  /**
   * The teasers, the first of them with the picture that loads at once; `shape` names what else
   * changes how a teaser looks (`hide`, `layout`).
   */
  render(shown: Article[], options: TeaserOptions, shape: unknown[]): TemplateResult {
    // Relative dates ("2 hours ago") change with time: those teasers are made afresh.
    const key =
      options.dateStyle === 'relative'
        ? ''
        : [options.level, options.lang, options.dateStyle, options.target, ...shape, options.leadWords, options.fallbackImage, options.showSource].join('|');
    const drawn = shown.length > this.drawn ? shown.slice(0, this.drawn) : shown;
    if (drawn !== shown) this.drawNextSlice();
    return html`<ul part="list" class="list" role="list">${drawn.map((article, i) => html`<li part="item" class="item">${this.teaser(article, options, i === 0, key)}</li>`)}</ul>`;
  }

  /** Complete once every slice is drawn: `updateComplete` goes round until none is scheduled. */
  async settled(updateComplete: () => Promise<boolean>): Promise<boolean> {
    let done = await updateComplete();
    while (this.drawing) {
      await this.drawing;
      done = await updateComplete();
    }
    return done;
  }

  private teaser(article: Article, options: TeaserOptions, first: boolean, key: string): TemplateResult {
    if (!key) return renderTeaser(article, options, first);
    const full = `${key}|${first}`;
    const kept = this.teasers.get(article);
    if (kept?.key === full) return kept.result;
    const result = renderTeaser(article, options, first);
    this.teasers.set(article, { key: full, result });
    return result;
  }

  private drawNextSlice(): void {
    this.drawing ??= new Promise<void>((resolve) =>
      setTimeout(() => {
        this.drawing = undefined;
        this.drawn += this.size;
        this.started = performance.now();
        this.host.requestUpdate();
        resolve();
      }),
    );
  }
}
