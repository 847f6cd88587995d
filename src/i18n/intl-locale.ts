import type { Locale } from './locales.js';

/** The Intl services the widgets format and sort with. */
export type IntlKind = 'DateTimeFormat' | 'NumberFormat' | 'Collator' | 'DisplayNames';

/**
 * Where a UI language's formats come from when the browser has no data for it.
 * Browsers ship no Sámi locale data today, and a missing locale silently formats
 * as the browser's default (often US English: `1,366.5`, `10/14/2026`). Sámi
 * residents of Finland read Finnish formats: Skolt Sámi first tries Inari Sámi,
 * and every Sámi language ends in Finnish.
 */
const FALLBACKS: Readonly<Record<string, readonly string[]>> = {
  sms: ['sms-FI', 'smn-FI', 'smn'],
  smn: ['smn-FI'],
  se: ['se-FI'],
};

/** The last resort of every chain: the formats of most of Finland. */
export const LAST_RESORT = 'fi-FI';

/** The tags tried, in order, for a locale: its own Intl tag, its language, its fallbacks, Finnish. */
export function formattingChain(locale: Pick<Locale, 'lang' | 'intl'>): string[] {
  const primary = locale.lang.toLowerCase().split('-')[0] ?? '';
  const chain = [locale.intl, locale.lang, ...(FALLBACKS[primary] ?? []), LAST_RESORT];
  return [...new Set(chain.filter((tag) => tag !== ''))];
}

type Supported = { supportedLocalesOf(tags: string[], options: object): string[] };

function supports(kind: IntlKind, tag: string): boolean {
  try {
    return (Intl[kind] as Supported).supportedLocalesOf([tag], { localeMatcher: 'lookup' }).length > 0;
  } catch {
    // Not a well-formed language tag: try the next one.
    return false;
  }
}

const chosen = new Map<string, string>();

/** The first tag of the locale's chain that this browser really has data for, for one Intl service. */
export function intlLocale(locale: Pick<Locale, 'lang' | 'intl'>, kind: IntlKind): string {
  const key = `${kind} ${locale.lang} ${locale.intl}`;
  let tag = chosen.get(key);
  if (tag === undefined) {
    tag = formattingChain(locale).find((candidate) => supports(kind, candidate)) ?? LAST_RESORT;
    chosen.set(key, tag);
  }
  return tag;
}
