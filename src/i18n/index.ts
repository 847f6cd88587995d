export type { Strings, EventBundle } from './strings.js';
export { registerLocale, resolveLocale, supportedLangs, pickText, DEFAULT_LANG } from './locales.js';
export type { Locale, PickedText } from './locales.js';
export { formatDate, formatNumber, formatTime, collator, languageName, warmUpIntl } from './format.js';
export { sortByTextSteps } from './sort.js';
export { formattingChain, intlLocale } from './intl-locale.js';
