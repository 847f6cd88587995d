/**
 * kumppani: embeddable widgets that show local associations from a shared feed.
 * Importing this module defines `kumppani-directory`, which reads contract feeds
 * and PTV (the directory's real source today); the card, events, volunteering,
 * spaces and contact widgets come with `kumppani-all`.
 */
import './sources/ptv/register.js';
import './elements/directory/define.js';
import { startMounting } from './embed/mount.js';

export { KumppaniDirectory } from './elements/directory/directory.js';
export { registerLocale, resolveLocale } from './i18n/index.js';
export type { Locale, Strings } from './i18n/index.js';
export { VERSION } from './internal/define.js';
export type {
  KumppaniEventMap,
  LoadDetail,
  ErrorDetail,
  SelectDetail,
  ChangeDetail,
  InvalidDetail,
  ActiveFilters,
} from './internal/events.js';
export type { Association, FeedData, FeedErrorKind, LocalizedText } from './feed/types.js';

// `div data-kumppani` mount points for CMSs that strip unknown elements.
startMounting();
