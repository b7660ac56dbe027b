import { expect } from '@open-wc/testing';
import { parseDate } from '../../src/model/dates.js';
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
    for (const input of [
      'jutro rano',
      '',
      '   ',
      'NaN',
      'Invalid Date',
      '2026-02-30T10:00:00Z',
      '2026-13-01',
      '2026-00-10',
      'Mon, 45 Jan 2026 10:00:00 GMT',
      'Seg, 24 Set 2018 19:42:40 -0300',
      '99999-01-01',
    ]) {
      it(`leaves out ${JSON.stringify(input)}`, () => {
        expect(parseDate(input)).to.be.undefined;
      });
    }

    it('leaves out values that are not text', () => {
      for (const input of [null, undefined, {}, [], true, Number.NaN, Infinity]) expect(parseDate(input)).to.be.undefined;
    });
  });

  // Issue 11, item 6: every zone name RFC 822 and real feeds use, offsets after GMT, and no date
  // invented from text that is no date.
  describe('with the zone names of RFC 822 and of real feeds', () => {
    const at = (zone: string) => parseDate(`Mon, 02 Jan 2006 15:04:05 ${zone}`);
    const hours: [string, number][] = [
      ['UT', 0],
      ['GMT', 0],
      ['Z', 0],
      ['EST', -5],
      ['EDT', -4],
      ['CST', -6],
      ['CDT', -5],
      ['MST', -7],
      ['MDT', -6],
      ['PST', -8],
      ['PDT', -7],
      ['MET', 1],
      ['MEST', 2],
      ['CET', 1],
      ['CEST', 2],
      ['EET', 2],
      ['EEST', 3],
      ['BST', 1],
      ['WET', 0],
      ['PT', -8],
      ['ET', -5],
      ['CT', -6],
      ['MT', -7],
      ['cest', 2],
      ['A', -1],
      ['I', -9],
      ['K', -10],
      ['M', -12],
      ['N', 1],
      ['Y', 12],
    ];
    for (const [zone, east] of hours) {
      it(`reads ${zone} as UTC${east < 0 ? '' : '+'}${east}`, () => {
        expect(at(zone)).to.equal(new Date(Date.UTC(2006, 0, 2, 15 - east, 4, 5)).toISOString());
      });
    }

    const offsets: [string, string][] = [
      ['GMT-01:01', '2006-01-02T16:05:05.000Z'],
      ['GMT+0130', '2006-01-02T13:34:05.000Z'],
      ['UTC+2', '2006-01-02T13:04:05.000Z'],
      ['+0130', '2006-01-02T13:34:05.000Z'],
      ['-01:01', '2006-01-02T16:05:05.000Z'],
      ['+01', '2006-01-02T14:04:05.000Z'],
      ['-0800 (PST)', '2006-01-02T23:04:05.000Z'],
    ];
    for (const [zone, expected] of offsets) {
      it(`reads the offset ${zone}`, () => {
        expect(at(zone)).to.equal(expected);
      });
    }

    for (const zone of ['XYZ', 'IST', 'J', 'EST+0100', 'GMT+25', 'GMT+01:75', 'garbage here']) {
      it(`drops a date with the unknown or impossible zone ${zone}, rather than read it as UTC`, () => {
        expect(at(zone)).to.be.undefined;
      });
    }
  });

  describe('with other forms feeds write', () => {
    const cases: [string, string][] = [
      ['03 Apr 02 1500 GMT', '2002-04-03T15:00:00.000Z'],
      ['02 Jan 2006', '2006-01-02T00:00:00.000Z'],
      ['Jan 2, 2006 15:04:05 EST', '2006-01-02T20:04:05.000Z'],
      ['January 02, 2006', '2006-01-02T00:00:00.000Z'],
      ['Tue Nov 03 2026 10:15:00 GMT+0100 (Central European Standard Time)', '2026-11-03T09:15:00.000Z'],
      ['Tue Nov  3 10:15:00 CET 2026', '2026-11-03T09:15:00.000Z'],
      ['Tue Nov 3 10:15:00 2026', '2026-11-03T10:15:00.000Z'],
    ];
    for (const [input, expected] of cases) {
      it(`reads ${JSON.stringify(input)}`, () => {
        expect(parseDate(input)).to.equal(expected);
      });
    }
  });

  describe('with text that only looks like a date', () => {
    for (const input of [
      'Dec x 2012',
      '03-12-31',
      '12/31/2003',
      '2012',
      'Dec 2012',
      'x Dec 2012',
      '1 Foo 2012',
      'Monday',
      'Tue Nov 33 10:15:00 2026',
      'Mon, 02 Jan 2006 25:04:05 GMT',
      'Mon, 02 Jan 2006 15:04:05 GMT and then some',
      `${'Mon, 02 Jan 2006 15:04:05 '.repeat(10)}GMT`,
    ]) {
      it(`drops ${JSON.stringify(input)}, never invents a date`, () => {
        expect(parseDate(input)).to.be.undefined;
      });
    }
  });
});
