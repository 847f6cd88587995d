// Every theme preset keeps WCAG AA contrast, computed from the same data the styles are made of.
import { expect, fixture } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { LitElement, css, html } from 'lit';
import { tokens } from '../../src/styles/tokens.js';
import { listStyles } from '../../src/elements/shared/list.styles.js';
import { ASSUMED_PAGE, PRESETS, type ThemePreset, type TokenName } from '../../src/styles/presets.js';
import { contrastRatio } from '../support/contrast.js';

/** The page's own text and background where a preset leaves them to the page. */
function page(preset: ThemePreset) {
  const { tokens } = preset;
  return {
    text: tokens['color-text'] === 'inherit' ? ASSUMED_PAGE.text : tokens['color-text'],
    background: tokens['color-background'] === 'transparent' ? ASSUMED_PAGE.background : tokens['color-background'],
  };
}

describe('theme presets', () => {
  it('are six: neutral, hds and suomifi, each light and dark', () => {
    expect(PRESETS.map((preset) => preset.theme)).to.deep.equal([
      'neutral',
      'neutral dark',
      'hds',
      'hds dark',
      'suomifi',
      'suomifi dark',
    ]);
  });

  for (const preset of PRESETS) {
    describe(`theme="${preset.theme}"`, () => {
      const t = preset.tokens;
      const { text, background } = page(preset);
      const grounds = { background, surface: t['color-surface'], 'surface-alt': t['color-surface-alt'] };

      it('keeps text, secondary text, links and errors at 4.5:1 on every ground', () => {
        for (const [groundName, ground] of Object.entries(grounds)) {
          for (const [name, colour] of Object.entries({
            text,
            muted: t['color-text-muted'],
            accent: t['color-accent'],
            error: t['color-error'],
          })) {
            expect(contrastRatio(colour, ground), `${name} on ${groundName}`).to.be.at.least(4.5);
          }
        }
        expect(contrastRatio(t['color-on-accent'], t['color-accent']), 'button text').to.be.at.least(4.5);
        expect(contrastRatio(text, t['color-highlight']), 'text on a matched word').to.be.at.least(4.5);
      });

      it('keeps borders and the focus outline at 3:1 on every ground', () => {
        for (const [groundName, ground] of Object.entries(grounds)) {
          expect(contrastRatio(t['color-border'], ground), `border on ${groundName}`).to.be.at.least(3);
          expect(contrastRatio(t['color-focus'], ground), `focus on ${groundName}`).to.be.at.least(3);
        }
      });
    });
  }
});

/** The smallest element made of the shared tokens: a link, a button and a card's box. */
class TokenProbe extends LitElement {
  static override styles = [
    tokens,
    css`
      .card {
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
      }
    `,
  ];
  protected override render() {
    return html`<a href="#x">link</a><button class="button" type="button">button</button>
      <div class="card">card</div>`;
  }
}
customElements.define('token-probe', TokenProbe);

/** A card's name as the list widgets draw it, with their styles. */
class CardProbe extends LitElement {
  static override styles = listStyles;
  protected override render() {
    return html`<h3 class="card-heading"><button class="card-button" type="button">Kuoro ry</button></h3>`;
  }
}
customElements.define('card-probe', CardProbe);

function look(el: HTMLElement) {
  const root = el.shadowRoot!;
  return {
    link: getComputedStyle(root.querySelector('a')!).color,
    radius: getComputedStyle(root.querySelector('.card')!).borderTopLeftRadius,
    text: getComputedStyle(el).color,
    background: getComputedStyle(el).backgroundColor,
  };
}

/** The private alias each token is read through, in the styles. */
const ALIASES: Record<TokenName, string> = {
  'color-text': '--_text',
  'color-background': '--_canvas',
  'color-accent': '--_accent',
  'color-on-accent': '--_on-accent',
  'color-surface': '--_surface',
  'color-surface-alt': '--_surface-alt',
  'color-border': '--_border',
  'color-text-muted': '--_muted',
  'color-focus': '--_focus',
  'color-highlight': '--_highlight',
  'color-error': '--_error',
  'font-family': '--_font',
  'font-size': '--_font-size',
  'heading-size': '--_heading-size',
  'heading-weight': '--_heading-weight',
  radius: '--_radius',
  spacing: '--_space',
};

