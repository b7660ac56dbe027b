import { expect } from '@open-wc/testing';
import { suites } from './suites.js';
import type { CorpusResult, Disagreement } from './tally.js';

/**
 * Conformance against the public parser suites in test/corpora. `npm run conformance`
 * runs this file alone and prints the table; `npm test` runs it with everything else.
 */

interface Listed {
  corpus: string;
  file: string;
  field: string;
  item?: number;
  reason: string;
}

/**
 * Issue 3's goal is 97% per corpus. Two corpora stay below it on purpose: every field they
 * differ on is a choice issue 3 or the README (Feeds) makes (see the reasons in differences.json),
 * and they have so few comparable fields (68 and 23) that one choice costs 1.5 and 4 points.
 * Their floors hold the line where it is, so a new disagreement still fails. (gofeed moved from
 * 0.93 to 0.91 with issue 11: an Atom id that is an http(s) URL is now the entry's link, where
 * gofeed gives none; two listed cases.)
 */
const FLOORS: Record<string, number> = { gofeed: 0.91, 'node-feedparser': 0.86 };
const FLOOR = 0.97;
const matches = (entry: Listed, d: Disagreement) =>
  entry.corpus === d.corpus && entry.file === d.file && (entry.field === d.field || entry.field === '*') && (entry.item === undefined || entry.item === d.item);

describe('conformance with public feed parser suites', () => {
  const results: CorpusResult[] = [];
  let listed: Listed[] = [];
  before(async () => {
    listed = await (await fetch(new URL('./differences.json', import.meta.url))).json();
  });

  after(async () => {
    // The runner script reads this to print the table (test/server/routes.mjs writes it).
    await fetch('/__test/report/conformance', { method: 'POST', body: JSON.stringify({ results, listed }, null, 1) });
  });

  for (const [name, run] of Object.entries(suites)) {
    describe(`when reading the ${name} corpus`, () => {
      let result: CorpusResult;
      before(async function () {
        this.timeout(60_000);
        result = await run();
        results.push(result);
      });

      const floor = FLOORS[name] ?? FLOOR;
      it(`agrees on at least ${floor * 100}% of the fields compared`, () => {
        expect(result.fields, 'fields compared').to.be.greaterThan(0);
        expect(result.agreeing / result.fields, `${result.agreeing}/${result.fields}`).to.be.at.least(floor);
      });

      it('lists every disagreement, with its reason, in differences.json', () => {
        const unlisted = result.disagreements.filter((d) => !listed.some((entry) => matches(entry, d)));
        expect(unlisted, JSON.stringify(unlisted, null, 1)).to.deep.equal([]);
      });

      it('lists no disagreement that no longer happens', () => {
        const stale = listed.filter((entry) => entry.corpus === result.corpus && !result.disagreements.some((d) => matches(entry, d)));
        expect(stale, JSON.stringify(stale, null, 1)).to.deep.equal([]);
      });
    });
  }
});
