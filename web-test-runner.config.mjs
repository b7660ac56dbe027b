import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { createServer } from 'node:net';
import { demoCsp } from './scripts/csp.mjs';
import { crossOriginPlugin, crossOriginRoutes } from './test/server/cross-origin.mjs';
import { devtoolsPlugin } from './test/server/devtools-plugin.mjs';
import { builtBytes, testRoutes } from './test/server/routes.mjs';
import { feedProxyPlugin } from './test/server/proxy-plugin.mjs';
import { summaryReporter } from './test/server/summary-reporter.mjs';

// Chromium flags for a closed network and a root user (CONTRIBUTING.md, Test toolchain).
const args = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

// A port the OS says is free on 127.0.0.1: the runner's own search starts at 8000 and may pick a
// port that `npm start` (or another run) holds on another interface.
const port = await new Promise((resolve, reject) => {
  const server = createServer();
  server.once('error', reject);
  server.listen(0, '127.0.0.1', () => {
    const { port: free } = server.address();
    server.close(() => resolve(free));
  });
});

export default {
  port,
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  hostname: '127.0.0.1',
  // One page at a time: a background tab gets no animation frames, and some helpers wait for one.
  concurrency: 1,
  // Decorators and class fields need an explicit target (CONTRIBUTING.md, Test toolchain).
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.test.json' }), devtoolsPlugin(), crossOriginPlugin(), feedProxyPlugin()],
  middleware: [builtBytes, crossOriginRoutes, testRoutes, demoCsp],
  browsers: [chromeLauncher({ launchOptions: { executablePath: process.env.CHROME_PATH, headless: true, args } })],
  filterBrowserLogs: ({ args: logged }) => !logged.some((a) => typeof a === 'string' && a.includes('Lit is in dev mode')),
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 5 * 60 * 1000,
  reporters: [defaultReporter(), summaryReporter()],
};
