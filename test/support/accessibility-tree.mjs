// A test command that reads Chromium's own accessibility tree (DevTools protocol), as a screen
// reader gets it: what is "ignored" there (for example not rendered) a screen reader never finds.

/** `executeServerCommand('accessibility-tree')` → the exposed nodes' roles and names, in tree order. */
export function accessibilityTreePlugin() {
  return {
    name: 'accessibility-tree',
    async executeCommand({ command, session }) {
      if (command !== 'accessibility-tree') return undefined;
      const page = session.browser.getPage(session.id);
      const cdp = await page.target().createCDPSession();
      try {
        await cdp.send('Accessibility.enable');
        const { nodes } = await cdp.send('Accessibility.getFullAXTree');
        return nodes
          .filter((node) => !node.ignored)
          .map((node) => ({ role: node.role?.value ?? '', name: node.name?.value ?? '' }));
      } finally {
        await cdp.detach();
      }
    },
  };
}
