// Issue 14: Polish, English, Ukrainian, German and Czech, each complete; languages a site
// registers at run time; relative dates right at the boundaries; the element following
// `<html lang>`. What a reader meets: strings on screen, `lang` on the nodes that carry them.
import { expect } from '@open-wc/testing';
import '../../src/define/article-list.js';
import '../../src/define/related-articles.js';
import type { CivicFeedElement, WidgetState } from '../../src/elements/shared/feed-element.js';
import { cs } from '../../src/i18n/cs.js';
import { formatDate } from '../../src/i18n/dates.js';
import { de } from '../../src/i18n/de.js';
import { en } from '../../src/i18n/en.js';
import { loadLanguage, messagesFor, registerLanguage, type Messages } from '../../src/i18n/index.js';
import { pl } from '../../src/i18n/pl.js';
import { uk } from '../../src/i18n/uk.js';
import { registerLanguage as publicRegister } from '../../src/index.js';
import { fixture, freshStore, until } from '../helpers.js';

/** Every string a language can produce, functions called with typical arguments. */
function strings(m: Messages): string[] {
  return Object.entries(m).flatMap(([key, value]): string[] => {
    if (key === 'lang') return [];
    if (typeof value === 'string') return [value];
    if (typeof value === 'function') return [1, 2, 5, 503].map((n) => String((value as (x: never) => string)(n as never)));
    return Object.values(value as Record<string, string>);
  });
}

const BUILT_IN: Record<string, Messages> = { pl, en, uk, de, cs };

const NOW = Date.parse('2026-11-26T12:00:00Z');
const ago = (seconds: number) => new Date(NOW - seconds * 1000).toISOString();
const DAY = 86400;

/** Relative dates at the boundaries the audit found wrong, per language (fixed clock). */
const BOUNDARIES: [string, number, Record<string, string>][] = [
  ['20 seconds', 20, { pl: 'teraz', en: 'now', uk: 'зараз', de: 'jetzt', cs: 'nyní', lt: 'dabar' }],
  ['5 minutes', 5 * 60, { pl: '5 minut temu', en: '5 minutes ago', uk: '5 хвилин тому', de: 'vor 5 Minuten', cs: 'před 5 minutami', lt: 'prieš 5 minutes' }],
  ['3 hours', 3 * 3600, { pl: '3 godziny temu', en: '3 hours ago', uk: '3 години тому', de: 'vor 3 Stunden', cs: 'před 3 hodinami', lt: 'prieš 3 valandas' }],
  // Yesterday early morning: 30 hours ago at noon, which rounding made "2 days ago".
  ['30 hours (yesterday)', 30 * 3600, { pl: 'wczoraj', en: 'yesterday', uk: 'учора', de: 'gestern', cs: 'včera', lt: 'vakar' }],
  ['2 days', 2 * DAY, { pl: '2 dni temu', en: '2 days ago', uk: '2 дні тому', de: 'vor 2 Tagen', cs: 'před 2 dny', lt: 'prieš 2 dienas' }],
  // 11 days were "2 weeks ago": units are counted down, and under two weeks in days.
  ['11 days', 11 * DAY, { pl: '11 dni temu', en: '11 days ago', uk: '11 днів тому', de: 'vor 11 Tagen', cs: 'před 11 dny', lt: 'prieš 11 dienų' }],
  ['20 days', 20 * DAY, { pl: '2 tygodnie temu', en: '2 weeks ago', uk: '2 тижні тому', de: 'vor 2 Wochen', cs: 'před 2 týdny', lt: 'prieš 2 savaites' }],
  // 40 days were "last month", which for 40 days may be two calendar months back.
  ['40 days', 40 * DAY, { pl: '1 miesiąc temu', en: '1 month ago', uk: '1 місяць тому', de: 'vor 1 Monat', cs: 'před 1 měsícem', lt: 'prieš 1 mėnesį' }],
  ['70 days', 70 * DAY, { pl: '2 miesiące temu', en: '2 months ago', uk: '2 місяці тому', de: 'vor 2 Monaten', cs: 'před 2 měsíci', lt: 'prieš 2 mėnesius' }],
  ['in 2 days', -2 * DAY, { pl: 'za 2 dni', en: 'in 2 days', uk: 'через 2 дні', de: 'in 2 Tagen', cs: 'za 2 dny', lt: 'po 2 dienų' }],
];

