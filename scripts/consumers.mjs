// `npm run test:consumers` (and a step of `npm test`): the package as a developer gets it,
// type-checked from outside. Packs it (`npm pack`, the built dist/), installs the tarball with
// React 19, Vue 3, Svelte 5 and their checkers into one temporary folder (one `npm install`),
// and checks each project of test/consumers/ against it: zero errors and zero warnings. Each
// project also has a wrong use (a string for `limit`, an unknown layout or event), which must
// fail, so a check that passes everything cannot pass here. Prints a line per check and the time.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root, run } from './setup.mjs';

// Pinned lines that run on Node 20 (vue-tsc 2 and svelte-check 4 support TypeScript 5.9).
const FRAMEWORKS = {
  typescript: '~5.9.3',
  react: '^19.2.0',
  '@types/react': '^19.2.0',
  vue: '^3.5.0',
  'vue-tsc': '^2.2.12',
  svelte: '^5.40.0',
  'svelte-check': '^4.3.0',
};

const started = Date.now();
if (process.argv.includes('--build') || !existsSync(join(root, 'dist', 'integrations', 'react.d.ts'))) run('npm', ['run', '--silent', 'build']);
const dir = mkdtempSync(join(tmpdir(), 'civic-consumers-'));
const keep = process.argv.includes('--keep');
let failed = 0;
try {
  // dist/ is built (by `npm test`'s pack check or just above): pack it as it is.
  const pack = spawnSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (pack.status !== 0) throw new Error('npm pack failed');
  const [{ filename }] = JSON.parse(pack.stdout);
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify(
      { name: 'civic-consumers', private: true, type: 'module', dependencies: { 'civic-news-widgets': `file:./${filename}`, ...FRAMEWORKS } },
      null,
      2,
    ),
  );
  const install = Date.now();
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', '--prefer-offline'], { cwd: dir });
  console.log(`consumers: npm install in ${Math.round((Date.now() - install) / 1000)} s`);
  cpSync(join(root, 'test', 'consumers'), dir, { recursive: true });

  const bin = (name) => join(dir, 'node_modules', '.bin', name);
  // The checkers run three at a time (each is mostly one busy core), and report in order.
  const waiting = [];
  let running = 0;
  const slot = () => (running < 3 ? (running++, Promise.resolve()) : new Promise((resolve) => waiting.push(resolve)));
  const free = () => (waiting.length ? waiting.shift()() : running--);
  /** Runs a checker; resolves to its exit status and output. */
  const check = async (command, args, cwd) => {
    await slot();
    try {
      return await new Promise((resolve) => {
        const child = spawn(command, args, { cwd: join(dir, cwd) });
        let out = '';
        child.stdout.on('data', (chunk) => (out += chunk));
        child.stderr.on('data', (chunk) => (out += chunk));
        child.on('close', (status) => resolve({ status, out }));
      });
    } finally {
      free();
    }
  };
  const verdicts = [];
  const report = (name, ok, detail) => {
    if (!ok) failed++;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? `: ${detail}` : ''}`);
  };
  const clean = (name, result, counts = true) =>
    verdicts.push(
      result.then(({ status, out }) => () => {
        const ok = status === 0 && (!counts || !/\b[1-9]\d* (?:errors?|warnings?)\b/.test(out));
        report(name, ok, ok ? '0 errors, 0 warnings' : `\n${out}`);
      }),
    );
  /** The wrong use must fail, for each of the given reasons. */
  const fails = (name, result, expected) =>
    verdicts.push(
      result.then(({ status, out }) => () => {
        const missing = expected.filter((pattern) => !pattern.test(out));
        report(
          `${name} rejects the wrong use`,
          status !== 0 && !missing.length,
          status === 0 ? 'it type-checked' : missing.length ? `not reported: ${missing.join(', ')}\n${out}` : `${expected.length} errors found`,
        );
      }),
    );
  const withFiles = (project, files, name) => {
    const config = JSON.parse(readFileSync(join(dir, project, 'tsconfig.json'), 'utf8'));
    writeFileSync(join(dir, project, name), JSON.stringify({ ...config, files }));
    return name;
  };

  clean('plain TypeScript (tsc --strict)', check(bin('tsc'), ['-p', 'tsconfig.json'], 'plain-ts'));
  fails('plain TypeScript', check(bin('tsc'), ['-p', withFiles('plain-ts', ['bad.ts'], 'tsconfig.bad.json')], 'plain-ts'), [
    /bad\.ts\(5,1\): error TS2322/,
    /bad\.ts\(6,\d+\): error TS2339: Property 'detail' does not exist on type 'Event'/,
  ]);

  clean('React 19 (tsc, react-jsx)', check(bin('tsc'), ['-p', 'tsconfig.json'], 'react'));
  fails('React 19', check(bin('tsc'), ['-p', withFiles('react', ['Bad.tsx'], 'tsconfig.bad.json')], 'react'), [
    /Bad\.tsx.*error TS2322: Type .string. is not assignable to type .number/,
    /"table".* is not assignable/,
  ]);

  clean('Vue 3 (vue-tsc, strictTemplates)', check(bin('vue-tsc'), ['-p', 'tsconfig.json'], 'vue'));
  fails('Vue 3', check(bin('vue-tsc'), ['-p', withFiles('vue', ['Bad.vue'], 'tsconfig.bad.json')], 'vue'), [
    /Bad\.vue\(\d+,\d+\): error TS2322: Type 'string' is not assignable to type 'number'/,
    /"table"/,
  ]);
  // The recipe's isCustomElement: the template compiler leaves the tags to the browser, so Vue
  // never calls resolveComponent for them (the source of "Failed to resolve component").
  const vueCompile = check(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `import { parse, compileTemplate } from '@vue/compiler-sfc';
       import { readFileSync } from 'node:fs';
       const { descriptor } = parse(readFileSync('App.vue', 'utf8'));
       const compile = (isCustomElement) => compileTemplate({ source: descriptor.template.content, filename: 'App.vue', id: 'app', compilerOptions: { isCustomElement } });
       const recipe = compile((tag) => tag.startsWith('civic-'));
       const without = compile(() => false);
       console.log(JSON.stringify({ warnings: [...recipe.errors, ...recipe.tips], resolves: /resolveComponent/.test(recipe.code), resolvesWithout: /resolveComponent/.test(without.code) }));`,
    ],
    'vue',
  );
  verdicts.push(
    vueCompile.then((vue) => () => {
      const compiled = vue.status === 0 ? JSON.parse(vue.out) : undefined;
      report(
        'Vue 3 template compiler with the recipe (isCustomElement)',
        !!compiled && !compiled.warnings.length && !compiled.resolves && compiled.resolvesWithout,
        compiled
          ? `${compiled.warnings.length} warnings, resolveComponent ${compiled.resolves ? 'called' : 'not called'} (without the recipe: ${compiled.resolvesWithout ? 'called' : 'not called'})`
          : vue.out,
      );
    }),
  );

  clean('Svelte 5 (svelte-check)', check(bin('svelte-check'), ['--tsconfig', './tsconfig.json', '--fail-on-warnings', '--output', 'human'], 'svelte'), false);
  cpSync(join(dir, 'svelte', 'types.d.ts'), join(dir, 'svelte-bad', 'types.d.ts'));
  writeFileSync(join(dir, 'svelte-bad', 'tsconfig.json'), readFileSync(join(dir, 'svelte', 'tsconfig.json'), 'utf8').replace('App.svelte', 'Bad.svelte'));
  fails('Svelte 5', check(bin('svelte-check'), ['--tsconfig', './tsconfig.json', '--output', 'human'], 'svelte-bad'), [
    /Bad\.svelte/,
    /not assignable to type 'number/,
    /"table"/,
  ]);
  for (const verdict of await Promise.all(verdicts)) verdict();
} finally {
  if (keep) console.log(`consumers: kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
console.log(`consumers: ${failed ? `${failed} failed` : 'all passed'} in ${Math.round((Date.now() - started) / 1000)} s`);
process.exit(failed ? 1 : 0);
