// axe on every element × state × layout × color scheme × language (WCAG 2.1 A and AA rules,
// color contrast included: axe reads the colors inside the shadow roots as rendered).
import { expect } from '@open-wc/testing';
import { loadLanguage } from '../../src/i18n/index.js';
import { hasDevtools } from '../devtools.js';
import { registerLanguage } from '../../src/index.js';
import { FULL_MATRIX, freshStore, unique, until, warmAxe } from '../helpers.js';
import { ELEMENTS, LANGS, SCHEMES, STATES } from './elements.js';
import { attributesFor, mount, root, settle, unmountAll } from './harness.js';

// The first axe check loads axe-core: a hook's time, not a test's (helpers.ts).
before(warmAxe);

// The whole matrix runs in Chromium (the one engine with the DevTools protocol), a covering part
// of it elsewhere: a user agent string that stops matching must not quietly shrink it.
it('runs the whole matrix in Chromium, and only there', async () => {
  expect(FULL_MATRIX).to.equal(await hasDevtools());
});

const EXPECTED: Record<string, string> = { loading: 'Ładowanie|Loading', empty: 'Brak|No news', error: 'Nie udało|could not', ready: '' };

for (const c of ELEMENTS) {
  describe(`<${c.tag}>`, () => {
    beforeEach(freshStore);
    afterEach(() => unmountAll());

    STATES.forEach((state, s) => {
      describe(`when ${state}`, () => {
        c.layouts.forEach((layout, l) => {
          // Firefox and WebKit: one scheme and language per state and layout, in turn (FULL_MATRIX).
          const combos = SCHEMES.flatMap((scheme) => LANGS.map((lang) => [scheme, lang] as const));
          for (const [scheme, lang] of FULL_MATRIX ? combos : [combos[(s + l) % combos.length]]) {
            it(`passes axe in layout ${layout}, ${scheme}, ${lang}`, async () => {
              const el = await mount(c, { state, lang, layout, scheme, width: layout === 'compact' ? 280 : 720 });
              // The state is really the one under test: what a reader sees and hears.
              const status = root(el).querySelector('[role="status"]')!.textContent!.trim();
              if (state === 'ready') expect(root(el).querySelectorAll('article a[href]').length).to.be.greaterThan(0);
              else if (state === 'empty' && c.silentWhenEmpty) expect(status).to.equal('');
              else expect(status).to.match(new RegExp(EXPECTED[state]));
              await expect(el).to.be.accessible();
            });
          }
        });
      });
    });
  });
}

// Issue 14's variants: the new languages (and one a site registers), the page-following and
// contrast colour schemes, every Retry outcome, and the "new articles" button of a refresh.
describe('issue 14 variants', () => {
  before(() =>
    registerLanguage('lt', { empty: 'Naujienų nėra.', retry: 'Bandyti dar kartą', loading: 'Įkeliamos naujienos…', relatedHeading: 'Kiti straipsniai' }),
  );
  beforeEach(freshStore);
  afterEach(async () => {
    unmountAll();
    document.body.style.removeProperty('--civic-color-scheme');
  });

  ELEMENTS.forEach((c, e) => {
    ['uk', 'de', 'cs', 'lt'].forEach((lang, l) => {
      // Firefox and WebKit: one state per element and language, in turn (FULL_MATRIX).
      const states = ['ready', 'error'] as const;
      for (const state of FULL_MATRIX ? states : [states[(e + l) % states.length]]) {
        it(`<${c.tag}> ${state} in ${lang} passes axe`, async () => {
          // The strings first: an error can come before they download, and the message is then
          // English until they arrive (test/i18n/languages.test.ts checks that change).
          if (lang !== 'lt') await loadLanguage(lang);
          const el = await mount(c, { state, lang: 'pl', attrs: { lang } });
          if (state === 'error') expect(root(el).querySelector('[role="status"]')!.getAttribute('lang')).to.equal(lang);
          await expect(el).to.be.accessible();
        });
      }
    });

    for (const scheme of ['page', 'contrast'] as const) {
      for (const state of ['ready', 'error'] as const) {
        it(`<${c.tag}> ${state} in the ${scheme} scheme passes axe`, async () => {
          if (scheme === 'contrast') document.body.style.setProperty('--civic-color-scheme', 'contrast');
          const el = await mount(c, { state, lang: 'pl' });
          expect(
            root(el)
              .querySelector('.root')!
              .classList.contains(scheme === 'page' ? 'scheme-light' : 'scheme-contrast'),
          ).to.be.true;
          await expect(el).to.be.accessible();
        });
      }
    }

    for (const outcome of ['ready', 'empty'] as const) {
      it(`<${c.tag}> after a Retry that ends ${outcome} passes axe, focus included`, async () => {
        const attrs = attributesFor(c, { state: outcome, lang: 'pl' });
        const src = attrs.src.includes('empty.json') ? '/test/fixtures/empty.json' : attrs.src;
        const el = await mount(c, {
          state: 'error',
          lang: 'pl',
          attrs: { ...attrs, src: new URL(src, location.href).href, proxy: `/__test/via?fails=3&key=${unique('axe-retry')}&url={url}` },
        });
        const retry = root(el).querySelector<HTMLElement>('[part="retry"]')!;
        retry.focus();
        retry.click();
        await until(el, outcome);
        await settle(el);
        expect(el.shadowRoot!.activeElement).to.not.equal(null);
        await expect(el).to.be.accessible();
      });
    }
  });

  it('<civic-article-list> with the "new articles" button passes axe', async function () {
    this.timeout(20000);
    const key = unique('axe-refresh');
    const item = (n: number) => ({ id: `n${n}`, url: `https://news.example/n${n}`, title: `Wiadomość ${n}`, date_published: `2026-11-${10 + n}T10:00:00Z` });
    const serve = (ids: number[]) =>
      fetch(`/__test/store/${key}`, {
        method: 'POST',
        headers: { 'content-type': 'application/feed+json' },
        body: JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Miasto', items: ids.map(item) }),
      });
    await serve([1]);
    const el = await mount(ELEMENTS[0], { state: 'ready', lang: 'pl', attrs: { src: `/__test/store/${key}`, refresh: '5' } });
    await serve([2, 1]);
    const deadline = Date.now() + 12000;
    while (!root(el).querySelector('[part="new-articles"]') && Date.now() < deadline) await new Promise(requestAnimationFrame);
    expect(root(el).querySelector('[part="new-articles"]')!.textContent!.trim()).to.equal('Nowy artykuł — pokaż');
    await expect(el).to.be.accessible();
  });
});
