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
      [
        'a media:content without url before a media:thumbnail',
        `<media:content medium="image" width="800"/><media:thumbnail url="${good}" width="400" height="300"/>`,
      ],
      [
        'a javascript: media:content nearest 800 px beside a good one',
        `<media:content url="javascript:alert(1)" medium="image" width="800"/><media:content url="${good}" medium="image" width="1600"/>`,
      ],
      [
        'media:group with an empty content and a thumbnail',
        `<media:group><media:content url=" " type="image/jpeg"/><media:thumbnail url="${good}"/></media:group>`,
      ],
      ['a thumbnail inside an empty media:content', `<media:content url=""><media:thumbnail url="${good}"/></media:content>`],
      ['an empty thumbnail before a good one', `<media:thumbnail url=""/><media:thumbnail url="${good}"/>`],
      [
        'empty media elements before an image enclosure',
        `<media:content url=""/><media:thumbnail url=""/><enclosure url="" type="image/jpeg"/><enclosure url="${good}" type="image/jpeg" length="1"/>`,
      ],
      ['empty media elements before itunes:image', `<media:content url=""/><media:thumbnail/><itunes:image href="${good}"/>`],
    ];
    for (const [name, inner] of cases) {
      it(`finds the picture: ${name} (RSS)`, () => {
        expect(first(rssItem(inner)).image?.src).to.equal(good);
      });
      it(`finds the picture: ${name} (Atom)`, () => {
        expect(
          first(atomEntry(inner.replace(/<enclosure url="([^"]*)" type="([^"]*)"[^>]*>/g, '<link rel="enclosure" href="$1" type="$2"/>'))).image?.src,
        ).to.equal(good);
      });
    }

    it('keeps the credit and description of the candidate it picks', () => {
      const article = first(
        rssItem(
          `<media:content url=""><media:credit>Nikt</media:credit></media:content><media:thumbnail url="${good}"/><media:credit>UG Przykładowo</media:credit><media:description>Sala obrad</media:description>`,
        ),
      );
      expect(article.image).to.deep.include({ src: good, alt: 'Sala obrad', credit: 'UG Przykładowo' });
    });

    it('finds the picture of a WordPress post whose rendition nearest 800 px has no URL', () => {
      const post = (sizes: Record<string, unknown>, source = '') =>
        JSON.stringify([
          {
            id: 1,
            link: 'https://gmina.example.pl/a/1',
            title: { rendered: 'Sesja' },
            _embedded: { 'wp:featuredmedia': [{ source_url: source, alt_text: 'Sala', media_details: { width: 2000, height: 1000, sizes } }] },
          },
        ]);
      const sizes = {
        medium_large: { source_url: '', width: 800, height: 400 },
        large: { source_url: 'javascript:alert(1)', width: 1024, height: 512 },
        thumbnail: { source_url: good, width: 150, height: 150 },
      };
      expect(first(post(sizes)).image).to.deep.include({ src: good, alt: 'Sala', width: 150 });
      expect(first(post({ medium_large: { source_url: '', width: 800 } }, good)).image?.src).to.equal(good);
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
    [
      'figures, rules, divs in cells',
      '<figure><img src="a.jpg" alt=""><figcaption>Rynek</figcaption></figure><hr><div>Nowy</div><div>Plac</div><table><tr><td><div>a</div></td><td>b</td></tr></table>',
      'Rynek Nowy Plac a b',
    ],
    [
      'sections, asides, addresses',
      '<section>Jeden</section><aside>Dwa</aside><address>Trzy</address><details><summary>Cztery</summary>Pięć</details>',
      'Jeden Dwa Trzy Cztery Pięć',
    ],
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
      body: `<rss version="2.0"><channel><title>G</title>${[
        '<ul><li>Version</li><li>kernel</li></ul>',
        '<table><tr><td>Version</td><td>kernel</td></tr></table>',
        '<p>inne</p>',
      ]
        .map((d, i) => `<item><title>T${i}</title><link>https://g.example/${i}</link><description><![CDATA[${d}]]></description></item>`)
        .join('')}</channel></rss>`,
    });
    expect(feed.articles.map((a) => a.lead)).to.deep.equal(['Version kernel', 'Version kernel', 'inne']);
    const { picks } = findRelated(relatedIndex(feed.articles), { key: 'https://g.example/0', limit: 1, fallback: 'none', base: 'https://g.example/' });
    expect(picks.map((p) => p.article.url)).to.deep.equal(['https://g.example/1']);
  });
});

describe('HTML titles (issue 11, item 8)', () => {
  const title = (raw: string) =>
    first(rssItem('').replace('<title>Sesja rady</title>', `<title>${raw.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</title>`)).title;
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

describe('Atom text constructs (issue 11, item 9)', () => {
  const entry = (inner: string) => first(atomEntry(inner).replace('<title>Sesja rady</title>', ''));
  for (const type of ['', ' ', 'TEXT', 'plain', 'text/plain', 'application/xml', 'unknown-type']) {
    it(`keeps the text of a title, summary and content with type="${type}"`, () => {
      const article = entry(
        `<title type="${type}">Sesja &amp; rada</title><summary type="${type}">Radni przyjęli budżet.</summary><content type="${type}">Pełna treść.</content>`,
      );
      expect(article.title).to.equal('Sesja & rada');
      expect(article.lead).to.equal('Radni przyjęli budżet.');
      expect(article.contentHtml).to.equal('<p>Pełna treść.</p>');
    });
  }

  it('shows nothing for binary content of another media type', () => {
    expect(entry('<title>T</title><content type="image/png">iVBORw0KGgo=</content>').contentHtml).to.be.undefined;
  });

  const base64 = (text: string) => btoa(String.fromCharCode(...new TextEncoder().encode(text)));
  it('decodes Atom 0.3 base64 content: HTML, XHTML and plain text', () => {
    expect(entry(`<title>T</title><content type="text/html" mode="base64">${base64('<p>Zażółć <b>gęślą</b> jaźń</p>')}</content>`).contentHtml).to.equal(
      '<p>Zażółć <b>gęślą</b> jaźń</p>',
    );
    expect(
      entry(`<title>T</title><content type="application/xhtml+xml" mode="base64">\n  ${base64('<p>Ratusz</p>').replace(/(.{8})/g, '$1\n  ')}</content>`)
        .contentHtml,
    ).to.equal('<p>Ratusz</p>');
    expect(entry(`<title>T</title><summary type="text/plain" mode="base64">${base64('Sesja & rada')}</summary>`).lead).to.equal('Sesja & rada');
    expect(entry(`<title mode="base64" type="text/plain">${base64('Tytuł z base64')}</title>`).title).to.equal('Tytuł z base64');
  });

  it('shows nothing for base64 that is not base64, or not text', () => {
    expect(entry('<title>T</title><content type="text/html" mode="base64">to nie jest base64!</content>').contentHtml).to.be.undefined;
    expect(entry(`<title>T</title><content type="image/png" mode="base64">${base64('PNG')}</content>`).contentHtml).to.be.undefined;
  });
});

describe('feeds cut short (issue 11, item 9)', () => {
  const n = 10;
  const rss = `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>G</title><link>https://g.example/</link>${Array.from({ length: n }, (_, i) => `<item><title>Artykuł ${i}</title><link>https://g.example/${i}</link><description><![CDATA[<p>Treść ${i} zażółć</p>]]></description></item>`).join('\n')}</channel></rss>`;
  const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>G</title><id>urn:g</id>${Array.from({ length: n }, (_, i) => `<entry><id>urn:g:${i}</id><title>Artykuł ${i}</title><link href="https://g.example/${i}"/><summary>Treść ${i}</summary></entry>`).join('\n')}</feed>`;
  const json = JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'G',
    items: Array.from({ length: n }, (_, i) => ({
      id: `${i}`,
      url: `https://g.example/${i}`,
      title: `Artykuł ${i}`,
      content_html: `<p>Treść ${i} "cytat" \\ [x] {y}</p>`,
    })),
    home_page_url: 'https://g.example/',
  });
  const wordpress = JSON.stringify(
    Array.from({ length: n }, (_, i) => ({
      id: i,
      link: `https://g.example/${i}`,
      title: { rendered: `Artykuł ${i}` },
      excerpt: { rendered: '<p>x</p>' },
      date_gmt: '2026-11-01T10:00:00',
    })),
  );
  const formats: [string, string, RegExp][] = [
    ['RSS', rss, /<\/item>/g],
    ['Atom', atom, /<\/entry>/g],
    ['JSON Feed', json, /\}(?=,\{"id"|\],)/g],
    ['WordPress', wordpress, /\}\}?(?=,\{"id"|\]$)/g],
  ];
  for (const [name, text, itemEnd] of formats) {
    const ends = [...text.matchAll(itemEnd)].map((m) => m.index! + m[0].length);
    expect(ends, name).to.have.length(n);
    const cuts: [string, number][] = [
      ['at 95% of its length', Math.floor(text.length * 0.95)],
      ['just before its last end tag or bracket', text.length - 1],
      ['right after an item', ends[6]],
      ['in the middle', Math.floor(text.length / 2)],
      ['inside a string or a tag of an item', ends[3] + 20],
    ];
    for (const [where, at] of cuts) {
      it(`shows the complete items of ${name} cut ${where}, and says it was cut`, () => {
        const feed = parseFeed({ body: new TextEncoder().encode(text.slice(0, at)), url: 'https://g.example/feed' });
        const expected = ends.filter((end) => end <= at).length;
        expect(feed.articles.map((a) => a.title)).to.deep.equal(Array.from({ length: expected }, (_, i) => `Artykuł ${i}`));
        expect(feed.truncated).to.equal(true);
      });
    }

    it(`does not say a whole ${name} feed was cut`, () => {
      const feed = parseFeed({ body: text, url: 'https://g.example/feed' });
      expect(feed.articles).to.have.length(n);
      expect(feed.truncated).to.be.undefined;
    });
  }

  it('still fails a body cut before its first item is complete', () => {
    expect(() => parseFeed({ body: rss.slice(0, rss.indexOf('</item>')) })).to.throw(/well-formed/);
    expect(() => parseFeed({ body: json.slice(0, json.indexOf('},{')) })).to.throw(/not valid JSON/);
  });
});

