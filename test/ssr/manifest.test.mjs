// custom-elements.json is the one description of the public surface the docs, the framework
// typings and the editors' data are generated from (docs/frameworks.md): it must say what the
// package really has. Runs against the built package, as `npm test` builds it.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const root = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
const manifest = JSON.parse(read('custom-elements.json'));
const elements = manifest.modules.flatMap((mod) => mod.declarations).filter((decl) => decl.customElement);
const pkg = JSON.parse(read('package.json'));

describe('custom-elements.json', () => {
  it('describes the four elements and nothing else', () => {
    assert.deepEqual(elements.map((decl) => decl.tagName).sort(), ['civic-article', 'civic-article-card', 'civic-article-list', 'civic-related-articles']);
  });

  it('points only at files the package ships, each with its .d.ts', () => {
    const paths = manifest.modules.flatMap((mod) => [mod.path, ...(mod.exports ?? []).map((e) => e.declaration.module)]);
    for (const path of new Set(paths)) {
      assert.match(path, /^dist\/.+\.js$/, path);
      assert.ok(existsSync(new URL(path, root)), `${path} is not built`);
      const types = path.replace(/^dist\/(article|article-card|article-list|related-articles)\.js$/, 'dist/define/$1.js').replace(/\.js$/, '.d.ts');
      assert.ok(existsSync(new URL(types, root)), `${types} is missing`);
    }
    assert.ok(pkg.files.includes('dist') && pkg.files.includes('custom-elements.json'));
  });

  it('types every event with its detail, exported by the package', () => {
    const index = read('dist/index.d.ts');
    for (const element of elements) {
      assert.deepEqual(element.events.map((e) => e.name).sort(), ['civic-article-click', 'civic-error', 'civic-load'], element.tagName);
      for (const event of element.events) assert.ok(index.includes(event.type.text), `${event.type.text} is not exported`);
    }
  });

  it('lists no attribute where it does nothing', () => {
    const attributes = (tag) => elements.find((e) => e.tagName === tag).attributes.map((a) => a.name);
    assert.ok(!attributes('civic-article-card').includes('limit'));
    assert.ok(!attributes('civic-article').includes('limit') && !attributes('civic-article').includes('layout'));
    assert.ok(attributes('civic-article-list').includes('limit') && !attributes('civic-article-list').includes('article-id'));
    assert.ok(attributes('civic-related-articles').includes('for'));
  });

  it('documents exactly the tokens the styles read', () => {
    const styles = [];
    const walk = (dir) => {
      for (const entry of readdirSync(new URL(dir, root), { withFileTypes: true })) {
        if (entry.isDirectory()) walk(`${dir}${entry.name}/`);
        else if (entry.name.endsWith('.styles.ts')) styles.push(read(`${dir}${entry.name}`));
      }
    };
    walk('src/elements/');
    // Tokens read by script rather than by a style: getPropertyValue('--civic-…').
    const scripts = read('src/elements/shared/page.ts');
    const read_ = new Set([
      ...styles
        .join('\n')
        .match(/var\(--civic-[\w-]+/g)
        .map((m) => m.slice(4)),
      ...[...scripts.matchAll(/getPropertyValue\('(--civic-[\w-]+)'\)/g)].map((m) => m[1]),
    ]);
    const documented = new Set(elements.flatMap((e) => e.cssProperties.map((p) => p.name)));
    assert.deepEqual([...documented].sort(), [...read_].sort());
  });

  it('is what package.json gives to tools', () => {
    assert.equal(pkg.customElements, 'custom-elements.json');
    assert.equal(pkg['web-types'], './dist/integrations/web-types.json');
    const webTypes = JSON.parse(read('dist/integrations/web-types.json'));
    assert.deepEqual(webTypes.contributions.html.elements.map((e) => e.name).sort(), elements.map((e) => e.tagName).sort());
    const vscode = JSON.parse(read('dist/integrations/vscode.html-custom-data.json'));
    const list = vscode.tags.find((tag) => tag.name === 'civic-article-list');
    assert.deepEqual(
      list.attributes.find((a) => a.name === 'layout').values.map((v) => v.name),
      ['list', 'grid', 'compact'],
    );
  });
});
