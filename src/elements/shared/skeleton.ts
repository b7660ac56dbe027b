/**
 * The placeholder shown while a feed loads, and the box it took, kept while an error or an empty
 * message stands in its place (issue 13: no layout shift; issue 17: out of the base class).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { WidgetState } from './attributes.js';
import type { TeaserOptions } from './view-model.js';

/**
 * `items` teasers of the element's layout, each with the picture box, two title lines, the date
 * line, three lines of lead and a row of tags (a typical news item has categories; the photo
 * credit lies over the picture and takes no room), in the same list, grid and container-query
 * rules as the real ones. A site whose articles differ sets `--civic-reserve` (README, Styling).
 */
export function skeletonList(options: TeaserOptions, items: number): TemplateResult {
  const image = !options.hidden('image');
  const item = html`<li class="item"><div class=${image ? 'article has-image' : 'article'}>${image ? html`<div class="media"><div class="skeleton-item ph-image"></div></div>` : nothing}<div class="skeleton-item ph-title"></div><div class="skeleton-item ph-meta"></div>${options.hidden('lead') ? nothing : html`<div class="skeleton-item ph-lead"></div>`}${options.hidden('tags') ? nothing : html`<div class="skeleton-item ph-tags"></div>`}</div></li>`;
  return html`<ul class="list skeleton" aria-hidden="true">${Array.from({ length: items }, () => item)}</ul>`;
}

/**
 * The skeleton's block size, noted when an error or an empty message is about to replace it, so
 * the text below does not jump up (and down again after a Retry).
 */
export class ReservedBox {
  private reserved = 0;

  /**
   * Before an update: notes the skeleton's size if it is about to go, and only then; a measure
   * on the way to painting articles would force a layout of its own (issue 13).
   */
  note(state: WidgetState, renderRoot: ParentNode | undefined): void {
    if (state === 'ready' || state === 'loading') return;
    const root = renderRoot?.querySelector<HTMLElement>('.root');
    if (root?.querySelector('.skeleton')) this.reserved = root.getBoundingClientRect().height;
  }

  /** After an update: keeps the box while `keep()` says a message stands in the skeleton's place. */
  hold(root: HTMLElement | null, keep: () => boolean): void {
    // CSSOM, not a style attribute: a strict CSP (`style-src 'self'`) allows it.
    const size = this.reserved && keep() ? `${this.reserved}px` : '';
    if (root && root.style.minBlockSize !== size) root.style.minBlockSize = size;
  }
}
