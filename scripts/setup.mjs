// Shared by `npm start` and `npm test`: make a fresh machine ready with nothing but Node.
// Installs the npm dependencies when they are missing or stale, and finds (or installs) Chromium,
// and for `npm test` Firefox and WebKit too.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Runs a command in the project root, inheriting the terminal; exits on failure. */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.status !== 0) {
    if (options.allowFailure) return result.status ?? 1;
    process.exit(result.status ?? 1);
  }
  return 0;
}

/** `npm ci` when node_modules is missing or older than the lockfile. */
export function ensureDependencies() {
  const marker = join(root, 'node_modules', '.package-lock.json');
  const lock = join(root, 'package-lock.json');
  const stale = !existsSync(marker) || (existsSync(lock) && statSync(lock).mtimeMs > statSync(marker).mtimeMs + 1000);
  if (!stale) return;
  console.log('Installing dependencies (npm ci)…');
  run('npm', existsSync(lock) ? ['ci', '--no-audit', '--no-fund'] : ['install', '--no-audit', '--no-fund']);
}

function which(name) {
  try {
    return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

const CANDIDATES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/**
 * Installs Debian packages (as root, with apt-get); false when this machine cannot. A failure
 * ends the process unless `optional` (then it is reported, and the caller goes on without).
 */
function aptInstall(packages, why, optional = false) {
  if (!isRoot() || !which('apt-get')) return false;
  console.log(`${why}: installing Debian's ${packages.join(', ')}…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const options = { env, allowFailure: optional };
  return run('apt-get', ['update', '-qq'], options) === 0 && run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], options) === 0;
}

/** The path of a Chromium: CHROME_PATH, one on the PATH, or Debian's package installed now. */
export function ensureChromium() {
  if (process.env.CHROME_PATH && existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
  for (const name of CANDIDATES) {
    const found = which(name);
    if (found) return found;
  }
  if (aptInstall(['chromium'], 'No Chromium found (about 30 s)')) {
    const found = which('chromium');
    if (found) return found;
  }
  console.error('No Chromium or Chrome found: install one (Debian/Ubuntu: sudo apt-get install chromium) or set CHROME_PATH to its path.');
  process.exit(1);
}

// What each engine beside Chromium needs, how it is found, and the Debian packages that give it.
// WebKitGTK has no headless mode: without a display it runs on Xvfb (test/server/browsers.mjs).
const needsDisplay = () => !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const OTHER_ENGINES = {
  firefox: {
    env: 'FIREFOX_PATH',
    find: () => which('firefox-esr') ?? which('firefox'),
    missing: () => [],
    packages: ['firefox-esr'],
  },
  webkit: {
    env: 'WEBKIT_DRIVER_PATH',
    find: () => which('WebKitWebDriver'),
    missing: () => (needsDisplay() && !which('Xvfb') ? ['xvfb'] : []),
    packages: ['webkit2gtk-driver'],
  },
};

/**
 * Firefox's executable and WebKitWebDriver's, from FIREFOX_PATH and WEBKIT_DRIVER_PATH, the PATH,
 * or Debian's packages installed now (one apt-get run for both). Returns the paths found; for an
 * engine that cannot be had, prints one line saying what to install, and leaves it out.
 */
export function ensureOtherEngines(engines = Object.keys(OTHER_ENGINES)) {
  const found = {};
  const want = [];
  for (const name of engines) {
    const e = OTHER_ENGINES[name];
    const path = process.env[e.env] && existsSync(process.env[e.env]) ? process.env[e.env] : e.find();
    if (path) found[name] = path;
    const packages = [...(path ? [] : e.packages), ...e.missing()];
    if (packages.length) want.push(...packages);
  }
  if (want.length && aptInstall(want, `Tests in ${engines.filter((n) => !found[n] || OTHER_ENGINES[n].missing().length).join(' and ')}`, true)) {
    for (const name of engines) found[name] ??= OTHER_ENGINES[name].find();
  }
  const skipped = [];
  const lacking = [];
  const envs = [];
  for (const name of engines) {
    const e = OTHER_ENGINES[name];
    const packages = [...(found[name] ? [] : e.packages), ...e.missing()];
    if (!packages.length) continue;
    delete found[name];
    skipped.push(name);
    lacking.push(...packages);
    if (packages.includes(e.packages[0])) envs.push(e.env);
  }
  if (skipped.length) {
    console.log(
      `Skipping ${skipped.join(' and ')}: install ${lacking.join(', ')} (Debian/Ubuntu: sudo apt-get install ${lacking.join(' ')})` +
        `${envs.length ? `, or set ${envs.join(' and ')}` : ''}.`,
    );
  }
  return found;
}
