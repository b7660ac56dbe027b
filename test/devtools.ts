import { executeServerCommand } from '@web/test-runner-commands';

let answer: Promise<boolean> | undefined;

/**
 * Whether this browser is driven over the DevTools protocol (Chromium), which the commands of
 * test/server/devtools-plugin.mjs need: media emulation (forced-colors, prefers-*) and the full
 * accessibility tree. Firefox (WebDriver BiDi) and WebKit (WebDriver) have neither.
 */
export function hasDevtools(): Promise<boolean> {
  answer ??= executeServerCommand<boolean, undefined>('civic-devtools').then((yes) => yes === true);
  return answer;
}

/**
 * For a `before` hook of a suite that needs the DevTools protocol: skips the suite's tests (they
 * count as skipped, not passed) in the engines without it.
 */
export async function needsDevtools(this: Mocha.Context): Promise<void> {
  if (!(await hasDevtools())) this.skip();
}
