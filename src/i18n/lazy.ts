import type { Messages } from './messages.js';

/**
 * Built-in languages in their own modules: a page downloads only the one it uses (a bundler
 * makes a chunk of each). Adding one is one file and one line here and in lazy.script.ts.
 */
export const lazy: Record<string, () => Promise<{ default: Messages }>> = {
  uk: () => import('./uk.js'),
  de: () => import('./de.js'),
  cs: () => import('./cs.js'),
};
