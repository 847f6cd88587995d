// A test-runner command that emulates CSS media features through the Chrome DevTools Protocol,
// for those the runner's own emulateMedia does not pass on with puppeteer (`forced-colors`).
// From a test: executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value: 'active' }]);
// an empty list ends the emulation.

export function mediaFeaturesPlugin() {
  const sessions = new Map();
  return {
    name: 'emulate-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error('emulate-media-features needs the Chrome launcher');
      if (!Array.isArray(payload)) throw new Error('emulate-media-features takes a list of { name, value }');
      const page = session.browser.getPage(session.id);
      let cdp = sessions.get(page);
      if (!cdp) {
        cdp = await page.createCDPSession();
        sessions.set(page, cdp);
      }
      await cdp.send('Emulation.setEmulatedMedia', { features: payload });
      return true;
    },
  };
}
