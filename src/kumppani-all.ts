/**
 * Every kumppani widget in one file: the directory and card, the event calendar,
 * volunteer tasks, spaces for associations and the municipality's contact, and
 * every source they read (contract feeds, Linked Events, PTV, LIPAS). Importing
 * this module defines all six elements; the mount points started by
 * `kumppani.js` wait a microtask, so they see all six.
 */
import './sources/ptv/register.js';
import './sources/lipas/register.js';
export * from './kumppani.js';
import './elements/card/define.js';
import './elements/events/define.js';
import './elements/volunteering/define.js';
import './elements/premises/define.js';
import './elements/contact/define.js';
import './elements/contact/directory-corner.js';

export { KumppaniCard } from './elements/card/card.js';
export { KumppaniEvents } from './elements/events/events.js';
export { KumppaniVolunteering } from './elements/volunteering/volunteering.js';
export { KumppaniPremises } from './elements/premises/premises.js';
export { KumppaniContact } from './elements/contact/contact.js';
export { registerEventTexts } from './i18n/event-locales.js';
export { registerDateWords, type DateWords } from './i18n/dates.js';
export type { EventBundle } from './i18n/index.js';
export type { ContactPoint, FeedEvent, Premise, VolunteerTask } from './feed/types.js';
