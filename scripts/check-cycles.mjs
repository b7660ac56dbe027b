// Fails (exit 1) when modules of src/ import each other in a loop, type-only imports included:
// a loop hides which module owns a type and makes load order matter (issue 17). Run by
// `npm run lint`. Imports are read by TypeScript's own pre-processor, so comments and strings
// do not count and multi-line imports do.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const root = resolve(process.argv[2] ?? 'src');
const files = readdirSync(root, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts'))
  .map((entry) => join(entry.parentPath, entry.name));

/** The .ts file a relative specifier names ('./x.js' is ./x.ts), or undefined for a package. */
function target(from, specifier) {
  if (!specifier.startsWith('.')) return undefined;
  const path = resolve(dirname(from), specifier).replace(/\.js$/, '');
  return [`${path}.ts`, join(path, 'index.ts')].find((file) => existsSync(file));
}
const edges = new Map(
  files.map((file) => [
    file,
    ts
      .preProcessFile(readFileSync(file, 'utf8'), true, true)
      .importedFiles.map((i) => target(file, i.fileName))
      .filter(Boolean),
  ]),
);

// Tarjan's strongly connected components: every group of two or more modules (or a module that
// imports itself) is a loop.
const index = new Map();
const low = new Map();
const stack = [];
const loops = [];
function visit(file) {
  index.set(file, index.size);
  low.set(file, index.get(file));
  stack.push(file);
  for (const next of edges.get(file) ?? []) {
    if (!index.has(next)) {
      visit(next);
      low.set(file, Math.min(low.get(file), low.get(next)));
    } else if (stack.includes(next)) low.set(file, Math.min(low.get(file), index.get(next)));
  }
  if (low.get(file) !== index.get(file)) return;
  const group = stack.splice(stack.indexOf(file));
  if (group.length > 1 || edges.get(file).includes(file)) loops.push(group);
}
for (const file of files) if (!index.has(file)) visit(file);

const name = (file) => relative(process.cwd(), file);
/** The shortest way round a loop from its first module (breadth first, inside the group). */
function cycle(group) {
  const start = group[0];
  const from = new Map([[start, undefined]]);
  for (const file of from.keys()) {
    for (const next of edges.get(file)) {
      if (next === start) {
        const path = [start];
        for (let at = file; at !== undefined; at = from.get(at)) path.splice(1, 0, at);
        return path.slice(1).concat(start);
      }
      if (group.includes(next) && !from.has(next)) from.set(next, file);
    }
  }
  return group;
}
for (const group of loops) {
  const path = cycle(group);
  const more = group.length - (path.length - 1);
  console.error(`Import cycle: ${path.map(name).join(' -> ')}${more > 0 ? ` (${more} more modules in the same loop)` : ''}`);
}
if (loops.length) {
  console.error('Move the shared types or code to the module that owns them (docs/architecture.md).');
  process.exit(1);
}
console.log(`No import cycles in ${files.length} modules of ${name(root)}.`);
