import { expect } from '@open-wc/testing';
import '../../src/define/article-list.js';
import '../../src/define/article.js';
import type { CivicFeedElement } from '../../src/elements/shared/feed-element.js';
import type { Article } from '../../src/model/article.js';
import { neutralizeBidi } from '../../src/sanitize/bidi.js';
import { until } from '../helpers.js';

const RLO = '\u202E';
const CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;

const base = { lead: '', authors: [] as string[], tags: [] as string[] };
const articles: Article[] = [
  {
    ...base,
    id: 'spoof',
    url: 'https://e.example/1',
    title: `${RLO}gpj.exe`,
    lead: `Lead ${RLO}txet`,
    authors: [`Anna ${RLO}Kowalska`, 'Jan Nowak', 'Ewa Lis'],
    tags: [`${RLO}gat`, 'zwykły'],
    image: { src: 'https://e.example/i.jpg', alt: '', caption: `Podpis ${RLO}tset`, credit: `${RLO}PMZ` },
  },
  { ...base, id: 'ar', url: 'https://e.example/2', title: 'افتتاح مكتبة جديدة في المدينة', language: 'ar' },
  { ...base, id: 'he', url: 'https://e.example/3', title: 'ספרייה חדשה נפתחה בעיר', language: 'he' },
  { ...base, id: 'pl', url: 'https://e.example/4', title: 'Nowa biblioteka w mieście' },
];

async function show(tag: string, articleId?: string): Promise<CivicFeedElement> {
  const el = document.createElement(tag) as CivicFeedElement;
  el.lang = 'pl';
  el.className = 'bidi-test';
  if (articleId) el.setAttribute('article-id', articleId);
  el.setAttribute('limit', '10');
  el.articles = articles;
  document.body.append(el);
  await until(el, 'ready');
  return el;
}

/** The text node holding `text` in a shadow tree. */
function textNode(root: ParentNode, text: string): Text {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.nodeValue!.includes(text)) return node as Text;
  throw new Error(`no text node with "${text}"`);
}

/** Where a character of a text node is drawn, from the left. */
function x(node: Text, offset: number): number {
  const range = document.createRange();
  range.setStart(node, offset);
  range.setEnd(node, offset + 1);
  return range.getBoundingClientRect().left;
}

/** True when `text` in `root` is drawn left to right, letter by letter. */
function drawnLeftToRight(root: ParentNode, text: string): boolean {
  const node = textNode(root, text);
  const at = node.nodeValue!.indexOf(text);
  const xs = Array.from(text, (_, i) => x(node, at + i));
  return xs.every((value, i) => i === 0 || value > xs[i - 1]);
}

describe('bidirectional text from a feed', () => {
  afterEach(() => document.querySelectorAll('.bidi-test').forEach((el) => el.remove()));

  for (const tag of ['civic-article-list', 'civic-article']) {
    describe(`in <${tag}>`, () => {
      it('drops the override, so "\\u202Egpj.exe" reads gpj.exe, not exe.jpg', async () => {
        const el = await show(tag, 'spoof');
        const root = el.shadowRoot!;
        expect(root.querySelector('[part="title"]')!.textContent).to.contain('gpj.exe');
        expect(drawnLeftToRight(root, 'gpj.exe')).to.be.true;
        expect(CONTROLS.test(root.textContent!), 'no unpaired control is left anywhere').to.be.false;
      });

      it('an override in one author cannot flip the authors and commas after it', async () => {
        const el = await show(tag, 'spoof');
        const root = el.shadowRoot!;
        expect(drawnLeftToRight(root, 'Jan Nowak')).to.be.true;
        expect(drawnLeftToRight(root, 'Ewa Lis')).to.be.true;
        const names = Array.from(root.querySelectorAll('bdi'), (bdi) => bdi.textContent);
        expect(names).to.include.members(['Anna Kowalska', 'Jan Nowak', 'Ewa Lis']);
      });

      it('isolates every feed string: title, lead, authors, tags, caption, credit', async () => {
        const el = await show(tag, 'spoof');
        const root = el.shadowRoot!;
        const isolated = (text: string) => {
          let node: Element | null = textNode(root, text).parentElement;
          while (node && getComputedStyle(node).unicodeBidi !== 'isolate') node = node.parentElement;
          return !!node;
        };
        for (const text of ['gpj.exe', 'Lead txet', 'Jan Nowak', 'gat', 'zwykły', 'PMZ']) expect(isolated(text), text).to.be.true;
        if (tag === 'civic-article') expect(isolated('Podpis tset'), 'caption').to.be.true;
      });

      it('lays out Arabic and Hebrew titles right to left, Polish ones left to right', async () => {
        for (const [id, dir] of [
          ['ar', 'rtl'],
          ['he', 'rtl'],
          ['pl', 'ltr'],
        ]) {
          const el = await show(tag, id);
          const title = el.shadowRoot!.querySelectorAll('[part="title"]')[tag === 'civic-article' ? 0 : articles.findIndex((a) => a.id === id)];
          const text = title.querySelector('a') ?? title;
          expect(getComputedStyle(text).direction, id).to.equal(dir);
          el.remove();
        }
      });
    });
  }
});

describe('neutralizeBidi', () => {
  it('removes every embedding, override and isolate control, paired or not', () => {
    expect(neutralizeBidi('\u202Egpj.exe')).to.equal('gpj.exe');
    expect(neutralizeBidi('a\u202Dbc\u202Cd')).to.equal('abcd');
    expect(neutralizeBidi('a\u202Bb\u202Cc\u2067d\u2069\u2066\u2068\u202A')).to.equal('abcd');
  });

  it('leaves text without controls as it is, marks included', () => {
    const text = 'Zażółć gęślą jaźń — مرحبا \u200F\u200E';
    expect(neutralizeBidi(text)).to.equal(text);
  });
});
