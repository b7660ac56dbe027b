import { css } from 'lit';

/**
 * What every element shares: public `--civic-*` tokens feed private `--_*` variables, the
 * typography is set on an inner root, and the status messages.
 *
 * Isolation: page CSS reaches a shadow tree only through inherited properties (and custom
 * properties). `.root` resets all of them with `all: initial` and sets back only what the design
 * wants, so `body { text-shadow: …; text-transform: … }` and the like on the page stop at the
 * host. What a reader may set for their own reading follows the page on purpose (WCAG 1.4.12,
 * issue 14): font family and size, line height, letter and word spacing, unless a token sets
 * them. A bookmarklet or extension styles the document, never our shadow roots, so this is the
 * only way its spacing reaches the widget text. Sizes inside are in em, from the page's text
 * size, not rem: `html { font-size: 62.5% }` themes would shrink rem to 10 px.
 */
export const baseStyles = css`
  :host {
    display: block;
    /* Layouts follow the column the widget sits in, not the window (container queries). */
    container-type: inline-size;
    /* Size containment gives the element no width of its own: as an item of a flex row it would
       shrink to nothing. It keeps 16rem there, or the whole row when that is narrower. (A float
       or an inline-block needs a width from the page: README, Styling.) */
    min-inline-size: min(100%, 16rem);
    /* light-dark() below picks by the used color scheme: one set of tokens serves both. */
    --_text: var(--civic-color-text, light-dark(#1f2328, #e6edf3));
    --_muted: var(--civic-color-muted, light-dark(#57606a, #b1bac4));
    --_accent: var(--civic-color-accent, light-dark(#0b57d0, #8ab4f8));
    --_surface: var(--civic-color-surface, light-dark(#ffffff, #161b22));
    --_border: var(--civic-color-border, light-dark(#d0d7de, #3d444d));
    --_error: var(--civic-color-error, light-dark(#b3261e, #ffb4ab));
    --_focus: var(--civic-color-focus, var(--_accent));
    --_radius: var(--civic-radius, 0.5rem);
    --_gap: var(--civic-gap, 1rem);
    --_image-ratio: var(--civic-image-ratio, 16 / 9);
    /* At least the focus ring's reach (2px offset + 3px), so the ring is drawn on the widget's own surface. */
    --_padding: var(--civic-padding, 0.5rem);
  }
  :host([hidden]) {
    display: none;
  }
  .root {
    all: initial;
    display: block;
    visibility: inherit;
    /* On the inner root, where no page rule can override it; 'auto' follows prefers-color-scheme. */
    color-scheme: light dark;
    padding: var(--_padding);
    border-radius: var(--_radius);
    color: var(--_text);
    background: var(--_surface);
    font-family: var(--civic-font-family, inherit);
    /* The page's text size where the widget sits: text-size switchers ("A A+ A++") scale it. */
    font-size: var(--civic-font-size, inherit);
    line-height: var(--civic-line-height, inherit);
    letter-spacing: var(--civic-letter-spacing, inherit);
    word-spacing: var(--civic-word-spacing, inherit);
    /* Long Polish and German compounds break with a hyphen, by the rules of the text's lang. */
    hyphens: auto;
    overflow-wrap: anywhere;
  }
  /* The reader's spacing, again in each element's own size (page.ts, spacingOf). */
  .root * {
    letter-spacing: var(--_ls, inherit);
    word-spacing: var(--_ws, inherit);
    line-height: var(--_lh, inherit);
  }
  /* The colour scheme (src/elements/shared/page.ts): the page's, unless asked otherwise. */
  .scheme-light {
    color-scheme: light;
  }
  .scheme-dark {
    color-scheme: dark;
  }
  /* A site's contrast version ("wersja kontrastowa"): yellow on black, like most of them. */
  .scheme-contrast {
    color-scheme: dark;
    --_text: var(--civic-color-text, #fff);
    --_muted: var(--civic-color-muted, #fff);
    --_accent: var(--civic-color-accent, #ff0);
    --_surface: var(--civic-color-surface, #000);
    --_border: var(--civic-color-border, #fff);
    --_error: var(--civic-color-error, #ff0);
    --_focus: var(--civic-color-focus, #ff0);
  }
  /* A block with nothing to show and nothing to say (a related block without related
     articles) takes no room at all. */
  .root.silent {
    padding: 0;
  }
  .root *,
  .root *::before,
  .root *::after {
    box-sizing: border-box;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .heading {
    margin: 0 0 calc(var(--_gap) * 0.75);
    font-size: 1.375em;
    font-weight: 700;
    color: var(--_text);
  }
  .message {
    margin: 0;
    color: var(--_muted);
  }
  .error {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    padding: 0.75em 1em;
    border: 2px solid var(--_error);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .error .message {
    flex: 1 1 16rem;
    color: var(--_text);
  }
  /* The live region is never display: none, or it would leave the accessibility tree and be
     born again with its message, unannounced; empty, it takes no room. */
  .root:not(.waiting) > .content:has(*) + .notice:has(.message:not(:empty):not(.visually-hidden)) {
    margin-top: var(--_gap);
  }
  /* Without articles (loading, error, empty) the message stands first, where it stays when the
     skeleton gives way to an error: the box keeps its size and nothing in it moves (issue 13). */
  .root.waiting {
    display: flex;
    flex-direction: column;
    box-sizing: border-box;
  }
  .root.waiting > .notice {
    order: -1;
  }
  .root.waiting > .notice:has(.message:not(:empty):not(.visually-hidden)) {
    margin-bottom: var(--_gap);
  }
  button {
    font: inherit;
    letter-spacing: var(--_ls, inherit);
    word-spacing: var(--_ws, inherit);
    /* A 44 px target (docs/accessibility.md), larger with the text. */
    min-height: max(2.75em, 44px);
    padding: 0.5em 1em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
    cursor: pointer;
  }
  /*
   * Two-tone focus ring: the outline in the focus color with a ring of the surface inside it,
   * so the indicator keeps at least 3:1 against what is next to it whatever the page's
   * background (WCAG 1.4.11, 2.4.7).
   */
  button:focus-visible,
  a:focus-visible,
  [tabindex='-1']:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 2px var(--_surface);
  }
  /* The skeleton has the size of what it stands for (issue 13): the bars below take the
     line boxes of the title, date and lead they stand for (lh units), and the picture box its
     ratio; a site sets --civic-reserve where its articles are taller or shorter. */
  .content:has(.skeleton) {
    min-block-size: var(--civic-reserve, auto);
  }
  /* Articles a refresh found wait behind this button (WCAG 2.2.2). */
  .new-articles {
    display: block;
    inline-size: 100%;
    margin-block-end: var(--_gap);
  }
  .skeleton {
    display: grid;
    gap: calc(var(--_gap) * 1.5);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .skeleton .article {
    gap: 0.5rem;
  }
  .skeleton-item {
    border-radius: var(--_radius);
    background: var(--_border);
    opacity: 0.5;
    /* Three pulses, 4.5 s: motion that starts by itself stops before 5 s (WCAG 2.2.2). */
    animation: civic-pulse 1.5s ease-in-out 3;
  }
  .ph-image {
    aspect-ratio: var(--_image-ratio);
  }
  /* Two lines of a teaser's title, in the title's own size and the page's line height. */
  .ph-title {
    font-size: 1.125em;
    block-size: 2lh;
  }
  .ph-meta {
    font-size: 0.875em;
    block-size: 1lh;
    inline-size: 40%;
  }
  .ph-lead {
    block-size: 3lh;
  }
  /* A row of tags: one line of their size and their border. */
  .ph-tags {
    font-size: 0.8125em;
    block-size: calc(1lh + 2px);
    inline-size: 30%;
  }
  @keyframes civic-pulse {
    50% {
      opacity: 0.25;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton-item {
      animation: none;
    }
  }
  @media (forced-colors: active) {
    /* A pulse down to a quarter of GrayText would all but vanish on Canvas. */
    .skeleton-item {
      background: GrayText;
      opacity: 1;
      animation: none;
    }
    .error {
      border-color: CanvasText;
    }
    button:focus-visible,
    a:focus-visible,
    [tabindex='-1']:focus {
      outline-color: Highlight;
    }
  }
`;