/** Every token the styles give an element, as the data writes it (`inherit` and `transparent`: none). */
function resolvedTokens(el: HTMLElement): Record<string, string> {
  const style = getComputedStyle(el);
  return Object.fromEntries(
    Object.entries(ALIASES).map(([name, alias]) => [name, style.getPropertyValue(alias).trim().replace(/'/g, '"')]),
  );
}

function expectedTokens(preset: ThemePreset): Record<string, string> {
  return Object.fromEntries(
    Object.entries(preset.tokens).map(([name, value]) => [
      name,
      value === 'inherit' || value === 'transparent' ? '' : value,
    ]),
  );
}

describe('the theme attribute', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  it('gives every token the value the preset data holds, with dark and with auto on a dark device', async () => {
    const themes = PRESETS.flatMap((preset) =>
      preset.scheme === 'dark'
        ? [[preset, preset.theme] as const, [preset, `${preset.name} auto`] as const]
        : [[preset, preset.theme] as const],
    );
    const box = await fixture<HTMLDivElement>(
      html`<div>${themes.map(([, theme]) => html`<token-probe theme=${theme}></token-probe>`)}</div>`,
    );
    const probes = Array.from(box.children) as HTMLElement[];
    await emulateMedia({ colorScheme: 'dark' });
    themes.forEach(([preset, theme], index) => {
      expect(resolvedTokens(probes[index]!), theme).to.deep.equal(expectedTokens(preset));
    });
    await emulateMedia({ colorScheme: 'light' });
    // On a light device, auto shows the light set.
    themes.forEach(([preset, theme], index) => {
      const light = PRESETS.find((other) => other.name === preset.name && other.scheme === 'light')!;
      if (theme.endsWith('auto')) expect(resolvedTokens(probes[index]!), theme).to.deep.equal(expectedTokens(light));
    });
  });

  it('applies a preset, its dark variant, and the dark one only when asked with auto', async () => {
    const box = await fixture<HTMLDivElement>(
      html`<div style="color: rgb(10, 20, 30)">
        <token-probe></token-probe><token-probe theme="hds"></token-probe><token-probe theme="hds dark"></token-probe>
        <token-probe theme="suomifi auto"></token-probe><token-probe theme="dark"></token-probe>
      </div>`,
    );
    const [plain, hds, hdsDark, suomifiAuto, neutralDark] = Array.from(box.children) as HTMLElement[];
    await Promise.all([plain, hds, hdsDark, suomifiAuto, neutralDark].map((el) => (el as LitElement).updateComplete));
    // No preset: the page's text colour and the neutral accent and corners.
    expect(look(plain!)).to.deep.include({ text: 'rgb(10, 20, 30)', link: 'rgb(0, 90, 156)', radius: '6px' });
    expect(look(hds!)).to.deep.include({ text: 'rgb(26, 26, 26)', link: 'rgb(0, 0, 191)', radius: '0px' });
    expect(look(hdsDark!)).to.deep.include({
      background: 'rgb(26, 26, 26)',
      link: 'rgb(159, 201, 235)',
      radius: '0px',
    });
    expect(look(neutralDark!)).to.deep.include({ background: 'rgb(18, 18, 18)', radius: '6px' });
    expect(look(suomifiAuto!)).to.deep.include({ text: 'rgb(41, 41, 41)', radius: '2px' });
    await emulateMedia({ colorScheme: 'dark' });
    expect(look(suomifiAuto!)).to.deep.include({ text: 'rgb(242, 242, 242)', background: 'rgb(28, 33, 37)' });
    expect(look(hds!).link, 'without auto, the light set stays').to.equal('rgb(0, 0, 191)');
  });

  it("lets the page's own tokens win, on the element or on an ancestor", async () => {
    const box = await fixture<HTMLDivElement>(
      html`<div style="--kumppani-color-accent: #123456">
        <token-probe theme="hds dark" style="--kumppani-radius: 9px"></token-probe>
      </div>`,
    );
    const probe = box.firstElementChild as LitElement;
    await probe.updateComplete;
    expect(look(probe)).to.deep.include({ link: 'rgb(18, 52, 86)', radius: '9px' });
  });

  it("sizes text and the items' names by the page's type tokens, over a theme's type scale", async () => {
    const box = await fixture<HTMLDivElement>(
      html`<div style="--kumppani-font-size: 20px">
        <card-probe theme="suomifi" style="--kumppani-heading-size: 30px; --kumppani-heading-weight: 300"></card-probe>
      </div>`,
    );
    const probe = box.firstElementChild as LitElement;
    await probe.updateComplete;
    const heading = getComputedStyle(probe.shadowRoot!.querySelector('.card-heading')!);
    const name = getComputedStyle(probe.shadowRoot!.querySelector('.card-button')!);
    expect([getComputedStyle(probe).fontSize, heading.fontSize, name.fontWeight]).to.deep.equal([
      '20px',
      '30px',
      '300',
    ]);
    // Without them, the theme's scale: Suomi.fi's 18 px text, names at 22 px and weight 600.
    probe.removeAttribute('style');
    box.removeAttribute('style');
    expect([getComputedStyle(probe).fontSize, heading.fontSize, name.fontWeight]).to.deep.equal([
      '18px',
      '22px',
      '600',
    ]);
  });
});
