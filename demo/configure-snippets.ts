/**
 * The configurator's snippets, made from its choices (pure, tested directly):
 * the script and element, the `div` mount point, the iframe and the WordPress
 * shortcode all carry the same options, so each gives the previewed widget.
 */

export interface Choices {
  type: 'directory' | 'events' | 'volunteering' | 'card' | 'premises' | 'contact';
  feed: string;
  /** What the feed address points at: a kumppani feed (empty), `linkedevents`, `ptv` or `lipas`. */
  format: '' | 'linkedevents' | 'ptv' | 'lipas';
  municipality: readonly string[];
  category: readonly string[];
  targetGroup: readonly string[];
  lang: '' | 'fi' | 'sv' | 'en';
  /** The `theme` attribute (`hds`, `suomifi auto`, …), or empty for the default look. */
  theme: string;
  /** `#rrggbb`, or empty for the default accent. */
  accent: string;
  /** The card's association id. */
  association: string;
}

export const DEFAULT_ACCENT = '#005a9c';

/** The widgets each source can fill (a kumppani feed, the empty format, fills all). */
const WIDGETS_OF: Readonly<Record<Exclude<Choices['format'], ''>, readonly Choices['type'][]>> = {
  linkedevents: ['events', 'volunteering', 'card'],
  ptv: ['directory', 'card'],
  lipas: ['premises'],
};

/** Whether a source can fill a widget, so the configurator offers only the pairs that work. */
export const fills = (format: Choices['format'], type: Choices['type']): boolean =>
  format === '' || WIDGETS_OF[format].includes(type);

/** Whether the widget narrows by category: not the card (one association) nor the spaces. */
export const takesCategories = (type: Choices['type']): boolean => type !== 'card' && type !== 'premises';

/** Whether the widget narrows by target group: only the directory and the events do. */
export const takesTargetGroups = (type: Choices['type']): boolean => type === 'directory' || type === 'events';

/** The element's attributes, in a fixed order; empty choices are left out. */
export function attributesOf(choices: Choices): Array<[string, string]> {
  const list: Array<[string, string]> = [
    ['feed', choices.feed],
    ['format', choices.format],
  ];
  if (choices.type === 'card') list.push(['association', choices.association]);
  list.push(
    ['municipality', choices.municipality.join(',')],
    ['category', takesCategories(choices.type) ? choices.category.join(',') : ''],
    ['target-group', takesTargetGroups(choices.type) ? choices.targetGroup.join(',') : ''],
    ['lang', choices.lang],
    ['theme', choices.theme],
  );
  return list.filter(([, value]) => value !== '');
}

const escapeAttribute = (value: string): string =>
  value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

const attributeText = (list: Array<[string, string]>, prefix = ''): string =>
  list.map(([name, value]) => ` ${prefix}${name}="${escapeAttribute(value)}"`).join('');

/** `kumppani.js` holds the directory for kumppani feeds and PTV; everything else needs `kumppani-all.js`. */
const fileOf = (choices: Choices): string =>
  choices.type === 'directory' && (!choices.format || choices.format === 'ptv') ? 'kumppani.js' : 'kumppani-all.js';

/** CSS for a chosen accent, for the page's own stylesheet; empty for the default. */
export function accentCss(choices: Choices): string {
  if (!choices.accent || choices.accent.toLowerCase() === DEFAULT_ACCENT) return '';
  return `kumppani-${choices.type} { --kumppani-color-accent: ${choices.accent}; }`;
}

/** The script tag (with its integrity hash when known) and the element. */
export function elementSnippet(choices: Choices, cdn: string, integrity: Record<string, string>): string {
  const file = fileOf(choices);
  const hash = integrity[file];
  const check = hash ? ` integrity="${hash}" crossorigin="anonymous"` : '';
  const tag = `kumppani-${choices.type}`;
  return `<script type="module" src="${cdn}${file}"${check}></script>\n<${tag}${attributeText(attributesOf(choices))}></${tag}>`;
}

/** The mount point for CMSs that strip unknown elements (the script loaded site-wide). */
export function divSnippet(choices: Choices): string {
  return `<div data-kumppani="${choices.type}"${attributeText(attributesOf(choices), 'data-')}></div>`;
}

/** The iframe page, with the helper that sizes the frame. */
export function iframeSnippet(choices: Choices, cdn: string, integrity: Record<string, string>, title: string): string {
  const query = new URLSearchParams({ type: choices.type });
  for (const [name, value] of attributesOf(choices)) query.set(name, value);
  if (choices.accent && choices.accent.toLowerCase() !== DEFAULT_ACCENT) query.set('accent', choices.accent);
  const hash = integrity['kumppani-frame.js'];
  const check = hash ? ` integrity="${hash}" crossorigin="anonymous"` : '';
  return (
    `<iframe data-kumppani-frame title="${escapeAttribute(title)}" width="100%" height="600" ` +
    `src="${escapeAttribute(`${cdn}embed.html?${query}`)}"></iframe>\n` +
    `<script src="${cdn}kumppani-frame.js" defer${check}></script>`
  );
}

/** The WordPress shortcode; a shortcode value cannot hold `"`, `[` or `]`. */
export function shortcodeSnippet(choices: Choices): string {
  const clean = (value: string): string => value.replace(/["[\]]/g, '');
  const list = attributesOf(choices).map(([name, value]) => ` ${name}="${clean(value)}"`);
  return `[kumppani type="${choices.type}"${list.join('')}]`;
}

/** WCAG contrast ratio of two `#rrggbb` colours. */
export function contrastRatio(first: string, second: string): number {
  const luminance = (hex: string): number => {
    const [r, g, b] = [1, 3, 5].map((at) => {
      const channel = parseInt(hex.slice(at, at + 2), 16) / 255;
      return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(first), luminance(second)].sort((a, b) => b - a) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
