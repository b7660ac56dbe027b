// The labelled evaluation of <civic-related-articles>: precision@3 (same topic) of the shipped
// scoring code, and of variants with one step changed, so each step shows what it is worth.
// Runs in Node (`npm run eval:related`) and in Chromium (test/related/quality.test.ts), with the
// same reader and the same scoring modules as the element.
import { readJsonFeed } from '../../src/feeds/json-feed.js';
import type { Article } from '../../src/model/article.js';
import { findRelated, type RelatedQuery } from '../../src/related/find-related.js';
import { fold, stemEn, stemPl } from '../../src/related/stem.js';
import { FUNCTION_WORDS, isStopword } from '../../src/related/stopwords.js';
import { buildIndex, DEFAULT_FIELDS, tagVectorOf, termCounts, type IndexOptions, type RelatedIndex } from '../../src/related/related-index.js';
import { makeAnalyzer, type Analyzer, type AnalyzerSteps } from '../../src/related/terms.js';

/** Articles with their topic labels. */
export interface Labelled {
  articles: Article[];
  topics: Map<string, string>;
}

/** Reads the labelled JSON Feed with the element's own reader; labels come from `_eval.topic`. */
export function labelled(feed: Record<string, unknown>, url = 'https://nowe-miasto.example.org/feed.json'): Labelled {
  const { articles } = readJsonFeed(feed, url);
  const topics = new Map<string, string>();
  for (const item of feed.items as { id: string; _eval: { topic: string } }[]) topics.set(item.id, item._eval.topic);
  return { articles, topics };
}

export const withoutTags = (set: Labelled): Labelled => ({ ...set, articles: set.articles.map((a) => ({ ...a, tags: [] })) });

/** A way to pick 3 related articles. */
export interface Method {
  name: string;
  index?: IndexOptions;
  query?: Partial<RelatedQuery>;
  /** Changes the built index (for variants the index has no option for). */
  adjust?: (index: RelatedIndex) => void;
  /** Replaces the whole choice (for a text ranker compared in isolation). */
  rank?: (index: RelatedIndex, target: Article) => Article[];
}

export interface Precision {
  all: number;
  pl: number;
  en: number;
  /** Share of the shown places filled by the fallback rather than by similarity. */
  fallback: number;
}

/** Mean precision@3 over every article of the set taken in turn as the one being read. */
export function precisionAt3(set: Labelled, method: Method): Precision {
  const index = buildIndex(set.articles, method.index);
  method.adjust?.(index);
  const sums = { all: [0, 0], pl: [0, 0], en: [0, 0] };
  let filled = 0;
  let fallback = 0;
  for (const target of set.articles) {
    const topic = set.topics.get(target.id);
    let shown: Article[];
    if (method.rank) shown = method.rank(index, target);
    else {
      const { picks } = findRelated(index, { key: target.id, limit: 3, ...method.query });
      shown = picks.map((p) => p.article);
      filled += picks.length;
      fallback += picks.filter((p) => p.why === 'same-tag' || p.why === 'newest').length;
    }
    const p = shown.slice(0, 3).filter((a) => set.topics.get(a.id) === topic).length / 3;
    const lang = target.language === 'en' ? 'en' : 'pl';
    for (const key of ['all', lang] as const) {
      sums[key][0] += p;
      sums[key][1] += 1;
    }
  }
  const mean = ([sum, n]: number[]) => (n ? sum / n : 0);
  return { all: mean(sums.all), pl: mean(sums.pl), en: mean(sums.en), fallback: filled ? fallback / filled : 0 };
}

const functionWords = new Set(FUNCTION_WORDS.split(' '));
const shipped: AnalyzerSteps = { stopwords: isStopword, stemPl, stemEn, numbers: true };
const analyzer = (steps: Partial<AnalyzerSteps>) => makeAnalyzer({ ...shipped, ...steps });

/** The three methods of the issue. */
export const METHODS: Method[] = [
  // An index with no text: the score is the share of tag weight the other article carries.
  { name: 'tags only', index: { fields: { title: 0, lead: 0, body: 0 } }, query: { tagWeight: 1 } },
  { name: 'text only', query: { tagBoost: 0 } },
  { name: 'full method', query: {} },
];

