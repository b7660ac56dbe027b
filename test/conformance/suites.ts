import { FeedError } from '../../src/feeds/errors.js';
import { detectFormat, readFeed } from '../../src/feeds/parse.js';
import type { Article, ParsedFeed } from '../../src/model/article.js';
import { bytes, instant, json, list, squash, Tally, type CorpusResult } from './tally.js';

/**
 * Our readers against the expectations of feed parsers nobody here wrote (test/corpora).
 * Each suite maps the other project's fields onto our Article model; the mapping and the
 * normalization are stated in `rules`, and every disagreement is kept for the report.
 */

type Json = Record<string, unknown>;

/** Reads a feed, or returns the FeedError it gives. */
function read(body: ArrayBuffer, url?: string): ParsedFeed | FeedError {
  try {
    return readFeed({ body, url });
  } catch (error) {
    if (error instanceof FeedError) return error;
    throw error;
  }
}

const names = (list: unknown): string[] =>
  Array.isArray(list) ? list.map((a) => squash((a as Json)?.name)).filter((n): n is string => typeof n === 'string' && !!n) : [];

/** rss-parser: 28 golden outputs of real feeds. */
export async function rssParser(): Promise<CorpusResult> {
  const t = new Tally(
    'rss-parser',
    'Per item of the 28 golden files, the fields rss-parser gives (a key it leaves out, such as categories of Atom entries or dc:subject, is a mapping it lacks, not an empty field, so it is not compared): title (whitespace collapsed), link (a relative golden link resolved against our article URL, since rss-parser does not resolve), date (instant of our published, else updated, against isoDate, to the second), guid (guid, else Atom id, against our id), author (creator, else author: agrees when it is one of our authors), categories (their text, against our tags). encoding.json is read as Latin-1, as its PROVENANCE says.',
  );
  const dir = `rss-parser/test`;
  const inputs = await list(`${dir}/input`);
  for (const output of await list(`${dir}/output`)) {
    const name = output.replace(/\.json$/, '');
    const input = inputs.find((file) => file.replace(/\.\w+$/, '') === name)!;
    const golden = await json<{ feed: { items: Json[] } }>(`${dir}/output/${output}`, name === 'encoding' ? 'latin1' : 'utf-8');
    const feed = read(await bytes(`${dir}/input/${input}`));
    t.case();
    const ours = feed instanceof FeedError ? [] : feed.articles;
    t.compare(input, undefined, 'item count', ours.length, golden.feed.items.length);
    golden.feed.items.forEach((item, i) => {
      const a: Partial<Article> = ours[i] ?? {};
      t.compare(input, i, 'title', a.title, squash(item.title), true);
      const link = typeof item.link === 'string' && item.link ? (a.url ? new URL(item.link, a.url).href : item.link) : undefined;
      t.compare(input, i, 'link', a.url, link, true);
      t.compare(input, i, 'date', instant(a.published ?? a.updated), instant(item.isoDate), true);
      t.compare(input, i, 'guid', a.id, squash(item.guid ?? item.id), true);
      const author = squash(item.creator || item.author);
      t.compare(input, i, 'author', typeof author === 'string' && a.authors?.includes(author) ? author : a.authors?.[0], author, true);
      const categories = Array.isArray(item.categories) ? item.categories.map((c) => squash(typeof c === 'string' ? c : (c as Json)._)) : [];
      t.compare(input, i, 'categories', a.tags, [...new Set(categories.filter(Boolean))], true);
    });
  }
  return t.result;
}

/** gofeed: the translator pairs (input → gofeed's universal model). */
export async function gofeed(): Promise<CorpusResult> {
  const t = new Tally(
    'gofeed',
    "Every translator pair (RSS, Atom, JSON Feed). Per item: title, link (as a parsed URL), published and updated (instants, to the second), authors (names; gofeed's email-only authors have no name), categories, image (URL); and the feed title. Feed-level author, link, image and dates are not part of our model and not compared.",
  );
  const dir = `gofeed/testdata/translator`;
  for (const file of (await list(dir)).filter((f) => /\.xml$/.test(f) || (/\.json$/.test(f) && f.startsWith('json/') && !f.endsWith('_expected.json')))) {
    const expected = await json<Json & { items?: Json[] }>(`${dir}/${file.replace(/\.xml$/, '.json').replace(/(json\/.*)\.json$/, '$1_expected.json')}`);
    const feed = read(await bytes(`${dir}/${file}`));
    t.case();
    if (feed instanceof FeedError) {
      t.compare(file, undefined, 'read', feed.message, 'a feed');
      continue;
    }
    t.compare(file, undefined, 'feed title', feed.title, squash(expected.title));
    (expected.items ?? []).forEach((item, i) => {
      const a: Partial<Article> = feed.articles[i] ?? {};
      t.compare(file, i, 'title', a.title, squash(item.title));
      // Links compare as addresses: http://example.org and http://example.org/ are one.
      t.compare(file, i, 'link', a.url, typeof item.link === 'string' && URL.canParse(item.link) ? new URL(item.link).href : item.link);
      t.compare(file, i, 'published', instant(a.published), instant(item.publishedParsed));
      t.compare(file, i, 'updated', instant(a.updated), instant(item.updatedParsed));
      t.compare(file, i, 'authors', a.authors, names(item.authors));
      t.compare(file, i, 'categories', a.tags, item.categories);
      t.compare(file, i, 'image', a.image?.src, (item.image as Json | undefined)?.url);
    });
  }
  return t.result;
}

