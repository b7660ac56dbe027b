// The snippet page (configure.html): reads a feed or a site's home page, shows a live preview,
// writes the code in both forms. It uses the readers' own detection (dist/feeds/detect.js), so
// it finds the same feeds the widgets would. No innerHTML: the page runs under a strict CSP.
import { advertisedFeed, sniff } from '../dist/feeds/detect.js';

const english = new URLSearchParams(location.search).get('lang') === 'en';
const $ = (id) => document.getElementById(id);

const EN = {
  title: 'News widget configurator',
  intro: "Paste the address of a news feed or of a site's home page, choose the look, and copy the code for your page.",
  sourceLegend: 'Source',
  address: 'Feed or site address',
  addressHint: 'For example https://www.city.example/feed or https://www.city.example – a feed the page advertises is found.',
  sources: 'More feeds (one a line, optional)',
  check: 'Check and preview',
  lookLegend: 'Look',
  layout: 'Layout',
  layoutList: 'list',
  layoutGrid: 'grid',
  layoutCompact: 'compact list (sidebar)',
  limit: 'Number of articles',
  heading: 'Heading above the list (optional)',
  lang: 'Widget language',
  langAuto: "the page's",
  scheme: 'Colours',
  schemeAuto: "the reader's system setting",
  schemeLight: 'light',
  schemeDark: 'dark',
  blank: 'Open articles in a new tab',
  more: '"More news" button',
  still: 'Keep the page still while the news loads (in Chrome and Edge it then shows a moment later)',
  filterLegend: 'Filters (optional)',
  tags: 'Only with tags (commas between tags)',
  exclude: 'Without tags',
  query: 'Keywords',
  previewHeading: 'Preview',
  codeHeading: 'Code to paste',
  codeElement: 'Element (when your editor keeps custom tags)',
  codePlaceholder: 'A div (when your editor strips unknown tags, e.g. TinyMCE)',
  copy: 'Copy',
  back: 'Back to the demo',
};

const say = english
  ? {
      empty: 'Enter the address of a feed or of a site.',
      checking: 'Checking the address…',
      found: (url) => `The page advertises its feed: ${url}. The preview uses it.`,
      noFeed: 'This address is a web page that advertises no feed. Ask the publisher for the feed address (RSS, Atom, JSON Feed or WordPress).',
      cors: "The feed's server does not let other websites read it (it sends no CORS header). Ask the publisher to add the header Access-Control-Allow-Origin: * to the feed, or use the feed proxy (the proxy attribute, see the README).",
      loaded: (n) => `The feed works: ${n} ${n === 1 ? 'article' : 'articles'} shown.`,
      failed: (message) => `The widget cannot show this feed: ${message}`,
      copied: 'Copied to the clipboard.',
      copyFailed: 'Could not copy: the code is selected, press Ctrl+C.',
    }
  : {
      empty: 'Wpisz adres kanału albo strony.',
      checking: 'Sprawdzam adres…',
      found: (url) => `Strona wskazuje swój kanał: ${url}. Podgląd go używa.`,
      noFeed: 'Pod tym adresem jest strona, która nie wskazuje żadnego kanału. Poproś wydawcę o adres kanału (RSS, Atom, JSON Feed albo WordPress).',
      cors: 'Serwer kanału nie pozwala innym stronom odczytywać wiadomości (nie wysyła nagłówka CORS). Poproś wydawcę o dodanie do kanału nagłówka Access-Control-Allow-Origin: * albo użyj pośrednika (atrybut proxy, zob. README).',
      loaded: (n) =>
        `Kanał działa: pokazano ${n} ${n === 1 ? 'artykuł' : n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 10 || n % 100 >= 20) ? 'artykuły' : 'artykułów'}.`,
      failed: (message) => `Moduł nie może pokazać tego kanału: ${message}`,
      copied: 'Skopiowano do schowka.',
      copyFailed: 'Nie udało się skopiować: kod jest zaznaczony, naciśnij Ctrl+C.',
    };

