// Every pair of theme colours the styles put together has WCAG contrast: text 4.5:1 (1.4.3),
// borders, controls and the focus outline 3:1 (1.4.11), on white and on light grey pages.
// The colours are read from a live widget, as the browser resolves the tokens.
import { expect } from '@open-wc/testing';
import { mountWidget, releaseHeld, serveFeeds, type Widget } from './mount.js';
import { criteria } from '../support/criteria.js';

/**
 * The token sets to check: the defaults, and each theme preset by the attributes that
 * select it (e.g. `{ name: 'hds', attributes: { theme: 'hds' } }`).
 */
// The light presets sit on the page's own background; the dark ones paint their own, and their
// contrast is checked against it with the presets' data (test/styles/presets.test.ts).
const TOKEN_SETS: Array<{ name: string; attributes: Record<string, string> }> = [
  { name: 'default', attributes: {} },
  { name: 'hds', attributes: { theme: 'hds' } },
  { name: 'suomifi', attributes: { theme: 'suomifi' } },
];

/** The page backgrounds the README promises contrast on. */
const PAGES = { white: '#ffffff', 'light grey': '#f2f2f2' };
/** The page's own text colour, which the widget inherits (the browser's default). */
const PAGE_TEXT = '#000000';

type Token = 'accent' | 'on-accent' | 'surface' | 'surface-alt' | 'border' | 'muted' | 'focus' | 'highlight' | 'error';

/** [foreground, background, what it is]; a background `page` means each page background. */
type Pair = [Token | 'text', Token | 'page', string];

const TEXT_PAIRS: Pair[] = [
  ['accent', 'surface', 'links and secondary buttons on cards and controls'],
  ['accent', 'page', 'links in the attribution line'],
  ['on-accent', 'accent', 'text on primary buttons'],
  ['muted', 'surface', 'counts, hints and dates on cards'],
  ['muted', 'page', 'hints and counts beside the controls'],
  ['text', 'surface-alt', 'chips and tags'],
  ['text', 'highlight', 'matched words'],
  ['error', 'surface', 'the cancelled and postponed marks'],
];

const NON_TEXT_PAIRS: Pair[] = [
  ['border', 'surface', 'borders of controls on their surface'],
  ['border', 'page', 'borders of cards and controls on the page'],
  ['accent', 'page', 'primary buttons, checkboxes and chip borders'],
  ['accent', 'surface-alt', 'the chip border on its own background'],
  ['focus', 'page', 'the focus outline around a control on the page'],
  ['focus', 'surface', 'the focus outline inside a card or the detail'],
  ['error', 'page', 'the error message border'],
  ['error', 'surface', 'the error message border on a card'],
];

/** An sRGB colour as the browser resolves it, as [r, g, b] in 0–255. */
function rgb(color: string): [number, number, number] {
  const probe = document.createElement('span');
  probe.style.color = color;
  document.body.append(probe);
  const resolved = getComputedStyle(probe).color;
  probe.remove();
  const parts = resolved.match(/[\d.]+/g)?.map(Number);
  if (!parts || parts.length < 3) throw new Error(`not a colour: ${color}`);
  return [parts[0]!, parts[1]!, parts[2]!];
}

/** WCAG 2.2 relative luminance. */
function luminance(color: string): number {
  const [r, g, b] = rgb(color).map((channel) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

function tokenColours(el: Widget): Record<Token, string> {
  const style = getComputedStyle(el);
  const read = (token: Token) => {
    const value = style.getPropertyValue(token === 'muted' ? '--_muted' : `--_${token}`).trim();
    expect(value, token).to.not.equal('');
    return value;
  };
  const tokens: Token[] = [
    'accent',
    'on-accent',
    'surface',
    'surface-alt',
    'border',
    'muted',
    'focus',
    'highlight',
    'error',
  ];
  return Object.fromEntries(tokens.map((token) => [token, read(token)])) as Record<Token, string>;
}

function failures(colours: Record<Token, string>, pairs: Pair[], minimum: number): string[] {
  const found: string[] = [];
  for (const [fore, back, what] of pairs) {
    const foreground = fore === 'text' ? PAGE_TEXT : colours[fore];
    const backgrounds = back === 'page' ? Object.entries(PAGES) : [[back, colours[back]] as const];
    for (const [backName, background] of backgrounds) {
      const ratio = contrast(foreground, background);
      if (ratio < minimum) found.push(`${fore} on ${backName} (${what}): ${ratio.toFixed(2)}:1 < ${minimum}:1`);
    }
  }
  return found;
}

before(serveFeeds);
afterEach(releaseHeld);

describe('the contrast formula', () => {
  it('gives WCAG’s known ratios', () => {
    expect(contrast('#000000', '#ffffff')).to.be.closeTo(21, 0.01);
    expect(contrast('#767676', '#ffffff')).to.be.closeTo(4.54, 0.01);
    expect(contrast('#949494', '#ffffff')).to.be.closeTo(3.03, 0.01);
    expect(contrast('#ffffff', '#ffffff')).to.equal(1);
  });
});

for (const set of TOKEN_SETS) {
  describe(`theme colours: ${set.name}`, () => {
    let colours: Record<Token, string>;
    before(async () => {
      colours = tokenColours(await mountWidget('directory', 'ready', 'fi', set.attributes));
    });

    it(`text has at least 4.5:1 ${criteria('1.4.3')}`, () => {
      expect(failures(colours, TEXT_PAIRS, 4.5)).to.deep.equal([]);
    });

    it(`borders, controls and the focus outline have at least 3:1 ${criteria('1.4.11')}`, () => {
      expect(failures(colours, NON_TEXT_PAIRS, 3)).to.deep.equal([]);
    });
  });
}