/** node-feedparser: the relative URL and xml:base cases, with upstream's feedurl options. */
export async function nodeFeedparser(): Promise<CorpusResult> {
  const t = new Tally(
    'node-feedparser',
    "The xmlbase.js and link.js assertions on item links, item counts and the URLs inside item HTML (href, src, srcset, poster, as a reader gets them: our body with any relative URL left resolved against the article's URL, which is what the sanitizer does when it renders). Assertions on feed metadata (meta.link, favicon, channel image) are outside our model.",
  );
  const feedUrls: Record<string, string> = {
    'should resolve relative URI item links in RSS with feedurl option': 'http://www.arcgames.com',
    'should resolve relative URLs in embedded item HTML with feedurl option': 'https://example.com/feed/',
  };
  const blocks = await json<{ specFile: string; test: string; feeds: string[]; asserts: string[] }[]>(`node-feedparser/expectations-extracted.json`);
  for (const block of blocks) {
    if (!/^(xmlbase|link)\.js$/.test(block.specFile) || block.feeds.length !== 1 || /normalize is false/.test(block.test)) continue;
    const checks = block.asserts
      .map((a) => /assert\.equal\((\w+)(?:\[(\d)\](?:\.(\w+))?|\.(length))?, '?(.*?)'?\);$/.exec(a))
      .filter((m) => m && m[1] !== 'err');
    if (!checks.some((m) => /^(links|descriptions|items)$/.test(m![1]))) continue;
    const file = block.feeds[0];
    const feed = read(await bytes(`node-feedparser/test/feeds/${file}`), feedUrls[block.test]);
    t.case();
    const articles = feed instanceof FeedError ? [] : feed.articles;
    for (const m of checks) {
      const [, name, index, prop, length, value] = m!;
      const a = articles[Number(index)];
      const label = `${block.test}: ${name}${index ? `[${index}]` : ''}${prop ? `.${prop}` : ''}${length ? '.length' : ''}`;
      if (length) t.compare(file, undefined, label, articles.length, Number(value));
      else if (name === 'links' || prop === 'link') t.compare(file, Number(index), label, a?.url, value);
      else t.compare(file, Number(index), label, a && urlsIn(a.contentHtml ?? '', a.url), urlsIn(value.replace(/\\"/g, '"'), undefined));
    }
  }
  return t.result;
}

/** The URLs of a fragment as a reader gets them: relative ones resolved against `base`. */
function urlsIn(html: string, base: string | undefined): string[] {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const resolve = (u: string) => (base ? new URL(u.trim(), base).href : u.trim());
  return Array.from(doc.querySelectorAll('[href],[src],[srcset],[poster]')).flatMap((el) => [
    ...['href', 'src', 'poster']
      .map((n) => el.getAttribute(n))
      .filter((v): v is string => v !== null)
      .map(resolve),
    ...(el.getAttribute('srcset') ?? '')
      .split(',')
      .filter(Boolean)
      .map((c) => resolve(c.trim().split(/\s+/)[0])),
  ]);
}

/** rsparser (NetNewsWire): format detection, item counts and the assertions our model can answer. */
export async function rsparser(): Promise<CorpusResult> {
  const t = new Tally(
    'rsparser-netnewswire',
    "Format detection of every case present (rss, atom, jsonFeed, rssInJSON, notAFeed → our detectFormat and what readFeed then does), item counts, and the asserts that map onto our model: feed language, item language, DaringFireball.atom's first author and id prefix, cloudblog titles not being author titles, aktuality titles present. Attachments, favicons and extension objects are outside our model.",
  );
  const data = await json<{ feedTypeDetection: Json[]; parserAssertions: Json[] }>(`rsparser-netnewswire/expectations-extracted.json`);
  const map: Record<string, string> = { rss: 'rss', atom: 'atom', jsonFeed: 'json-feed', rssInJSON: 'rss-in-json', notAFeed: 'html' };
  for (const d of data.feedTypeDetection.filter((d) => d.presentInCorpus)) {
    const file = String(d.file).replace(/^feeds\//, '');
    const body = await bytes(`rsparser-netnewswire/feeds/${file}`);
    t.case();
    t.compare(file, undefined, 'detected format', detectFormat({ body }), map[String(d.expectedType)]);
    const feed = read(body, String(d.url));
    const outcome =
      feed instanceof FeedError ? (feed.details.isWebPage ? 'html' : /RSS written as JSON/.test(feed.message) ? 'rss-in-json' : feed.code) : feed.format;
    t.compare(file, undefined, 'read as', outcome, map[String(d.expectedType)]);
  }
  for (const p of data.parserAssertions.filter((p) => p.presentInCorpus)) {
    const file = String(p.file).replace(/^feeds\//, '');
    const feed = read(await bytes(`rsparser-netnewswire/feeds/${file}`), String(p.url));
    if (feed instanceof FeedError) {
      t.compare(file, undefined, String(p.test), feed.message, 'a feed');
      continue;
    }
    t.case();
    for (const line of p.asserts as string[]) {
      const count = /items\.count, (\d+)/.exec(line);
      const language = /(parsedFeed|item)\.language, "(.*)"/.exec(line);
      if (count) t.compare(file, undefined, 'item count', feed.articles.length, Number(count[1]));
      else if (language?.[1] === 'parsedFeed') t.compare(file, undefined, 'feed language', feed.language, language[2]);
      else if (language) t.compare(file, undefined, 'item language', [...new Set(feed.articles.map((a) => a.language))], [language[2]]);
      else if (/author\.name, "John Gruber"/.test(line)) t.compare(file, 0, 'first author', feed.articles[0]?.authors[0], 'John Gruber');
      else if (/uniqueID\.hasPrefix\("(.*)"\)/.test(line) && /daringfireball/.test(line))
        t.compare(file, undefined, 'id prefix', feed.articles.length > 0 && feed.articles.every((a) => a.id.startsWith('tag:daringfireball.net,2017:/')), true);
      else if (/XCTAssertNotEqual\(article\.title, "(.*)"\)/.test(line)) {
        const title = /XCTAssertNotEqual\(article\.title, "(.*)"\)/.exec(line)![1];
        t.compare(
          file,
          undefined,
          `no title is "${title}"`,
          feed.articles.some((a) => a.title === title),
          false,
        );
      } else if (/XCTAssertNotNil\(article\.title\)/.test(line))
        t.compare(file, undefined, 'every item has a title', feed.articles.length > 0 && feed.articles.every((a) => !!a.title), true);
    }
  }
  return t.result;
}

/** WordPress REST API: every response, mapped as the REST API handbook documents the fields. */
export async function wordpress(): Promise<CorpusResult> {
  const t = new Tally(
    'wordpress-rest-api',
    "Every response (frontity's 52 and WordPress core's 2). Posts, pages, custom post types and attachments are read: per item title (title.rendered as text), url (link), date (date_gmt as UTC) and image where the post has one (the featured media rendition nearest 800 px wide, else the first image of content.rendered). Taxonomies, users, comments, post types and a revision without a link are not posts lists: a format error is expected.",
  );
  const dir = `wordpress-rest-api`;
  for (const file of (await list(dir)).filter((f) => f.endsWith('.json'))) {
    const data = await json<unknown>(`${dir}/${file}`);
    const feed = read(await bytes(`${dir}/${file}`));
    t.case();
    const posts = (Array.isArray(data) ? data : [data]) as Json[];
    const isPost = (p: Json) => typeof p?.link === 'string' && ['title', 'excerpt', 'featured_media'].some((k) => k in p);
    if (!posts.some(isPost)) {
      t.compare(file, undefined, 'read as', feed instanceof FeedError ? feed.code : feed.format, 'format');
      continue;
    }
    const articles = feed instanceof FeedError ? [] : feed.articles;
    t.compare(file, undefined, 'item count', articles.length, posts.length);
    posts.forEach((post, i) => {
      const a: Partial<Article> = articles[i] ?? {};
      const title = (post.title as Json | undefined)?.rendered;
      t.compare(
        file,
        i,
        'title',
        a.title,
        typeof title === 'string' ? squash(new DOMParser().parseFromString(title, 'text/html').body.textContent) : undefined,
      );
      t.compare(file, i, 'url', a.url, post.link);
      t.compare(file, i, 'date', a.published, post.date_gmt ? new Date(`${post.date_gmt}Z`).toISOString() : undefined);
      t.compare(file, i, 'image', a.image?.src, expectedImage(post));
    });
  }
  return t.result;
}

function expectedImage(post: Json): string | undefined {
  const media = ((post._embedded as Json | undefined)?.['wp:featuredmedia'] as Json[] | undefined)?.[0];
  const details = (media?.media_details ?? {}) as Json & { sizes?: Record<string, Json> };
  const renditions = [...Object.values(details.sizes ?? {}), { source_url: media?.source_url, width: details.width }].filter(
    (r) => typeof r.source_url === 'string',
  );
  if (renditions.length)
    return renditions.reduce((best, r) => (Math.abs(Number(r.width ?? 800) - 800) < Math.abs(Number(best.width ?? 800) - 800) ? r : best)).source_url as string;
  const content = (post.content as Json | undefined)?.rendered;
  const img = typeof content === 'string' ? new DOMParser().parseFromString(content, 'text/html').querySelector('img[src]') : null;
  return img ? new URL(img.getAttribute('src')!, String(post.link)).href : undefined;
}

/** Every corpus by its folder name, in the order of the issue. */
export const suites: Record<string, () => Promise<CorpusResult>> = {
  'rss-parser': rssParser,
  gofeed,
  'node-feedparser': nodeFeedparser,
  'rsparser-netnewswire': rsparser,
  'wordpress-rest-api': wordpress,
};
