import { expect } from '@open-wc/testing';
import { formatDate } from '../../src/i18n/dates.js';
import { en } from '../../src/i18n/en.js';
import { messagesFor, type Messages } from '../../src/i18n/index.js';
import { pl } from '../../src/i18n/pl.js';
import { ELEMENTS, STATES } from '../a11y/elements.js';
import { mount, root, unmountAll } from '../a11y/harness.js';
import { freshStore } from '../helpers.js';

// A language is one object of type Messages: a missing string is a type error. (This line is
// checked by `tsc`: if the error went away, the directive itself would fail the type check.)
const withoutRetry: Omit<Messages, 'retry'> = en;
// @ts-expect-error a language without `retry` is not a complete Messages
const incomplete: Messages = withoutRetry;
void incomplete;

/** Every string a language can produce, functions called with typical arguments. */
function strings(m: Messages): string[] {
  return Object.entries(m).flatMap(([key, value]): string[] => {
    if (key === 'lang') return [];
    if (typeof value === 'string') return [value];
    if (typeof value === 'function') return [1, 2, 5, 503].map((n) => String((value as (x: never) => string)(n as never)));
    return Object.values(value as Record<string, string>);
  });
}

const NOW = Date.parse('2026-11-26T12:00:00Z');
const ago = (seconds: number) => new Date(NOW - seconds * 1000).toISOString();

describe('languages', () => {
  it('has every string in Polish and English, each one translated', () => {
    expect(Object.keys(pl).sort()).to.deep.equal(Object.keys(en).sort());
    expect(Object.keys(pl.errors).sort()).to.deep.equal(Object.keys(en.errors).sort());
    const [p, e] = [strings(pl), strings(en)];
    expect(p).to.have.length(e.length).and.not.be.empty;
    expect(p.every(Boolean) && e.every(Boolean)).to.be.true;
    for (let i = 0; i < p.length; i++) expect(p[i], `"${e[i]}" is translated`).to.not.equal(e[i]);
  });

  it('gives other languages the English strings', () => {
    expect(messagesFor('fi')).to.equal(en);
    expect(messagesFor('pl-PL')).to.equal(pl);
    expect(messagesFor('EN-gb')).to.equal(en);
  });

  describe('counts', () => {
    it('use the three Polish plural forms', () => {
      const forms = [0, 1, 2, 4, 5, 12, 21, 22, 25, 102, 112].map(pl.articleCount);
      expect(forms).to.deep.equal([
        '0 artykułów',
        '1 artykuł',
        '2 artykuły',
        '4 artykuły',
        '5 artykułów',
        '12 artykułów',
        '21 artykułów',
        '22 artykuły',
        '25 artykułów',
        '102 artykuły',
        '112 artykułów',
      ]);
      expect(pl.loaded(3)).to.equal('Wczytano: 3 artykuły.');
    });

    it('use the two English forms', () => {
      expect([0, 1, 2, 21].map(en.articleCount)).to.deep.equal(['0 articles', '1 article', '2 articles', '21 articles']);
      expect(en.loaded(1)).to.equal('Loaded 1 article.');
    });
  });

  describe('relative dates', () => {
    const cases: [number, string, string][] = [
      [20, 'teraz', 'now'],
      [5 * 60, '5 minut temu', '5 minutes ago'],
      [3 * 3600, '3 godziny temu', '3 hours ago'],
      [26 * 3600, 'wczoraj', 'yesterday'],
      [2 * 86400, '2 dni temu', '2 days ago'],
      [5 * 86400, '5 dni temu', '5 days ago'],
      [14 * 86400, '2 tygodnie temu', '2 weeks ago'],
      [-2 * 86400, 'za 2 dni', 'in 2 days'],
    ];
    for (const [seconds, polish, english] of cases) {
      it(`writes ${english} as "${polish}"`, () => {
        expect(formatDate(ago(seconds), 'pl', 'relative', NOW)).to.equal(polish);
        expect(formatDate(ago(seconds), 'en', 'relative', NOW)).to.equal(english);
      });
    }

    it('writes dates older than a year in full, and other languages in their own words', () => {
      expect(formatDate('2024-03-01T12:00:00Z', 'pl', 'relative', NOW)).to.equal('1 marca 2024');
      expect(formatDate(ago(2 * 86400), 'de', 'relative', NOW)).to.equal('vor 2 Tagen');
      expect(formatDate('2026-11-20T08:00:00Z', 'de', 'long')).to.equal('20. November 2026');
    });
  });
});

describe('what a reader sees and hears', () => {
  beforeEach(freshStore);
  afterEach(() => unmountAll());

  for (const c of ELEMENTS) {
    for (const [lang, m] of [
      ['pl', pl],
      ['en', en],
    ] as const) {
      for (const state of STATES) {
        it(`<${c.tag}> ${state} in ${lang}: every UI string outside the news is ${lang}`, async () => {
          const el = await mount(c, { state, lang, attrs: { target: '_blank' } });
          const own = new Set(strings(m));
          const heading = el.getAttribute('heading');
          const ui: string[] = [];
          const walker = document.createTreeWalker(root(el), NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const text = node.textContent!.trim();
            const parent = node.parentElement!;
            if (!text || text === heading || parent.closest('[aria-hidden="true"]')) continue;
            // Inside an article only the words the widget adds are UI: the rest is the news.
            if (parent.closest('article') && !parent.matches('.visually-hidden, [part~="credit"]')) continue;
            ui.push(text);
          }
          for (const label of Array.from(root(el).querySelectorAll('[aria-label]'))) ui.push(label.getAttribute('aria-label')!);
          for (const text of ui) {
            const known = own.has(text) || [...own].some((s) => text === `${s}`) || (text.startsWith(m === pl ? 'fot.' : 'Photo:') && text.length > 6);
            expect(known, `"${text}" is a ${lang} UI string`).to.be.true;
          }
          if (state === 'empty' && c.silentWhenEmpty) expect(ui).to.deep.equal([]);
          else if (state !== 'ready') expect(ui.length).to.be.greaterThan(0);
        });
      }
    }

    it(`<${c.tag}> in Finnish (no strings built in): English strings marked lang="en", Finnish dates`, async () => {
      const el = await mount(c, { state: 'ready', lang: 'en', attrs: { lang: 'fi', target: '_blank' } });
      const time = root(el).querySelector('article time')!;
      expect(time.textContent).to.match(/^\d{1,2}\. [a-zäö]+ \d{4}$/);
      expect(root(el).querySelector('.root')!.getAttribute('lang')).to.equal('fi');
      const newTab = root(el).querySelector('article .visually-hidden')!;
      expect(newTab.textContent!.trim()).to.equal(en.newTab);
      // The article is English (the feed says so); the date inside it is Finnish.
      expect(newTab.closest('[lang]')!.getAttribute('lang')).to.equal('en');
      expect(time.closest('[lang]')!.getAttribute('lang')).to.equal('fi');
      const failed = await mount(c, { state: 'error', lang: 'en', attrs: { lang: 'fi' } });
      const status = root(failed).querySelector('[role="status"]')!;
      expect(status.getAttribute('lang')).to.equal('en');
      expect(status.textContent).to.equal(en.errors.parse);
    });
  }
});
