import { createSearchEngine } from './engine.js';
import type { SearchDocument, SearchEngine } from './types.js';
import { SLICE_MS, now, soon } from '../internal/tasks.js';

/** Items turned into documents between two looks at the clock. */
const SLICE_CHECK = 256;

export interface ItemSearch {
  /** Indexes of the items that match every word of the query, best first (ties in item order). */
  search(query: string): Int32Array;
  /** The index of the item with this id, or -1. */
  indexOf(id: string): number;
  /** Stops the work in the background (the items were replaced). */
  stop(): void;
}

/**
 * Search over a widget's items. Making a document of each item and indexing it
 * cost hundreds of milliseconds for a national feed, so both happen in the
 * background, in slices of about 8 ms, and the first cards paint before the
 * index is complete. A search before then finishes the work first, so its
 * results never depend on timing.
 */
export function createItemSearch<Item extends { id: string }>(
  items: readonly Item[],
  toDocument: (item: Item) => SearchDocument,
): ItemSearch {
  const positions = new Map<string, number>();
  // The engine indexes documents as they are given, slice by slice.
  const engine = createSearchEngine([]);
  let made = 0;
  let stopped = false;

  /** Makes documents until `deadline` (Infinity: all of them). */
  const work = (deadline: number): void => {
    while (made < items.length) {
      const end = Math.min(items.length, made + SLICE_CHECK);
      const docs: SearchDocument[] = [];
      for (let i = made; i < end; i++) {
        const item = items[i]!;
        positions.set(item.id, i);
        docs.push(toDocument(item));
      }
      made = end;
      engine.add(docs);
      if (now() >= deadline) return;
    }
  };
  const finish = (): SearchEngine => {
    work(Infinity);
    return engine;
  };
  const step = (): void => {
    if (stopped || made >= items.length) return;
    work(now() + SLICE_MS);
    soon(step);
  };
  // Begin once the first results have painted: until then the page has better things to do.
  if (typeof requestAnimationFrame === 'undefined') soon(step);
  else requestAnimationFrame(() => soon(step));

  return {
    search(query) {
      // Documents were given in item order: the engine's positions are the items'.
      return finish().positions(query);
    },
    indexOf(id) {
      const position = positions.get(id);
      if (position !== undefined) return position;
      // Not yet reached in the background: look through the rest, without making documents.
      for (let i = made; i < items.length; i++) if (items[i]!.id === id) return i;
      return -1;
    },
    stop() {
      stopped = true;
    },
  };
}
