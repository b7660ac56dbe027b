// A test-runner command that emulates CSS media features through the DevTools protocol,
// forced-colors included (the built-in emulateMedia command of @web/test-runner-commands does
// not pass forced-colors to Puppeteer, and Puppeteer's own call refuses it).
const sessions = new WeakMap();

export function mediaPlugin() {
  return {
    name: 'civic-emulate-media',
    async executeCommand({ command, payload, session }) {
      if (command !== 'civic-emulate-media') return undefined;
      const page = session.browser.getPage(session.id);
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
