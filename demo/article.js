// Shows the article named in the query string (?lang=pl&id=…[&src=feeds/…]) from the matching
// sample feed, as a whole <civic-article> with its sanitized body.
const params = new URLSearchParams(location.search);
const lang = params.get('lang') === 'en' ? 'en' : 'pl';
document.documentElement.lang = lang;
const article = document.createElement('civic-article');
// Only the bundled sample feeds, never an address from the query string.
const src = /^feeds\/[\w-]+\.(json|rss|atom|rdf)$/.test(params.get('src') ?? '') ? params.get('src') : undefined;
article.setAttribute('src', src ?? (lang === 'en' ? 'feeds/news.json' : 'feeds/aktualnosci.json'));
article.setAttribute('article-id', params.get('id') ?? '');
article.setAttribute('heading-level', '1');
document.getElementById('main').append(article);
