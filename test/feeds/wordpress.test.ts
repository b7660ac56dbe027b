import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feeds/parse.js';
import { corpus } from '../helpers.js';
import { body, parseError } from './read.js';

const WP = 'wordpress-rest-api';

describe('WordPress REST API reader', () => {
  describe('when posts come with _embed', () => {
    it('reads title, link, excerpt, dates, authors, terms and the featured image near 800 px', async () => {
      const feed = parseFeed({
        body: await body(corpus(`${WP}/frontity/schemas-mocks/posts-from-category-7.json`)),
        url: 'https://demo.worona.org/wp-json/wp/v2/posts?_embed',
      });
      expect(feed.format).to.equal('wordpress');
      expect(feed.articles).to.have.length(5);
      expect(feed.articles[0]).to.deep.include({
        id: '57',
        url: 'https://demo.worona.org/shinjuku-gyoen-national-garden/',
        title: 'Shinjuku Gyoen National Garden',
        authors: ['Reyes Martinez'],
        published: '2016-10-25T18:25:24.000Z',
        updated: '2017-06-07T12:11:37.000Z',
        tags: ['Nature', 'Photography', 'Japan', 'National Garden', 'Tokyo', 'Posts'],
      });
      expect(feed.articles[0].lead).to.match(/^Shinjuku Gyoen National Garden \(新宿御苑 Shinjuku Gyoen\) is a large park/);
      expect(feed.articles[0].contentHtml).to.match(/^<p>Shinjuku Gyoen National Garden/);
      // Of 150, 300, 768, 1024, 1200 and the 4173 px original, 768 is nearest 800; the renditions
      // of the same 3:2 ratio (not the 150 px square) become its srcset (issue 13).
      const up = 'https://demo.worona.org/wp-content/uploads/2016/11/japan';
      expect(feed.articles[0].image).to.deep.equal({
        src: `${up}-768x512.jpg`,
        alt: '',
        width: 768,
        height: 512,
        srcset: `${up}-300x200.jpg 300w, ${up}-768x512.jpg 768w, ${up}-1024x683.jpg 1024w, ${up}-1200x800.jpg 1200w, ${up}.jpg 4173w`,
      });
    });

    it('uses alt_text as alt and the caption as credit, and drops the trailing […] of an excerpt', async () => {
      const feed = parseFeed({
        body: await body('/__test/demo/feeds/wordpress-posts.json'),
        url: 'https://przykladowo.example.org/wp-json/wp/v2/posts?_embed',
      });
      const [first] = feed.articles;
      expect(first.title).to.equal('Nowe boisko przy Szkole Podstawowej nr 2 już otwarte');
      expect(first.lead).to.equal('Boisko ze sztuczną trawą i bieżnią jest otwarte dla mieszkańców po lekcjach i w weekendy. Wstęp jest bezpłatny');
      expect(first.image).to.deep.include({
        alt: 'Dzieci grają w piłkę na nowym boisku ze sztuczną trawą',
        credit: 'fot. Anna Kowalczyk',
        width: 768,
        height: 432,
      });
      expect(first.published).to.equal('2026-11-27T10:20:00.000Z');
      expect(first.tags).to.deep.equal(['Oświata', 'sport', 'inwestycje']);
      expect(feed.articles[1].title).to.equal('Dyżury aptek w grudniu – lista i godziny');
    });
  });

  describe('when posts come without _embed', () => {
    it('reads title, link and date, with no image, authors or terms (they are ids only)', async () => {
      const feed = parseFeed({ body: await body(corpus(`${WP}/wordpress-core/PostsCollection.json`)) });
      expect(feed.articles).to.have.length(1);
      const [post] = feed.articles;
      expect(post.url).to.match(/^https?:\/\//);
      expect(post.title).to.be.a('string').and.not.equal('');
      expect(post.published).to.match(/^\d{4}-\d\d-\d\dT/);
      expect(post.authors).to.deep.equal([]);
      expect(post.tags).to.deep.equal([]);
    });

    it("takes Yoast's og:image when there is no featured media", () => {
      const posts = [
        {
          id: 7,
          link: 'https://gmina.example.pl/2026/wiosna/',
          title: { rendered: 'Wiosna' },
          date_gmt: '2026-03-21T08:00:00',
          yoast_head_json: { og_image: [{ url: 'https://gmina.example.pl/wp-content/uploads/wiosna.jpg', width: 1200, height: 675 }] },
        },
      ];
      const [post] = parseFeed({ body: JSON.stringify(posts) }).articles;
      expect(post.image).to.deep.equal({ src: 'https://gmina.example.pl/wp-content/uploads/wiosna.jpg', alt: '', width: 1200, height: 675 });
      expect(post.published).to.equal('2026-03-21T08:00:00.000Z');
    });
  });

  describe('when the response is one post, not a list', () => {
    it('reads it as a list of one', async () => {
      const feed = parseFeed({ body: await body(corpus(`${WP}/frontity/schemas-mocks/post-60.json`)) });
      expect(feed.articles.map((a) => a.title)).to.deep.equal(['The Beauties of Gullfoss']);
    });
  });

  describe('when the response is not a list of posts', () => {
    for (const file of ['categories-list.json', 'tags-list.json', 'author-list.json', 'post-60-comments.json']) {
      it(`gives a format error for ${file}`, async () => {
        const bytes = await body(corpus(`${WP}/frontity/schemas-mocks/${file}`));
        expect(parseError(() => parseFeed({ body: bytes })).code).to.equal('format');
      });
    }

    it('reads an empty list as an empty feed', () => {
      expect(parseFeed({ body: '[]' }).articles).to.deep.equal([]);
    });
  });
});
