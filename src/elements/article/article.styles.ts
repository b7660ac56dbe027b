import { css } from 'lit';

/**
 * A whole article, set for reading: a comfortable measure, generous line height, and body
 * elements (which carry no class or style of their own) styled by tag inside `.body`.
 */
export const articleStyles = css`
  :host {
    --_measure: var(--civic-measure, 70ch);
  }
  .article {
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
    color: var(--_text);
  }
  .header {
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
  }
  .title {
    margin: 0;
    font-size: 1.75em;
    font-weight: 700;
    color: var(--_text);
  }
  .lead {
    margin: 0;
    max-width: var(--_measure);
    font-size: 1.1875em;
    font-weight: 600;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.25rem;
    margin: 0;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .meta div {
    display: flex;
    gap: 0.375rem;
  }
  .meta dt::after {
    content: ':';
  }
  .meta dd {
    margin: 0;
  }
  .media {
    margin: 0;
  }
  .media img {
    display: block;
    width: 100%;
    height: auto;
    border-radius: var(--_radius);
    background: var(--_border);
  }
  /* With width and height the browser reserves the space itself; without, a ratio does. */
  .media img:not([width]) {
    aspect-ratio: var(--_image-ratio);
    object-fit: cover;
  }
  .caption {
    margin-top: 0.375rem;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .credit {
    margin-inline-start: 0.5em;
  }
  .body {
    max-width: var(--_measure);
    font-size: 1.0625em;
  }
  /* While the sanitizer arrives, and in the skeleton: a body takes at least a screen, so what
     follows the article is off screen before the body comes as after (issue 13). */
  .body[aria-busy='true'],
  .ph-body {
    min-block-size: max(6rem, 100svh);
  }
  .skeleton .ph-title {
    font-size: 1.75em;
    line-height: 1.25;
  }
  .skeleton .ph-lead {
    font-size: 1.1875em;
    line-height: 1.5;
  }
  .body > :first-child {
    margin-top: 0;
  }
  .body > :last-child {
    margin-bottom: 0;
  }
  .body :is(p, ul, ol, dl, blockquote, figure, pre, table) {
    margin: 0 0 1em;
  }
  .body :is(h1, h2, h3, h4, h5, h6) {
    margin: 1.5em 0 0.5em;
    font-size: 1.125em;
  }
  .body :is(h1, h2, h3) {
    font-size: 1.3em;
  }
  .body :is(ul, ol) {
    padding-inline-start: 1.5em;
  }
  .body li + li {
    margin-top: 0.25em;
  }
  .body a {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .body img {
    display: block;
    max-width: 100%;
    height: auto;
    border-radius: var(--_radius);
  }
  .body figcaption {
    margin-top: 0.375rem;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .body blockquote {
    margin-inline: 0;
    padding-inline-start: 1em;
    border-inline-start: 4px solid var(--_border);
  }
  .body pre {
    overflow-x: auto;
    white-space: pre-wrap;
  }
  /* A wide table scrolls on its own instead of widening the page on a phone. */
  .body table {
    display: block;
    max-width: 100%;
    overflow-x: auto;
    border-collapse: collapse;
  }
  .body :is(th, td) {
    padding: 0.375em 0.75em;
    border: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  .body caption {
    text-align: start;
    font-weight: 600;
  }
  .body mark {
    background: Mark;
    color: MarkText;
  }
  .body-failed {
    margin: 0;
    padding: 0.75rem 1rem;
    border-inline-start: 4px solid var(--_border);
    color: var(--_text);
  }
  .footer {
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
  }
  .original,
  .source {
    margin: 0;
  }
  .source {
    font-size: 0.875em;
    color: var(--_muted);
  }
  .original a {
    display: inline-flex;
    align-items: center;
    min-height: max(2.75em, 44px);
    color: var(--_accent);
    font-weight: 600;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  @media (forced-colors: active) {
    .body a,
    .original a {
      color: LinkText;
    }
    .body blockquote,
    .body-failed {
      border-color: CanvasText;
    }
  }
`;
