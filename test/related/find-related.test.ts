import { expect } from '@open-wc/testing';
import type { Article } from '../../src/model/article.js';
import { findRelated } from '../../src/related/find-related.js';
import { buildIndex, relatedIndex } from '../../src/related/related-index.js';
import { stemEn, stemPl } from '../../src/related/stem.js';
import { isStopword } from '../../src/related/stopwords.js';

let n = 0;
function article(fields: Partial<Article> & { title: string }): Article {
  n++;
  return {
    id: `a${n}`,
    url: `https://miasto.example.org/a/${n}`,
    lead: '',
    authors: [],
    tags: [],
    published: `2026-01-${String((n % 28) + 1).padStart(2, '0')}T10:00:00.000Z`,
    ...fields,
  };
}
const ids = (list: { article: Article }[]) => list.map((p) => p.article.id);

describe('related articles (data layer)', () => {
  describe('the Polish stemmer', () => {
    it('gives one stem to the forms of a word', () => {
      const forms = ['budżet', 'budżetu', 'budżetem', 'budżecie', 'budżetowy', 'budżetowego'];
      expect(new Set(forms.map(stemPl)).size).to.equal(1);
      expect(new Set(['szkoła', 'szkole', 'szkoły', 'szkół', 'szkolny', 'szkolnych'].map(stemPl)).size).to.equal(1);
      expect(new Set(['droga', 'drogi', 'drodze', 'drogowy'].map(stemPl)).size).to.equal(1);
      expect(new Set(['głosowanie', 'głosowania', 'głosuje', 'głosów'].map(stemPl)).size).to.equal(1);
      expect(new Set(['przystanek', 'przystanku', 'przystanków'].map(stemPl)).size).to.equal(1);
    });

    it('keeps apart words that only look alike at the start', () => {
      expect(stemPl('zdrowie')).to.not.equal(stemPl('zdrada'));
      expect(stemPl('budżet')).to.not.equal(stemPl('budynek'));
      expect(stemPl('kultura')).to.not.equal(stemPl('kult'));
    });

    it('drops the English plural only', () => {
      expect(['bus', 'buses', 'libraries', 'trees'].map(stemEn)).to.deep.equal(['bus', 'buse', 'library', 'tree']);
      expect(stemEn('status')).to.equal('status');
    });
  });

  describe('stopwords', () => {
    it('know Polish and English function words and leave topic words', () => {
      for (const word of ['się', 'które', 'oraz', 'the', 'which', 'września', 'mieszkańcy']) expect(isStopword(word), word).to.be.true;
      for (const word of ['budżet', 'szkoła', 'bus', 'library']) expect(isStopword(word), word).to.be.false;
    });
  });

  describe('when scoring', () => {
    const budget = article({ title: 'Ruszyło głosowanie w budżecie obywatelskim', lead: 'Mieszkańcy wybierają projekty.', tags: ['budżet obywatelski'] });
    const budget2 = article({ title: 'Wyniki budżetu obywatelskiego', lead: 'Wygrał projekt parku.', tags: ['budżet obywatelski'] });
    const budget3 = article({ title: 'Budżetem obywatelskim zapłacimy za ławki', lead: 'Projekt jest gotowy.' });
    const concert = article({ title: 'Koncert w bibliotece', lead: 'Zagra kwartet smyczkowy.', tags: ['kultura'] });
    const road = article({ title: 'Remont ulicy Długiej', lead: 'Objazd przez Krótką.', tags: ['drogi'] });
    const feed = [budget, budget2, budget3, concert, road];

    it('finds the forms of one word across articles, and says which words and tags they share', () => {
      const { target, picks } = findRelated(buildIndex(feed), { key: budget.id, limit: 2, fallback: 'none' });
      expect(target).to.equal(budget);
      expect(ids(picks)).to.have.members([budget2.id, budget3.id]);
      const tagged = picks.find((p) => p.article === budget2)!;
      expect(tagged.why).to.equal('similar');
      expect(tagged.tags).to.deep.equal(['budżet obywatelski']);
      expect(tagged.terms.some((t) => /^budże/.test(t))).to.be.true;
      expect(tagged.score).to.be.greaterThan(0);
    });

    it('ranks an article sharing the tags above one sharing only the words', () => {
      const { picks } = findRelated(buildIndex(feed), { key: budget.id, limit: 2, fallback: 'none' });
      expect(ids(picks)).to.deep.equal([budget2.id, budget3.id]);
    });

    it('weighs a tag every article carries far less than a rare one, and a shared tag alone relates nothing', () => {
      const common = feed.map((a) => ({ ...a, tags: [...a.tags, 'aktualności'] }));
      const index = buildIndex(common);
      expect(index.tagIdf.get('aktualności')).to.be.lessThan(index.tagIdf.get('kultura')! / 2);
      const { picks } = findRelated(index, { key: common[3].id, limit: 3, fallback: 'none' });
      expect(picks).to.have.length(0);
    });

    it('puts the newer article first when two score the same', () => {
      const older = article({ title: 'Nowy rozkład jazdy autobusów', published: '2026-01-01T00:00:00.000Z' });
      const newer = article({ title: 'Nowy rozkład jazdy autobusów', published: '2026-03-01T00:00:00.000Z' });
      const same = article({ title: 'Rozkład jazdy autobusów', published: '2026-02-01T00:00:00.000Z' });
      const { picks } = findRelated(buildIndex([older, same, newer]), { key: same.id, limit: 2, fallback: 'none' });
      expect(ids(picks)).to.deep.equal([newer.id, older.id]);
    });

    it('treats an article below the threshold as not related', () => {
      const index = buildIndex(feed);
      const low = findRelated(index, { key: budget.id, limit: 5, fallback: 'none', threshold: 10 });
      expect(low.picks).to.have.length(0);
      const shared = findRelated(index, { key: concert.id, limit: 5, fallback: 'none' });
      expect(shared.picks, 'nothing shares a word or tag with the concert').to.have.length(0);
    });
  });

  describe('pins, self-exclusion and duplicates', () => {
    const self = article({
      id: 'self',
      url: 'https://miasto.example.org/aktualnosci/self',
      title: 'Sesja rady miasta o budżecie',
      related: ['pin-b', 'https://WWW.miasto.example.org/aktualnosci/pin-a/?utm_source=nl#top', 'missing', 'self'],
    });
    const pinA = article({ id: 'pin-a', url: 'https://miasto.example.org/aktualnosci/pin-a', title: 'Koncert w bibliotece' });
    const pinB = article({ id: 'pin-b', url: 'https://miasto.example.org/aktualnosci/pin-b', title: 'Remont ulicy Długiej' });
    const similar = article({ id: 'similar', url: 'https://miasto.example.org/aktualnosci/similar', title: 'Rada miasta przyjęła budżet' });
    const copy = article({ id: 'copy', url: 'http://Miasto.example.org/aktualnosci/similar/?fbclid=1', title: 'Rada miasta przyjęła budżet (kopia)' });
    const mirror = article({ id: 'mirror', url: 'https://miasto.example.org/aktualnosci/self/', title: 'Sesja rady miasta o budżecie' });
    const feed = [self, pinA, pinB, similar, copy, mirror];

    it('shows the pins first, in their order, then the similar ones', () => {
      const { picks } = findRelated(buildIndex(feed), { key: 'self', limit: 3 });
      expect(ids(picks)).to.deep.equal(['pin-b', 'pin-a', 'similar']);
      expect(picks.map((p) => p.why)).to.deep.equal(['pinned', 'pinned', 'similar']);
    });

    it('never shows the article itself, by id or by URL after normalization, nor a URL twice', () => {
      for (const key of [
        'self',
        'https://miasto.example.org/aktualnosci/self',
        'HTTP://www.MIASTO.example.org/aktualnosci/self/?utm_medium=email&utm_source=x#comments',
      ]) {
        const { picks } = findRelated(buildIndex(feed), { key, limit: 10 });
        const shown = ids(picks);
        expect(shown, key).to.not.include('self');
        expect(shown, key).to.not.include('mirror');
        expect(
          shown.filter((id) => id === 'similar' || id === 'copy'),
          key,
        ).to.have.length(1);
        expect(shown, key).to.have.length(new Set(shown).size);
      }
    });
  });

  describe('fallback', () => {
    const target = article({ title: 'Lipy i klony wzdłuż alei', tags: ['zieleń'], published: '2026-05-01T00:00:00.000Z' });
    const sameTag = article({ title: 'Kwietne łąki na skwerach', tags: ['zieleń'], published: '2025-01-01T00:00:00.000Z' });
    const newest = article({ title: 'Remont ulicy Długiej', tags: ['drogi'], published: '2026-06-01T00:00:00.000Z' });
    const second = article({ title: 'Koncert w bibliotece', tags: ['kultura'], published: '2026-04-01T00:00:00.000Z' });
    const old = article({ title: 'Festiwal muzyki dawnej', published: '2024-01-01T00:00:00.000Z' });
    const feed = [old, second, target, sameTag, newest];

    it('fills free places with the newest sharing a tag, then the newest of all', () => {
      const { picks } = findRelated(buildIndex(feed), { key: target.id, limit: 3 });
      expect(ids(picks)).to.deep.equal([sameTag.id, newest.id, second.id]);
      expect(picks.map((p) => p.why)).to.deep.equal(['same-tag', 'newest', 'newest']);
    });

    it('leaves them free with fallback "none"', () => {
      expect(findRelated(buildIndex(feed), { key: target.id, limit: 3, fallback: 'none' }).picks).to.deep.equal([]);
    });

    it('shows the newest when the article is not in the feed, and nothing with fallback "none"', () => {
      const index = buildIndex(feed);
      const away = findRelated(index, { key: 'https://miasto.example.org/elsewhere', limit: 2 });
      expect(away.target).to.be.undefined;
      expect(ids(away.picks)).to.deep.equal([newest.id, target.id]);
      expect(findRelated(index, { key: 'https://miasto.example.org/elsewhere', limit: 2, fallback: 'none' }).picks).to.deep.equal([]);
    });
  });

  describe('the index', () => {
    it('is built once per articles array and shared', () => {
      const feed = [article({ title: 'Jeden' }), article({ title: 'Dwa' })];
      expect(relatedIndex(feed)).to.equal(relatedIndex(feed));
      expect(relatedIndex([...feed])).to.not.equal(relatedIndex(feed));
    });

    it('leaves out a byline of initials, and keeps a department that signs a story', () => {
      const a = article({ title: 'Nowe drzewa w parku', contentHtml: '<p>Posadzimy lipy. (abk)</p>', authors: ['abk'] });
      const b = article({ title: 'Remont ulicy Długiej', contentHtml: '<p>Objazd przez Krótką. (abk)</p>', authors: ['abk'] });
      const c = article({ title: 'Zapisy do szkół', contentHtml: '<p>Pytania: Wydział Edukacji.</p>', authors: ['Wydział Edukacji'] });
      const d = article({ title: 'Stypendia dla uczniów', contentHtml: '<p>Wnioski przyjmuje Wydział Edukacji.</p>' });
      const index = buildIndex([a, b, c, d]);
      expect(findRelated(index, { key: a.id, limit: 3, fallback: 'none' }).picks).to.deep.equal([]);
      expect(ids(findRelated(index, { key: c.id, limit: 3, fallback: 'none' }).picks)).to.deep.equal([d.id]);
    });

    it('reads the body as text, never the markup or a script', () => {
      const withBody = article({ title: 'Ogłoszenie', contentHtml: '<p class="zieleń">Sadzimy <b>lipy</b>&nbsp;i klony</p><script>var budżet = 1</script>' });
      const trees = article({ title: 'Lipy w parku' });
      const money = article({ title: 'Budżet miasta' });
      const index = buildIndex([withBody, trees, money]);
      expect(index.idf.has(stemPl('lipy'))).to.be.true;
      expect(index.idf.has(stemPl('zieleń')), 'attribute values are not words').to.be.false;
      expect(ids(findRelated(index, { key: withBody.id, limit: 3, fallback: 'none' }).picks)).to.deep.equal([trees.id]);
    });
  });
});
