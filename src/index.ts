/** The npm package: every kumppani element and source, with Lit left to the app's bundler. */
export * from './kumppani-all.js';
