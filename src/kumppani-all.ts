/**
 * Every kumppani widget in one file: the directory and card, the event calendar
 * and volunteer tasks, and every source they read (contract feeds, Linked
 * Events, PTV). Importing this module defines all four elements; the mount
 * points started by `kumppani.js` wait a microtask, so they see all four.
 */
import './sources/ptv/register.js';
export * from './kumppani.js';
import './elements/card/define.js';
import './elements/events/define.js';
import './elements/volunteering/define.js';

export { KumppaniCard } from './elements/card/card.js';
export { KumppaniEvents } from './elements/events/events.js';
export { KumppaniVolunteering } from './elements/volunteering/volunteering.js';
export { registerEventTexts } from './i18n/event-locales.js';
export { registerDateWords, type DateWords } from './i18n/dates.js';
export type { EventBundle } from './i18n/index.js';
export type { FeedEvent, VolunteerTask } from './feed/types.js';