describe('built-in languages', () => {
  it('are pl, en, uk, de and cs, each with every string, each translated', () => {
    const english = strings(en);
    for (const [lang, m] of Object.entries(BUILT_IN)) {
      expect(m.lang).to.equal(lang);
      expect(Object.keys(m).sort(), lang).to.deep.equal(Object.keys(en).sort());
      expect(Object.keys(m.errors).sort(), lang).to.deep.equal(Object.keys(en.errors).sort());
      const own = strings(m);
      expect(own, lang).to.have.length(english.length);
      expect(own.every(Boolean), `${lang} has no empty string`).to.be.true;
      if (lang === 'en') continue;
      // "Autor" and "Artikel" are the same word in some languages; no sentence is left in English.
      const untranslated = own.filter((text, i) => text === english[i] && text.includes(' ') && !/^\d+ /.test(text));
      expect(untranslated, `${lang}: untranslated`).to.deep.equal([]);
    }
  });

  it('count articles with each language’s plural forms (Intl.PluralRules)', () => {
    const counts = [1, 2, 4, 5, 12, 21, 22, 25];
    expect(counts.map(uk.articleCount)).to.deep.equal(['1 стаття', '2 статті', '4 статті', '5 статей', '12 статей', '21 стаття', '22 статті', '25 статей']);
    expect(counts.map(cs.articleCount)).to.deep.equal(['1 článek', '2 články', '4 články', '5 článků', '12 článků', '21 článků', '22 článků', '25 článků']);
    expect(counts.map(de.articleCount)).to.deep.equal(counts.map((n) => `${n} Artikel`));
    expect(counts.map(pl.articleCount)).to.deep.equal([
      '1 artykuł',
      '2 artykuły',
      '4 artykuły',
      '5 artykułów',
      '12 artykułów',
      '21 artykułów',
      '22 artykuły',
      '25 artykułów',
    ]);
    expect([1, 3, 5].map(pl.newArticles)).to.deep.equal(['Nowy artykuł — pokaż', '3 nowe artykuły — pokaż', '5 nowych artykułów — pokaż']);
    expect([1, 3, 5].map(uk.newArticles)).to.deep.equal(['1 нова стаття — показати', '3 нові статті — показати', '5 нових статей — показати']);
    expect([1, 3].map(de.newArticles)).to.deep.equal(['1 neuer Artikel – anzeigen', '3 neue Artikel – anzeigen']);
    expect([1, 3, 5].map(cs.newArticles)).to.deep.equal(['1 nový článek – zobrazit', '3 nové články – zobrazit', '5 nových článků – zobrazit']);
    expect([1, 3].map(en.newArticles)).to.deep.equal(['1 new article — show', '3 new articles — show']);
  });

  it('download uk, de and cs only when a page asks for one (a separate module each)', async () => {
    // Not in the bundle's table until asked for: English stands in, the module then arrives.
    await loadLanguage('uk');
    expect(messagesFor('uk-UA').retry).to.equal(uk.retry);
    await loadLanguage('de');
    expect(messagesFor('de-AT').retry).to.equal(de.retry);
    await loadLanguage('cs');
    expect(messagesFor('cs').retry).to.equal(cs.retry);
    expect(messagesFor('fi').retry).to.equal(en.retry);
  });

  describe('write relative dates right at the boundaries', () => {
    for (const [name, seconds, expected] of BOUNDARIES) {
      it(name, () => {
        const got = Object.fromEntries(Object.keys(expected).map((lang) => [lang, formatDate(ago(seconds), lang, 'relative', NOW)]));
        expect(got).to.deep.equal(expected);
      });
    }
  });
});

/** The list in a column of the given language, loaded. */
async function listIn(lang: string | null, attrs: Record<string, string> = {}, state: WidgetState = 'ready'): Promise<CivicFeedElement> {
  const box = document.createElement('div');
  box.className = 'civic-test-column';
  if (lang) box.lang = lang;
  const el = document.createElement('civic-article-list') as CivicFeedElement;
  for (const [name, value] of Object.entries({ src: fixture('feed.json'), ...attrs })) el.setAttribute(name, value);
  box.append(el);
  document.body.append(box);
  await until(el, state);
  return el;
}

/** Waits for the element to render something matching, through its updates (no sleep). */
async function untilText(el: CivicFeedElement, selector: string, pattern: RegExp): Promise<Element> {
  const deadline = Date.now() + 5000;
  for (;;) {
    await el.updateComplete;
    const node = el.shadowRoot!.querySelector(selector);
    if (node && pattern.test(node.textContent ?? '')) return node;
    if (Date.now() > deadline) throw new Error(`${selector} says "${node?.textContent?.trim()}"`);
    await new Promise(requestAnimationFrame);
  }
}

