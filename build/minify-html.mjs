/**
 * Rollup plugin: takes the indentation out of Lit `html`…`` templates in our sources (issue 13).
 * Each run of white space with a line break next to a tag (`>⏎··<`, `>⏎··${`, `}⏎··<`) or alone
 * between two expressions becomes nothing: in a rendered template it would be a text node of
 * spaces, one per indentation (161 in a ten-item list, with their style and layout work), that
 * shows nothing. White space without a line break (`${a} ${b}`, `<p>a b</p>`) is text and stays.
 */
function squeezeStatic(text, first, last) {
  let out = text.replace(/>\s*\n\s*/g, '>').replace(/[^\S\n]*\n\s*</g, '<');
  if (/^\s*$/.test(out) && out.includes('\n')) out = '';
  // At the template's very start or end, indentation before the first tag or after the last.
  if (first) out = out.replace(/^\s*\n\s*/, '');
  if (last) out = out.replace(/[^\S\n]*\n\s*$/, '');
  return out;
}

/** Reads a template literal whose backtick is at `start`; returns [text, end after the closing backtick]. */
function template(code, start, squeeze) {
  let out = '`';
  let part = '';
  let i = start + 1;
  let first = true;
  const flush = (last) => {
    out += squeeze ? squeezeStatic(part, first, last) : part;
    part = '';
    first = false;
  };
  while (i < code.length) {
    const c = code[i];
    if (c === '\\') {
      part += code.slice(i, i + 2);
      i += 2;
    } else if (c === '`') {
      flush(true);
      return [`${out}\``, i + 1];
    } else if (c === '$' && code[i + 1] === '{') {
      flush(false);
      const [expr, end] = expression(code, i + 2);
      out += `\${${expr}}`;
      i = end;
    } else {
      part += c;
      i++;
    }
  }
  throw new Error('unterminated template literal');
}

/** Reads an expression up to its closing brace; returns [text, end after the brace]. */
function expression(code, start) {
  let out = '';
  let depth = 0;
  let i = start;
  while (i < code.length) {
    const c = code[i];
    if (c === '}' && depth === 0) return [out, i + 1];
    if (c === '{') depth++;
    if (c === '}') depth--;
    if (c === '/' && (code[i + 1] === '/' || code[i + 1] === '*')) {
      // A comment: its apostrophes and backticks are prose.
      const end = code[i + 1] === '/' ? code.indexOf('\n', i) : code.indexOf('*/', i) + 2;
      out += code.slice(i, end);
      i = end;
    } else if (c === '"' || c === "'") {
      const end = stringEnd(code, i);
      out += code.slice(i, end);
      i = end;
    } else if (c === '`') {
      const [text, end] = template(code, i, /(?:^|[^\w$])html\s*$/.test(out));
      out += text;
      i = end;
    } else {
      out += c;
      i++;
    }
  }
  throw new Error('unterminated expression');
}

function stringEnd(code, start) {
  let i = start + 1;
  while (i < code.length && code[i] !== code[start]) i += code[i] === '\\' ? 2 : 1;
  return i + 1;
}

/** Squeezes every html`…` template in a module's source (and those nested in its expressions). */
export function squeezeTemplates(code) {
  let out = '';
  let i = 0;
  // TypeScript writes `html \`…\`` with a space.
  const tag = /\bhtml\s*`/g;
  for (;;) {
    tag.lastIndex = i;
    const found = tag.exec(code);
    if (!found) return out + code.slice(i);
    const tick = found.index + found[0].length - 1;
    out += code.slice(i, tick);
    const [text, end] = template(code, tick, true);
    out += text;
    i = end;
  }
}

export function minifyHtml() {
  return {
    name: 'minify-html',
    transform(code, id) {
      if (!id.includes('/src/') || !id.endsWith('.ts') || !/\bhtml\s*`/.test(code)) return null;
      const out = squeezeTemplates(code);
      return out === code ? null : { code: out, map: null };
    },
  };
}
