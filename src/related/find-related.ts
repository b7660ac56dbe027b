import type { Article } from '../model/article.js';
import { findArticle } from '../model/match.js';
import { tagVectorOf, termCounts, vectorOf, type RelatedIndex } from './related-index.js';

/** Why an article is shown: pinned by the publisher, similar, or filling a place. */
export type RelatedReason = 'pinned' | 'similar' | 'same-tag' | 'newest';

/** One shown article and why, for `civic-load`'s detail. */
export interface RelatedPick {
  article: Article;
  /** Similarity to the article: text similarity (0 to 1) raised by shared tags; computed for every pick, pinned or not. */
  score: number;
  why: RelatedReason;
  /** Tags both articles carry, rarest first. */
  tags: string[];
  /** Words both articles use that weigh most in the score, as the article writes them. */
  terms: string[];
}

export interface RelatedQuery {
  /** The article's id or URL. */
  key: string;
  limit: number;
  /** `auto` fills free places with the newest articles sharing a tag, then the newest; `none` does not. */
  fallback?: 'auto' | 'none';
  /** Base for relative URLs in `key`. */
  base?: string;
  /**
   * How much shared tags raise a text similarity: the score is `text × (1 + tagBoost × tags)`,
   * where `tags` is the share of the article's tag weight the other article carries. Tags confirm
   * a text match rather than replace it, so one misleading tag cannot bring in an unrelated story.
   */
  tagBoost?: number;
  /** Weight of the tags on their own, added to the score (0: only the tags-only baseline of the evaluation uses it). */
  tagWeight?: number;
  /** Below this score an article is not related. */
  threshold?: number;
}

export interface RelatedResult {
  /** The article the block is about, when the feed has it. */
  target?: Article;
  picks: RelatedPick[];
}

/** Defaults measured by `npm run eval:related` (README, "How relatedness works"). */
export const TAG_BOOST = 3;
export const THRESHOLD = 0.02;

const round = (n: number) => Math.round(n * 1000) / 1000;

/**
 * Articles related to the one `key` names, best first: the publisher's pins in their order,
 * then by similarity above the threshold (newer first on a tie), then, unless `fallback` is
 * `none`, the newest sharing a tag and the newest of all. Never the article itself, never the
 * same URL twice.
 */
export function findRelated(index: RelatedIndex, query: RelatedQuery): RelatedResult {
  const { docs } = index;
  const { tagBoost = TAG_BOOST, tagWeight = 0 } = query;
  const key = query.key.trim();
  const target = key ? findArticle(index.articles, key, query.base) : undefined;
  const self = target ? index.byArticle.get(target) : undefined;

  // URLs already taken (normalized): the article's own, so a copy of it under another id stays
  // out, then each pick's.
  const taken = new Set<string>();
  if (self !== undefined) taken.add(docs[self].url);
  // An article without a link is news but no place to go: a related block offers none.
  const excluded = (i: number) => i === self || docs[i].article.id === key || taken.has(docs[i].url) || !docs[i].article.url;

  // Similarity to every article at once, through the postings of the article's own terms and tags.
  const surface = new Map<string, string>();
  const vector = target ? vectorOf(termCounts(target, index.options, surface), index.idf) : new Map<string, number>();
  const tagVector = self !== undefined ? tagVectorOf(docs[self].tags, index.tagIdf, true) : new Map<string, number>();
  const text = accumulate(index.terms, vector, docs.length);
  const tags = accumulate(index.tags, tagVector, docs.length);
  // Rounded as editors see it, so near-equal scores tie and the newer article wins.
  const score = text.map((t, i) => round(t * (1 + tagBoost * tags[i]) + tagWeight * tags[i]));

  const picks: RelatedPick[] = [];
  const add = (i: number | undefined, why: RelatedReason) => {
    if (i === undefined || picks.length >= query.limit || excluded(i)) return;
    taken.add(docs[i].url);
    picks.push({ article: docs[i].article, score: score[i], why, ...explain(index, i, vector, surface, target) });
  };

  for (const pin of target?.related ?? []) {
    const found = findArticle(index.articles, pin, target?.url);
    add(found && index.byArticle.get(found), 'pinned');
  }
  if (target) {
    const threshold = query.threshold ?? THRESHOLD;
    const similar: number[] = [];
    for (let i = 0; i < docs.length; i++) if (score[i] && score[i] >= threshold && !excluded(i)) similar.push(i);
    similar.sort((a, b) => score[b] - score[a] || newer(docs[a].date, docs[b].date));
    for (const i of similar) add(i, 'similar');
  }
  if (query.fallback !== 'none' && picks.length < query.limit) {
    const byDate = newestFirst(index);
    if (tagVector.size) for (const i of byDate) if (docs[i].tags.some((tag) => tagVector.has(tag))) add(i, 'same-tag');
    for (const i of byDate) add(i, 'newest');
  }
  return { target, picks };
}

/** Dot products of a unit vector with every indexed vector, through the postings. */
function accumulate(postings: RelatedIndex['terms'], vector: Map<string, number>, size: number): Float64Array {
  const sums = new Float64Array(size);
  for (const [term, weight] of vector) {
    const list = postings.get(term);
    if (list) for (let j = 0; j < list.docs.length; j++) sums[list.docs[j]] += weight * list.weights[j];
  }
  return sums;
}

/** ISO dates compare as strings; undated articles go last. */
const newer = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0);

const dateOrder = new WeakMap<RelatedIndex, number[]>();

function newestFirst(index: RelatedIndex): number[] {
  let order = dateOrder.get(index);
  if (!order) {
    order = index.docs.map((_, i) => i).sort((a, b) => newer(index.docs[a].date, index.docs[b].date));
    dateOrder.set(index, order);
  }
  return order;
}

/** The shared tags (rarest first) and the shared words that weigh most, for an editor. */
function explain(
  index: RelatedIndex,
  i: number,
  vector: Map<string, number>,
  surface: Map<string, string>,
  target?: Article,
): Pick<RelatedPick, 'tags' | 'terms'> {
  if (!target) return { tags: [], terms: [] };
  const doc = index.docs[i];
  const tags = target.tags
    .filter((tag) => doc.tags.includes(tag.toLowerCase()))
    .sort((a, b) => (index.tagIdf.get(b.toLowerCase()) ?? 0) - (index.tagIdf.get(a.toLowerCase()) ?? 0));
  const other = vectorOf(termCounts(doc.article, index.options), index.idf);
  const terms = [...other]
    .filter(([term]) => vector.has(term))
    .map(([term, weight]): [string, number] => [term, weight * vector.get(term)!])
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([term]) => surface.get(term) ?? term);
  return { tags, terms };
}