/** The language of a node as assistive technology gets it: the nearest `lang`, across the shadow root. */
function langOf(node: Element): string {
  let n: Element | null = node;
  while (n) {
    if (n.hasAttribute('lang')) return n.getAttribute('lang')!;
    n = n.parentElement ?? ((n.getRootNode() as ShadowRoot).host || null);
  }
  return '';
}

describe('languages on the page', () => {
  beforeEach(freshStore);
  afterEach(() => {
    for (const box of document.querySelectorAll('.civic-test-column')) box.remove();
    document.documentElement.lang = 'en';
  });

  for (const [lang, m] of Object.entries(BUILT_IN)) {
    it(`shows and marks ${lang} strings on a ${lang} page`, async () => {
      const el = await listIn(lang, { src: fixture('empty.json') }, 'empty');
      const message = await untilText(el, '[part="status"]', new RegExp(m.empty.slice(0, 8)));
      expect(langOf(message)).to.equal(lang);
    });
  }

  it('renders again in the new language when <html lang> changes after load', async () => {
    document.documentElement.lang = 'pl';
    const el = await listIn(null, { src: fixture('empty.json') }, 'empty');
    await untilText(el, '[part="status"]', /Brak wiadomości/);
    document.documentElement.lang = 'de';
    const message = await untilText(el, '[part="status"]', /Keine Nachrichten/);
    expect(langOf(message)).to.equal('de');
    document.documentElement.lang = 'uk';
    await untilText(el, '[part="status"]', /Немає новин/);
  });

  it('follows <html dir> when it changes after load: the widget’s own words turn with the page', async () => {
    document.documentElement.lang = 'pl';
    const el = await listIn(null, { src: fixture('empty.json') }, 'empty');
    const message = await untilText(el, '[part="status"]', /Brak wiadomości/);
    expect(getComputedStyle(message).direction).to.equal('ltr');
    try {
      document.documentElement.dir = 'rtl';
      await el.updateComplete;
      expect(getComputedStyle(message).direction).to.equal('rtl');
    } finally {
      document.documentElement.removeAttribute('dir');
    }
    await el.updateComplete;
    expect(getComputedStyle(message).direction).to.equal('ltr');
  });

  it('takes a language a site registers at run time, end to end, and marks it', async () => {
    publicRegister('lt', {
      empty: 'Naujienų nėra.',
      retry: 'Bandyti dar kartą',
      relatedHeading: 'Kiti straipsniai',
      articleForms: { one: 'straipsnis', few: 'straipsniai', other: 'straipsnių' },
    });
    const el = await listIn('lt', { src: fixture('empty.json') }, 'empty');
    const message = await untilText(el, '[part="status"]', /Naujienų nėra/);
    expect(langOf(message)).to.equal('lt');
    expect(messagesFor('lt-LT').articleCount(1)).to.equal('1 straipsnis');
    expect(messagesFor('lt').articleCount(3)).to.equal('3 straipsniai');
    expect(messagesFor('lt').articleCount(10)).to.equal('10 straipsnių');
    // Relative dates come from the browser's own Lithuanian.
    expect(formatDate(ago(2 * DAY), 'lt', 'relative', NOW)).to.equal('prieš 2 dienas');
  });

  it('lets a site override one string of a built-in language, elements following at once', async () => {
    const el = await listIn('pl', { src: fixture('empty.json') }, 'empty');
    await untilText(el, '[part="status"]', /Brak wiadomości/);
    registerLanguage('pl', { empty: 'Na razie nie ma aktualności.' });
    try {
      await untilText(el, '[part="status"]', /Na razie nie ma aktualności/);
      expect(messagesFor('pl').retry).to.equal('Spróbuj ponownie');
    } finally {
      registerLanguage('pl', { empty: pl.empty });
    }
  });

  it('marks the English fallback heading as English on a page in a language without strings', async () => {
    const box = document.createElement('div');
    box.className = 'civic-test-column';
    box.lang = 'fi';
    const el = document.createElement('civic-related-articles') as CivicFeedElement;
    el.setAttribute('src', '/demo/feeds/news.json');
    el.setAttribute('for', 'en-participatory-budget-vote');
    box.append(el);
    document.body.append(box);
    await until(el, 'ready');
    const heading = await untilText(el, '[part="heading"]', /Other articles/);
    expect(langOf(heading.querySelector('span') ?? heading)).to.equal('en');
  });
});
