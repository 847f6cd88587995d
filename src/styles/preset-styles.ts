import { css } from 'lit';

// The presets' dark sets, each written once: `dark` uses it, and so does `auto` inside its media query.

/** The neutral preset's dark set. */
const neutralDark = css`
  --_theme-color-text: #f2f2f2;
  --_theme-color-background: #121212;
  --_theme-color-accent: #8cc8ff;
  --_theme-color-on-accent: #0b0b0b;
  --_theme-color-surface: #1e1e1e;
  --_theme-color-surface-alt: #2c3036;
  --_theme-color-border: #9a9a9a;
  --_theme-color-text-muted: #c4c4c4;
  --_theme-color-focus: #8cc8ff;
  --_theme-color-highlight: #5c4b00;
  --_theme-color-error: #ff8a80;
`;

/** HDS's dark set. */
const hdsDark = css`
  --_theme-color-text: #ffffff;
  --_theme-color-background: #1a1a1a;
  --_theme-color-accent: #9fc9eb;
  --_theme-color-on-accent: #1a1a1a;
  --_theme-color-surface: #262626;
  --_theme-color-surface-alt: #333333;
  --_theme-color-border: #999999;
  --_theme-color-text-muted: #cccccc;
  --_theme-color-focus: #9fc9eb;
  --_theme-color-highlight: #5e5200;
  --_theme-color-error: #ff9fb3;
`;

/** Suomi.fi's dark set. */
const suomifiDark = css`
  --_theme-color-text: #f2f2f2;
  --_theme-color-background: #1c2125;
  --_theme-color-accent: #8fc0f5;
  --_theme-color-on-accent: #14181b;
  --_theme-color-surface: #252b30;
  --_theme-color-surface-alt: #313a41;
  --_theme-color-border: #8d979c;
  --_theme-color-text-muted: #c2c9cd;
  --_theme-color-focus: #6fd0f0;
  --_theme-color-highlight: #5a4a00;
  --_theme-color-error: #ff9a8f;
`;

/**
 * The `theme` presets as styles: the values of presets.ts (the data the tests compare this
 * with), written out here so that the widgets carry plain CSS and not the data. Each sets the
 * `--_theme-*` layer that tokens.ts reads after the page's own `--kumppani-*` tokens, so a
 * page's value always wins. `dark` always shows a preset's dark set; `auto` shows it when the
 * resident's device asks for dark. A named preset's dark rule is more specific than the
 * neutral one, and its light rule comes after it.
 */
export const presetStyles = css`
  :host([theme~='dark']) {
    ${neutralDark}
    padding: var(--_space);
  }

  :host([theme~='hds']) {
    --_theme-color-text: #1a1a1a;
    --_theme-color-accent: #0000bf;
    --_theme-color-surface-alt: #f2f2f2;
    --_theme-color-border: #808080;
    --_theme-color-text-muted: #595959;
    --_theme-color-focus: #0072c6;
    --_theme-color-highlight: #ffe977;
    --_theme-color-error: #b01038;
    --_theme-font-family: HelsinkiGrotesk, Arial, -apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, sans-serif;
    --_theme-font-size: 1rem;
    --_theme-heading-size: 1.25rem;
    --_theme-heading-weight: 500;
    --_theme-radius: 0;
  }

  :host([theme~='hds'][theme~='dark']) {
    ${hdsDark}
  }

  :host([theme~='suomifi']) {
    --_theme-color-text: #292929;
    --_theme-color-accent: #2a6ebb;
    --_theme-color-surface-alt: #eaf2fa;
    --_theme-color-border: #5f686d;
    --_theme-color-text-muted: #5f686d;
    --_theme-color-focus: #2a6ebb;
    --_theme-color-highlight: #fff3b0;
    --_theme-color-error: #ae332d;
    --_theme-font-family: 'Source Sans Pro', 'Source Sans 3', Helvetica, Arial, sans-serif;
    --_theme-font-size: 1.125rem;
    --_theme-heading-size: 1.375rem;
    --_theme-heading-weight: 600;
    --_theme-radius: 2px;
  }

  :host([theme~='suomifi'][theme~='dark']) {
    ${suomifiDark}
  }

  @media (prefers-color-scheme: dark) {
    :host([theme~='auto']) {
      ${neutralDark}
      padding: var(--_space);
    }

    :host([theme~='hds'][theme~='auto']) {
      ${hdsDark}
    }

    :host([theme~='suomifi'][theme~='auto']) {
      ${suomifiDark}
    }
  }

  /* Native controls and scroll bars dark too, except under forced colours, where the
     system's own colours hold for the whole widget alike. */
  @media not (forced-colors: active) {
    :host([theme~='dark']) {
      color-scheme: dark;
    }
  }

  @media not (forced-colors: active) and (prefers-color-scheme: dark) {
    :host([theme~='auto']) {
      color-scheme: dark;
    }
  }
`;
