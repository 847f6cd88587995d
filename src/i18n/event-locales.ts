import type { EventBundle } from './strings.js';
import { fiEvents } from './events-fi.js';
import { svEvents } from './events-sv.js';
import { enEvents } from './events-en.js';
import { standInLang } from './locales.js';

const bundles = new Map<string, EventBundle>([
  ['fi', fiEvents],
  ['sv', svEvents],
  ['en', enEvents],
]);

/** Adds the events and volunteering words of a UI language registered with `registerLocale`. */
export function registerEventTexts(lang: string, bundle: EventBundle): void {
  bundles.set(lang.toLowerCase(), bundle);
}

/** The events and volunteering words for a UI language; its stand-in's when it has none. */
export function eventTexts(lang: string): EventBundle {
  return bundles.get(lang) ?? (bundles.get(standInLang(lang)) as EventBundle);
}