describe('Content-Location (issue 11, item 9)', () => {
  const relative = `<rss version="2.0"><channel><title>G</title><item><title>A</title><link>aktualnosci/1</link><enclosure url="img/1.jpg" type="image/jpeg"/></item></channel></rss>`;
  it('is the base of an RSS or Atom document, resolved against the feed URL', () => {
    const feed = parseFeed({ body: relative, url: 'https://g.example/feed', contentLocation: '/pl/rss/feed.xml' });
    expect(feed.articles[0].url).to.equal('https://g.example/pl/rss/aktualnosci/1');
    expect(feed.articles[0].image?.src).to.equal('https://g.example/pl/rss/img/1.jpg');
    const atom = parseFeed({
      body: '<feed xmlns="http://www.w3.org/2005/Atom"><title>G</title><id>urn:g</id><entry><id>urn:g:1</id><title>A</title><link href="aktualnosci/1"/></entry></feed>',
      url: 'https://g.example/feed',
      contentLocation: 'https://g.example/pl/atom.xml',
    });
    expect(atom.articles[0].url).to.equal('https://g.example/pl/aktualnosci/1');
  });

  it('yields to xml:base and a channel link, and is ignored when it is no http(s) URL', () => {
    const withLink = relative.replace('<title>G</title>', '<title>G</title><link>https://www.g.example/</link>');
    expect(parseFeed({ body: withLink, url: 'https://g.example/feed', contentLocation: '/pl/feed.xml' }).articles[0].url).to.equal(
      'https://www.g.example/aktualnosci/1',
    );
    expect(parseFeed({ body: relative, url: 'https://g.example/feed', contentLocation: 'javascript:alert(1)' }).articles[0].url).to.equal(
      'https://g.example/aktualnosci/1',
    );
  });

  it('does not change a JSON Feed, whose spec gives it no such role', () => {
    const json = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'G', items: [{ id: '1', url: 'aktualnosci/1', title: 'A' }] });
    expect(parseFeed({ body: json, url: 'https://g.example/feed', contentLocation: '/pl/feed.json' }).articles[0].url).to.equal(
      'https://g.example/aktualnosci/1',
    );
  });
});

