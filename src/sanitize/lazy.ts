import type { BodyOptions } from './html.js';
import { importHtml } from './import-html.js';
import { inertPolicy } from './inert.js';

/** Sanitizes one article body into DOM (see html.ts). */
export type SanitizeBody = (html: string, options: Omit<BodyOptions, 'policy'>) => DocumentFragment;

let pending: Promise<SanitizeBody> | undefined;
let failures = 0;

/**
 * The sanitizer, loaded on first use: DOMPurify and the allowlist are paid for only by pages
 * that render an article body. Every element on the page shares the one load; a failed load
 * (offline, blocked) is forgotten so that the next body tries again.
 */
export function loadSanitizer(): Promise<SanitizeBody> {
  pending ??= importHtml(failures).then(
    (module) => {
      const policy = inertPolicy();
      return (html, options) => module.sanitizeBody(html, { ...options, policy });
    },
    (error: unknown) => {
      pending = undefined;
      failures++;
      throw error;
    },
  );
  return pending;
}
