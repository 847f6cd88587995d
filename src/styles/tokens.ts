import { css, unsafeCSS, type CSSResult } from 'lit';
import { DEFAULT_TOKENS, PRESETS, type ThemePreset, type TokenName } from './presets.js';

/** The private alias each public token is read through. */
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
  radius: '--_radius',
  spacing: '--_space',
};

/** Left to the page: text colour and font inherit, and no background of its own. */
const FROM_PAGE = new Set(['inherit', 'transparent']);

/**
 * Each alias reads the host's `--kumppani-*` token first, so a page's own value wins
 * wherever it is set; then the `theme` preset's value; then the neutral default.
 */
function aliases(): string {
  return (Object.keys(ALIASES) as TokenName[])
    .map((name) => {
      const fallback = FROM_PAGE.has(DEFAULT_TOKENS[name]) ? '' : `, ${DEFAULT_TOKENS[name]}`;
      return `${ALIASES[name]}: var(--kumppani-${name}, var(--_theme-${name}${fallback}));`;
    })
    .join('\n');
}

function presetDeclarations(preset: ThemePreset): string {
  const declarations = (Object.keys(preset.tokens) as TokenName[])
    .filter((name) => !FROM_PAGE.has(preset.tokens[name]))
    .map((name) => `--_theme-${name}: ${preset.tokens[name]};`);
  if (preset.scheme === 'dark') declarations.push('padding: var(--_space);');
  return declarations.join('\n');
}

/**
 * Native controls and scroll bars dark too, except under forced colours, where the
 * system's own colours must hold for the whole widget alike.
 */
function darkControls(selector: string): string {
  return `@media not (forced-colors: active) { ${selector} { color-scheme: dark; } }`;
}

/**
 * `theme="hds"`, `theme="suomifi"` or `theme="neutral"` (the default), with `dark` for the
 * dark variant always or `auto` for it when the resident's system asks for dark.
 * A named preset's rules are more specific than the neutral dark set's, so `hds dark`
 * shows HDS dark.
 */
function presetRules(): CSSResult {
  const selector = (preset: ThemePreset, scheme: string) =>
    `:host(${preset.name === 'neutral' ? '' : `[theme~='${preset.name}']`}[theme~='${scheme}'])`;
  const rules: string[] = [];
  const darkWhenAsked: string[] = [];
  for (const preset of PRESETS) {
    if (preset.name === 'neutral' && preset.scheme === 'light') continue;
    const body = presetDeclarations(preset);
    if (preset.scheme === 'light') {
      rules.push(`:host([theme~='${preset.name}']) { ${body} }`);
    } else {
      rules.push(`${selector(preset, 'dark')} { ${body} }`, darkControls(selector(preset, 'dark')));
      darkWhenAsked.push(`${selector(preset, 'auto')} { ${body} }`, darkControls(selector(preset, 'auto')));
    }
  }
  // Light rules come after the neutral dark one (and its controls rule), which has the same specificity.
  const neutralDark = rules.splice(0, 2);
  return unsafeCSS(
    `${neutralDark.join('\n')}\n${rules.join('\n')}\n@media (prefers-color-scheme: dark) { ${darkWhenAsked.join('\n')} }`,
  );
}

/**
 * The public theming tokens (`--kumppani-*`), read through private aliases with
 * defaults that pass WCAG AA contrast on white and on light grey (#f2f2f2). Without a
 * preset that sets them, elements inherit the page's font and text colour.
 */
export const tokens = css`
  :host {
    ${unsafeCSS(aliases())}

    display: block;
    font: inherit;
    font-family: var(--_font);
    color: var(--_text);
    background: var(--_canvas, transparent);
    overflow-wrap: anywhere;
  }

  ${presetRules()}

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  button,
  input,
  select {
    font: inherit;
    color: inherit;
    letter-spacing: inherit;
    word-spacing: inherit;
  }

  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  .button {
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
    min-block-size: 2.75rem;
    min-inline-size: 24px;
    padding: 0.35em 1em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    cursor: pointer;
    text-align: start;
  }

  .button.secondary {
    background: var(--_surface);
    color: var(--_accent);
  }

  mark {
    background: var(--_highlight);
    color: inherit;
    border-radius: 0.15em;
  }

  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
    .button {
      border-color: ButtonText;
    }
    mark {
      background: Mark;
      color: MarkText;
    }
  }
`;
