import type { FeedData } from '../../feed/types.js';
import { queriedFeedData, sourceFormat, unsupportedFormat } from '../../sources/format.js';
import { LINKED_EVENTS_NAME } from '../../sources/linkedevents/index.js';

/**
 * For the events and volunteer tasks: Linked Events is queried per search, so
 * loading it gives only its name and the default labels. Undefined for a
 * contract feed, which the feed controller reads itself.
 */
export function loadQueried(
  format: string | undefined,
  url: string,
  kind: 'events' | 'tasks',
): Promise<FeedData> | undefined {
  const known = sourceFormat(format);
  if (known === 'kumppani') return undefined;
  if (known === 'linkedevents') return Promise.resolve(queriedFeedData(url, LINKED_EVENTS_NAME));
  return Promise.reject(unsupportedFormat(format, kind, url));
}
