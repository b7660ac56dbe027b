import { expect } from '@open-wc/testing';
import DOMPurify from 'dompurify';
import { ALLOWED_TAGS, sanitizeBody } from '../../src/sanitize/html.js';
import { inertPolicy } from '../../src/sanitize/inert.js';
import { quiet } from '../../src/sanitize/quiet.js';
import { corpora } from '../security/harness.js';

const BASE = 'https://gmina.example.org/aktualnosci/2026/budzet';

/** The text a reader sees of our sanitized body. */
const ours = (html: string) => {
  const div = document.createElement('div');
  div.append(sanitizeBody(html, { base: BASE, policy: inertPolicy() }));
  return div.textContent!;
};

/**
 * The text the browser shows of the same body with nothing done to it first: a plain DOMPurify
 * (this test page has no CSP) keeping the same elements, no attributes. Only what the allowlist
 * refuses is gone from it.
 */
const plain = DOMPurify(window);
const reference = (html: string) => {
  const fragment = plain.sanitize(html, { ALLOWED_TAGS, ALLOWED_ATTR: [], KEEP_CONTENT: true, RETURN_DOM_FRAGMENT: true });
  const div = document.createElement('div');
  // null when the parse gave no body at all (a lone <frameset>), as in sanitizeBody().
  if (fragment) div.append(fragment);
  return div.textContent!;
};

// Ordinary Polish news, with words a textual rename took for attributes or tags (issue 11, item 2).
const PROSE = [
  '<p>Urząd przechodzi na tryb online/offline: wnioski złożysz online, odbierzesz offline.</p>',
  '<p>Portal onet.pl i serwis "onet" podały, że ONZ (online) liczy głosy; one=dwa, only > 5 osób.</p>',
  '<p>Warunek: only > 5 i on <5, a style="bez zmian" to tylko tekst; onload=ok również.</p>',
  '<p>Nowy style życia: styl "style" i <em>style</em>=moda; <q>onclick</q> to słowo.</p>',
  '<pre><code>&lt;script&gt;alert(1)&lt;/script&gt; oraz &lt;style&gt;p{}&lt;/style&gt;</code></pre><p>Dalej artykuł.</p>',
  '<p>Kod w tekście: <code>&lt;img src=x onerror=y&gt;</code>, a atrybut title="onmouseover=x style=y" zostaje.</p>',
  '<p title="Kliknij: onclick=zamknij, style: prosty" lang="pl">Mapa</p><p>Koniec.</p>',
  '<!-- komentarz z <script> i onclick= --><p>Po komentarzu: style=ok.</p>',
  // A script whose text holds a script tag must not swallow the rest of the article.
  '<p>Początek.</p><script>document.write("<script src=\'x.js\'><\\/script>");</script><p>Reszta artykułu zostaje.</p>',
  '<p>Start</p><style>p{content:"</p><p>nie"}</style><p>Koniec tekstu.</p>',
  '<p>a<<script></script>img src=x onerror=alert(1)> b</p>',
  '<textarea>tekst <b onclick=x>pogrubiony</b></textarea><p>za polem</p>',
];

