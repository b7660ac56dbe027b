import { css } from 'lit';

export const articleCardStyles = css`
  .card {
    padding: var(--_gap);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
`;
