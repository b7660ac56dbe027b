import { expect } from '@open-wc/testing';
import { LIMITS, sanitizeBody } from '../../src/sanitize/html.js';
import { inertPolicy } from '../../src/sanitize/inert.js';

const BASE = 'https://gmina.example.org/aktualnosci/2026/budzet';
const clean = (html: string, options: Partial<Parameters<typeof sanitizeBody>[1]> = {}) => {
  const div = document.createElement('div');
  div.append(sanitizeBody(html, { base: BASE, policy: inertPolicy(), ...options }));
  return div.innerHTML;
};

describe('the sanitizer (src/sanitize/html.ts)', () => {
  describe('when the body is ordinary news', () => {
    it('keeps paragraphs, headings, lists, quotes, figures, tables and inline semantics as they are', () => {
      const html =
        '<h2>Tytuł</h2><p>Akapit z <strong>mocnym</strong>, <em>pochylonym</em>, <mark>zaznaczonym</mark>, <abbr title="Urząd Miasta">UM</abbr>, H<sub>2</sub>O i m<sup>2</sup>.</p>' +
        '<ul><li>jeden</li></ul><ol start="2" reversed=""><li>dwa</li></ol><dl><dt>Termin</dt><dd>opis</dd></dl><blockquote><p>cytat</p></blockquote>' +
        '<figure><img src="https://gmina.example.org/a.jpg" alt="Opis" width="800" height="450" loading="lazy" decoding="async"><figcaption>Podpis</figcaption></figure>' +
        '<table><caption>Tabela</caption><thead><tr><th scope="col">A</th></tr></thead><tbody><tr><td colspan="2">1</td></tr></tbody></table>' +
        '<p><time datetime="2026-11-20">20 listopada</time> <del datetime="2026-11-21">stare</del> <ins>nowe</ins> <q>krótki</q> <code>kod</code> <span lang="en" dir="ltr">word</span></p><hr><pre>  wcięte</pre>';
      expect(clean(html)).to.equal(html);
    });
  });

  describe('when the body carries what a news body never needs', () => {
    it('removes script, style, forms, frames, object, embed, SVG and MathML', () => {
      const out = clean(
        '<p>a</p><script>alert(1)</script><style>p{}</style><form action="/x"><input name="q"><button>Szukaj</button></form><iframe src="https://x.example/"></iframe>' +
          '<object data="x"></object><embed src="x"><svg><circle r="1"></circle><text>svg</text></svg><math><mi>x</mi></math><frameset></frameset><video src="v.mp4"></video>',
      );
      expect(out).to.equal('<p>a</p>Szukaj');
    });

    it('removes on*, style, id, class, data-, aria- and unknown attributes, and values out of form', () => {
      const out = clean(
        '<p id="a" class="b" style="color:red" onclick="x()" data-x="1" aria-hidden="true" role="note" title="ok" lang="pl" dir="sideways">t</p><td colspan="x">c</td><img src="a.png" width="100%">',
      );
      expect(out).to.equal('<p title="ok" lang="pl">t</p>c<img src="https://gmina.example.org/aktualnosci/2026/a.png" loading="lazy" decoding="async" alt="">');
    });

    it('unwraps elements off the allowlist but keeps their text', () => {
      expect(clean('<section><article><font color="red"><center>Tekst</center></font></article></section>')).to.equal('Tekst');
    });
  });

  describe('when URLs are relative or hostile', () => {
    it('resolves links and images against the article URL and applies the URL policy', () => {
      const out = clean(
        '<a href="../kontakt">k</a><a href="//cdn.example.org/x">c</a><a href="mailto:a@b.pl">m</a><a href="tel:+48123">t</a>' +
          '<a href="javascript:alert(1)">j</a><a href="JaVaScRiPt&colon;alert(1)">j2</a><a href="java&#x09;script:alert(1)">j3</a><a href="&#x200B;javascript:alert(1)">j4</a>' +
          '<a href="data:text/html,x">d</a><a href="vbscript:x">v</a><a href="ftp://x.example/">f</a>' +
          '<img src="data:image/png;base64,AAAA"><img src="mailto:a@b.pl"><img src="/logo.png" srcset="evil.png 2x">',
      );
      expect(out).to.equal(
        '<a href="https://gmina.example.org/aktualnosci/kontakt" rel="noopener noreferrer">k</a><a href="https://cdn.example.org/x" rel="noopener noreferrer">c</a>' +
          '<a href="mailto:a@b.pl" rel="noopener noreferrer">m</a><a href="tel:+48123" rel="noopener noreferrer">t</a>' +
          '<a>j</a><a>j2</a><a>j3</a><a>j4</a><a>d</a><a>v</a><a>f</a>' +
          '<img src="https://gmina.example.org/logo.png" loading="lazy" decoding="async" alt="">',
      );
    });

    it('gives links the target, and a hidden "(opens in a new tab)" for _blank', () => {
      expect(clean('<a href="x">x</a>', { target: '_blank', newTabText: '(nowa karta)' })).to.equal(
        '<a href="https://gmina.example.org/aktualnosci/2026/x" rel="noopener noreferrer" target="_blank">x<span class="visually-hidden"> (nowa karta)</span></a>',
      );
      expect(clean('<a href="x" target="_top">x</a>', { target: '_self' })).to.equal(
        '<a href="https://gmina.example.org/aktualnosci/2026/x" rel="noopener noreferrer">x</a>',
      );
    });
  });

  describe('when headings are shifted', () => {
    it('moves the highest body heading to the given level and keeps the rest in rank, capped at h6', () => {
      expect(clean('<h1>a</h1><h3>b</h3><h2>c</h2>', { headingLevel: 3 })).to.equal('<h3>a</h3><h5>b</h5><h4>c</h4>');
      expect(clean('<h4 lang="en">a</h4><h6>b</h6>', { headingLevel: 2 })).to.equal('<h2 lang="en">a</h2><h4>b</h4>');
      expect(clean('<h2>a</h2><h5>b</h5>', { headingLevel: 5 })).to.equal('<h5>a</h5><h6>b</h6>');
    });
  });

  describe('when the body is too large or too deep', () => {
    it('refuses more characters, elements or depth than LIMITS, before DOMPurify walks it', () => {
      expect(() => clean('x'.repeat(LIMITS.length + 1))).to.throw(/characters/);
      expect(() => clean('<b>x</b>'.repeat(LIMITS.elements + 1))).to.throw(/elements/);
      expect(() => clean(`${'<div>'.repeat(LIMITS.depth + 5)}x`)).to.throw(/deeper/);
      expect(() => clean(`${'<span>'.repeat(20 * LIMITS.depth)}x`)).to.throw(/deeper/);
      // Unclosed paragraphs are not nesting: the parser closes them.
      expect(clean('<p>x'.repeat(3000))).to.have.length(3000 * '<p>x</p>'.length);
    });
  });
});
