import { expect } from '@open-wc/testing';
import { parseDate } from '../../src/feeds/dates.js';
import { corpus } from '../helpers.js';

describe('feed dates', () => {
  describe("with gofeed's date cases", () => {
    it('reads every one to the expected UTC second', async () => {
      const cases: { input: string; expectedUTC: string; note: string }[] = await (await fetch(corpus('gofeed/dates.json'))).json();
      expect(cases).to.have.length(18);
      for (const { input, expectedUTC, note } of cases) {
        expect(parseDate(input)?.replace(/\.\d{3}Z$/, 'Z'), `${input} (${note})`).to.equal(expectedUTC);
      }
    });
  });

  describe('with the forms feeds write', () => {
    const cases: [string, string][] = [
      ['Tue, 03 Nov 2026 10:15:00 CET', '2026-11-03T09:15:00.000Z'],
      ['Sun, 6 Sep 2026 18:00:00 CEST', '2026-09-06T16:00:00.000Z'],
      ['06 Sep 2026 18:00 UT', '2026-09-06T18:00:00.000Z'],
      ['Sun, 10 Dec 17 13:01:36 -0800', '2017-12-10T21:01:36.000Z'],
      ['Wed, 03 Jan 2018 13:47:00 GMT\r\n      ', '2018-01-03T13:47:00.000Z'],
      ['Thursday, 05-Nov-2026 08:00:00 Z', '2026-11-05T08:00:00.000Z'],
      ['2026-11-27T10:20:00', '2026-11-27T10:20:00.000Z'],
      ['2026-11-27T11:20:00+01:00', '2026-11-27T10:20:00.000Z'],
      ['2026-11-27T11:20:00+0100', '2026-11-27T10:20:00.000Z'],
      ['2026-11-27 11:20:00.123456', '2026-11-27T11:20:00.123Z'],
    ];
    for (const [input, expected] of cases) {
      it(`reads ${JSON.stringify(input)}`, () => {
        expect(parseDate(input)).to.equal(expected);
      });
    }
  });

  describe('with dates that cannot be read', () => {
    for (const input of ['jutro rano', '', '   ', 'NaN', 'Invalid Date', '2026-02-30T10:00:00Z', '2026-13-01', '2026-00-10', 'Mon, 45 Jan 2026 10:00:00 GMT', 'Seg, 24 Set 2018 19:42:40 -0300', '99999-01-01']) {
      it(`leaves out ${JSON.stringify(input)}`, () => {
        expect(parseDate(input)).to.be.undefined;
      });
    }

    it('leaves out values that are not text', () => {
      for (const input of [null, undefined, {}, [], true, Number.NaN, Infinity]) expect(parseDate(input)).to.be.undefined;
    });
  });
});
