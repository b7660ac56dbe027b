import type { Article } from '../model/article.js';
import { analyze, scoringText, termLanguage } from './terms.js';

/** The stems of a text, as related articles see them ("budżetu" and "budżet" share one). */
function stems(text: string, lang: 'pl' | 'en'): Set<string> {
  const into = new Map<string, number>();
  analyze(text, lang, into, 1);
  return new Set(into.keys());
}

/** Bodies are read from their start only (about 600 words): a keyword that matters is there, and 200 long bodies stay one short task (issue 10). */
const BODY_READ = 4_000;

/**
 * The articles holding every word of `query` (in the title, lead, tags or body, matched with the
 * Polish-aware analysis of related articles, so "budżetu" finds "budżet"), in their order. It
 * needs the stemmer, so it is part of the related ranking (ranking.ts), loaded only when a
 * `query` is set (issue 13). A pure function.
 */
export function filterByQuery(articles: Article[], query: string): Article[] {
  const asked = query.trim();
  if (!asked) return articles;
  // The query's words are stemmed in each language an article may be in.
  const queries = { pl: stems(asked, 'pl'), en: stems(asked, 'en') };
  return articles.filter((article) => {
    const lang = termLanguage(article);
    const words = queries[lang];
    // A query of stopwords only ("i", "w") asks for nothing in particular.
    if (!words.size) return true;
    const text = `${article.title} ${article.lead} ${article.tags.join(' ')} ${scoringText((article.contentHtml ?? '').slice(0, BODY_READ))}`;
    const found = stems(text, lang);
    return [...words].every((stem) => found.has(stem));
  });
}
