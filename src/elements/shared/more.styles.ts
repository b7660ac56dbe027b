import { css } from 'lit';

/** "More news": the button, or the links to the publishers' news pages, under the list. */
export const moreStyles = css`
  .more {
    margin-top: var(--_gap);
  }
  .more p {
    margin: 0;
  }
  .more a {
    color: var(--_accent);
  }
  .more button[aria-disabled='true'] {
    cursor: progress;
  }
  /* What the page put inside the element, shown while loading or after a failure. */
  .fallback {
    display: block;
  }
`;
