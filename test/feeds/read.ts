import { expect } from '@open-wc/testing';
import { FeedError } from '../../src/feeds/errors.js';

/** The bytes of a served file, as a fetch gives them to the store. */
export async function body(url: string): Promise<ArrayBuffer> {
  const response = await fetch(url);
  expect(response.ok, url).to.be.true;
  return response.arrayBuffer();
}

/** The FeedError a call throws (and fails when it throws nothing or something else). */
export function parseError(run: () => unknown): FeedError {
  try {
    run();
  } catch (error) {
    expect(error).to.be.instanceOf(FeedError);
    return error as FeedError;
  }
  throw new Error('expected a FeedError');
}
