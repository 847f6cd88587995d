/**
 * kumppani: embeddable widgets that show local associations from a shared feed.
 * Importing this module defines `kumppani-directory`; the card, events and
 * volunteering widgets come with `kumppani-all`.
 */
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
