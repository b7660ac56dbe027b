import { expect } from '@open-wc/testing';

/**
 * One door for HTML: a grep of src/ (besides the ESLint rule in eslint.config.mjs) keeps
 * every way of turning a string into DOM inside src/sanitize/, and the page-facing one in
 * html.ts alone. Comments are left out of the search; code is not.
 */
// Assigning markup is a sink; reading it back (serializing an inert parse) is not.
const SINKS =
  /\b(innerHTML|outerHTML)(?=\s*\+?=(?!=))|\b(insertAdjacentHTML|parseFromString|createContextualFragment|setHTMLUnsafe|parseHTMLUnsafe|srcdoc|unsafeHTML|unsafeSVG|unsafeMathML|DOMParser|execCommand)\b|document\s*\.\s*write|\bnew\s+Function\b|\beval\s*\(/g;
/** Which files may use which sinks, and why. */
const ALLOWED: Record<string, string[]> = {
  // Inert parses of feeds (XML, text extraction): never attached to the page.
  'src/sanitize/inert.ts': ['DOMParser', 'parseFromString'],
  // Measuring a body before DOMPurify walks it; DOMPurify's own result is what is rendered.
  'src/sanitize/html.ts': ['DOMParser', 'parseFromString'],
};

const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

export function findings(sources: Record<string, string>): string[] {
  const found: string[] = [];
  for (const [path, text] of Object.entries(sources)) {
    const body = code(text);
    for (const match of body.matchAll(SINKS)) {
      const sink = match[1] ?? match[2] ?? match[0].replace(/\s+/g, '');
      if (!(ALLOWED[path] ?? []).includes(sink)) found.push(`${path}: ${sink}`);
    }
    for (const match of body.matchAll(/from\s+'dompurify'|import\(\s*'dompurify'\s*\)/g)) {
      if (path !== 'src/sanitize/html.ts') found.push(`${path}: imports dompurify (${match[0]})`);
    }
    // The sanitizer module is reached only through the lazy loader, so lists never load it.
    for (const match of body.matchAll(/(?:from|import\()\s*'[./]*(?:sanitize\/)?html\.js'/g)) {
      const typeOnly =
        /import\s+type\b[^;]*$/.test(body.slice(Math.max(0, (match.index ?? 0) - 200), match.index)) ||
        /typeof import\(/.test(body.slice(Math.max(0, (match.index ?? 0) - 20), (match.index ?? 0) + 10));
      if (!path.startsWith('src/sanitize/import-html') && !typeOnly) found.push(`${path}: loads html.js (${match[0]})`);
    }
  }
  return found;
}

describe('one door for HTML (src/)', () => {
  let sources: Record<string, string>;
  before(async () => {
    sources = await (await fetch('/__test/sources')).json();
  });

  it('reads the sources', () => {
    expect(Object.keys(sources)).to.include.members(['src/sanitize/html.ts', 'src/elements/article/article.ts', 'src/sanitize/inert.ts']);
  });

  it('turns strings into DOM only in src/sanitize/, loads DOMPurify only in html.ts, and html.ts only lazily', () => {
    expect(findings(sources)).to.deep.equal([]);
  });

  it('would notice a sink anywhere else (control)', () => {
    expect(
      findings({
        'src/elements/x.ts': "el.innerHTML = s; // fine here\nrender(html`${unsafeHTML(s)}`); import DOMPurify from 'dompurify';",
        'src/elements/y.ts': "import { sanitizeBody } from '../../sanitize/html.js';",
        'src/sanitize/inert.ts': 'el.outerHTML = s; return doc.body.innerHTML;',
      }),
    ).to.deep.equal([
      'src/elements/x.ts: innerHTML',
      'src/elements/x.ts: unsafeHTML',
      "src/elements/x.ts: imports dompurify (from 'dompurify')",
      "src/elements/y.ts: loads html.js (from '../../sanitize/html.js')",
      'src/sanitize/inert.ts: outerHTML',
    ]);
  });
});
