import { expect } from '@open-wc/testing';
import { freshStore } from '../helpers.js';
import { openPage, type Page } from './pages.js';

type HostileWindow = Page['win'] & {
  __gadget: string[];
  __warnings: string[];
  __civicErrorEvents: { code: string; message: string; target: string; placeholder?: string }[];
};

const TAGS = ['civic-article-list', 'civic-article-card', 'civic-related-articles', 'civic-article'];

// The documented attributes (README, Attributes): the only ones a placeholder may set.
const SHARED = [
  ...[
    'src',
    'format',
    'proxy',
    'lang',
    'limit',
    'layout',
    'heading',
    'heading-level',
    'hide',
    'date-style',
    'target',
    'refresh',
    'color-scheme',
    'timeout',
    'cache',
  ],
  // Issue 15: filters, lead length, fallback picture.
  ...['tags', 'exclude-tags', 'query', 'lead-length', 'fallback-image'],
];
const DOCUMENTED: Record<string, string[]> = {
  'civic-article-list': [...SHARED, 'more'],
  'civic-article-card': [...SHARED, 'article-id'],
  'civic-related-articles': [...SHARED, 'for', 'fallback'],
  'civic-article': [...SHARED, 'article-id'],
};

describe('data-civic-widget placeholders written by a CMS editor with data-* rights only', function () {
  this.timeout(30_000);
  let page: Page;
  let win: HostileWindow;

  before(async () => {
    freshStore();
    page = await openPage('fixture', 'hostile-placeholders.html', TAGS);
    win = page.win as HostileWindow;
  });
  after(() => page.frame.remove());

  it('creates each element with the documented attributes it was given, and nothing else', () => {
    expect(page.elements.map((el) => el.localName).sort()).to.deep.equal([...TAGS].sort());
    for (const el of page.elements) {
      const names = el.getAttributeNames();
      // `state` is the element's own output, `layout` and `color-scheme` reflect their defaults.
      const allowed = [...DOCUMENTED[el.localName], 'state'];
      expect(
        names.filter((name) => !allowed.includes(name)),
        el.localName,
      ).to.deep.equal([]);
    }
    const list = page.doc.querySelector('civic-article-list')!;
    expect(list.getAttribute('src')).to.equal('/__test/fixture/article.json');
    expect(list.getAttribute('limit')).to.equal('2');
    expect(list.getAttribute('heading-level')).to.equal('4');
    expect(list.getAttribute('state')).to.equal('ready');
    expect(page.doc.querySelector('civic-article-card')!.getAttribute('article-id')).to.equal('art-en');
    expect(page.doc.querySelector('civic-related-articles')!.getAttribute('fallback')).to.equal('none');
    expect(page.doc.querySelector('civic-article')!.getAttribute('target')).to.equal('_blank');
  });

  it('lets no handler, style, focus, id, slot, part, is, role or aria attribute through', () => {
    const hostile =
      /^(on|style$|autofocus$|tabindex$|id$|name$|slot$|part$|exportparts$|is$|class$|hidden$|inert$|popover$|contenteditable$|draggable$|accesskey$|nonce$|role$|aria-|title$|dir$|translate$|xmlns$|data-|civic-)/;
    for (const el of page.elements)
      expect(
        el.getAttributeNames().filter((name) => hostile.test(name)),
        el.localName,
      ).to.deep.equal([]);
    expect(page.doc.getElementById('clobbered')).to.be.null;
  });

  it('runs no handler on load, focus, click or hover, and nothing covers the page', async () => {
    for (const el of page.elements) {
      (el as HTMLElement).focus();
      for (const type of ['click', 'mouseover', 'mouseenter', 'focusin', 'animationstart', 'error', 'beforetoggle']) el.dispatchEvent(new Event(type));
      expect(getComputedStyle(el).position, el.localName).to.equal('static');
      expect(page.doc.activeElement === el, `${el.localName} took the focus`).to.be.false;
    }
    await new Promise((resolve) => page.win.requestAnimationFrame(resolve));
    expect(win.__gadget).to.deep.equal([]);
    expect(win.__civicErrors).to.deep.equal([]);
  });

  describe('with a name that is no widget', () => {
    it('says so in the placeholder, in the page language, and fires civic-error with code config', () => {
      const typo = page.doc.getElementById('typo')!;
      expect(typo.textContent!.trim()).to.equal('Ten moduł wiadomości jest źle ustawiony i nie może pokazać wiadomości.');
      expect(page.doc.getElementById('typo-en')!.textContent!.trim()).to.equal('This news box is not set up correctly, so it cannot show the news.');
      expect(page.doc.getElementById('typo-en')!.querySelector('p')!.lang).to.equal('en');
      const placeholders = win.__civicErrorEvents.filter((event) => event.target === 'div');
      expect(placeholders.map((event) => [event.code, event.placeholder])).to.deep.equal([
        ['config', 'articel-list'],
        ['config', 'script'],
      ]);
      expect(typo.querySelector('[data-civic-widget], civic-article-list')).to.be.null;
    });

    it('warns the webmaster once in the console, naming the name, the fix and the README section', () => {
      const warnings = win.__warnings.filter((text) => text.includes('data-civic-widget'));
      expect(warnings).to.have.length(1);
      expect(warnings[0])
        .to.contain('data-civic-widget="articel-list" names no widget')
        .and.contain('article-list, article-card, related-articles, article')
        .and.contain('README: Quick start');
    });
  });

  it('the allowlist is read from the element classes, so it cannot drift from them', () => {
    for (const tag of TAGS) {
      const observed = (page.win.customElements.get(tag) as unknown as { observedAttributes: string[] }).observedAttributes;
      expect([...observed].sort(), tag).to.deep.equal([...DOCUMENTED[tag]].sort());
    }
  });
});
