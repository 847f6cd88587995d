// Which axe-core rules found something to check (passed or failed on at least one node) during
// the run: a rule that was inapplicable everywhere (say, `document-title` inside a widget) shows
// nothing about its criterion. The browser tests report through the `axe-rules-applied` command.

const applied = new Set();

export function axeRecordPlugin() {
  return {
    name: 'axe-rules-applied',
    executeCommand({ command, payload }) {
      if (command !== 'axe-rules-applied') return undefined;
      for (const rule of Array.isArray(payload) ? payload : []) if (typeof rule === 'string') applied.add(rule);
      return true;
    },
  };
}

export function appliedAxeRules() {
  return applied;
}
