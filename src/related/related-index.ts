import type { Article } from '../model/article.js';
import { normalizeUrl } from '../model/match.js';
import { publishedBody } from '../model/published-body.js';
import { analyze, scoringText, termLanguage, type Analyzer } from './terms.js';

/** How much a word counts by where it stands (title, lead, body). */
export interface FieldWeights {
  title: number;
  lead: number;
  body: number;
}

/** How an index reads articles (the evaluation swaps parts to measure each). */
export interface IndexOptions {
  analyzer?: Analyzer;
  fields?: FieldWeights;
  /** Characters of the body that count: a news story puts its subject first, and the rest of a long one adds time, not meaning. */
  bodyChars?: number;
}

/** One article as the index keeps it. */
export interface IndexedDoc {
  article: Article;
  /** The URL as `normalizeUrl` gives it, for self-exclusion and duplicates. */
  url: string;
  /** ISO date for recency; '' when the article has none. */
  date: string;
  /** Tags in lower case, for matching. */
  tags: string[];
}

/** Postings of one term: which documents hold it, with what normalized weight. */
interface Postings {
  docs: number[];
  weights: number[];
}

/** The relatedness index of one feed: built once, shared by every element showing that feed. */
export interface RelatedIndex {
  articles: Article[];
  docs: IndexedDoc[];
  byArticle: Map<Article, number>;
  /** Term → postings of the text vectors (TF-IDF, unit length). */
  terms: Map<string, Postings>;
  /** Tag → postings of each article's tags, weighted by the tag's rarity. */
  tags: Map<string, Postings>;
  idf: Map<string, number>;
  tagIdf: Map<string, number>;
  options: Required<IndexOptions>;
}

/**
 * Every word counts the same wherever it stands: on the labelled set a title counted 1.5, 2 or
 * 3 times did worse (short news items say in the body what the title only hints at).
 */
export const DEFAULT_FIELDS: FieldWeights = { title: 1, lead: 1, body: 1 };

const idfOf = (count: number, df: number) => Math.log(1 + count / df);

/** Weighted term counts of one article, before IDF. */
export function termCounts(article: Article, options: Required<IndexOptions>, surface?: Map<string, string>): Map<string, number> {
  const counts = new Map<string, number>();
  const lang = termLanguage(article);
  const { analyzer, fields } = options;
  if (fields.title) analyzer(article.title, lang, counts, fields.title, surface);
  if (fields.lead) analyzer(article.lead, lang, counts, fields.lead, surface);
  const body = fields.body ? publishedBody(article) : undefined;
  if (body) analyzer(scoringText(body.slice(0, options.bodyChars)), lang, counts, fields.body, surface);
  // A byline ("(abk)" under every story of one editor) says who wrote it, not what it is about.
  // Only initials and short signatures go: a department as author ("Wydział Edukacji") names a topic.
  const byline = new Map<string, number>();
  for (const author of article.authors) analyzer(author, lang, byline, 1);
  for (const term of byline.keys()) if (term.length <= 4) counts.delete(term);
  return counts;
}

/** A unit-length TF-IDF vector from weighted counts: sublinear so a repeated word does not dominate. */
export function vectorOf(counts: Map<string, number>, idf: Map<string, number>): Map<string, number> {
  const vector = new Map<string, number>();
  let norm = 0;
  for (const [term, count] of counts) {
    const weight = (1 + Math.log(Math.max(1, count))) * (idf.get(term) ?? 0);
    if (weight > 0) {
      vector.set(term, weight);
      norm += weight * weight;
    }
  }
  norm = Math.sqrt(norm);
  for (const [term, weight] of vector) vector.set(term, weight / norm);
  return vector;
}

/**
 * Tags weighted by how rare each is in the feed. As the article's own (`query`), scaled so that
 * the dot product with another article's tags is the share of its tag weight the other covers:
 * an extra tag on the other article costs it nothing, unlike a cosine.
 */
