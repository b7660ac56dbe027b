import { expect } from '@open-wc/testing';
import { kid, PARSED_XHTML, parseFeedXml } from '../../src/feeds/xml.js';

// Long text runs and CDATA sections are kept out of the XML parser and put back when read
// (src/feeds/xml.ts). What a parse kept out, and whether it was cut short, belong to that parse:
// a second parse, before the first is read, must change nothing about the first (issue 17).

/** A body long enough to be kept out of the parser (SPILL in src/feeds/xml.ts is 4,096). */
const long = (word: string) => `${word} `.repeat(3_000).trim();

const rss = (items: string) => `<?xml version="1.0"?><rss version="2.0"><channel><title>Gmina</title>${items}</channel></rss>`;
const item = (title: string, body: string) => `<item><title>${title}</title><description>${body}</description></item>`;
const firstItem = (root: Element) => kid(kid(root, 'channel'), 'item');

describe('parseFeedXml: each parse keeps its own state', () => {
  it('puts back the text of its own document after another document was parsed', () => {
    const first = parseFeedXml(rss(item('Pierwszy', long('żółć'))));
    const second = parseFeedXml(rss(item('Drugi', `<![CDATA[<p>${long('łąka')}</p>]]>`)));
    expect(first.text(kid(firstItem(first.root), 'description'))).to.equal(long('żółć'));
    expect(second.text(kid(firstItem(second.root), 'description'))).to.equal(`<p>${long('łąka')}</p>`);
    // And again in the other order: reading one never consumes the other.
    expect(first.text(kid(firstItem(first.root), 'description'))).to.equal(long('żółć'));
  });

  it('puts back spilled runs escaped in serialized markup, from its own document only', () => {
    const atom = (text: string) =>
      `<feed xmlns="http://www.w3.org/2005/Atom"><title>Gmina</title><entry><title>A</title><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>${text}</p></div></content></entry></feed>`;
    const first = parseFeedXml(atom(`${long('a')} &amp;lt;b&amp;gt;`));
    parseFeedXml(atom(long('z')));
    const div = kid(kid(kid(first.root, 'entry'), 'content'), 'div', PARSED_XHTML)!;
    expect(first.markup(div)).to.contain(`${long('a')} &amp;lt;b&amp;gt;`);
    expect(first.markup(div)).not.to.contain('z z');
  });

  it('says it was cut short for its own document only', () => {
    const cut = parseFeedXml(rss(item('Jeden', 'treść') + '<item><title>Dwa</title><description>urwa'));
    const whole = parseFeedXml(rss(item('Jeden', 'treść')));
    expect(cut.truncated).to.equal(true);
    expect(whole.truncated).to.equal(false);
    expect(cut.text(kid(firstItem(cut.root), 'title'))).to.equal('Jeden');
  });
});
