import { css } from 'lit';

/** The related block draws its articles with the list layouts (`teaserStyles`, `listStyles`). */
export const relatedArticlesStyles = css``;