export function tagVectorOf(tags: string[], tagIdf: Map<string, number>, query = false): Map<string, number> {
  const vector = new Map<string, number>();
  let total = 0;
  for (const tag of tags) {
    const weight = tagIdf.get(tag) ?? 0;
    vector.set(tag, weight);
    total += weight * weight;
  }
  if (query) for (const [tag, weight] of vector) vector.set(tag, weight / total);
  return vector;
}

function addPostings(into: Map<string, Postings>, doc: number, vector: Map<string, number>): void {
  for (const [term, weight] of vector) {
    let postings = into.get(term);
    if (!postings) into.set(term, (postings = { docs: [], weights: [] }));
    postings.docs.push(doc);
    postings.weights.push(weight);
  }
}

function documentFrequencies(lists: Iterable<Iterable<string>>, count: number): Map<string, number> {
  const df = new Map<string, number>();
  for (const list of lists) for (const term of list) df.set(term, (df.get(term) ?? 0) + 1);
  for (const [term, n] of df) df.set(term, idfOf(count, n));
  return df;
}

/** Builds the index of a list of articles. */
export function buildIndex(articles: Article[], options: IndexOptions = {}): RelatedIndex {
  const opts = fullOptions(options);
  return assemble(
    articles,
    articles.map((article) => termCounts(article, opts)),
    opts,
  );
}

const fullOptions = (options: IndexOptions): Required<IndexOptions> => ({ analyzer: analyze, fields: DEFAULT_FIELDS, bodyChars: 2000, ...options });

/** The index from each article's term counts (the cheap part: counting is most of the time). */
function assemble(articles: Article[], counts: Map<string, number>[], opts: Required<IndexOptions>): RelatedIndex {
  const docs: IndexedDoc[] = articles.map((article) => ({
    article,
    url: normalizeUrl(article.url) ?? article.url,
    date: article.published ?? article.updated ?? '',
    tags: [...new Set(article.tags.map((tag) => tag.toLowerCase()))],
  }));
  const idf = documentFrequencies(
    counts.map((c) => c.keys()),
    docs.length,
  );
  const tagIdf = documentFrequencies(
    docs.map((d) => d.tags),
    docs.length,
  );
  const index: RelatedIndex = { articles, docs, byArticle: new Map(), terms: new Map(), tags: new Map(), idf, tagIdf, options: opts };
  docs.forEach((doc, i) => {
    index.byArticle.set(doc.article, i);
    addPostings(index.terms, i, vectorOf(counts[i], idf));
    addPostings(index.tags, i, tagVectorOf(doc.tags, tagIdf));
  });
  return index;
}

const cache = new WeakMap<Article[], RelatedIndex>();

/**
 * The index of a feed's articles, built on first use. The store hands every element the same
 * parsed array for a URL, so the array is the key: one index per feed, however many elements.
 */
export function relatedIndex(articles: Article[]): RelatedIndex {
  let index = cache.get(articles);
  if (!index) cache.set(articles, (index = buildIndex(articles)));
  return index;
}

/** Milliseconds of indexing between two yields to the page. */
const SLICE_MS = 10;

/** Lets the page handle input and paint: `scheduler.yield()` where there is one, else a message (not throttled like timers in a background tab). */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/**
 * Builds the index of a feed before an element needs it, yielding to the page every few
 * milliseconds: reading 200 leads and bodies is the costly part, and in one task it could block
 * the page (issue 10). Articles whose lead is read lazily (src/feeds/draft.ts) are read here.
 */
export async function prepareRelatedIndex(articles: Article[]): Promise<void> {
  if (cache.has(articles)) return;
  const opts = fullOptions({});
  const counts: Map<string, number>[] = [];
  let slice = performance.now();
  for (const article of articles) {
    counts.push(termCounts(article, opts));
    if (performance.now() - slice > SLICE_MS) {
      await yieldToPage();
      slice = performance.now();
    }
  }
  if (!cache.has(articles)) cache.set(articles, assemble(articles, counts, opts));
}
