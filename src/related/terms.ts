import type { Article } from '../model/article.js';
import { stemEn, stemPl } from './stem.js';
import { isStopword } from './stopwords.js';

/** The languages the analyzer knows; anything else is read as Polish, the common case here. */
export type TermLanguage = 'pl' | 'en';

/** How one article's text becomes weighted terms. */
export interface Analyzer {
  /** Adds each term of `text` to `into` with `weight` per occurrence; `surface` keeps the first written form of each. */
  (text: string, lang: TermLanguage, into: Map<string, number>, weight: number, surface?: Map<string, string>): void;
}

const WORD = /[\p{L}\p{N}]+/gu;
const DIGITS = /^\d+$/;

/** The language to stem an article's words in: its own `language`, else a guess from its letters. */
export function termLanguage(article: Article): TermLanguage {
  const lang = (article.language ?? '').toLowerCase();
  if (lang.startsWith('en')) return 'en';
  if (lang) return 'pl';
  const sample = `${article.title} ${article.lead}`.toLowerCase();
  return /[ąćęłńśźż]/.test(sample) || !/\b(?:the|and|of|is|for|with)\b/.test(sample) ? 'pl' : 'en';
}

/**
 * Plain text of a body, for scoring only (it is never shown): tags dropped by pattern, entities
 * left as spaces. A real HTML parser would cost a DOM and time for 5,000 bodies, and scoring needs
 * only the words.
 */
export function scoringText(html = ''): string {
  return stripTags(stripScripts(html)).replace(/&[#\w]+;/g, ' ');
}

const SCRIPT_OPEN = /<(script|style)\b/gi;
const CLOSE_REST = /\s*>/y;

/**
 * Script and style elements (to their first end tag) become a space. By hand, not as
 * /<(script|style)\b[\s\S]*?<\/\1\s*>/: that looks for an end tag from every start tag again,
 * which is quadratic on many unclosed ones.
 */
function stripScripts(html: string): string {
  const lower = html.toLowerCase();
  const unclosed = new Set<string>();
  const out: string[] = [];
  let last = 0;
  SCRIPT_OPEN.lastIndex = 0;
  for (let open = SCRIPT_OPEN.exec(html); open; open = SCRIPT_OPEN.exec(html)) {
    const name = open[1].toLowerCase();
    if (unclosed.has(name)) continue;
    let end = -1;
    for (let at = SCRIPT_OPEN.lastIndex, close; end < 0 && (close = lower.indexOf(`</${name}`, at)) >= 0; at = close + 1) {
      CLOSE_REST.lastIndex = close + 2 + name.length;
      if (CLOSE_REST.test(html)) end = CLOSE_REST.lastIndex;
    }
    if (end < 0) {
      unclosed.add(name);
      continue;
    }
    out.push(html.slice(last, open.index), ' ');
    last = SCRIPT_OPEN.lastIndex = end;
  }
  out.push(html.slice(last));
  return out.join('');
}

/** Every `<…>` becomes a space; a '<' with no '>' after it stays (as /<[^>]*>/g would leave it, in quadratic time). */
function stripTags(html: string): string {
  const lastGt = html.lastIndexOf('>');
  const out: string[] = [];
  let pos = 0;
  for (let lt = html.indexOf('<'); lt >= 0 && lt < lastGt; lt = html.indexOf('<', pos)) {
    out.push(html.slice(pos, lt), ' ');
    pos = html.indexOf('>', lt) + 1;
  }
  out.push(html.slice(pos));
  return out.join('');
}

/** What an analyzer does to each word (the evaluation switches each off to measure it). */
export interface AnalyzerSteps {
  stopwords: (word: string) => boolean;
  stemPl: (word: string) => string;
  stemEn: (word: string) => string;
  /** Keep words made only of digits (years, amounts). */
  numbers: boolean;
}

/** An analyzer from its steps: words in lower case, stopwords out, each word stemmed in the article's language. */
export function makeAnalyzer(steps: AnalyzerSteps): Analyzer {
  // Stems are cached per word and language (null: a stopword): a feed repeats its vocabulary,
  // and this loop is most of the time it takes to build an index.
  const cache = { pl: new Map<string, string | null>(), en: new Map<string, string | null>() };
  return (text, lang, into, weight, surface) => {
    const stems = cache[lang];
    const lower = text.toLowerCase();
    // exec() in a loop: about twice as fast as split() on a Unicode class, with no garbage arrays.
    WORD.lastIndex = 0;
    for (let match; (match = WORD.exec(lower));) {
      const word = match[0];
      let stem = stems.get(word);
      if (stem === undefined) {
        stem =
          word.length < 2 || (!steps.numbers && DIGITS.test(word)) || steps.stopwords(word) ? null : lang === 'en' ? steps.stemEn(word) : steps.stemPl(word);
        if (stems.size > 50_000) stems.clear();
        stems.set(word, stem);
      }
      if (stem === null) continue;
      into.set(stem, (into.get(stem) ?? 0) + weight);
      if (surface && !surface.has(stem)) surface.set(stem, word);
    }
  };
}

/** The analyzer every element uses. */
export const analyze: Analyzer = /* @__PURE__ */ makeAnalyzer({ stopwords: isStopword, stemPl, stemEn, numbers: true });
