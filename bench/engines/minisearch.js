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
  index.addAll(docs);
  return {
    search(query) {
      if (!query.trim()) return [];
      return index.search(query).map((r) => ({ id: r.id, score: r.score }));
    },
  };
}
