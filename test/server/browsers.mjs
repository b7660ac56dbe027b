// The three engines the suite runs in, as @web/test-runner launchers (CONTRIBUTING.md, Test
// toolchain). No npm package downloads a browser: each launcher drives one installed from Debian.
// - Chromium: @web/test-runner-chrome over the DevTools protocol.
// - Firefox: the same launcher given puppeteer-core with `browser: 'firefox'`, which speaks
//   WebDriver BiDi to the browser (what @web/test-runner-puppeteer does, without the `puppeteer`
//   package and the Chrome it downloads on install).
// - WebKit: WebKitGTK's WebDriver (`WebKitWebDriver`, driving its MiniBrowser) through
//   @web/test-runner-webdriver. WebKitGTK has no headless mode, so the launcher starts a
//   private Xvfb display for it when none is set.
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

// Chromium flags for a closed network and a root user (also used by npm run bench and screenshots).
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

// Firefox preferences for a closed network: no update, telemetry, safe-browsing or
// captive-portal traffic that would retry in the background (Puppeteer sets most; these close
// the rest), and no font downloads that would make text metrics differ from run to run.
const firefoxPrefs = {
  'app.update.enabled': false,
  'browser.safebrowsing.update.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'toolkit.telemetry.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
};

/** A TCP port the OS says is free on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts Xvfb on the first free display; resolves with the process and its `:N` name. */
function startXvfb() {
  return new Promise((resolve, reject) => {
    // -displayfd: the server picks a free display and writes its number to fd 3 when ready.
    const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
    });
    let out = '';
    xvfb.once('error', reject);
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it was ready`)));
    xvfb.stdio[3].on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve({ process: xvfb, display: `:${out.trim()}` });
    });
  });
}

/** Polls a WebDriver server's /status until it answers `ready`. */
async function waitForDriver(port, child) {
  const deadline = Date.now() + 15000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited (${child.exitCode})`);
    try {
      const answer = await fetch(`http://127.0.0.1:${port}/status`);
      if ((await answer.json()).value?.ready) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('WebKitWebDriver did not answer within 15 s');
}

/**
 * @web/test-runner-webdriver connects to a running WebDriver server; this one starts
 * WebKitWebDriver (and Xvfb when needed) on initialize and stops both with the run.
 */
class WebKitLauncher extends WebdriverLauncher {
  constructor(driverPath) {
    super({
      hostname: '127.0.0.1',
      port: 0,
      logLevel: 'error',
      capabilities: {
        // WebKitWebDriver drives MiniBrowser unless `webkitgtk:browserOptions.binary` names another.
        browserName: 'MiniBrowser',
        // Plain WebDriver: WebKitGTK's BiDi support is partial, and the runner needs none.
        'wdio:enforceWebDriverClassic': true,
      },
    });
    this.driverPath = driverPath;
    this.children = [];
    // Should the runner end without stop() (a crash, an uncaught error), leave no Xvfb behind.
    process.once('exit', () => this.killChildren());
  }

  killChildren() {
    for (const child of this.children.reverse()) if (child.exitCode === null) child.kill();
    this.children = [];
  }

  async initialize(config, testFiles) {
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
    const env = { ...process.env };
    if (!env.DISPLAY && !env.WAYLAND_DISPLAY) {
      const xvfb = await startXvfb();
      this.children.push(xvfb.process);
      env.DISPLAY = xvfb.display;
    }
    // No accessibility bus in a bare X server: without this, every WebKit process waits for one.
    env.NO_AT_BRIDGE = '1';
    // Paint without accelerated compositing: in Xvfb that is OpenGL emulated on the CPU, and it
    // cost about a third of WebKit's CPU time (test/security/csp.test.ts: 157 s of CPU, 99 s
    // without). Layout, style, the parser and CSP are the same either way.
    env.WEBKIT_DISABLE_COMPOSITING_MODE = '1';
    const port = await freePort();
    const driver = spawn(this.driverPath, [`--port=${port}`, '--host=127.0.0.1'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
    this.children.push(driver);
    await waitForDriver(port, driver);
    this.options.port = port;
  }

  async stop() {
    await super.stop();
    this.killChildren();
  }
}

/**
 * The launcher for an engine. `paths` gives the executables: `chromium` and `firefox` the
 * browsers, `webkit` the WebKitWebDriver binary.
 */
export function launcherFor(engine, paths) {
  switch (engine) {
    case 'chromium':
      return chromeLauncher({ launchOptions: { executablePath: paths.chromium, headless: true, args: chromiumArgs } });
    case 'firefox':
      return chromeLauncher({
        puppeteer: puppeteerCore,
        launchOptions: { browser: 'firefox', executablePath: paths.firefox, headless: true, extraPrefsFirefox: firefoxPrefs },
      });
    case 'webkit':
      return new WebKitLauncher(paths.webkit);
    default:
      throw new Error(`Unknown engine ${engine}: use one of ${ENGINES.join(', ')}`);
  }
}
