// custom-elements.json from the elements' JSDoc (@summary, @tag, @fires, @csspart, @cssprop),
// and from it the framework and editor integrations in dist/integrations/ (docs/frameworks.md).
// The events, parts and tokens every element shares are declared once, on CivicFeedElement
// (src/elements/shared/feed-element.ts); the analyzer's inheritance gives them to each element.
// The generators are the community's custom-elements-manifest plugins (by break-stuff), not ours.
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementJsxPlugin } from 'custom-element-jsx-integration';
import { customElementSveltePlugin } from 'custom-element-svelte-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';
import { readFileSync, writeFileSync } from 'node:fs';

const outdir = 'dist/integrations';
/** Where the packed package has a source file: `dist/…/*.js`, with its .d.ts beside it. */
const shipped = (path) => path?.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');
/**
 * The string-literal unions attributes are typed with, read from their one declaration, so
 * editors (VS Code, JetBrains) can offer the values: `FeedFormat` becomes `'auto' | 'rss' | …`.
 */
const aliases = new Map(
  ['src/model/article.ts', 'src/i18n/dates.ts', 'src/elements/shared/attributes.ts'].flatMap((file) =>
    Array.from(readFileSync(file, 'utf8').matchAll(/^export type (\w+) = ((?:'[^']*'(?: \| )?)+);$/gm), (m) => [m[1], m[2]]),
  ),
);
const expand = (type) => type && { ...type, text: type.text.replace(/\b[A-Z]\w+\b/g, (name) => aliases.get(name) ?? name) };
/**
 * The generators print "Generated …" on stdout even with `hideLogs` (upstream): silenced, since
 * `npm pack --json` (scripts/pack.mjs) runs the build and reads its stdout as JSON.
 */
const quiet = (plugin) => ({
  ...plugin,
  packageLinkPhase(context) {
    const log = console.log;
    console.log = () => {};
    try {
      return plugin.packageLinkPhase(context);
    } finally {
      console.log = log;
    }
  },
});
const camel = (name) => name.replace(/-(\w)/g, (_, c) => c.toUpperCase());
/** `@omit name - why`: an inherited attribute that does nothing on this element. */
const omitted = new Map();

export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/elements/shared/heading.ts', 'src/elements/shared/teaser.ts'],
  litelement: true,
  plugins: [
    {
      name: 'civic-omit',
      analyzePhase({ ts, node }) {
        if (!ts.isClassDeclaration(node) || !node.name) return;
        const names = (node.jsDoc ?? []).flatMap((doc) =>
          (doc.tags ?? [])
            .filter((tag) => tag.tagName.getText() === 'omit')
            .map(
              (tag) =>
                String(tag.comment ?? '')
                  .trim()
                  .split(' ')[0],
            ),
        );
        if (names.length) omitted.set(node.name.getText(), new Set(names));
      },
    },
    {
      // Only the four elements, as the package ships them: paths into dist/, no private or
      // protected members, no state as attributes, no attribute where it does nothing.
      name: 'civic-public-surface',
      packageLinkPhase({ customElementsManifest }) {
        const modules = [];
        for (const mod of customElementsManifest.modules) {
          const elements = (mod.declarations ?? []).filter((decl) => decl.customElement && decl.tagName);
          if (!elements.length) continue;
          for (const decl of elements) {
            const skip = omitted.get(decl.name) ?? new Set();
            const hidden = new Set((decl.members ?? []).filter((m) => m.privacy === 'private' || m.privacy === 'protected' || m.static).map((m) => m.name));
            decl.members = (decl.members ?? []).filter((m) => !hidden.has(m.name));
            decl.attributes = (decl.attributes ?? []).filter((a) => a.name && !hidden.has(a.fieldName) && !skip.has(a.name));
            decl.events = (decl.events ?? []).filter((e) => e.name);
            for (const item of [...decl.attributes, ...decl.members]) if (item.type) item.type = expand(item.type);
            for (const list of [decl.members, decl.attributes, decl.events, decl.cssParts, decl.cssProperties]) {
              for (const item of list ?? []) if (item.inheritedFrom?.module) item.inheritedFrom.module = shipped(item.inheritedFrom.module);
            }
            if (decl.superclass?.module) decl.superclass.module = shipped(decl.superclass.module);
            delete decl.superclass;
          }
          const path = shipped(mod.path);
          const tag = elements[0].tagName;
          modules.push({
            kind: 'javascript-module',
            path,
            declarations: elements,
            exports: elements.map((decl) => ({ kind: 'js', name: decl.name, declaration: { name: decl.name, module: path } })),
          });
          // The module a page imports to register the tag (src/define/, built to dist/<name>.js).
          modules.push({
            kind: 'javascript-module',
            path: `dist/${tag.replace(/^civic-/, '')}.js`,
            declarations: [],
            exports: elements.map((decl) => ({ kind: 'custom-element-definition', name: decl.tagName, declaration: { name: decl.name, module: path } })),
          });
        }
        customElementsManifest.modules = modules;
      },
    },
    quiet(customElementJsxPlugin({ outdir, fileName: 'jsx.d.ts', globalTypePath: '../index.js', hideLogs: true })),
    quiet(customElementVuejsPlugin({ outdir, fileName: 'vue.d.ts', globalTypePath: '../index.js', hideLogs: true })),
    quiet(customElementSveltePlugin({ outdir, fileName: 'svelte.d.ts', globalTypePath: '../index.js', hideLogs: true })),
    quiet(customElementVsCodePlugin({ outdir, htmlFileName: 'vscode.html-custom-data.json', cssFileName: 'vscode.css-custom-data.json', hideLogs: true })),
    quiet(customElementJetBrainsPlugin({ outdir, webTypesFileName: 'web-types.json', packageJson: false, hideLogs: true })),
    {
      // Three fixes to what the generators write, and the React entry (docs/frameworks.md):
      // - they import a type once per element that uses it: a duplicate identifier for `tsc`;
      // - the Svelte file types Svelte 4's `on:event` only (Svelte 5 writes `onevent`), names
      //   Solid's JSX namespace, and declares `svelteHTML` inside a module, where it is not global;
      // - the Vue file keys props by attribute (`article-id`), Vue's templates by prop (`articleId`);
      // - React 19 reads intrinsic elements from `React.JSX`, which the JSX file leaves to the user.
      name: 'civic-integrations',
      packageLinkPhase() {
        for (const name of ['jsx.d.ts', 'vue.d.ts', 'svelte.d.ts']) {
          const file = `${outdir}/${name}`;
          let text = readFileSync(file, 'utf8').replace(
            /import type \{([^}]*)\} from "\.\.\/index\.js"/g,
            (_, names) =>
              `import type {${[
                ...new Set(
                  names
                    .split(',')
                    .map((n) => n.trim())
                    .filter(Boolean),
                ),
              ]
                .map((n) => `\n  ${n},`)
                .join('')}\n} from "../index.js"`,
          );
          if (name === 'svelte.d.ts') {
            text = text
              .split('\n')
              .flatMap((line) => (line.trimStart().startsWith('"on:') ? [line, line.replace('"on:', '"on')] : [line]))
              .join('\n')
              .replace('children?: JSX.Element;', 'children?: unknown;')
              .replace('style?: JSX.CSSProperties;', 'style?: string;')
              // In a module (this file imports types) the namespace must be declared global.
              .replace(
                /declare namespace svelteHTML \{([\s\S]*?)\n\}/,
                (_, body) => `declare global {\n  namespace svelteHTML {${body.replace(/\n/g, '\n  ')}\n  }\n}`,
              );
          }
          // Vue matches a template's `article-id` and `@civic-load` to the props `articleId` and `onCivicLoad`.
          if (name === 'vue.d.ts') {
            const prop = (key) => camel(key.startsWith('on') ? `on-${key.slice(2)}` : key);
            text = text
              .split('\n')
              .map((line) => line.replace(/^( *)"([a-z][a-z-]*)"\?:/, (m, space, key) => (key.includes('-') ? `${space}${prop(key)}?:` : m)))
              .join('\n');
          }
          writeFileSync(file, text);
        }
        writeFileSync(
          `${outdir}/react.d.ts`,
          `// Generated by custom-elements-manifest.config.mjs: the elements as React 19 intrinsic elements.
import type { CustomElements } from './jsx.js';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}
`,
        );
      },
    },
  ],
};
