import { css } from 'lit';

/**
 * What every element shares: public `--civic-*` tokens feed private `--_*` variables, the
 * typography is set on an inner root (host-page rules such as `* { line-height: 3 }` reach
 * the host element, not the shadow tree), and the status messages.
 */
export const baseStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    /* light-dark() picks by the used color-scheme: one set of tokens serves both schemes. */
    color-scheme: light dark;
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
  }
  :host([color-scheme='light']) {
    color-scheme: light;
  }
  :host([color-scheme='dark']) {
    color-scheme: dark;
  }
  :host([hidden]) {
    display: none;
  }
  .root {
    box-sizing: border-box;
    color: var(--_text);
    background: var(--_surface);
    font-family: var(--civic-font-family, inherit);
    font-size: var(--civic-font-size, 1rem);
    font-weight: normal;
    font-style: normal;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-transform: none;
    text-indent: 0;
    white-space: normal;
    overflow-wrap: anywhere;
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
    line-height: 1.3;
    font-weight: 700;
    color: var(--_text);
  }
  .message {
    margin: 0;
    color: var(--_muted);
  }
  .status:empty {
    display: none;
  }
  .error {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    margin-top: var(--_gap);
    padding: 0.75rem 1rem;
    border: 2px solid var(--_error);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  .error p {
    margin: 0;
    flex: 1 1 16rem;
  }
  button {
    font: inherit;
    min-height: 2.75rem;
    padding: 0.5rem 1rem;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
    cursor: pointer;
  }
  button:focus-visible,
  a:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .skeleton {
    display: grid;
    gap: var(--_gap);
  }
  .skeleton-item {
    height: 5rem;
    border-radius: var(--_radius);
    background: var(--_border);
    opacity: 0.5;
    animation: civic-pulse 1.5s ease-in-out infinite;
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
    .skeleton-item {
      background: GrayText;
    }
    .error {
      border-color: CanvasText;
    }
  }
`;
