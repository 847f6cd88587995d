/**
 * Splits displayed text into plain parts, marking what matches the query under
 * the same rules as the search. Parts are only ever text: the caller renders
 * them as text nodes and <mark> elements, so nothing here is parsed as HTML.
 */
import { foldWordMapped } from './fold.js';
import { makeTerm, matchTerm, prepareWord, type QueryWord } from './match.js';
import { queryWords, tokenSpans } from './tokenize.js';
import type { HighlightPart } from './types.js';

// A result list highlights dozens of texts for one query: its words are prepared once.
let preparedFor = '';
let prepared: QueryWord[] = [];

function preparedWords(query: string): QueryWord[] {
  if (query !== preparedFor) {
    prepared = queryWords(query).map(prepareWord);
    preparedFor = query;
  }
  return prepared;
}

export function highlight(text: string, query: string): HighlightPart[] {
  if (text === '') return [];
  const words = preparedWords(query);
  const spans: Array<[number, number]> = [];
  if (words.length > 0) {
    for (const token of tokenSpans(text)) {
      const term = makeTerm(token.text);
      let mapped: ReturnType<typeof foldWordMapped> | null = null;
      for (const word of words) {
        const m = matchTerm(word, term);
        if (!m) continue;
        // Match spans are in folded letters; map them back to whole source characters.
        mapped ??= foldWordMapped(token.text, token.start);
        const form = m.loose ? mapped.loose : mapped.fold;
        const start = form.start[m.start];
        const end = form.end[m.end - 1];
        if (start !== undefined && end !== undefined && end > start) spans.push([start, end]);
      }
    }
  }
  spans.sort((a, b) => a[0] - b[0] || a[1] - b[1]);

  const parts: HighlightPart[] = [];
  let pos = 0;
  for (const [start, end] of spans) {
    if (end <= pos) continue;
    const from = Math.max(start, pos);
    if (from > pos) parts.push({ text: text.slice(pos, from), match: false });
    const last = parts[parts.length - 1];
    // Overlapping or touching spans of different query words make one mark.
    if (last?.match && from === pos) last.text += text.slice(from, end);
    else parts.push({ text: text.slice(from, end), match: true });
    pos = end;
  }
  if (pos < text.length) parts.push({ text: text.slice(pos), match: false });
  return parts;
}
