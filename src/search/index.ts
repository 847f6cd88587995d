/** Search for the association widgets: a replaceable engine behind `SearchEngine`. */
export type { HighlightPart, SearchDocument, SearchEngine, SearchHit } from './types.js';
export { createSearchEngine } from './engine.js';
export { highlight } from './highlight.js';
export { fold, foldLoose } from './fold.js';
export { tokenize } from './tokenize.js';
