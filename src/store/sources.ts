import { FeedError } from '../feeds/errors.js';
import type { ParsedFeed } from '../model/article.js';
import { feedStore, isAbort, type FeedRequest } from './feed-store.js';

/** One feed of an element's `src`, as it came back. */
export interface SourceResult {
  /** The address as `src` wrote it (what `civic-error` reports). */
  src: string;
  /** The absolute address. */
  url: string;
  feed?: ParsedFeed;
  error?: unknown;
}

/**
 * Loads every feed `src` names, side by side, through the shared store. One failing feed does
 * not fail the others (issue 15): each result says how its feed went. An abort rejects, since
 * nobody wants the answer any more.
 */
export async function loadSources(srcs: string[], request: Omit<FeedRequest, 'url'>): Promise<SourceResult[]> {
  const results = await Promise.all(
    srcs.map(async (src): Promise<SourceResult> => {
      let url = src;
      try {
        url = new URL(src, document.baseURI).href;
      } catch {
        return { src, url, error: new FeedError('network', `"${src}" is not a valid address.`) };
      }
      try {
        return { src, url, feed: await feedStore.load({ ...request, url }) };
      } catch (error) {
        return { src, url, error };
      }
    }),
  );
  const aborted = results.find((result) => isAbort(result.error));
  if (aborted) throw aborted.error;
  return results;
}
