// The engine bench page: loads a feed through the widget's own feed client,
// makes the search documents as the widget does, and times each engine alone.
import { loadFeed } from '../../src/feed/index.ts';
import { toSearchDocument } from '../../src/listing/documents.ts';
import { municipalityNames } from '../../src/listing/scope.ts';
import { FacetTable } from '../../src/listing/association-facets.ts';
import { createSearchEngine as kumppani } from '../../src/search/index.ts';
import { createSearchEngine as scan } from '../engines/scan.js';
import { createSearchEngine as minisearch } from '../engines/minisearch.js';
import { evaluate, qualityCorpus } from '../../test/search/quality.ts';

const ENGINES = { kumppani, scan, minisearch };
let data = null;
let docs = null;
const built = {};

window.bench = {
  engines: Object.keys(ENGINES),
  async loadFeed(url) {
    const started = performance.now();
    data = await loadFeed(url, { timeoutMs: 0, maxPages: 100_000 });
    return { items: data.associations.length, ms: performance.now() - started };
  },
  makeDocuments() {
    const names = municipalityNames(data.associations);
    docs = data.associations.map((a) => toSearchDocument(a, data.taxonomy, names));
    return docs.length;
  },
  dropFeed() {
    data = null;
    docs = null;
  },
  /**
   * The floor of any index build: reading every character of every document
   * once (with a hash, so the loop is not optimised away).
   */
  readFloor() {
    const started = performance.now();
    let h = 0;
    let chars = 0;
    for (const doc of docs) {
      for (const field of [doc.name, doc.labels, doc.text]) {
        for (const text of field) {
          chars += text.length;
          for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
        }
      }
    }
    return { ms: performance.now() - started, chars, h };
  },
  /** The whole build: an engine that indexes in the background is made to finish at once. */
  build(name) {
    const started = performance.now();
    const engine = ENGINES[name](docs);
    const created = performance.now();
    engine.complete?.();
    built[name] = engine;
    return { ms: performance.now() - started, createMs: created - started };
  },
  drop(name) {
    delete built[name];
  },
  /** Times every prefix of every query, typed in order. */
  typing(name, queries) {
    const engine = built[name];
    const times = [];
    for (const q of queries) {
      for (let i = 1; i <= q.length; i++) {
        const prefix = q.slice(0, i);
        if (!prefix.trim() || prefix.endsWith(' ')) continue;
        const started = performance.now();
        engine.search(prefix);
        times.push(performance.now() - started);
      }
    }
    return times;
  },
  /**
   * Facet counting and filtering for every keystroke's matches (kumppani's
   * engine gives them as positions), with no filter and with one category
   * ticked: what the directory does beside each search.
   */
  facets(queries) {
    const table = FacetTable.of(data.associations);
    const engine = built.kumppani;
    const none = { category: new Set(), targetGroup: new Set(), language: new Set(), municipality: new Set() };
    const oneCategory = { ...none, category: new Set([data.associations[0].categories[0]]) };
    const times = [];
    for (const q of queries) {
      for (let i = 1; i <= q.length; i++) {
        const prefix = q.slice(0, i);
        if (!prefix.trim() || prefix.endsWith(' ')) continue;
        const matches = engine.positions(prefix);
        for (const filters of [none, oneCategory]) {
          const started = performance.now();
          table.apply(filters, matches);
          times.push(performance.now() - started);
        }
      }
    }
    return times;
  },
  quality(name) {
    const engine = ENGINES[name](qualityCorpus);
    const { all, byKind } = evaluate((q) => engine.search(q));
    return { all, byKind };
  },
};
