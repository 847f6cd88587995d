/** The npm package: every kumppani element, with Lit left to the app's bundler, and the LIPAS adapter. */
import './sources/lipas/register.js';
export * from './kumppani-all.js';
