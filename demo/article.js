// Shows the article named in the query string (?lang=pl&id=…[&src=feeds/…]) from the matching sample feed.
const params = new URLSearchParams(location.search);
const lang = params.get('lang') === 'en' ? 'en' : 'pl';
document.documentElement.lang = lang;
const card = document.createElement('civic-article-card');
// Only the bundled sample feeds, never an address from the query string.
const src = /^feeds\/[\w-]+\.(json|rss|atom|rdf)$/.test(params.get('src') ?? '') ? params.get('src') : undefined;
card.setAttribute('src', src ?? (lang === 'en' ? 'feeds/news.json' : 'feeds/aktualnosci.json'));
card.setAttribute('article-id', params.get('id') ?? '');
card.setAttribute('heading-level', '1');
document.getElementById('main').append(card);
