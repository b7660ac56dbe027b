// "Pozostałe artykuły" under the article named in the query string (?lang=pl&id=…): the same
// feed as the article, `for` set to its id. Runs after article.js, so the block comes last.
const relatedParams = new URLSearchParams(location.search);
const relatedLang = relatedParams.get('lang') === 'en' ? 'en' : 'pl';
const related = document.createElement('civic-related-articles');
related.setAttribute('src', relatedLang === 'en' ? 'feeds/news.json' : 'feeds/aktualnosci.json');
related.setAttribute('for', relatedParams.get('id') ?? '');
related.setAttribute('heading-level', '3');
related.setAttribute('layout', 'grid');
related.addEventListener('civic-load', (event) => {
  // What an editor sees in the console: why each article is shown.
  console.table(event.detail.related.map(({ id, why, score, tags, terms }) => ({ id, why, score, tags: tags.join(', '), terms: terms.join(', ') })));
});
document.getElementById('main').append(related);