/** The shipped method with one step changed, and steps tried and left out. */
export const ABLATIONS: Method[] = [
  { name: 'shipped (full method)' },
  { name: 'no stopwords', index: { analyzer: analyzer({ stopwords: () => false }) } },
  { name: 'function words only as stopwords', index: { analyzer: analyzer({ stopwords: (w) => functionWords.has(w) }) } },
  { name: 'no stemming', index: { analyzer: analyzer({ stemPl: (w) => w, stemEn: (w) => w }) } },
  { name: 'Polish: diacritics folded, no stemming', index: { analyzer: analyzer({ stemPl: fold }) } },
  { name: 'Polish: first 6 letters instead of the stemmer', index: { analyzer: analyzer({ stemPl: (w) => fold(w).slice(0, 6) }) } },
  { name: 'English: no plural stemming', index: { analyzer: analyzer({ stemEn: (w) => w }) } },
  { name: 'numbers dropped', index: { analyzer: analyzer({ numbers: false }) } },
  { name: 'word pairs (bigrams) added', index: { analyzer: bigramAnalyzer(1) } },
  { name: 'title counts 1.5×', index: { fields: { ...DEFAULT_FIELDS, title: 1.5 } } },
  { name: 'title counts 2×', index: { fields: { ...DEFAULT_FIELDS, title: 2 } } },
  { name: 'title 3, lead 2, body 1', index: { fields: { title: 3, lead: 2, body: 1 } } },
  { name: 'no body text', index: { fields: { ...DEFAULT_FIELDS, body: 0 } } },
  { name: 'tags all weigh the same (no rarity)', adjust: (index) => retag(index, () => 1) },
  { name: 'tags added (text + 0.3 × tags), not multiplied', query: { tagBoost: 0, tagWeight: 0.3 } },
  { name: 'tag boost 1', query: { tagBoost: 1 } },
  { name: 'tag boost 6', query: { tagBoost: 6 } },
  { name: 'no threshold', query: { threshold: 0 } },
  { name: 'threshold 0.05', query: { threshold: 0.05 } },
];

/** Text ranking alone (no tags, threshold or fallback): TF-IDF cosine against BM25. */
export const TEXT_RANKERS: Method[] = [
  { name: 'TF-IDF cosine (shipped)', query: { tagBoost: 0, threshold: 0, fallback: 'none' } },
  { name: 'BM25 (k1 1.2, b 0.75)', rank: bm25 },
];

function retag(index: RelatedIndex, weigh: (df: number, n: number) => number): void {
  const df = new Map<string, number>();
  for (const doc of index.docs) for (const tag of doc.tags) df.set(tag, (df.get(tag) ?? 0) + 1);
  const ones = new Map([...df].map(([tag, d]) => [tag, weigh(d, index.docs.length)]));
  index.tagIdf = ones;
  index.tags = new Map();
  index.docs.forEach((doc, i) => {
    for (const [tag, weight] of tagVectorOf(doc.tags, ones)) {
      const list = index.tags.get(tag) ?? { docs: [], weights: [] };
      list.docs.push(i);
      list.weights.push(weight);
      index.tags.set(tag, list);
    }
  });
}

const bm25Cache = new WeakMap<RelatedIndex, { counts: Map<string, number>[]; lengths: number[]; avg: number; df: Map<string, number> }>();

/** Okapi BM25 with the article's own terms as the query, on the same terms as the index. */
function bm25(index: RelatedIndex, target: Article): Article[] {
  let data = bm25Cache.get(index);
  if (!data) {
    const counts = index.articles.map((a) => termCounts(a, index.options));
    const lengths = counts.map((c) => [...c.values()].reduce((s, n) => s + n, 0));
    const df = new Map<string, number>();
    for (const c of counts) for (const term of c.keys()) df.set(term, (df.get(term) ?? 0) + 1);
    data = { counts, lengths, avg: lengths.reduce((s, n) => s + n, 0) / lengths.length, df };
    bm25Cache.set(index, data);
  }
  const { counts, lengths, avg, df } = data;
  const n = counts.length;
  const self = index.byArticle.get(target)!;
  const scores = counts.map((c, i) => {
    if (i === self) return -1;
    let score = 0;
    for (const term of counts[self].keys()) {
      const tf = c.get(term);
      if (!tf) continue;
      const idf = Math.log(1 + (n - df.get(term)! + 0.5) / (df.get(term)! + 0.5));
      score += (idf * tf * 2.2) / (tf + 1.2 * (0.25 + (0.75 * lengths[i]) / avg));
    }
    return score;
  });
  return scores
    .map((score, i) => [score, i])
    .filter(([score]) => score > 0)
    .sort((a, b) => b[0] - a[0])
    .slice(0, 3)
    .map(([, i]) => index.articles[i]);
}

/** The shipped analyzer plus each pair of neighbouring terms within a sentence, as one more term. */
function bigramAnalyzer(weight: number): Analyzer {
  const single = analyzer({});
  return (text, lang, into, w, surface) => {
    single(text, lang, into, w, surface);
    for (const sentence of text.split(/[.!?;:]/)) {
      const terms = new Map<string, number>();
      const order: string[] = [];
      single(sentence, lang, terms, 1, new Map());
      for (const [word] of sentence.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) {
        const term = lang === 'en' ? stemEn(word) : stemPl(word);
        if (terms.has(term)) order.push(term);
      }
      for (let i = 1; i < order.length; i++) into.set(`${order[i - 1]} ${order[i]}`, (into.get(`${order[i - 1]} ${order[i]}`) ?? 0) + w * weight);
    }
  };
}
