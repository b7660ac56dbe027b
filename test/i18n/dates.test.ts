// Polish and US English dates are written without Intl (issue 13): a page's first
// Intl.DateTimeFormat loads ICU data, 50–90 ms at 4× CPU slowdown, a long task on a cheap phone.
// The text must stay what Intl writes, in every engine: compared here month by month, day by day.
import { expect } from '@open-wc/testing';
import '../../src/define/article-list.js';
import type { CivicFeedElement } from '../../src/elements/shared/feed-element.js';
import { formatDate, warmDates } from '../../src/i18n/dates.js';
import { freshStore, nextFrame, until } from '../helpers.js';

/** Counts what asks Intl.DateTimeFormat to format, while `run` runs. */
async function intlFormats(run: () => unknown): Promise<number> {
  const proto = Intl.DateTimeFormat.prototype;
  const original = Object.getOwnPropertyDescriptor(proto, 'format')!;
  let count = 0;
  Object.defineProperty(proto, 'format', {
    ...original,
    get() {
      count++;
      return original.get!.call(this);
    },
  });
  const Original = Intl.DateTimeFormat;
  const Counting = function (...args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
    count++;
    return new Original(...args);
  } as unknown as typeof Intl.DateTimeFormat;
  (Counting as unknown as { prototype: object }).prototype = proto;
  Intl.DateTimeFormat = Counting;
  try {
    await run();
  } finally {
    Intl.DateTimeFormat = Original;
    Object.defineProperty(proto, 'format', original);
  }
  return count;
}

describe('dates written without Intl (issue 13)', () => {
  const dates: Date[] = [];
  for (const year of [2009, 2026]) for (let month = 0; month < 12; month++) for (const day of [1, 9, 10, 28]) dates.push(new Date(year, month, day, 12));
  // The last day of each month of a leap year, and a date just after local midnight.
  for (let month = 0; month < 12; month++) dates.push(new Date(2028, month + 1, 0, 23, 59));
  dates.push(new Date(2026, 11, 2, 0, 5));

  for (const lang of ['pl', 'pl-PL', 'en', 'en-US'])
    for (const style of ['long', 'short'] as const) {
      it(`${lang}, ${style}: the text Intl writes, for ${dates.length} dates`, () => {
        const intl = new Intl.DateTimeFormat(lang, { dateStyle: style });
        for (const date of dates) expect(formatDate(date.toISOString(), lang, style), date.toISOString()).to.equal(intl.format(date));
      });
    }

  it('asks Intl nothing for Polish and US English, and still asks it for other languages and regions', async () => {
    const iso = '2026-03-09T10:00:00Z';
    expect(
      await intlFormats(() =>
        ['pl', 'pl-PL', 'en', 'en-US'].forEach((lang) => (warmDates(lang, 'long'), formatDate(iso, lang, 'long'), formatDate(iso, lang, 'short'))),
      ),
    ).to.equal(0);
    expect(await intlFormats(() => formatDate(iso, 'en-GB', 'long'))).to.be.above(0);
    expect(formatDate(iso, 'en-GB', 'long')).to.equal('9 March 2026');
    expect(formatDate(iso, 'de', 'short')).to.equal(new Intl.DateTimeFormat('de', { dateStyle: 'short' }).format(new Date(iso)));
    // Years outside four digits are Intl's to write.
    expect(formatDate('0099-06-01T12:00:00Z', 'pl', 'long')).to.equal(
      new Intl.DateTimeFormat('pl', { dateStyle: 'long' }).format(new Date('0099-06-01T12:00:00Z')),
    );
  });

  describe('a Polish list', () => {
    beforeEach(freshStore);
    let list: CivicFeedElement | undefined;
    afterEach(() => list?.remove());

    it('shows its dates without a DateTimeFormat', async () => {
      const formats = await intlFormats(async () => {
        const main = document.createElement('main');
        main.lang = 'pl';
        main.innerHTML = '<civic-article-list src="/__test/demo/feeds/aktualnosci.json" limit="3"></civic-article-list>';
        document.body.append(main);
        list = main.firstElementChild as CivicFeedElement;
        await until(list, 'ready');
        await list.updateComplete;
        await nextFrame();
        await new Promise((resolve) => setTimeout(resolve, 50));
      });
      const times = [...list!.shadowRoot!.querySelectorAll('time')].map((time) => time.textContent!.trim());
      expect(times).to.have.length(3);
      for (const text of times) expect(text).to.match(/^\d{1,2} [a-ząćęłńóśźż]+ \d{4}$/);
      expect(formats).to.equal(0);
      list!.parentElement!.remove();
    });
  });
});
