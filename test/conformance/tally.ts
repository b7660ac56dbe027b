/** One field on which our reader and another project's expectation differ. */
export interface Disagreement {
  corpus: string;
  file: string;
  /** Item index, when the field belongs to an item. */
  item?: number;
  field: string;
  ours: unknown;
  theirs: unknown;
}

/** Per corpus: cases (files), fields compared, fields agreeing, and every disagreement. */
export interface CorpusResult {
  corpus: string;
  cases: number;
  fields: number;
  agreeing: number;
  disagreements: Disagreement[];
  /** What the comparison covers and how fields are normalized before comparing. */
  rules: string;
}

const normal = (value: unknown): unknown => (value === '' || value === null || (Array.isArray(value) && !value.length) ? undefined : value);

/** Counts agreement field by field. */
export class Tally {
  readonly result: CorpusResult;
  constructor(corpus: string, rules: string) {
    this.result = { corpus, cases: 0, fields: 0, agreeing: 0, disagreements: [], rules };
  }

  /** A new case (one input file). */
  case(): void {
    this.result.cases++;
  }

  /**
   * Compares one field. Empty values ('' / [] / null / undefined) are alike, and a field
   * both sides leave empty is not counted: agreeing on nothing is no evidence. With
   * `onlyTheirs`, a field the other project leaves empty is not counted either (its output
   * lacks what it never maps, which says nothing about the feed).
   */
  compare(file: string, item: number | undefined, field: string, ours: unknown, theirs: unknown, onlyTheirs = false): boolean {
    const a = normal(ours);
    const b = normal(theirs);
    if (b === undefined && (a === undefined || onlyTheirs)) return true;
    this.result.fields++;
    const same = JSON.stringify(a) === JSON.stringify(b);
    if (same) this.result.agreeing++;
    else
      this.result.disagreements.push({ corpus: this.result.corpus, file, ...(item === undefined ? {} : { item }), field, ours: a ?? null, theirs: b ?? null });
    return same;
  }
}

/** Whitespace collapsed and trimmed, as every reader here shows text. */
export const squash = (value: unknown) => (typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : value);

/** Milliseconds of an ISO date, at whole seconds (golden files differ in fractions). */
export const instant = (value: unknown) => {
  const time = typeof value === 'string' ? Date.parse(value) : NaN;
  return Number.isFinite(time) ? new Date(Math.floor(time / 1000) * 1000).toISOString() : undefined;
};

/** The bytes of a file in test/corpora (`path` starts with the corpus folder). */
export async function bytes(path: string): Promise<ArrayBuffer> {
  const response = await fetch(`/__test/corpus/${path}`);
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.arrayBuffer();
}

export async function json<T>(path: string, encoding = 'utf-8'): Promise<T> {
  return JSON.parse(new TextDecoder(encoding).decode(await bytes(path))) as T;
}

/** The files under a folder of test/corpora, recursively, relative to it. */
export async function list(dir: string): Promise<string[]> {
  const response = await fetch(`/__test/list/${dir}`);
  if (!response.ok) throw new Error(`${dir}: ${response.status}`);
  return response.json();
}
