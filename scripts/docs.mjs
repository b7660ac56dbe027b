// `npm run docs` (also the last step of `npm run build`): rewrites the tables of the docs from
// custom-elements.json, the one description of the elements' public surface (made by
// `cem analyze` from the JSDoc on the element classes). A table sits between
// `<!-- manifest:KIND -->` and `<!-- /manifest -->` in any file of FILES; KIND is `attributes`,
// `events`, `parts` or `tokens`. With --check it changes nothing and fails when a committed
// table differs from the manifest (`npm test` runs it).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const FILES = ['README.md', 'docs/elements.md', 'docs/styling.md', 'docs/frameworks.md'];

const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const elements = manifest.modules.flatMap((mod) => mod.declarations ?? []).filter((decl) => decl.customElement);
const ORDER = ['civic-article-list', 'civic-article-card', 'civic-article', 'civic-related-articles'];
elements.sort((a, b) => ORDER.indexOf(a.tagName) - ORDER.indexOf(b.tagName));

const cell = (text) =>
  String(text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|');
const code = (text) => (text ? `\`${cell(text)}\`` : '');
const short = (tag) => ({ 'civic-article': 'article', 'civic-related-articles': 'related' })[tag] ?? tag.replace(/^civic-article-/, '');

/** Each named thing once, with the elements that have it (all four: "all"). */
function collect(key, name = (item) => item.name) {
  const rows = new Map();
  for (const element of elements) {
    for (const item of element[key] ?? []) {
      const row = rows.get(name(item)) ?? { item, tags: [] };
      row.tags.push(element.tagName);
      rows.set(name(item), row);
    }
  }
  return [...rows.values()].map((row) => ({ ...row, where: row.tags.length === elements.length ? 'all' : row.tags.map(short).join(', ') }));
}

const TABLES = {
  attributes: () => [
    '| attribute | property | elements | type | default | meaning |',
    '|---|---|---|---|---|---|',
    ...collect('attributes').map(
      ({ item, where }) =>
        `| \`${item.name}\` | \`${item.fieldName}\` | ${where} | ${code(item.type?.text.replace(/ \| undefined$/, ''))} | ${code(item.default)} | ${cell(item.description)} |`,
    ),
  ],
  events: () => [
    '| event | detail type | when |',
    '|---|---|---|',
    ...collect('events').map(({ item }) => `| \`${item.name}\` | ${code(item.type?.text)} | ${cell(item.description)} |`),
  ],
  parts: () => [
    '| part | elements | what |',
    '|---|---|---|',
    ...collect('cssParts').map(({ item, where }) => `| \`${item.name}\` | ${where} | ${cell(item.description)} |`),
  ],
  tokens: () => [
    '| custom property | elements | default | what |',
    '|---|---|---|---|',
    ...collect('cssProperties').map(({ item, where }) => `| \`${item.name}\` | ${where} | ${code(item.default)} | ${cell(item.description)} |`),
  ],
};

const MARKED = /(<!-- manifest:(\w+) -->\n)[\s\S]*?(<!-- \/manifest -->)/g;
const check = process.argv.includes('--check');
const stale = [];
for (const file of FILES) {
  const path = join(root, file);
  let text;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    continue;
  }
  const next = text.replace(MARKED, (_, open, kind, close) => {
    if (!TABLES[kind]) throw new Error(`${file}: unknown table "${kind}"`);
    return `${open}<!-- Generated from custom-elements.json by scripts/docs.mjs: edit the JSDoc, then npm run docs. -->\n${TABLES[kind]().join('\n')}\n${close}`;
  });
  if (next === text) continue;
  stale.push(file);
  if (!check) writeFileSync(path, next);
}
if (check) {
  if (stale.length) {
    console.error(`docs: ${stale.join(', ')} differ from custom-elements.json; run \`npm run docs\` (or \`npm run build\`) and commit.`);
    process.exit(1);
  }
  console.log('docs ok   the tables match custom-elements.json');
}