if (english) {
  document.documentElement.lang = 'en';
  document.title = 'civic-news-widgets: configurator';
  for (const el of document.querySelectorAll('[data-t]')) el.textContent = EN[el.dataset.t] ?? el.textContent;
  const other = $('switch-lang');
  other.textContent = 'Polski';
  other.lang = other.hreflang = 'pl';
  other.href = '?lang=pl';
}

/** The script tag: the bundle beside this page (a city hosting both gets its own address). */
const scriptUrl = new URL('../dist/civic-news.min.js', location.href).href;
let feed = '';

function status(text, problem = false) {
  $('status').textContent = text;
  $('status').classList.toggle('problem', problem);
}

/** The attributes the options ask for, in the order a person would read them. */
function attributes() {
  const value = (id) => $(id).value.trim();
  const sources = [feed, ...value('more-sources').split(/\s/).filter(Boolean)].filter(Boolean);
  const list = [['src', sources.join(' ')]];
  if (value('layout') !== 'list') list.push(['layout', value('layout')]);
  if (value('limit') && value('limit') !== '5') list.push(['limit', value('limit')]);
  if (value('heading')) list.push(['heading', value('heading')]);
  if (value('lang')) list.push(['lang', value('lang')]);
  if (value('scheme') !== 'auto') list.push(['color-scheme', value('scheme')]);
  if ($('blank').checked) list.push(['target', '_blank']);
  if ($('more').checked) list.push(['more', '']);
  if (value('tags')) list.push(['tags', value('tags')]);
  if (value('exclude')) list.push(['exclude-tags', value('exclude')]);
  if (value('query')) list.push(['query', value('query')]);
  return list;
}

const escape = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const written = (list, prefix) => list.map(([name, value]) => (value === '' && !prefix ? ` ${name}` : ` ${prefix}${name}="${escape(value)}"`)).join('');

function writeCode() {
  const list = attributes();
  // docs/styling.md, No layout shift: the first paint waits for the loader, which keeps the room.
  const script = `<script src="${scriptUrl}" defer${$('still').checked ? ' blocking="render"' : ''}></script>`;
  $('code-element').value = `${script}\n<civic-article-list${written(list, '')}></civic-article-list>`;
  $('code-placeholder').value = `${script}\n<div data-civic-widget="article-list"${written(list, 'data-')}></div>`;
}

function preview() {
  writeCode();
  const box = $('preview');
  box.replaceChildren();
  if (!feed) return;
  const el = document.createElement('civic-article-list');
  for (const [name, value] of attributes()) el.setAttribute(name, value);
  el.addEventListener('civic-load', (event) => status(say.loaded(event.detail.articles.length)));
  el.addEventListener('civic-error', (event) => status(event.detail.code === 'cors' ? say.cors : say.failed(event.detail.message), true));
  box.append(el);
}

/** A site's home page names its feed in a <link rel="alternate">: found as the readers find it. */
async function check(address) {
  if (!address) return status(say.empty, true);
  status(say.checking);
  feed = new URL(address, location.href).href;
  try {
    const response = await fetch(feed, { credentials: 'omit' });
    const text = await response.text();
    if (sniff(text) === 'html') {
      const advertised = advertisedFeed(text, response.url || feed);
      if (!advertised) {
        feed = '';
        writeCode();
        return status(say.noFeed, true);
      }
      feed = advertised;
      $('address').value = advertised;
      status(say.found(advertised));
    }
  } catch {
    // Unreadable from here (CORS, or down): the widget in the preview says which.
  }
  preview();
}

$('options').addEventListener('submit', (event) => {
  event.preventDefault();
  void check($('address').value.trim());
});
// Options change the preview at once, once there is a feed.
$('options').addEventListener('change', (event) => {
  if (event.target.id !== 'address' && event.target.id !== 'more-sources') preview();
  else writeCode();
});

for (const button of document.querySelectorAll('[data-copy]')) {
  button.addEventListener('click', async () => {
    const area = $(button.dataset.copy);
    try {
      await navigator.clipboard.writeText(area.value);
      $('copied').textContent = say.copied;
    } catch {
      area.focus();
      area.select();
      $('copied').textContent = say.copyFailed;
    }
  });
}

const start = new URLSearchParams(location.search).get('src');
if (start) {
  $('address').value = start;
  void check(start);
} else writeCode();
