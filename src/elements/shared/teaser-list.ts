/**
 * Drawing a list of teasers (issue 17: out of the base class). It owns the slices a long list is
 * drawn in, one task each, so that 200 articles on a slow phone make no long task (issue 13),
 * and the per-article teaser cache, so a render draws only what changed.
 */
import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Article } from '../../model/article.js';
import { renderTeaser } from './teaser.js';
import type { TeaserOptions } from './view-model.js';

/** How many teasers a list draws in its first frame, and how many more per task after it. */
export const FIRST_SLICE = 10;
export const NEXT_SLICE = 20;

export class TeaserList {
  /**
   * How many of the shown articles are drawn. It only grows, so a refresh redraws the whole
   * list at once and never shortens it for a moment.
   */
  private drawn = FIRST_SLICE;
  /** The next slice, once it is scheduled; the host's `updateComplete` waits for it. */
  private drawing?: Promise<void>;
  /** Each article's teaser, made once per way of showing it. */
  private teasers = new WeakMap<Article, { key: string; result: TemplateResult }>();

  constructor(private readonly host: ReactiveControllerHost) {}

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
        this.drawn += NEXT_SLICE;
        this.host.requestUpdate();
        resolve();
      }),
    );
  }
}
