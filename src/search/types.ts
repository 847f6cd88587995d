/**
 * The one small interface between the widgets and a search engine, so an engine
 * can be replaced (a faster index, a server) without touching the elements.
 */

/** One searchable record. Each field holds the texts of all its languages. */
export interface SearchDocument {
  id: string;
  /** The association's name(s): ranked highest. */
  name: readonly string[];
  /** Category, target-group and municipality labels. */
  labels: readonly string[];
  /** Short and long descriptions. */
  text: readonly string[];
}

export interface SearchHit {
  id: string;
  /** Higher is better; only comparable within one result list. */
  score: number;
}

export interface SearchEngine {
  /**
   * Documents that match every word of the query, best first (ties keep the
   * order the documents were given in). An empty query returns an empty list:
   * the caller decides what "no query" shows.
   */
  search(query: string): SearchHit[];
  /**
   * The same documents as `search`, as their positions in the order they were
   * given: for callers that keep their items in that order, and so need
   * neither ids nor scores (a short query can match 100,000 of them).
   */
  positions(query: string): Int32Array;
  /**
   * Adds documents after the ones given so far, so an index can be built in
   * slices (one short task per slice of a large feed). They rank after
   * earlier documents on equal scores.
   */
  add(docs: readonly SearchDocument[]): void;
  /** Finishes any indexing still under way, now (`search` does it by itself). */
  complete(): void;
}

/** A piece of displayed text, marked when it matches a word of the query. */
export interface HighlightPart {
  text: string;
  match: boolean;
}
