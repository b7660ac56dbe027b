import { css } from 'lit';

/**
 * An article teaser. The whole card is clickable for pointer users through the title link's
 * ::after, so there is one link per article and no nested interactive element.
 *
 * The teaser adapts to the column it sits in (container queries on the host), not to the
 * window: stacked with the picture on top in a narrow column, picture beside the text from
 * 30rem on (`layout="list"` and the card).
 */
/** Tags as a row of small outlined labels: teasers and the full article alike. */
export const tagStyles = css`
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.8125em;
    color: var(--_muted);
  }
  .tags li {
    padding: 0 0.5rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
  }
`;

export const teaserStyles = css`
  .article {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    height: 100%;
    color: var(--_text);
  }
  .media {
    order: -1;
    position: relative;
    margin: 0;
  }
  .media img {
    display: block;
    width: 100%;
    max-width: 100%;
    height: auto;
    aspect-ratio: var(--_image-ratio);
    object-fit: cover;
    border-radius: var(--_radius);
    background: var(--_border);
  }
  /* The photo credit lies over the picture's lower corner, as in a newspaper: it takes no room
     of its own, so a teaser is as tall with a credit as without, and its skeleton can have its
     size (issue 13). White on a dark veil reads on any photo (over a white one, 12:1). A long
     credit grows up over the picture, never out of it sideways. */
  .credit {
    position: absolute;
    inset-block-end: 0;
    inset-inline-end: 0;
    max-inline-size: 100%;
    box-sizing: border-box;
    padding: 1px 0.375rem;
    font-size: 0.8125em;
    overflow-wrap: anywhere;
    color: #fff;
    background: #000c;
    border-start-start-radius: var(--_radius);
    border-end-end-radius: var(--_radius);
  }
  .title {
    margin: 0;
    font-size: 1.125em;
    font-weight: 700;
    color: var(--_text);
  }
  .title a {
    color: var(--_accent);
    text-decoration: underline;
    text-decoration-thickness: 1px;
    text-underline-offset: 0.15em;
  }
  .title a::after {
    content: '';
    position: absolute;
    inset: 0;
    z-index: 1;
  }
  /* The lead over the link's overlay, so a reader can select and copy it (the title, the
     picture, the date and the space around still open the article). */
  .lead {
    position: relative;
    z-index: 2;
  }
  .title a:hover {
    text-decoration-thickness: 2px;
  }
  /* The ring goes round the whole clickable article, not only the title text. */
  .article:has(a:focus-visible) {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 2px var(--_surface);
    border-radius: var(--_radius);
  }
  .title a:focus-visible {
    outline: none;
    box-shadow: none;
  }
  .meta,
  .lead,
  .source {
    margin: 0;
  }
  .meta,
  .source {
    font-size: 0.875em;
    color: var(--_muted);
  }
  @container (min-width: 30rem) {
    :host(:not([layout='grid']):not([layout='compact'])) .article.has-image {
      display: grid;
      grid-template-columns: minmax(8rem, 1fr) 2fr;
      grid-auto-rows: min-content;
      column-gap: calc(var(--_gap) * 1.25);
      row-gap: 0.5rem;
      align-content: start;
    }
    :host(:not([layout='grid']):not([layout='compact'])) .article.has-image > :not(.media) {
      grid-column: 2;
    }
    :host(:not([layout='grid']):not([layout='compact'])) .article.has-image > .media {
      grid-column: 1;
      grid-row: 1 / span 5;
      /* As tall as the picture, not the rows: the credit stays on the picture's corner. */
      align-self: start;
    }
  }
  @container (min-width: 60rem) {
    :host(:not([layout='grid']):not([layout='compact'])) .article.has-image {
      grid-template-columns: minmax(8rem, 1fr) 3fr;
    }
    :host(:not([layout='grid']):not([layout='compact'])) .title {
      font-size: 1.25em;
    }
  }
  @media (forced-colors: active) {
    .title a {
      color: LinkText;
    }
    .credit {
      background: Canvas;
    }
    .article:has(a:focus-visible) {
      outline-color: Highlight;
    }
  }
`;

/**
 * The list of teasers in the `list`, `grid` and `compact` layouts. Each adapts to the
 * container's width: `grid` fits as many 15rem columns as the column holds (one in a 280px
 * sidebar, four in a 1200px column); `compact` (titles and dates, for sidebars) puts the date
 * beside the title once there is room for both.
 */
export const listStyles = css`
  .list {
    display: grid;
    gap: calc(var(--_gap) * 1.5);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  /* Below the first screenful, the browser lays out a teaser only when it nears the view: a
     slice of a long list then costs its script, not a new layout of every teaser (issue 13). */
  .item:nth-child(n + 11) {
    content-visibility: auto;
    contain-intrinsic-block-size: auto 20rem;
  }
  :host([layout='compact']) .item:nth-child(n + 11) {
    contain-intrinsic-block-size: auto 3rem;
  }
  :host([layout='grid']) .list {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 15rem), 1fr));
    gap: calc(var(--_gap) * 1.5) var(--_gap);
  }
  :host([layout='compact']) .list {
    gap: 0;
  }
  :host([layout='compact']) .item {
    padding-block: 0.625rem;
    border-top: 1px solid var(--_border);
  }
  :host([layout='compact']) .item:first-child {
    border-top: 0;
    padding-top: 0.25rem;
  }
  :host([layout='compact']) .article {
    gap: 0.125rem;
  }
  :host([layout='compact']) .title,
  :host([layout='compact']) .ph-title {
    font-size: 1em;
  }
  @container (min-width: 36rem) {
    :host([layout='compact']) .article {
      display: grid;
      grid-template-columns: 1fr auto;
      column-gap: var(--_gap);
      align-items: baseline;
    }
    :host([layout='compact']) .meta {
      white-space: nowrap;
    }
    /* Beside the date, a compact title mostly takes one line: so does its skeleton. */
    :host([layout='compact']) .ph-title {
      block-size: 1lh;
    }
  }
`;
