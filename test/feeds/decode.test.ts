import { expect } from '@open-wc/testing';
import { decodeBody, encodingOf } from '../../src/feeds/decode.js';

const cp1250 = (text: string) => Uint8Array.from(text, (c) => ({ ą: 0xb9, ł: 0xb3, ś: 0x9c, ż: 0xbf, '„': 0x84, '”': 0x94, '–': 0x96 })[c] ?? c.charCodeAt(0));
const latin2 = (text: string) => Uint8Array.from(text, (c) => ({ ą: 0xb1, ł: 0xb3, ś: 0xb6, ż: 0xbf })[c] ?? c.charCodeAt(0));
const utf8 = (text: string) => new TextEncoder().encode(text);
const xml = (encoding: string, title: string) => `<?xml version="1.0" encoding="${encoding}"?><rss><channel><title>${title}</title></channel></rss>`;

describe('decoding a response body', () => {
  describe('when only the XML declaration names the encoding', () => {
    it('reads windows-1250 and ISO-8859-2 as Polish letters', () => {
      expect(decodeBody(cp1250(xml('windows-1250', '„Świąteczny żłobek” – ogłoszenie'.replace('Ś', 'S'))), null).text).to.contain('„Swiąteczny żłobek” – ogłoszenie');
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
});
