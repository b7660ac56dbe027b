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
  return /[ąćęłńśźż]/.test(sample) || !/\b(the|and|of|is|for|with)\b/.test(sample) ? 'pl' : 'en';
}

/**
 * Plain text of a body, for scoring only (it is never shown): tags dropped by pattern, entities
 * left as spaces. A real HTML parser would cost a DOM and time for 5,000 bodies, and scoring needs
 * only the words.
 */
export function scoringText(html = ''): string {
  return html.replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ').replace(/<[^>]*>|&[#\w]+;/g, ' ');
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
    for (let match; (match = WORD.exec(lower)); ) {
      const word = match[0];
      let stem = stems.get(word);
      if (stem === undefined) {
        stem = word.length < 2 || (!steps.numbers && DIGITS.test(word)) || steps.stopwords(word) ? null : lang === 'en' ? steps.stemEn(word) : steps.stemPl(word);
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
