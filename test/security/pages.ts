import type { CivicFeedElement } from '../../src/elements/shared/feed-element.js';

/** A test page in a same-origin frame, with what its violations.js recorded. */
export interface Page {
  frame: HTMLIFrameElement;
  win: Window & { __civicViolations: string[]; __civicErrors: string[] };
  doc: Document;
  elements: CivicFeedElement[];
}

/**
 * Opens `/__test/<route>/pages/<name>` in a frame (route `csp` serves it with the strict CSP,
 * `csp-report` with the same policy reported only)
 * and waits until every civic element on it is defined and done loading.
 */
export async function openPage(
  route: 'csp' | 'csp-report' | 'fixture',
  name: string,
  tags = ['civic-article-list', 'civic-article-card', 'civic-article', 'civic-related-articles'],
  url = `/__test/${route}/pages/${name}`,
): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 60rem; height: 40rem; border: 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = url;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Page['win'];
  const doc = frame.contentDocument!;
  await Promise.all(tags.map((tag) => win.customElements.whenDefined(tag)));
  const elements = tags.length ? Array.from(doc.querySelectorAll<CivicFeedElement>(tags.join(', '))) : [];
  await Promise.all(elements.map((el) => done(el)));
  return { frame, win, doc, elements };
}

/** Until the element has left `loading` and finished its update (the article body included). */
async function done(el: CivicFeedElement): Promise<void> {
  const deadline = Date.now() + 8000;
  while (Date.now() < deadline) {
    await el.updateComplete;
    const state = el.getAttribute('state');
    if (state && state !== 'loading') return;
    await new Promise((resolve) => {
      el.addEventListener('civic-load', resolve, { once: true });
      el.addEventListener('civic-error', resolve, { once: true });
      setTimeout(resolve, 100);
    });
  }
  throw new Error(`${el.localName} stayed ${el.getAttribute('state')}`);
}

/** The resources a page fetched, by path. */
export function fetched(win: Window): string[] {
  return win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
}
