/**
 * kumppani events: the association event calendar and volunteer tasks.
 * Importing this module defines `kumppani-events` and `kumppani-volunteering`.
 */
import './elements/events/define.js';
import './elements/volunteering/define.js';

export { KumppaniEvents } from './elements/events/events.js';
export { KumppaniVolunteering } from './elements/volunteering/volunteering.js';
export { registerLocale, resolveLocale } from './i18n/index.js';
export { registerEventTexts } from './i18n/event-locales.js';
export type { EventBundle, Locale, Strings } from './i18n/index.js';
export { VERSION } from './internal/define.js';
export type { FeedEvent, VolunteerTask } from './feed/types.js';
