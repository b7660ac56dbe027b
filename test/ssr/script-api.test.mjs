// The script tag's global `CivicNews` is filled by its core part (src/script/core.ts), not from
// src/index.ts, so that the related ranking stays out of every page (issue 13): the two lists
// must not drift apart. Every value the package exports is on the global, but the ranking's two
// functions (parseFeed there answers with a promise: docs/api.md).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { it } from 'node:test';

const ONLY_NPM = ['buildIndex', 'findRelated'];

/** The names of the values (not types) a module re-exports. */
function valueExports(path) {
  const source = readFileSync(new URL(`../../src/${path}`, import.meta.url), 'utf8');
  const names = [];
  for (const [, list] of source.matchAll(/^export \{([^}]*)\} from/gm)) {
    for (const entry of list.split(',').map((part) => part.trim())) {
      if (entry && !entry.startsWith('type ')) names.push(entry.split(/\s+as\s+/).pop());
    }
  }
  return names.sort();
}

/** The names the script tag's core part puts on `CivicNews` (src/script/core.ts). */
function globalNames() {
  const source = readFileSync(new URL('../../src/script/core.ts', import.meta.url), 'utf8');
  const [, list] = /Object\.assign\(api, \{([^}]*)\}\)/.exec(source) ?? [];
  assert.ok(list, 'src/script/core.ts no longer fills the global with Object.assign(api, {…}): update this test');
  const names = list
    .split('\n')
    .map((line) => line.replace(/\/\/.*$/, '').trim())
    .filter(Boolean)
    .map((entry) => entry.replace(/,$/, '').split(':')[0].trim());
  // The article view is a part of its own; the core sets it when the part is there.
  if (/api\.CivicArticle = /.test(source)) names.push('CivicArticle');
  return names.sort();
}

it('CivicNews (src/script/core.ts) holds every value of index.ts but buildIndex and findRelated', () => {
  const npm = valueExports('index.ts');
  for (const name of ONLY_NPM) assert.ok(npm.includes(name), `index.ts no longer exports ${name}: update this test`);
  assert.deepEqual(
    globalNames(),
    npm.filter((name) => !ONLY_NPM.includes(name)),
  );
});
