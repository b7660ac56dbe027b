/**
 * Headings: the tag of a level, and where the element's titles sit in the page's outline
 * (`HeadingOutline`, issue 17: out of the base class).
 */
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { precedingHeadingLevel } from './page.js';

/**
 * A real `<h1>`…`<h6>` of the given level (clamped). Six small templates cost fewer bytes than
 * lit's static-html module, and no tag name ever comes from a string. `dir="auto"`: a title
 * takes its direction from its own text (an Arabic or Hebrew title reads right to left) and
 * is isolated from what surrounds it.
 */
export function headingTag(level: number, part: string, className: string, content: TemplateResult): TemplateResult {
  switch (Math.min(6, Math.max(1, Math.round(level)))) {
    case 1:
      return html`<h1 part=${part} class=${className} dir="auto">${content}</h1>`;
    case 2:
      return html`<h2 part=${part} class=${className} dir="auto">${content}</h2>`;
    case 3:
      return html`<h3 part=${part} class=${className} dir="auto">${content}</h3>`;
    case 4:
      return html`<h4 part=${part} class=${className} dir="auto">${content}</h4>`;
    case 5:
      return html`<h5 part=${part} class=${className} dir="auto">${content}</h5>`;
    default:
      return html`<h6 part=${part} class=${className} dir="auto">${content}</h6>`;
  }
}

const clampLevel = (value: number, fallback: number) => (Number.isInteger(value) && value >= 1 && value <= 6 ? value : fallback);

/** The level of an element's article titles, with the page's heading before it found once per connection. */
export class HeadingOutline implements ReactiveController {
  /** The level of the page's heading before the element; null for none; undefined until looked for. */
  private pageHeading?: number | null;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.pageHeading = undefined;
  }

  /**
   * `heading-level` when valid; else one below the page's nearest heading before the element
   * (two below when the block has its own heading), so the outline never skips a level; else
   * `fallback`.
   */
  titleLevel(attribute: unknown, blockHeading: () => boolean, fallback: number): number {
    if (attribute != null && clampLevel(Number(attribute), 0)) return Number(attribute);
    if (this.pageHeading === undefined) this.pageHeading = (this.host.isConnected && precedingHeadingLevel(this.host)) || null;
    if (this.pageHeading === null) return fallback;
    return Math.min(6, this.pageHeading + (blockHeading() ? 2 : 1));
  }
}
