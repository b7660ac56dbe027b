// No layout shift on a webmaster's page (issue 13): the script tag's loader, then the core part
// arriving 1.5 s later (a slow phone link), on a phone-wide article page with text below the
// widget. The built files over real HTTP (route /__test/cdn, test/server/routes.mjs); the score
// is the page's own Layout Instability API entries, from its first paint. Only Chromium has
// the API; the sizes behind it are checked in every engine by reserve.test.ts.
import { expect } from '@open-wc/testing';
import type { CivicFeedElement } from '../../src/elements/shared/feed-element.js';
import { nextFrame, unique, until } from '../helpers.js';

const supported = typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes.includes('layout-shift');
const TAGS = 'civic-article-list, civic-article-card, civic-related-articles, civic-article';
type ShiftWindow = Window & typeof globalThis & { __civicShift: number; __civicShifts: string[]; CivicNews: { ready: Promise<unknown> } };

/** The page's CLS once its widget has shown its articles and their pictures. */
async function shiftOf(name: string): Promise<{ score: number; shifts: string[] }> {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = 'width: 360px; height: 640px; border: 0';
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  iframe.src = `/__test/cdn/slowcore-${unique(`shift-${name}`)}/shift-${name}.html`;
  document.body.append(iframe);
  try {
    await loaded;
    const win = iframe.contentWindow as ShiftWindow;
    await win.CivicNews.ready;
    const el = win.document.querySelector<CivicFeedElement>(TAGS)!;
    await until(el, 'ready');
    await Promise.all(Array.from(el.shadowRoot!.querySelectorAll('img'), (img) => img.decode().catch(() => undefined)));
    await nextFrame(win);
    await nextFrame(win);
    return { score: win.__civicShift, shifts: win.__civicShifts };
  } finally {
    iframe.remove();
  }
}

describe('layout shift on a script-tag page while the core downloads (issue 13)', function () {
  this.timeout(30_000);
  before(function () {
    if (!supported) this.skip();
  });
  // Without the loader's room these pages scored 0.43 (compact) to 0.67 (list): the text below
  // jumped by the whole skeleton when the core arrived.
  const pages: [string, number][] = [
    ['list', 0.01],
    ['compact', 0.01],
    ['related', 0.01],
    ['article', 0.01],
    ['placeholder', 0.01],
    // The room is the skeleton's (reserve.test.ts); this card's article is taller than a typical
    // teaser (a photo credit, a fourth line of lead, a row of tags): about 0.019 on a phone, the
    // same as on the npm path. Issue 13 leaves it open.
    ['card', 0.02],
  ];
  for (const [name, most] of pages) {
    it(`${name}: CLS at most ${most}`, async () => {
      const { score, shifts } = await shiftOf(name);
      console.log(`${name}: CLS ${score.toFixed(4)}`);
      expect(score, `CLS ${score.toFixed(4)}: ${shifts.join('; ')}`).to.be.at.most(most);
    });
  }
});
