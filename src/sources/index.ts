/**
 * The real-data sources: the `format` attribute's values, and the adapters that
 * read Linked Events, PTV and LIPAS into contract items. The elements import the
 * adapter they need directly, so a file carries only the adapters it uses.
 */
export { SOURCE_FORMATS, queriedFeedData, sourceFormat, unsupportedFormat } from './format.js';
export type { SourceFormat, SourceKind } from './format.js';
export { linkedEventsSource, type LinkedEventsOptions, type LinkedEventsSource } from './linkedevents/index.js';
export { loadPtv, type LoadPtvOptions } from './ptv/index.js';
export { loadLipas, type LoadLipasOptions } from './lipas/index.js';
export { tm35finToWgs84 } from './tm35fin.js';
