import { expect } from '@open-wc/testing';
import { fixture } from '../helpers.js';
import { labelled, METHODS, precisionAt3, withoutTags, type Labelled } from './evaluate.js';

// The floors of the issue, on the labelled set that `npm run eval:related` prints in full.
describe('related articles: measured quality', () => {
  let set: Labelled;
  before(async () => {
    set = labelled(await (await fetch(fixture('related/eval.json'))).json());
  });

  const full = METHODS.find((m) => m.name === 'full method')!;

  it('reaches precision@3 of at least 0.85 with tags', () => {
    expect(precisionAt3(set, full).all).to.be.at.least(0.85);
  });

  it('reaches precision@3 of at least 0.75 with the tags removed', () => {
    expect(precisionAt3(withoutTags(set), full).all).to.be.at.least(0.75);
  });

  it('does better than tags alone and text alone', () => {
    const [tags, text] = METHODS.map((m) => precisionAt3(set, m).all);
    const both = precisionAt3(set, full).all;
    expect(both).to.be.greaterThan(tags);
    expect(both).to.be.greaterThan(text);
  });
});
