import { css } from 'lit';

export const articleListStyles = css``;
