// A small in-memory cache, bounded in entries and bytes; the least recently used feed goes first.

export interface CachedFeed {
  body: Uint8Array;
  contentType: string;
  etag: string | undefined;
  lastModified: string | undefined;
  /** When the upstream last confirmed this copy (200 or 304), in milliseconds. */
  validatedAt: number;
}

export class FeedCache {
  private readonly entries = new Map<string, CachedFeed>();
  private bytes = 0;

  constructor(
    private readonly maxEntries: number,
    private readonly maxBytes: number,
  ) {}

  get(key: string): CachedFeed | undefined {
    const entry = this.entries.get(key);
    if (entry) {
      // Map keeps insertion order: moving a hit to the end makes the first key the least used.
      this.entries.delete(key);
      this.entries.set(key, entry);
    }
    return entry;
  }

  set(key: string, entry: CachedFeed): void {
    this.delete(key);
    if (entry.body.byteLength > this.maxBytes || this.maxEntries === 0) return;
    this.entries.set(key, entry);
    this.bytes += entry.body.byteLength;
    while (this.entries.size > this.maxEntries || this.bytes > this.maxBytes) {
      this.delete(this.entries.keys().next().value as string);
    }
  }

  get size(): number {
    return this.entries.size;
  }

  delete(key: string): void {
    const old = this.entries.get(key);
    if (!old) return;
    this.bytes -= old.body.byteLength;
    this.entries.delete(key);
  }
}
