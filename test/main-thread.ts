/**
 * Tests that measure the main thread (a frozen page, the longest task, layout shift while parts
 * download) are declared with these instead of `describe` and `it`. `npm test` runs them after
 * the others, one engine at a time, alone on the machine, so that another browser's work never
 * shows up as theirs (scripts/test.mjs), and runs the rest of their files with the others.
 * CIVIC_MAIN_THREAD in the runner's environment says which a run keeps: `only` these, `skip`
 * these, or (unset, as when a file is run by hand) all.
 */
const mode = await fetch('/__test/main-thread').then((response) => (response.ok ? response.text() : ''));

/** A suite of main-thread measurements. */
export function describeMainThread(title: string, fn: (this: Mocha.Suite) => void): void {
  if (mode === 'skip') return;
  (mode === 'only' ? describe.only : describe)(title, fn);
}

/** One main-thread measurement. */
export function itMainThread(title: string, fn: (this: Mocha.Context) => Promise<void>): void {
  if (mode === 'skip') return;
  (mode === 'only' ? it.only : it)(title, fn);
}