describe('items without a link (issue 11, item 10)', () => {
  const rss = (inner: string) =>
    `<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>G</title><item><title>Sesja rady</title>${inner}</item></channel></rss>`;
  const url = (xml: string) => parseFeed({ body: xml, url: FEED }).articles[0]?.url;
  it('uses an RSS guid that is a permalink: by default, or isPermaLink="true" in any case', () => {
    expect(url(rss('<guid>https://g.example/a/1</guid>'))).to.equal('https://g.example/a/1');
    expect(url(rss('<guid isPermaLink="true">https://g.example/a/1</guid>'))).to.equal('https://g.example/a/1');
    expect(url(rss('<guid isPermaLink="TRUE">https://g.example/a/1</guid>'))).to.equal('https://g.example/a/1');
    expect(url(rss('<guid isPermaLink=" False ">https://g.example/a/1</guid>')), 'not a permalink: no link, left out').to.be.undefined;
  });

  it('uses an atom:link rel="alternate" of an RSS item', () => {
    expect(url(rss('<atom:link rel="alternate" href="https://g.example/a/2"/>'))).to.equal('https://g.example/a/2');
  });

  it('uses an Atom id that is an http(s) URL when the entry has no alternate link', () => {
    const atom = (inner: string) =>
      `<feed xmlns="http://www.w3.org/2005/Atom"><title>G</title><id>urn:g</id><entry><title>Sesja</title>${inner}</entry></feed>`;
    expect(url(atom('<id>https://g.example/a/3</id>'))).to.equal('https://g.example/a/3');
    expect(url(atom('<id>https://g.example/a/3</id><link href="https://g.example/a/4"/>'))).to.equal('https://g.example/a/4');
    expect(url(atom('<id>tag:g.example,2026:3</id>')), 'a tag: id is no link: left out').to.be.undefined;
    expect(url(atom('<id>tag:g.example,2026:3</id><link href="tag:g.example,2026:3"/>')), 'a refused link: not shown').to.be.undefined;
  });

  it('leaves out an item that names no link at all, and one whose link is refused', () => {
    expect(url(rss('<guid isPermaLink="false">g-1</guid>'))).to.be.undefined;
    expect(url(rss('<guid>g-1</guid>')), 'a guid without a scheme is an id').to.be.undefined;
    expect(url(rss(''))).to.be.undefined;
    expect(url(rss('<link>javascript:alert(1)</link>'))).to.be.undefined;
    expect(url(rss('<guid>javascript:alert(1)</guid>'))).to.be.undefined;
    const json = (item: Record<string, unknown>) =>
      JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'G', items: [{ id: 'j1', title: 'Sesja', ...item }] });
    expect(url(json({}))).to.be.undefined;
    expect(url(json({ url: '' }))).to.be.undefined;
    expect(url(json({ url: 'javascript:alert(1)' }))).to.be.undefined;
    expect(url(json({ id: 'https://g.example/a/5' }))).to.equal('https://g.example/a/5');
  });

  it('leaves out an item without a link that says nothing (no title, no text)', () => {
    expect(parseFeed({ body: rss('').replace('<title>Sesja rady</title>', ''), url: FEED }).articles).to.deep.equal([]);
  });

  it('keeps items linked only by their permalink guids apart, also when titles repeat', () => {
    const feed = parseFeed({
      body: `<rss version="2.0"><channel><title>G</title><item><title>A</title><guid>https://g.example/a/7</guid></item><item><title>A</title><guid>https://g.example/a/8</guid></item></channel></rss>`,
    });
    expect(feed.articles.map((a) => a.url)).to.deep.equal(['https://g.example/a/7', 'https://g.example/a/8']);
  });
});
