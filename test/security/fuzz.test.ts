import { expect, fixture as render, html } from '@open-wc/testing';
import '../../src/define/article-card.js';
import '../../src/define/article-list.js';
import '../../src/define/article.js';
import '../../src/define/related-articles.js';
import type { CivicFeedElement } from '../../src/elements/shared/feed-element.js';
import { FeedError } from '../../src/feeds/errors.js';
import { parseFeed } from '../../src/feeds/parse.js';
import { expectNothingThrown, freshStore, unique } from '../helpers.js';
import { blocking, longestTask } from './main-thread.js';
import { describeMainThread } from '../main-thread.js';

/**
 * A bounded, seeded fuzz run (issues 10 and 11): the feeds under test/fixtures, the demo feeds
 * and real feeds from the corpora,
 * mutated by a small PRNG (truncation, byte flips, inserted tags, quotes, entities, BOMs, NULs,
 * invalid UTF-8, deep nesting, long runs of `<a@a`, `[]`, `<img`), each read by parseFeed and
 * some rendered by an element. Nothing may be thrown but a FeedError, every element must reach
 * a final state, and no task may be long. The same seed gives the same cases: a failure names
 * its case number, and `CASES`/`SEED` below reproduce it.
 */
const SEED = 0x10_2026;
const CASES = 3000;
/** One case in this many is also rendered by an element (rendering costs ~100x a parse). */
const RENDER_EVERY = 20;
/** A parse is one task: the rule's 100 ms. */
const PARSE_BOUND = 100;
/** An element's task also holds a parse and a render, on a shared machine: see freeze.test.ts for this generous bound. */
const ELEMENT_BOUND = 250;

const SOURCES = [
  'fixture/feed.json',
  'fixture/article.json',
  'fixture/a11y-long.json',
  'fixture/related/feed.json',
  'fixture/truncated.json',
  'fixture/feeds/bip.rdf',
  'fixture/feeds/bomb.xml',
  'fixture/feeds/gmina-1250.xml',
  'fixture/feeds/gmina-iso-8859-2.xml',
  'fixture/feeds/no-titles-or-links.xml',
  'fixture/feeds/powiat.atom',
  'fixture/feeds/sloppy.xml',
  'fixture/feeds/truncated.xml',
  'demo/feeds/aktualnosci.json',
  'demo/feeds/komunikaty.rss',
  'demo/feeds/news.json',
  'demo/feeds/uchwaly.rdf',
  'demo/feeds/wordpress-posts.json',
  'demo/feeds/wydarzenia.atom',
  // Real feeds of other projects' suites (test/corpora), one or two per format and source.
  'corpus/rsparser-netnewswire/feeds/EMarley.rss',
  'corpus/rsparser-netnewswire/feeds/OneFootTsunami.atom',
  'corpus/rsparser-netnewswire/feeds/ScriptingNews.json',
  'corpus/node-feedparser/test/feeds/rss-with-item-scoped-html-base.xml',
  'corpus/node-feedparser/test/feeds/tpm.atom',
  'corpus/jsonfeed-spec/examples/v1.1-podcast.json',
  'corpus/wordpress-rest-api/wordpress-core/PostsCollection.json',
  'corpus/gofeed/testdata/translator/atom/feed_author_email_-_atom03_feed_author_email.xml',
];

