import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { demoCsp } from './scripts/csp.mjs';
import { crossOriginPlugin, crossOriginRoutes } from './test/server/cross-origin.mjs';
import { ENGINES, freePort, launcherFor } from './test/server/browsers.mjs';
import { devtoolsPlugin } from './test/server/devtools-plugin.mjs';
import { builtBytes, testRoutes } from './test/server/routes.mjs';
import { feedProxyPlugin } from './test/server/proxy-plugin.mjs';
import { summaryReporter } from './test/server/summary-reporter.mjs';

// One engine per run, so that each run's counts are its own: CIVIC_ENGINE=chromium (default),
// firefox or webkit. `npm test` runs two at a time, and the files that measure the main thread
// alone (scripts/test.mjs). The executables come from CHROME_PATH, FIREFOX_PATH and
// WEBKIT_DRIVER_PATH, as scripts/setup.mjs finds or installs them.
const engine = process.env.CIVIC_ENGINE ?? 'chromium';
if (!ENGINES.includes(engine)) throw new Error(`CIVIC_ENGINE=${engine}: use one of ${ENGINES.join(', ')}`);

// CIVIC_LIT=production loads Lit's production build (the `production` export condition)
// instead of the development build the runner picks by default, for the files below.
const litProduction = process.env.CIVIC_LIT === 'production';

// Every file runs in every engine. Checks that need the DevTools protocol (media emulation, the
// accessibility tree) skip themselves outside Chromium: test/devtools.ts.

// Against Lit's production build: the elements, the script-tag bundle and the sanitizer, the
// files that exercise Lit's rendering rather than our parsing.
const LIT_PRODUCTION = ['test/elements/**/*.test.ts', 'test/bundle.test.ts', 'test/sanitize/**/*.test.ts'];

const files = litProduction ? LIT_PRODUCTION : ['test/**/*.test.ts'];

export default {
  // A port the OS says is free on 127.0.0.1: the runner's own search starts at 8000 and may pick
  // a port that `npm start` (or another run) holds on another interface.
  port: await freePort(),
  files,
  nodeResolve: litProduction ? { exportConditions: ['production'] } : true,
  hostname: '127.0.0.1',
  // One page at a time: a background tab gets no animation frames, and some helpers wait for one.
  concurrency: 1,
  // Decorators and class fields need an explicit target (CONTRIBUTING.md, Test toolchain).
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.test.json' }), devtoolsPlugin(), crossOriginPlugin(), feedProxyPlugin()],
  middleware: [builtBytes, crossOriginRoutes, testRoutes, demoCsp],
  browsers: [
    launcherFor(engine, {
      chromium: process.env.CHROME_PATH,
      firefox: process.env.FIREFOX_PATH ?? 'firefox-esr',
      webkit: process.env.WEBKIT_DRIVER_PATH ?? 'WebKitWebDriver',
    }),
  ],
  // Lit's dev-mode notice is noise in every file, except in the production run, where seeing it
  // would mean the development build was loaded after all.
  filterBrowserLogs: ({ args: logged }) => litProduction || !logged.some((a) => typeof a === 'string' && a.includes('Lit is in dev mode')),
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 5 * 60 * 1000,
  reporters: [defaultReporter(), summaryReporter()],
};
