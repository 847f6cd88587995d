/** The feed client's public surface. */
export { loadFeed, type LoadFeedOptions } from './client.js';
export { sharedFeed, reloadFeed, type SharedFeedOptions } from './feed-cache.js';
export { mergeTaxonomy } from './taxonomy.js';
export { telHref, httpHref } from './schemas.js';
export { readItem, ItemCollector, type ItemResult } from './normalize.js';
export { FeedError } from './types.js';
export type * from './types.js';
