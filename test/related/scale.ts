// How the time to build the index and to score one article grows with the feed: synthetic feeds
// of 100 to 5,000 articles made by shuffling the sentences of the labelled set (a small
// vocabulary makes long postings, so these times err on the slow side).
import type { Article } from '../../src/model/article.js';
import { findRelated } from '../../src/related/find-related.js';
import { buildIndex } from '../../src/related/related-index.js';

/** A deterministic pseudo-random generator (mulberry32), so every run measures the same feed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` articles with ~3 KB bodies built from the sentences of `source`. */
export function syntheticFeed(source: Article[], count: number, seed = 1): Article[] {
  const next = random(seed);
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)];
  const sentences = source.flatMap((a) => (a.contentHtml ?? '').split(/<\/?p>/).filter(Boolean));
  const tags = [...new Set(source.flatMap((a) => a.tags))];
  return Array.from({ length: count }, (_, i) => {
    const base = pick(source);
    const body = Array.from({ length: 30 }, () => `<p>${pick(sentences)}</p>`).join('');
    return {
      id: `s${i}`,
      url: `https://nowe-miasto.example.org/aktualnosci/s${i}`,
      title: `${base.title} ${pick(sentences).split(' ').slice(0, 3).join(' ')}`,
      lead: base.lead,
      contentHtml: body,
      authors: [],
      tags: next() < 0.8 ? [pick(tags), pick(tags)] : [],
      published: new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString(),
      language: base.language,
    };
  });
}

export interface Timing {
  articles: number;
  /** Milliseconds to build the index (once per feed): the fastest of the runs. */
  build: number;
  /** Milliseconds to choose the related articles of one article (mean over the queries). */
  query: number;
  /** Mean size of the feed's body HTML, in characters. */
  bodyChars: number;
}

type CpuClock = { cpuUsage(): { user: number; system: number } };
const cpu = (globalThis as { process?: CpuClock }).process;

/**
 * Milliseconds of CPU time in Node, where other work on a shared machine would inflate a wall
 * clock; the wall clock elsewhere.
 */
function clock(): number {
  if (!cpu) return performance.now();
  const { user, system } = cpu.cpuUsage();
  return (user + system) / 1000;
}

/** Times the index build (best of `runs`) and the mean query over `queries` articles. */
export function timeScoring(source: Article[], sizes: number[], runs = 5, queries = 100): Timing[] {
  return sizes.map((size) => {
    const feed = syntheticFeed(source, size);
    let index = buildIndex(feed);
    let build = Infinity;
    for (let r = 0; r < runs; r++) {
      const start = clock();
      index = buildIndex(feed);
      build = Math.min(build, clock() - start);
    }
    const step = Math.max(1, Math.floor(size / queries));
    const start = clock();
    let n = 0;
    for (let i = 0; i < size; i += step, n++) findRelated(index, { key: feed[i].id, limit: 3 });
    const query = (clock() - start) / n;
    const bodyChars = Math.round(feed.reduce((s, a) => s + (a.contentHtml?.length ?? 0), 0) / size);
    return { articles: size, build, query, bodyChars };
  });
}
