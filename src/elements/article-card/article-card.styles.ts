import { css } from 'lit';

export const articleCardStyles = css`
  /* The card is its own box, with its own padding: no panel round it (messages keep theirs). */
  .root:has(.card) {
    padding: 0;
  }
  .card {
    padding: var(--_gap);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
`;