describe('quiet(): what Chromium reports at parse time, taken out by tokens (src/sanitize/quiet.ts)', () => {
  it('drops on* and style attributes of real tags only, leaving text, comments and values as written', () => {
    expect(quiet('<p style="a" onClick=x ONERROR = "y" title="Click on the map">on the map, style: plain, only > 5</p>')).to.equal(
      '<p title="Click on the map">on the map, style: plain, only > 5</p>',
    );
    expect(quiet('<img src="blah>" onmouseover="x"><!--<img src="--><img src=x onerror=y//">')).to.equal('<img src="blah>"><!--<img src="--><img src="x">');
    expect(quiet('<IMG/onerror=x SRC=y>')).to.equal('<IMG src="y">');
  });

  it('drops script, style and the other raw text elements the sanitizer drops, with their text', () => {
    expect(quiet('a<STYLE>p{}</STYLE>b<script src=x>"<script></script>"</script>c<scripts>')).to.equal('ab"c<scripts>');
    expect(quiet('<p>x</p><script>"<script><\\/script>"</script><p>y</p>')).to.equal('<p>x</p><p>y</p>');
    expect(quiet('<title>t</title><xmp><b onclick=x></xmp>z<plaintext><p>all gone')).to.equal('z');
  });

  it('makes a CDATA section a bogus comment, as HTML reads it outside SVG, so no tag hides in it', () => {
    expect(quiet('<svg><![CDATA[><image xlink:href="]]><img src=x onerror=alert(2)//"></svg>')).to.equal(
      '<svg><!CDATA[><image xlink:href="]]><img src=x onerror=alert(2)//"></svg>',
    );
    expect(quiet('<p><![CDATA[x]]>y</p>')).to.equal('<p><!CDATA[x]]>y</p>');
  });

  it('keeps text on both sides of a removed element from joining into a tag', () => {
    expect(quiet('<<script></script>img src=x onerror=y>')).to.equal('&lt;img src=x onerror=y>');
    expect(quiet('x<</script>/p>y')).to.equal('x&lt;/p>y');
  });

  it('writes < in a textarea as &lt;, the same text, so no tag appears in it inside SVG', () => {
    expect(quiet('<textarea><img onerror=x></textarea>')).to.equal('<textarea>&lt;img onerror=x></textarea>');
  });

  it('returns a body without anything to take out as it is', () => {
    for (const html of PROSE.slice(0, 4)) expect(quiet(html)).to.equal(html);
  });
});

describe('the sanitizer never changes text a reader sees (issue 11, item 2)', () => {
  it('keeps ordinary prose exactly as the browser shows it', () => {
    for (const html of PROSE) expect(ours(html), html).to.equal(reference(html));
    expect(ours(PROSE[0])).to.equal('Urząd przechodzi na tryb online/offline: wnioski złożysz online, odbierzesz offline.');
    expect(ours(PROSE[2])).to.equal('Warunek: only > 5 i on <5, a style="bez zmian" to tylko tekst; onload=ok również.');
    expect(ours(PROSE[4])).to.equal('<script>alert(1)</script> oraz <style>p{}</style>Dalej artykuł.');
    expect(ours(PROSE[8])).to.equal('Początek.Reszta artykułu zostaje.');
  });

  /**
   * The scanner reads tags as HTML does outside SVG and MathML. Inside them `<style>` and
   * `<script>` hold markup, not text, so these two hostile bodies lose what follows an SVG
   * `<style>`/`<script>` that is never closed, where the browser would show a few characters.
   */
  const FOREIGN = ['dompurify-xss-179', 'html5sec-vectors-140'];
  // Rendering collapses white space: a body starting with a <script> has its leading white space
  // parsed into <head>, and DOMPurify puts leading white space back only when the body starts with it.
  const shown = (text: string) => text.replace(/\s+/g, ' ').trim();

  it('keeps the text of every corpus body as the browser shows it', async () => {
    const differ: string[] = [];
    let n = 0;
    for (const corpus of await corpora()) {
      corpus.payloads.forEach((payload, i) => {
        n++;
        let got: string;
        try {
          got = ours(payload);
        } catch (error) {
          // Refused whole (too deep): no text of it is shown, changed or not.
          if ((error as Error).name === 'BodyTooLarge') return;
          throw error;
        }
        const want = reference(payload);
        if (shown(got) !== shown(want) && !FOREIGN.includes(`${corpus.name}-${i}`))
          differ.push(
            `${corpus.name}-${i}: ${JSON.stringify(payload.slice(0, 120))}\n  ours ${JSON.stringify(got.slice(0, 120))}\n  want ${JSON.stringify(want.slice(0, 120))}`,
          );
      });
    }
    expect(n).to.equal(223 + 149 + 208 + 17);
    console.log(`quiet: ${n} corpus bodies compared, ${differ.length} differ`);
    expect(differ, differ.join('\n')).to.deep.equal([]);
  });
});