/** mulberry32: small, fast, and the same everywhere. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const TOKENS: (string | number[])[] = [
  '<b>',
  '</b>',
  '<item>',
  '</item>',
  '<entry>',
  '</entry>',
  '<![CDATA[',
  ']]>',
  '<!--',
  '-->',
  '<!DOCTYPE x [',
  ']>',
  '<?xml version="1.0" encoding="windows-1250"?>',
  '"',
  "'",
  '&amp;',
  '&nbsp;',
  '&#0;',
  '&#xD800;',
  '&#128;',
  '&bogus;',
  '&',
  '<',
  '>',
  '{',
  '}',
  '[',
  ']',
  ',',
  '\\',
  '\\u0000',
  '"items":',
  'xml:base="x/"',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '\u202egpj.exe',
  '\0',
  [0xef, 0xbb, 0xbf],
  [0xc3],
  [0xff],
  [0xed, 0xa0, 0x80],
  [0xf4, 0x90, 0x80, 0x80],
  [0xfe, 0xff],
];
const RUNS = ['<a@a', '[]', '<img', '<div>', '<b>', '<i>', '<table>', '<p>', '<!--', '<a ', '{"a":', '[', '&amp;amp;'];

/** The last run inserted, for the case's label. */
let lastRun = '';
type Mutation = (bytes: Uint8Array, random: () => number) => Uint8Array;
const at = (bytes: Uint8Array, random: () => number) => Math.floor(random() * (bytes.length + 1));
const insert = (bytes: Uint8Array, where: number, add: Uint8Array) => {
  const out = new Uint8Array(bytes.length + add.length);
  out.set(bytes.subarray(0, where));
  out.set(add, where);
  out.set(bytes.subarray(where), where + add.length);
  return out;
};
const MUTATIONS: [string, Mutation][] = [
  ['truncate', (b, r) => b.slice(0, at(b, r))],
  [
    'flip',
    (b, r) => {
      const out = b.slice();
      for (let i = 1 + Math.floor(r() * 8); i > 0 && out.length; i--) out[Math.floor(r() * out.length)] ^= 1 << Math.floor(r() * 8);
      return out;
    },
  ],
  [
    'token',
    (b, r) => {
      const token = TOKENS[Math.floor(r() * TOKENS.length)];
      return insert(b, at(b, r), typeof token === 'string' ? utf8(token) : new Uint8Array(token));
    },
  ],
  [
    'run',
    (b, r) => {
      const run = RUNS[Math.floor(r() * RUNS.length)];
      const count = 1 + Math.floor(r() * 5000);
      lastRun = `${count} × ${run}`;
      return insert(b, at(b, r), utf8(run.repeat(count)));
    },
  ],
  ['bom', (b) => insert(b, 0, new Uint8Array([0xef, 0xbb, 0xbf]))],
  [
    'json-string',
    (b, r) => {
      // A hostile value inside a valid JSON string: reaches the readers, not just JSON.parse.
      let data: unknown;
      try {
        data = JSON.parse(new TextDecoder().decode(b));
      } catch {
        return b;
      }
      const strings: [Record<string, unknown>, string][] = [];
      const walk = (value: unknown) => {
        if (value && typeof value === 'object')
          for (const [key, child] of Object.entries(value)) typeof child === 'string' ? strings.push([value as Record<string, unknown>, key]) : walk(child);
      };
      walk(data);
      if (!strings.length) return b;
      const [holder, key] = strings[Math.floor(r() * strings.length)];
      const run = RUNS[Math.floor(r() * RUNS.length)].repeat(1 + Math.floor(r() * 5000));
      holder[key] = `${holder[key] as string}${run}`;
      return utf8(JSON.stringify(data));
    },
  ],
];

/** Serves bytes as they are (invalid UTF-8 included) and returns their URL. */
async function serveBytes(key: string, bytes: Uint8Array): Promise<string> {
  const url = `/__test/store/${encodeURIComponent(key)}`;
  const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/octet-stream' }, body: bytes as BufferSource });
  if (!response.ok) throw new Error(`could not store ${key}`);
  return url;
}

