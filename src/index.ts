/** The npm package: every kumppani element, with Lit and zod left to the app's bundler. */
export * from './kumppani.js';
export { KumppaniEvents, KumppaniVolunteering, registerEventTexts } from './kumppani-events.js';
export type { EventBundle, FeedEvent, VolunteerTask } from './kumppani-events.js';
