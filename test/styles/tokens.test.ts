// Every theming token the styles read is documented for webmasters, and every documented one is read.
import { expect } from '@open-wc/testing';
import { tokens } from '../../src/styles/tokens.js';
import { DEFAULT_TOKENS, type TokenName } from '../../src/styles/presets.js';
import { listStyles } from '../../src/elements/shared/list.styles.js';
import { eventsStyles } from '../../src/elements/events/events.styles.js';

function read(text: string): Set<string> {
  return new Set(text.match(/--kumppani-[a-z-]+/g) ?? []);
}

describe('theming tokens', () => {
  it('are the same in the styles and in the README', async () => {
    const css = [tokens, ...listStyles, ...eventsStyles].map((sheet) => sheet.cssText).join('\n');
    const readme = await (await fetch('/README.md')).text();
    const documented = read(readme.slice(readme.indexOf('### Theming'), readme.indexOf('### Content Security Policy')));
    expect([...read(css)].sort()).to.deep.equal([...documented].sort());
  });

  it('keep the documented defaults', async () => {
    const readme = await (await fetch('/README.md')).text();
    const rows = [...readme.matchAll(/\| `--kumppani-([a-z-]+)` \| `([^`]+)` \|/g)];
    expect(rows.length).to.equal(Object.keys(DEFAULT_TOKENS).length);
    for (const [, name, value] of rows) {
      expect(DEFAULT_TOKENS[name as TokenName], name).to.equal(value);
      // The styles fall back to the default after the page's token and the theme's.
      const fallback = value === 'inherit' || value === 'transparent' ? '' : `,${value}`;
      expect(tokens.cssText.replace(/,\s+/g, ','), name).to.contain(
        `var(--kumppani-${name},var(--_theme-${name}${fallback}))`,
      );
    }
  });
});
