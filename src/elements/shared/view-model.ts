import { formatDate, type DateStyle } from '../../i18n/dates.js';
import type { Messages } from '../../i18n/index.js';
import type { Article, ArticleImage, ArticleSource } from '../../model/article.js';
import { cutLead } from '../../model/lead.js';
import { neutralizeBidi } from '../../sanitize/bidi.js';
import { resolveHttpUrl } from '../../sanitize/url-policy.js';
import type { HideablePart } from './attributes.js';

/** What a teaser or a whole article needs to know from its element. */
export interface TeaserOptions {
  level: number;
  lang: string;
  messages: Messages;
  dateStyle: DateStyle;
  target: string;
  hidden: (part: HideablePart) => boolean;
  onClick: (event: MouseEvent, article: Article) => void;
  /** Words of the lead (`lead-length`); undefined keeps what the feed gave. */
  leadWords?: number;
  /** A picture for articles without one (`fallback-image`), shown as decoration. */
  fallbackImage?: string;
  /** Say which feed each article came from (several feeds are merged). */
  showSource?: boolean;
}

/** The fields of an article as every element shows them, computed once and alike for all (issue 17). */
export interface ArticleView {
  /** The link to the original, through the URL policy; undefined when there is none usable. */
  href?: string;
  /** The title, else the start of the lead, else the site's host. */
  title: string;
  image?: ArticleImage;
  /** The picture's address, through the URL policy. */
  imageSrc?: string;
  /** Empty when the picture only repeats the title, or is the page's fallback picture. */
  alt: string;
  lead: string;
  /** The published (else updated) date, formatted; empty when hidden. */
  date: string;
  authors: string[];
  tags: string[];
  source?: ArticleSource;
  /** The language around the article's text, for `lang` on UI words and dates. */
  around: string;
}

/** A link's visible name: the title, else the start of the lead, else the site's host. */
export function linkText(article: Article): string {
  if (article.title) return neutralizeBidi(article.title);
  const lead = neutralizeBidi(article.lead);
  const words = lead.split(' ').slice(0, 12).join(' ');
  if (words) return words.length < lead.length ? `${words}…` : words;
  const href = resolveHttpUrl(article.url);
  return href ? new URL(href).hostname : '';
}

/** One article's view: text bound as text, every URL through the URL policy again, whatever produced the article. */
export function articleView(article: Article, o: TeaserOptions): ArticleView {
  const shows = (part: HideablePart) => !o.hidden(part);
  let image = shows('image') ? article.image : undefined;
  let imageSrc = image ? resolveHttpUrl(image.src) : undefined;
  let alt = '';
  if (image && imageSrc) {
    // An image whose alt only repeats the title is decorative (CONTRIBUTING.md, House rules).
    alt = image.alt && image.alt !== article.title ? neutralizeBidi(image.alt) : '';
  } else if (shows('image') && o.fallbackImage) {
    // The page's own picture says nothing about this article: decoration, alt="".
    imageSrc = resolveHttpUrl(o.fallbackImage, document.baseURI);
    image = imageSrc ? { src: imageSrc, alt: '' } : undefined;
  }
  const lead = shows('lead') ? neutralizeBidi(o.leadWords ? cutLead(article.lead, o.leadWords) : article.lead) : '';
  return {
    href: resolveHttpUrl(article.url),
    title: linkText(article),
    image: imageSrc ? image : undefined,
    imageSrc,
    alt,
    lead,
    date: shows('date') ? formatDate(article.published ?? article.updated, o.lang, o.dateStyle) : '',
    authors: shows('author') ? article.authors : [],
    tags: shows('tags') ? article.tags : [],
    source: o.showSource && shows('source') ? article.source : undefined,
    // The article may be in another language than the page; dates and UI words keep their own.
    around: article.language ?? o.lang,
  };
}
