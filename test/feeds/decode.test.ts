import { expect } from '@open-wc/testing';
import { charsetOf, decodeBody, encodingOf } from '../../src/feeds/decode.js';
import { parseFeed } from '../../src/feeds/parse.js';

const cp1250 = (text: string) => Uint8Array.from(text, (c) => ({ ą: 0xb9, ł: 0xb3, ś: 0x9c, ż: 0xbf, '„': 0x84, '”': 0x94, '–': 0x96 })[c] ?? c.charCodeAt(0));
const latin2 = (text: string) => Uint8Array.from(text, (c) => ({ ą: 0xb1, ł: 0xb3, ś: 0xb6, ż: 0xbf })[c] ?? c.charCodeAt(0));
const utf8 = (text: string) => new TextEncoder().encode(text);
const xml = (encoding: string, title: string) => `<?xml version="1.0" encoding="${encoding}"?><rss><channel><title>${title}</title></channel></rss>`;

describe('decoding a response body', () => {
  describe('when only the XML declaration names the encoding', () => {
    it('reads windows-1250 and ISO-8859-2 as Polish letters', () => {
      expect(decodeBody(cp1250(xml('windows-1250', '„Świąteczny żłobek” – ogłoszenie'.replace('Ś', 'S'))), null).text).to.contain(
        '„Swiąteczny żłobek” – ogłoszenie',
      );
      expect(decodeBody(latin2(xml('ISO-8859-2', 'Żłobek'.replace('Ż', 'ż'))), 'application/xml').text).to.contain('żłobek');
    });
  });

  describe('when the HTTP charset names the encoding', () => {
    it('prefers it to the XML declaration', () => {
      const bytes = cp1250(xml('iso-8859-2', '„Wieś”'.replace('W', 'w')));
      expect(decodeBody(bytes, 'text/xml; charset=windows-1250').text).to.contain('„wieś”');
    });

    it('reads a body without a declaration by it', () => {
      expect(decodeBody(latin2('<rss><title>żłobek</title></rss>'), 'application/rss+xml; charset="ISO-8859-2"').text).to.contain('żłobek');
    });
  });

  describe('when the HTTP charset and the declaration disagree about UTF-8', () => {
    it('lets the bytes decide: ISO-8859-2 bytes served as charset=utf-8 stay ISO-8859-2', () => {
      expect(encodingOf(latin2(xml('ISO-8859-2', 'żłobek')), 'application/xml; charset=utf-8')).to.equal('iso-8859-2');
    });

    it('lets the bytes decide: UTF-8 bytes served as charset=iso-8859-1 stay UTF-8', () => {
      expect(decodeBody(utf8(xml('utf-8', 'żłobek')), 'text/xml; charset=ISO-8859-1').text).to.contain('żłobek');
    });
  });

  describe('when the body starts with a byte order mark', () => {
    it('follows the BOM, whatever the labels say, and drops it', () => {
      const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(xml('windows-1250', 'żłobek'))]);
      const { text } = decodeBody(bytes, 'text/xml; charset=windows-1250');
      expect(text.startsWith('<?xml')).to.be.true;
      expect(text).to.contain('żłobek');
    });

    it('reads UTF-16 by its BOM', () => {
      const text = '\uFEFF<rss><title>żłobek</title></rss>';
      const bytes = new Uint8Array(text.length * 2);
      for (let i = 0; i < text.length; i++) new DataView(bytes.buffer).setUint16(i * 2, text.charCodeAt(i), true);
      expect(decodeBody(bytes).text).to.equal('<rss><title>żłobek</title></rss>');
    });
  });

  describe('when nothing names the encoding', () => {
    it('reads UTF-8', () => {
      expect(decodeBody(utf8('{"title":"żłobek"}'), 'application/json').text).to.equal('{"title":"żłobek"}');
      expect(encodingOf(utf8('<rss/>'))).to.equal('utf-8');
    });

    it('ignores an unknown label', () => {
      expect(encodingOf(utf8(xml('klingon-8', 'x')), 'text/xml; charset=nonsense')).to.equal('utf-8');
    });
  });

  describe('when the reader has enough', () => {
    it('stops decoding a large body early, and can still decode the rest', () => {
      const big = utf8(`<rss>${'<item>żółć</item>'.repeat(200_000)}</rss>`);
      const decoded = decodeBody(big, null, (text) => text.length > 1000);
      expect(decoded.partial).to.be.true;
      expect(decoded.text.length).to.be.lessThan(big.length);
      const all = decoded.rest();
      expect(all.endsWith('</item></rss>')).to.be.true;
      expect(all).to.equal(new TextDecoder().decode(big));
    });
  });

  // Issue 11, item 4 and the charset parts of item 9: the precedence, BOM > UTF-16 seen in the
  // bytes > HTTP charset > XML declaration > UTF-8, with the bytes overruling a legacy label.
  describe('when UTF-8 bytes carry a legacy single-byte label', () => {
    const words = 'Perché è già Wrocław, żółć, Ελλάδα';
    const rss = (title: string, declaration = '') =>
      `${declaration}<rss version="2.0"><channel><title>${title}</title><item><title>${title}</title><link>https://example.org/1</link></item></channel></rss>`;
    for (const label of ['ISO-8859-1', 'iso-8859-2', 'windows-1252', 'windows-1250', 'latin1', 'koi8-r']) {
      it(`reads them as UTF-8 when the HTTP charset is ${label} and there is no declaration (XML and JSON)`, () => {
        expect(decodeBody(utf8(rss(words)), `application/rss+xml; charset=${label}`).text).to.contain(words);
        expect(decodeBody(utf8(JSON.stringify({ title: words })), `application/json; charset=${label}`).text).to.contain(words);
      });
    }

    it('reads them as UTF-8 when only the XML declaration names the legacy charset', () => {
      expect(decodeBody(utf8(rss(words, '<?xml version="1.0" encoding="ISO-8859-1"?>')), null).text).to.contain(words);
    });

    it('shows the item title right, through the whole reader', () => {
      const feed = parseFeed({ body: utf8(rss(words)), contentType: 'text/xml; charset=ISO-8859-1' });
      expect(feed.articles[0].title).to.equal(words);
    });

    it('keeps the legacy reading when the bytes are not UTF-8', () => {
      expect(decodeBody(latin2(rss('żłobek')), 'application/rss+xml; charset=ISO-8859-2').text).to.contain('żłobek');
      expect(encodingOf(cp1250(rss('żłobek')), 'text/xml; charset=windows-1250')).to.equal('windows-1250');
    });
  });

  describe('when the label is ISO-8859-1 and the bytes hold Windows-1252 punctuation (0x80-0x9F)', () => {
    // „Tak” – powiedział… €5: what Word pastes into a CMS that says ISO-8859-1.
    const bytes = (declaration: string) =>
      Uint8Array.from([
        ...utf8(`${declaration}<rss><title>`),
        0x84,
        0x54,
        0x61,
        0x6b,
        0x94,
        0x20,
        0x96,
        0x20,
        0x85,
        0x20,
        0x80,
        0x35,
        0x20,
        0x93,
        0x91,
        0x92,
        0x99,
        ...utf8('</title></rss>'),
      ]);
    it('decodes them as windows-1252, by the HTTP charset or by the declaration', () => {
      expect(decodeBody(bytes(''), 'text/xml; charset=ISO-8859-1').text).to.contain('„Tak” – … €5 “‘’™');
      expect(decodeBody(bytes('<?xml version="1.0" encoding="iso-8859-1"?>'), null).text).to.contain('„Tak” – … €5 “‘’™');
      expect(decodeBody(bytes(''), 'text/xml; charset=us-ascii').text).to.contain('„Tak” – … €5 “‘’™');
    });
  });

  describe('when the charset parameter is quoted', () => {
    it('honours double quotes, single quotes and spaces', () => {
      expect(charsetOf('text/xml; charset="windows-1250"')).to.equal('windows-1250');
      expect(charsetOf("text/xml; charset='windows-1250'")).to.equal('windows-1250');
      expect(charsetOf('text/xml;charset = windows-1250 ; q=1')).to.equal('windows-1250');
      expect(decodeBody(cp1250('<rss><title>„Wieś” – żłobek</title></rss>'), "application/rss+xml; charset='windows-1250'").text).to.contain('„Wieś” – żłobek');
      expect(decodeBody(latin2('<rss><title>żłobek</title></rss>'), "application/rss+xml; charset='iso-8859-2'").text).to.contain('żłobek');
    });
  });

  describe('when the body is UTF-16 without a byte order mark', () => {
    const utf16 = (text: string, littleEndian: boolean) => {
      const bytes = new Uint8Array(text.length * 2);
      for (let i = 0; i < text.length; i++) new DataView(bytes.buffer).setUint16(i * 2, text.charCodeAt(i), littleEndian);
      return bytes;
    };
    const xmlText =
      '<?xml version="1.0" encoding="UTF-16"?><rss version="2.0"><channel><title>Gmina</title><item><title>Żłobek otwarty</title><link>https://example.org/1</link></item></channel></rss>';
    const jsonText = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Gmina',
      items: [{ id: '1', url: 'https://example.org/1', title: 'Żłobek otwarty' }],
    });
    for (const littleEndian of [true, false]) {
      const order = littleEndian ? 'little-endian' : 'big-endian';
      it(`reads ${order} XML and JSON, whatever the HTTP charset says`, () => {
        for (const type of [null, 'application/xml', 'application/xml; charset=utf-8', 'application/xml; charset=iso-8859-1']) {
          expect(parseFeed({ body: utf16(xmlText, littleEndian), contentType: type }).articles[0].title, `${order} XML, ${type}`).to.equal('Żłobek otwarty');
          expect(parseFeed({ body: utf16(jsonText, littleEndian), contentType: type }).articles[0].title, `${order} JSON, ${type}`).to.equal('Żłobek otwarty');
        }
      });
    }

    it('reads bytes that are not UTF-16 but say so (label or declaration) as UTF-8, not as garbage', () => {
      expect(decodeBody(utf8(xmlText), null).text).to.contain('Żłobek otwarty');
      expect(decodeBody(utf8('<rss><title>Żłobek</title></rss>'), 'application/xml; charset=utf-16').text).to.contain('Żłobek');
    });
  });

  describe('when a JSON feed over 1 MB starts with two byte order marks', () => {
    it('reads it: the second BOM is dropped before the cut is measured', () => {
      const items = Array.from({ length: 300 }, (_, i) => ({
        id: `a${i}`,
        url: `https://example.org/a${i}`,
        title: `Artykuł ${i}`,
        content_html: `<p>${'Treść artykułu. '.repeat(600)}</p>`,
      }));
      const text = '\uFEFF' + JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Duży', items });
      const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]);
      // Large enough that decoding stops (partial) after the 200th item, in the second megabyte.
      expect(bytes.length).to.be.greaterThan(3 << 20);
      const feed = parseFeed({ body: bytes, contentType: 'application/feed+json' });
      expect(feed.articles).to.have.length(200);
      expect(feed.articles[199].title).to.equal('Artykuł 199');
      expect(decodeBody(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('\uFEFF{}')])).text).to.equal('{}');
    });
  });
});
