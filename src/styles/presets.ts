/**
 * The theme presets as plain data: one set of `--kumppani-*` token values per preset and
 * colour scheme. The tests compute each set's contrast from it and check that the styles
 * (preset-styles.ts, written out so the widgets carry CSS and not this data) give every
 * element exactly these values, so what is tested is what is shown.
 *
 * Provenance of the colour values:
 * - `hds`: modelled on the Helsinki Design System (hel.fi/hds), its colour tokens black-90
 *   (#1a1a1a) for text, black-60 (#595959) for secondary text, black-50 (#808080) for control
 *   borders, black-5 (#f2f2f2) for light fills, bus (#0000bf) for links and buttons, coat-of-arms
 *   (#0072c6) for the focus outline, error (#b01038); square corners and the Helsinki Grotesk typeface
 *   (which the hel.fi page itself loads; the widget loads no fonts); its type scale: body-m
 *   1rem, names as heading-s (1.25rem, weight 500). Checked against HDS's core tokens.
 * - `suomifi`: modelled on the Suomi.fi design system (designsystem.suomi.fi), its tokens
 *   blackBase hsl(0 0% 16%) for text, highlightBase hsl(212 63% 45%) for links and buttons,
 *   highlightLight3 hsl(212 63% 95%) for light fills, depthDark1 hsl(202 7% 40%) for
 *   secondary text and borders, highlightBase for the focus outline, alertBase
 *   hsl(3 59% 43%) for errors; 2 px corners and the Source Sans typeface; its type scale:
 *   bodyText 18 px, names as heading3 (22 px, weight 600). Checked against the published
 *   suomifi-design-tokens.
 * - `neutral`: the widget's own defaults.
 * The dark variants are this project's own, made to the same contrast rules; neither design
 * system publishes one for the web.
 */

/** A theming token's name without its `--kumppani-` prefix. */
export type TokenName =
  | 'color-text'
  | 'color-background'
  | 'color-accent'
  | 'color-on-accent'
  | 'color-surface'
  | 'color-surface-alt'
  | 'color-border'
  | 'color-text-muted'
  | 'color-focus'
  | 'color-highlight'
  | 'color-error'
  | 'font-family'
  | 'font-size'
  | 'heading-size'
  | 'heading-weight'
  | 'radius'
  | 'spacing';

export type PresetName = 'neutral' | 'hds' | 'suomifi';
export type ColourScheme = 'light' | 'dark';

export interface ThemePreset {
  name: PresetName;
  scheme: ColourScheme;
  /** The `theme` attribute value that always shows this set, e.g. `hds dark`. */
  theme: string;
  /** Every token's value; `inherit` and `transparent` leave text colour and background to the page. */
  tokens: Readonly<Record<TokenName, string>>;
}

/** What a light preset that leaves text and background to the page is checked against. */
export const ASSUMED_PAGE = { text: '#000000', background: '#ffffff' } as const;

const neutralLight: ThemePreset['tokens'] = {
  'color-text': 'inherit',
  'color-background': 'transparent',
  'color-accent': '#005a9c',
  'color-on-accent': '#ffffff',
  'color-surface': '#ffffff',
  'color-surface-alt': '#eef2f6',
  'color-border': '#6e6e6e',
  'color-text-muted': '#4f4f4f',
  'color-focus': '#005a9c',
  'color-highlight': '#fff0a8',
  'color-error': '#b00020',
  'font-family': 'inherit',
  'font-size': 'inherit',
  'heading-size': '1.2em',
  'heading-weight': '700',
  radius: '0.375rem',
  spacing: '1rem',
};

const neutralDark: ThemePreset['tokens'] = {
  ...neutralLight,
  'color-text': '#f2f2f2',
  'color-background': '#121212',
  'color-accent': '#8cc8ff',
  'color-on-accent': '#0b0b0b',
  'color-surface': '#1e1e1e',
  'color-surface-alt': '#2c3036',
  'color-border': '#9a9a9a',
  'color-text-muted': '#c4c4c4',
  'color-focus': '#8cc8ff',
  'color-highlight': '#5c4b00',
  'color-error': '#ff8a80',
};

