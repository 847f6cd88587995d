/**
 * The contract and the widgets' reader for Node: what the CLI uses, for tests
 * and for tools that produce feeds (built to `dist/cli/api.js`).
 */
export { readItem, ItemCollector, type ItemResult } from '../feed/normalize.js';
export { feedJsonSchema, ORDER_RULES } from '../feed/json-schema.js';
export { validateFeed, type ValidationReport } from './validate.js';
export { convert, CONVERTERS, type Converter } from './convert.js';
