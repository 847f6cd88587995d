import type {
  Association,
  DroppedField,
  FeedErrorKind,
  FeedEvent,
  PagingStop,
  Premise,
  SkippedItem,
  VolunteerTask,
} from '../feed/types.js';

export interface LoadDetail {
  /** Items in this widget's scope. */
  count: number;
  /** Valid items of the widget's kind in the whole feed. */
  total: number;
  /** Items left out as invalid, with id and reason. */
  skipped: SkippedItem[];
  /** Invalid optional fields dropped from items that were kept. */
  dropped: DroppedField[];
  /** Set when the widget stopped following the feed's pages early. */
  pagingStopped?: { reason: PagingStop; url: string };
}

/** A server search's answer held invalid items or fields (each page reported once, when it arrives). */
export interface InvalidDetail {
  /** The page of the answer. */
  url: string;
  skipped: SkippedItem[];
  dropped: DroppedField[];
}

export interface ErrorDetail {
  kind: FeedErrorKind;
  status?: number;
  message: string;
}

/** What a resident opened: an association, an event, a volunteer task or a space. */
export type SelectDetail =
  { association: Association } | { event: FeedEvent } | { task: VolunteerTask } | { premise: Premise };

/**
 * Selected filter values by group. The directory's groups are `category`,
 * `targetGroup`, `language` and `municipality`.
 */
export type ActiveFilters = Record<string, string[]>;

export interface ChangeDetail {
  query: string;
  filters: ActiveFilters;
  count: number;
}

export interface KumppaniEventMap {
  'kumppani-load': CustomEvent<LoadDetail>;
  'kumppani-error': CustomEvent<ErrorDetail>;
  'kumppani-select': CustomEvent<SelectDetail>;
  'kumppani-change': CustomEvent<ChangeDetail>;
  'kumppani-invalid': CustomEvent<InvalidDetail>;
}

declare global {
  // So `el.addEventListener('kumppani-load', e => e.detail.count)` is typed for TypeScript users.
  interface HTMLElementEventMap extends KumppaniEventMap {}
}

/**
 * Fires a kumppani event that leaves the shadow root and bubbles to the page.
 * Returns false when a cancelable event was cancelled by the page.
 */
export function emit<K extends keyof KumppaniEventMap>(
  target: EventTarget,
  name: K,
  detail: KumppaniEventMap[K]['detail'],
  options: { cancelable?: boolean } = {},
): boolean {
  return target.dispatchEvent(
    new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }),
  );
}