const HELSINKI_FONT = 'HelsinkiGrotesk, Arial, -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, sans-serif';

const hdsLight: ThemePreset['tokens'] = {
  'color-text': '#1a1a1a',
  'color-background': 'transparent',
  'color-accent': '#0000bf',
  'color-on-accent': '#ffffff',
  'color-surface': '#ffffff',
  'color-surface-alt': '#f2f2f2',
  'color-border': '#808080',
  'color-text-muted': '#595959',
  'color-focus': '#0072c6',
  'color-highlight': '#ffe977',
  'color-error': '#b01038',
  'font-family': HELSINKI_FONT,
  'font-size': '1rem',
  'heading-size': '1.25rem',
  'heading-weight': '500',
  radius: '0',
  spacing: '1rem',
};

const hdsDark: ThemePreset['tokens'] = {
  ...hdsLight,
  'color-text': '#ffffff',
  'color-background': '#1a1a1a',
  'color-accent': '#9fc9eb',
  'color-on-accent': '#1a1a1a',
  'color-surface': '#262626',
  'color-surface-alt': '#333333',
  'color-border': '#999999',
  'color-text-muted': '#cccccc',
  'color-focus': '#9fc9eb',
  'color-highlight': '#5e5200',
  'color-error': '#ff9fb3',
};

const SUOMIFI_FONT = '"Source Sans Pro", "Source Sans 3", Helvetica, Arial, sans-serif';

const suomifiLight: ThemePreset['tokens'] = {
  'color-text': '#292929',
  'color-background': 'transparent',
  'color-accent': '#2a6ebb',
  'color-on-accent': '#ffffff',
  'color-surface': '#ffffff',
  'color-surface-alt': '#eaf2fa',
  'color-border': '#5f686d',
  'color-text-muted': '#5f686d',
  'color-focus': '#2a6ebb',
  'color-highlight': '#fff3b0',
  'color-error': '#ae332d',
  'font-family': SUOMIFI_FONT,
  'font-size': '1.125rem',
  'heading-size': '1.375rem',
  'heading-weight': '600',
  radius: '2px',
  spacing: '1rem',
};

const suomifiDark: ThemePreset['tokens'] = {
  ...suomifiLight,
  'color-text': '#f2f2f2',
  'color-background': '#1c2125',
  'color-accent': '#8fc0f5',
  'color-on-accent': '#14181b',
  'color-surface': '#252b30',
  'color-surface-alt': '#313a41',
  'color-border': '#8d979c',
  'color-text-muted': '#c2c9cd',
  'color-focus': '#6fd0f0',
  'color-highlight': '#5a4a00',
  'color-error': '#ff9a8f',
};

function preset(name: PresetName, scheme: ColourScheme, tokens: ThemePreset['tokens']): ThemePreset {
  return { name, scheme, theme: scheme === 'light' ? name : `${name} dark`, tokens };
}

/** Every preset in both schemes; the first is the default (no `theme` attribute). */
export const PRESETS: readonly ThemePreset[] = [
  preset('neutral', 'light', neutralLight),
  preset('neutral', 'dark', neutralDark),
  preset('hds', 'light', hdsLight),
  preset('hds', 'dark', hdsDark),
  preset('suomifi', 'light', suomifiLight),
  preset('suomifi', 'dark', suomifiDark),
];

export const DEFAULT_TOKENS = neutralLight;

/** A preset's tokens as custom property declarations (`--kumppani-color-accent` → value). */
export function tokenProperties(preset: ThemePreset): Record<`--kumppani-${TokenName}`, string> {
  return Object.fromEntries(
    Object.entries(preset.tokens).map(([name, value]) => [`--kumppani-${name}`, value]),
  ) as Record<`--kumppani-${TokenName}`, string>;
}
