// The script tag's global `CivicNews` is built from src/index.script.ts, not src/index.ts, so
// that the related ranking stays out of every page (issue 13): the two lists must not drift
// apart. Every value the package exports is on the global, but the ranking's two functions.
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

it('CivicNews (index.script.ts) holds every value of index.ts but buildIndex and findRelated', () => {
  const npm = valueExports('index.ts');
  for (const name of ONLY_NPM) assert.ok(npm.includes(name), `index.ts no longer exports ${name}: update this test`);
  assert.deepEqual(
    valueExports('index.script.ts'),
    npm.filter((name) => !ONLY_NPM.includes(name)),
  );
});
