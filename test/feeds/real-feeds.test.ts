import { expect } from '@open-wc/testing';
import { parseFeed, readFeed } from '../../src/feeds/parse.js';
import type { Article } from '../../src/model/article.js';

/**
 * Issue 11: defects found by running the readers over public corpora and real feeds, each as a
 * class of inputs (not only the one shape that was reported).
 */
const FEED = 'https://gmina.example.pl/feed.xml';
const MEDIA = 'xmlns:media="http://search.yahoo.com/mrss/" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"';
const rssItem = (inner: string, ns = MEDIA) =>
  `<?xml version="1.0"?><rss version="2.0" ${ns}><channel><title>Gmina</title><link>https://gmina.example.pl/</link><item><title>Sesja rady</title><link>https://gmina.example.pl/a/1</link>${inner}</item></channel></rss>`;
const atomEntry = (inner: string) =>
  `<feed xmlns="http://www.w3.org/2005/Atom" ${MEDIA}><title>Gmina</title><id>urn:g</id><entry><id>urn:g:1</id><title>Sesja rady</title><link href="https://gmina.example.pl/a/1"/>${inner}</entry></feed>`;
const first = (xml: string): Article => readFeed({ body: xml, url: FEED }).articles[0];

describe('reading real feeds (issue 11)', () => {
  describe('when the first media candidate has no usable URL (item 5)', () => {
    const good = 'https://gmina.example.pl/img/sesja.jpg';
    const cases: [string, string][] = [
      ['an empty media:content before a media:thumbnail', `<media:content url="" medium="image"/><media:thumbnail url="${good}"/>`],
      ['a media:content without url before a media:thumbnail', `<media:content medium="image" width="800"/><media:thumbnail url="${good}" width="400" height="300"/>`],
      ['a javascript: media:content nearest 800 px beside a good one', `<media:content url="javascript:alert(1)" medium="image" width="800"/><media:content url="${good}" medium="image" width="1600"/>`],
      ['media:group with an empty content and a thumbnail', `<media:group><media:content url=" " type="image/jpeg"/><media:thumbnail url="${good}"/></media:group>`],
      ['a thumbnail inside an empty media:content', `<media:content url=""><media:thumbnail url="${good}"/></media:content>`],
      ['an empty thumbnail before a good one', `<media:thumbnail url=""/><media:thumbnail url="${good}"/>`],
      ['empty media elements before an image enclosure', `<media:content url=""/><media:thumbnail url=""/><enclosure url="" type="image/jpeg"/><enclosure url="${good}" type="image/jpeg" length="1"/>`],
      ['empty media elements before itunes:image', `<media:content url=""/><media:thumbnail/><itunes:image href="${good}"/>`],
    ];
    for (const [name, inner] of cases) {
      it(`finds the picture: ${name} (RSS)`, () => {
        expect(first(rssItem(inner)).image?.src).to.equal(good);
      });
      it(`finds the picture: ${name} (Atom)`, () => {
        expect(first(atomEntry(inner.replace(/<enclosure url="([^"]*)" type="([^"]*)"[^>]*>/g, '<link rel="enclosure" href="$1" type="$2"/>'))).image?.src).to.equal(good);
      });
    }

    it('keeps the credit and description of the candidate it picks', () => {
      const article = first(rssItem(`<media:content url=""><media:credit>Nikt</media:credit></media:content><media:thumbnail url="${good}"/><media:credit>UG Przykładowo</media:credit><media:description>Sala obrad</media:description>`));
      expect(article.image).to.deep.include({ src: good, alt: 'Sala obrad', credit: 'UG Przykładowo' });
    });

    it('still shows the feed through parseFeed', () => {
      expect(parseFeed({ body: rssItem(`<media:content url=""/><media:thumbnail url="${good}"/>`), url: FEED }).articles[0].image?.src).to.equal(good);
    });
  });
});

describe('reading dates of the DCMI terms namespace (issue 11, item 6)', () => {
  const DCTERMS = 'xmlns:dcterms="http://purl.org/dc/terms/"';
  it('counts dcterms:issued and dcterms:modified as published and updated, in RSS and Atom', () => {
    const dates = '<dcterms:issued>2026-11-03T10:15:00+01:00</dcterms:issued><dcterms:modified>Wed, 04 Nov 2026 08:00:00 CET</dcterms:modified>';
    const rss = first(rssItem(dates, DCTERMS));
    expect([rss.published, rss.updated]).to.deep.equal(['2026-11-03T09:15:00.000Z', '2026-11-04T07:00:00.000Z']);
    const atom = first(atomEntry(dates).replace('<feed ', `<feed ${DCTERMS} `));
    expect([atom.published, atom.updated]).to.deep.equal(['2026-11-03T09:15:00.000Z', '2026-11-04T07:00:00.000Z']);
  });

  it('prefers the format’s own dates when both are there', () => {
    const rss = first(rssItem('<pubDate>Tue, 03 Nov 2026 12:00:00 GMT</pubDate><dcterms:issued>2020-01-01</dcterms:issued>', DCTERMS));
    expect(rss.published).to.equal('2026-11-03T12:00:00.000Z');
  });
});

