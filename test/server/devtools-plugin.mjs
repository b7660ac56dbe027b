// Test-runner commands that need the DevTools protocol:
// - `civic-emulate-media`: CSS media features, forced-colors included (the built-in emulateMedia
//   command of @web/test-runner-commands does not pass forced-colors to Puppeteer, and
//   Puppeteer's own call refuses it).
// - `civic-ax-tree`: the whole accessibility tree Chromium gives screen readers (the built-in
//   a11ySnapshot keeps only "interesting" nodes, and so drops a heading that holds a link).
// - `civic-devtools`: whether the two above work here, that is whether the page is driven over
//   the DevTools protocol (Chromium). Firefox (WebDriver BiDi) and WebKit (WebDriver) have no
//   equivalent, so tests that need them skip there (test/devtools.ts).
const sessions = new WeakMap();

const pageOf = (session) => (session.browser.type === 'puppeteer' ? session.browser.getPage(session.id) : undefined);

export function devtoolsPlugin() {
  return {
    name: 'civic-devtools',
    async executeCommand({ command, payload, session }) {
      if (command === 'civic-devtools') return pageOf(session)?.browser().protocol === 'cdp';
      if (command !== 'civic-emulate-media' && command !== 'civic-ax-tree') return undefined;
      const page = pageOf(session);
      if (page?.browser().protocol !== 'cdp') throw new Error(`${command} needs the DevTools protocol (Chromium)`);
      if (command === 'civic-ax-tree') return page.accessibility.snapshot({ interestingOnly: false });
      // One DevTools session per page, kept open: overrides end with the session that set them.
      let cdp = sessions.get(page);
      if (!cdp) {
        cdp = await page.createCDPSession();
        sessions.set(page, cdp);
      }
      const features = Object.entries(payload ?? {}).map(([name, value]) => ({ name, value: String(value) }));
      await cdp.send('Emulation.setEmulatedMedia', { features });
      return true;
    },
  };
}
