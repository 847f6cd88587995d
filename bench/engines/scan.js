// Baseline: a plain substring scan over pre-folded text, the floor an index
// must beat. Each query word must occur somewhere (any substring) in the
// document; a word scores by the best field it occurs in (name > labels > text).
import { looseFold as foldLoose } from './fold.js';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;

export function createSearchEngine(docs) {
  const ids = [];
  const name = [];
  const labels = [];
  const text = [];
  const add = (more) => {
    for (const d of more) {
      ids.push(d.id);
      name.push(foldLoose(d.name.join(' ')));
      labels.push(foldLoose(d.labels.join(' ')));
      text.push(foldLoose(d.text.join(' ')));
    }
  };
  add(docs);
  const positionOf = new Map();
  const engine = {
    add,
    complete() {},
    positions(query) {
      if (positionOf.size !== ids.length) ids.forEach((id, index) => positionOf.set(id, index));
      return Int32Array.from(engine.search(query), (hit) => positionOf.get(hit.id));
    },
    search(query) {
      const words = [...new Set((query.match(WORD) ?? []).map(foldLoose))];
      if (words.length === 0) return [];
      const hits = [];
      for (let d = 0; d < ids.length; d++) {
        let score = 0;
        for (const w of words) {
          const s = name[d].includes(w) ? 3 : labels[d].includes(w) ? 2 : text[d].includes(w) ? 1 : 0;
          if (s === 0) {
            score = 0;
            break;
          }
          score += s;
        }
        if (score > 0) hits.push({ id: ids[d], score });
      }
      // Array sort is stable: equal scores keep the document order.
      return hits.sort((a, b) => b.score - a.score);
    },
  };
  return engine;
}
