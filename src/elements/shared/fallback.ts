/**
 * What the page put inside the element (issue 15; issue 17: out of the base class): shown
 * until the widget is ready, and again if it fails, through a slot.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { WidgetState } from './attributes.js';

/** The slot for the page's own content, in the states where it stands in for the articles. */
export function renderFallback(current: WidgetState): TemplateResult | typeof nothing {
  return current === 'loading' || current === 'error' ? html`<slot class="fallback"></slot>` : nothing;
}

/** Whether the page put anything (an element, or text that is not only white space) inside. */
export function hasFallback(host: Element): boolean {
  return Array.from(host.childNodes).some((node) => node.nodeType === Node.ELEMENT_NODE || !!node.textContent?.trim());
}