describe('text from HTML (issue 11, item 7)', () => {
  const lead = (html: string) => first(rssItem(`<description><![CDATA[${html}]]></description>`)).lead;
  const cases: [string, string, string][] = [
    ['table cells', '<table><tr><th>Version:</th><td>5.7-rc4</td></tr><tr><td>Time</td><td>2019-07-31</td></tr></table>', 'Version: 5.7-rc4 Time 2019-07-31'],
    ['a caption and cells', '<table><caption>Godziny</caption><tr><td>pon.</td><td>8-16</td></tr></table>', 'Godziny pon. 8-16'],
    ['list items', '<ul><li>huśtawki</li><li>piaskownica</li></ul><ol><li>jeden</li><li>dwa</li></ol>', 'huśtawki piaskownica jeden dwa'],
    ['definition terms', '<dl><dt>Termin</dt><dd>30 listopada</dd><dt>Miejsce</dt><dd>Ratusz</dd></dl>', 'Termin 30 listopada Miejsce Ratusz'],
    ['paragraphs and headings', '<h2>Nagłówek</h2><p>Pierwszy.</p><p>Drugi.</p>', 'Nagłówek Pierwszy. Drugi.'],
    ['line breaks', 'ul. Długa 1<br>Przykładowo<br/>tel. 12 345', 'ul. Długa 1 Przykładowo tel. 12 345'],
    ['figures, rules, divs in cells', '<figure><img src="a.jpg" alt=""><figcaption>Rynek</figcaption></figure><hr><div>Nowy</div><div>Plac</div><table><tr><td><div>a</div></td><td>b</td></tr></table>', 'Rynek Nowy Plac a b'],
    ['sections, asides, addresses', '<section>Jeden</section><aside>Dwa</aside><address>Trzy</address><details><summary>Cztery</summary>Pięć</details>', 'Jeden Dwa Trzy Cztery Pięć'],
  ];
  for (const [name, html, expected] of cases) {
    it(`puts a space between ${name}`, () => {
      expect(lead(html)).to.equal(expected);
    });
  }

  it('keeps words whole across inline elements', () => {
    expect(lead('<p><b>W</b>rocław, <a href="/x">ża</a><em>łoba</em>, <span>x</span><sup>2</sup>, <o:p>o</o:p>k</p>')).to.equal('Wrocław, żałoba, x2, ok');
  });

  it('gives the same spaced words to related-articles text (its lead)', async () => {
    const { relatedIndex } = await import('../../src/related/related-index.js');
    const { findRelated } = await import('../../src/related/find-related.js');
    const feed = readFeed({
      body: `<rss version="2.0"><channel><title>G</title>${['<ul><li>Version</li><li>kernel</li></ul>', '<table><tr><td>Version</td><td>kernel</td></tr></table>', '<p>inne</p>']
        .map((d, i) => `<item><title>T${i}</title><link>https://g.example/${i}</link><description><![CDATA[${d}]]></description></item>`)
        .join('')}</channel></rss>`,
    });
    expect(feed.articles.map((a) => a.lead)).to.deep.equal(['Version kernel', 'Version kernel', 'inne']);
    const { picks } = findRelated(relatedIndex(feed.articles), { key: 'https://g.example/0', limit: 1, fallback: 'none', base: 'https://g.example/' });
    expect(picks.map((p) => p.article.url)).to.deep.equal(['https://g.example/1']);
  });
});

describe('HTML titles (issue 11, item 8)', () => {
  const title = (raw: string) => first(rssItem('').replace('<title>Sesja rady</title>', `<title>${raw.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</title>`)).title;
  const markup: [string, string, string][] = [
    ['an unknown element', 'Sesja <foo>rady</foo> gminy', 'Sesja rady gminy'],
    ['a custom element', '<civic-x data-a="1">Sesja</civic-x> rady', 'Sesja rady'],
    ['a comment', 'Sesja<!-- z CMS --> rady', 'Sesja rady'],
    ['a comment holding a tag', 'Sesja <!-- <b>x</b> -->rady', 'Sesja rady'],
    ['a doctype', '<!DOCTYPE html>Sesja rady', 'Sesja rady'],
    ['a processing instruction', '<?xml version="1.0"?>Sesja rady', 'Sesja rady'],
    ['Office paragraph tags', 'Sesja rady<o:p></o:p>', 'Sesja rady'],
    ['Office smart tags', 'Sesja w <st1:place w:st="on"><st1:City w:st="on">Krakowie</st1:City></st1:place>', 'Sesja w Krakowie'],
    ['a CDATA-looking section', 'Sesja <![CDATA[x]]> rady', 'Sesja rady'],
    ['known tags', '<b>Sesja</b> <span class="x">rady</span>', 'Sesja rady'],
  ];
  for (const [name, raw, expected] of markup) {
    it(`shows text only for ${name}`, () => {
      expect(title(raw)).to.equal(expected);
    });
  }

  const text: [string, string][] = [
    ['RSS <<<Tutorial>>>', 'RSS <<<Tutorial>>>'],
    ['a < b > c', 'a < b > c'],
    ['Kocham Wrocław <3', 'Kocham Wrocław <3'],
    ['Naciśnij <Enter>', 'Naciśnij <Enter>'],
    ['x<y', 'x<y'],
    ['</nic>', '</nic>'],
  ];
  for (const [raw, expected] of text) {
    it(`keeps ${JSON.stringify(raw)} as text`, () => {
      expect(title(raw)).to.equal(expected);
    });
  }
});
