import { css } from 'lit';
import { presetStyles } from './preset-styles.js';

/**
 * The public theming tokens (`--kumppani-*`), read through private aliases: the page's own
 * token first, wherever the page sets it; then the `theme` preset's (preset-styles.ts); then
 * the neutral default, which passes WCAG AA contrast on white and on light grey (#f2f2f2).
 * Without a preset, elements inherit the page's font and text colour and have no background.
 */
export const tokens = css`
  :host {
    --_text: var(--kumppani-color-text, var(--_theme-color-text));
    --_canvas: var(--kumppani-color-background, var(--_theme-color-background));
    --_accent: var(--kumppani-color-accent, var(--_theme-color-accent, #005a9c));
    --_on-accent: var(--kumppani-color-on-accent, var(--_theme-color-on-accent, #ffffff));
    --_surface: var(--kumppani-color-surface, var(--_theme-color-surface, #ffffff));
    --_surface-alt: var(--kumppani-color-surface-alt, var(--_theme-color-surface-alt, #eef2f6));
    --_border: var(--kumppani-color-border, var(--_theme-color-border, #6e6e6e));
    --_muted: var(--kumppani-color-text-muted, var(--_theme-color-text-muted, #4f4f4f));
    --_focus: var(--kumppani-color-focus, var(--_theme-color-focus, #005a9c));
    --_highlight: var(--kumppani-color-highlight, var(--_theme-color-highlight, #fff0a8));
    --_error: var(--kumppani-color-error, var(--_theme-color-error, #b00020));
    --_font: var(--kumppani-font-family, var(--_theme-font-family));
    --_font-size: var(--kumppani-font-size, var(--_theme-font-size));
    --_heading-size: var(--kumppani-heading-size, var(--_theme-heading-size, 1.2em));
    --_heading-weight: var(--kumppani-heading-weight, var(--_theme-heading-weight, 700));
    --_radius: var(--kumppani-radius, var(--_theme-radius, 0.375rem));
    --_space: var(--kumppani-spacing, var(--_theme-spacing, 1rem));
    --_scroll-margin: var(--kumppani-scroll-margin-top, var(--_scroll-offset, 0px));

    display: block;
    font: inherit;
    font-family: var(--_font);
    font-size: var(--_font-size);
    color: var(--_text);
    background: var(--_canvas, transparent);
    overflow-wrap: anywhere;
  }

  ${presetStyles}

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

  :focus-visible,
  /* A date field's focus sits on its inner day, month or year, which only :focus-within sees. */
  input[type='date']:focus-within {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  /* Focus moves and Tab scroll a control clear of the page's sticky header, not under it. */
  a,
  button,
  input,
  select,
  summary,
  textarea,
  [tabindex] {
    scroll-margin-block-start: var(--_scroll-margin);
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
    :focus-visible,
    input[type='date']:focus-within {
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
