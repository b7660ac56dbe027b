// Shows the article named in the query string (?lang=pl&id=…) from the matching sample feed,
// as a whole <civic-article> with its sanitized body.
const params = new URLSearchParams(location.search);
const lang = params.get('lang') === 'en' ? 'en' : 'pl';
document.documentElement.lang = lang;
const feed = lang === 'en' ? 'feeds/news.json' : 'feeds/aktualnosci.json';
const article = document.createElement('civic-article');
article.setAttribute('src', feed);
article.setAttribute('article-id', params.get('id') ?? '');
article.setAttribute('heading-level', '1');
document.getElementById('article').append(article);
// Room for the related block under the article (<civic-related-articles>, its own issue).
document.getElementById('related').dataset.src = feed;