/** Waits until the element is ready, empty or in error (never sleeps a fixed time). */
async function settled(el: CivicFeedElement): Promise<string> {
  const deadline = performance.now() + 8000;
  while (performance.now() < deadline) {
    await el.updateComplete;
    const state = el.getAttribute('state') ?? '';
    if (state === 'ready' || state === 'empty' || state === 'error') return state;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return el.getAttribute('state') ?? 'none';
}

const ELEMENTS = [
  (src: string) => html`<civic-article-list src=${src} limit="5"></civic-article-list>`,
  (src: string) => html`<civic-article-card src=${src}></civic-article-card>`,
  (src: string) => html`<civic-related-articles src=${src} for="https://example.org/none"></civic-related-articles>`,
  (src: string) => html`<civic-article src=${src}></civic-article>`,
];

describeMainThread('seeded fuzz run over the fixture and demo feeds (issue 10)', function () {
  this.timeout(120_000);
  beforeEach(freshStore);
  expectNothingThrown();

  it(`reads ${CASES} mutated feeds with no crash, a final state for every element, and no long task`, async () => {
    const started = performance.now();
    const seeds = await Promise.all(SOURCES.map(async (path) => new Uint8Array(await (await fetch(`/__test/${path}`)).arrayBuffer())));
    const random = prng(SEED);
    const problems: string[] = [];
    let longestParse = 0;
    let slowest = '';
    let longestTaskSeen = 0;
    let rendered = 0;
    const states: Record<string, number> = {};
    for (let n = 0; n < CASES; n++) {
      const source = Math.floor(random() * seeds.length);
      let bytes: Uint8Array = seeds[source];
      const applied: string[] = [];
      for (let k = 1 + Math.floor(random() * 3); k > 0; k--) {
        const [name, mutate] = MUTATIONS[Math.floor(random() * MUTATIONS.length)];
        bytes = mutate(bytes, random);
        applied.push(name === 'run' ? `run of ${lastRun}` : name);
      }
      const label = `case ${n} (${SOURCES[source]}: ${applied.join(', ')})`;
      const read = () => {
        try {
          const { articles } = parseFeed({ body: bytes, url: 'https://example.org/feed' });
          // What a list and an article read of it.
          for (const article of articles.slice(0, 5)) void [article.lead, article.contentHtml];
        } catch (error) {
          if (!(error instanceof FeedError)) problems.push(`${label}: threw ${String(error)}`);
        }
      };
      let took = blocking(read, 1);
      // A slow case is measured twice more: the fastest run is the one least disturbed by parallel work.
      if (took >= PARSE_BOUND) took = Math.min(took, blocking(read, 2));
      if (took > longestParse) slowest = label;
      longestParse = Math.max(longestParse, took);
      if (took >= PARSE_BOUND) problems.push(`${label}: parse blocked ${took.toFixed(0)} ms`);
      if (n % RENDER_EVERY === 0) {
        const src = await serveBytes(unique(`fuzz-${n}`), bytes);
        const { result: state, longest } = await longestTask(async () => {
          const wrapper = await render(html`<div lang="pl">${ELEMENTS[rendered % ELEMENTS.length](src)}</div>`);
          const state = await settled(wrapper.firstElementChild as CivicFeedElement);
          wrapper.remove();
          return state;
        });
        rendered++;
        states[state] = (states[state] ?? 0) + 1;
        longestTaskSeen = Math.max(longestTaskSeen, longest);
        if (!['ready', 'empty', 'error'].includes(state)) problems.push(`${label}: element stayed ${state}`);
        if (longest >= ELEMENT_BOUND) problems.push(`${label}: a task of ${longest.toFixed(0)} ms`);
      }
    }
    console.log(
      `fuzz: ${CASES} cases from ${SOURCES.length} feeds, seed 0x${SEED.toString(16)}, ${rendered} rendered (${Object.entries(states)
        .map(([s, c]) => `${c} ${s}`)
        .join(', ')}); ` +
        `longest parse ${longestParse.toFixed(0)} ms (${slowest}), longest task while rendering ${longestTaskSeen.toFixed(0)} ms; ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    expect(problems).to.deep.equal([]);
    // The issue's rule, "no task over 1 s", held directly (the bounds above are stricter still).
    expect(longestParse, slowest).to.be.below(1000);
    expect(longestTaskSeen).to.be.below(1000);
  });
});
