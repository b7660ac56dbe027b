import { html, type TemplateResult } from 'lit';

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
