// Every theming token the styles read is documented for webmasters, and every documented one is read.
import { expect } from '@open-wc/testing';
import { tokens } from '../../src/styles/tokens.js';
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
    for (const [, name, value] of readme.matchAll(/\| `(--kumppani-[a-z-]+)` \| `([^`]+)` \|/g)) {
      expect(tokens.cssText.replace(/,\s+/g, ','), name).to.contain(`var(${name},${value})`);
    }
  });
});
