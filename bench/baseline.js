// The hand-written DOM baseline of `npm run bench` (issue 13): what a careful webmaster writes
// without this library, with fetch, DOMParser, createElement and textContent. No sanitizer, no
// live region, no accessibility work, no error states: the floor the widgets are measured against.
// Markup: <div data-bench="list|card|related|article" data-src data-limit data-layout data-id>.
(() => {
  const feeds = new Map();
  const load = (src) => {
    if (!feeds.has(src))
      feeds.set(
        src,
        fetch(src)
          .then((r) => r.text())
          .then(parse),
      );
    return feeds.get(src);
  };
  const scratch = document.implementation.createHTMLDocument('');
  const text = (markup) => {
    scratch.body.innerHTML = markup || '';
    return scratch.body.textContent.trim();
  };
  function parse(body) {
    if (body.trimStart().startsWith('{')) {
      const feed = JSON.parse(body);
      return feed.items.map((i) => ({
        id: i.id,
        url: i.url,
        title: i.title,
        html: i.content_html,
        lead: text(i.summary || i.content_html),
        date: i.date_published,
        image: i.image,
        tags: i.tags || [],
      }));
    }
    const doc = new DOMParser().parseFromString(body, 'application/xml');
    return Array.from(doc.querySelectorAll('item')).map((item) => {
      const get = (name) => item.getElementsByTagName(name)[0]?.textContent ?? '';
      const enclosure = item.getElementsByTagName('enclosure')[0];
      return {
        id: get('guid'),
        url: get('link'),
        title: get('title'),
        html: get('content:encoded') || get('description'),
        lead: text(get('description')),
        date: get('pubDate'),
        image: enclosure?.getAttribute('url'),
        tags: Array.from(item.getElementsByTagName('category'), (c) => c.textContent),
      };
    });
  }
  const el = (tag, className, content) => {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (content) node.textContent = content;
    return node;
  };
  const dates = new Intl.DateTimeFormat('pl', { dateStyle: 'long' });
  let images = 0;
  function teaser(item) {
    const article = el('article', 'item');
    const h = el('h3');
    const a = el('a', '', item.title);
    a.href = item.url;
    h.append(a);
    article.append(h);
    if (item.image) {
      const img = el('img');
      img.src = item.image;
      img.alt = '';
      img.width = 800;
      img.height = 450;
      if (images++) img.loading = 'lazy';
      article.append(img);
    }
    const time = el('time', '', dates.format(new Date(item.date)));
    article.append(el('p', 'meta'), el('p', 'lead', item.lead));
    article.querySelector('.meta').append(time);
    return article;
  }
  async function render(box) {
    const items = await load(box.dataset.src);
    const limit = Number(box.dataset.limit) || 5;
    const kind = box.dataset.bench;
    if (kind === 'article') {
      const item = items.find((i) => i.id === box.dataset.id) ?? items[0];
      const article = el('article');
      article.append(el('h2', '', item.title), el('p', 'lead', item.lead));
      const body = new DOMParser().parseFromString(item.html, 'text/html').body;
      article.append(...Array.from(body.childNodes, (n) => document.importNode(n, true)));
      box.replaceChildren(article);
      return;
    }
    let shown = items;
    if (kind === 'card') shown = [items.find((i) => i.id === box.dataset.id) ?? items[0]];
    if (kind === 'related') {
      const self = items.find((i) => i.id === box.dataset.id) ?? items[0];
      shown = items.filter((i) => i !== self && i.tags.some((t) => self.tags.includes(t)));
    }
    const list = el('ul', box.dataset.layout || 'list');
    for (const item of shown.slice(0, kind === 'card' ? 1 : limit)) {
      const li = el('li');
      li.append(teaser(item));
      list.append(li);
    }
    box.replaceChildren(list);
  }
  for (const box of document.querySelectorAll('[data-bench]')) render(box);
})();
