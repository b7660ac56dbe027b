// axe on every element × state × layout × color scheme × language (WCAG 2.1 A and AA rules,
// color contrast included: axe reads the colors inside the shadow roots as rendered).
import { expect } from '@open-wc/testing';
import { freshStore } from '../helpers.js';
import { ELEMENTS, LANGS, SCHEMES, STATES } from './elements.js';
import { mount, root, unmountAll } from './harness.js';

const EXPECTED: Record<string, string> = { loading: 'Ładowanie|Loading', empty: 'Brak|No news', error: 'Nie udało|could not', ready: '' };

for (const c of ELEMENTS) {
  describe(`<${c.tag}>`, () => {
    beforeEach(freshStore);
    afterEach(() => unmountAll());

    for (const state of STATES) {
      describe(`when ${state}`, () => {
        for (const layout of c.layouts) {
          for (const scheme of SCHEMES) {
            for (const lang of LANGS) {
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
          }
        }
      });
    }
  });
}
