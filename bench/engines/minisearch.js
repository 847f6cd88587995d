// Baseline: MiniSearch, installed by the bench only, with settings a developer
// would pick for this directory: accent-insensitive terms, prefix and fuzzy
// matching, every word required, name and labels boosted.
import MiniSearch from 'minisearch';
import { looseFold as foldLoose } from './fold.js';

const FIELDS = ['name', 'labels', 'text'];

export function createSearchEngine(docs) {
  const index = new MiniSearch({
    idField: 'id',
    fields: FIELDS,
    extractField: (doc, field) => (field === 'id' ? doc.id : doc[field].join(' ')),
    processTerm: (term) => foldLoose(term),
    searchOptions: {
      boost: { name: 3, labels: 1.5 },
      prefix: true,
      fuzzy: 0.2,
      combineWith: 'AND',
    },
  });
  // Positions in the order documents were given, for the widget, which keeps its items in that order.
  const positionOf = new Map();
  const add = (more) => {
    for (const doc of more) positionOf.set(doc.id, positionOf.size);
    index.addAll(more);
  };
  add(docs);
  const search = (query) => (query.trim() ? index.search(query).map((r) => ({ id: r.id, score: r.score })) : []);
  return {
    add,
    complete() {},
    search,
    positions: (query) => Int32Array.from(search(query), (hit) => positionOf.get(hit.id)),
  };
}
