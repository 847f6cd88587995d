import { expect } from '@open-wc/testing';
import { createSearchEngine, highlight, type SearchDocument, type SearchEngine } from '../../src/search/index.js';
import { corpus, ids } from './corpus.js';
import { qualityCorpus, qualityQueries } from './quality.js';

/** Every prefix of every labelled query, and the queries themselves. */
const typed = [...new Set(qualityQueries.flatMap((q) => Array.from(q.q, (_, i) => q.q.slice(0, i + 1))))];

function add(engine: SearchEngine, docs: readonly SearchDocument[]): void {
  expect(engine.add, 'the engine builds in slices').to.be.a('function');
  engine.add?.(docs);
}

/** A document is found exactly when one of its texts gets a mark (the same rules). */
function agree(docs: SearchDocument[], queries: readonly string[]): void {
  const e = createSearchEngine(docs);
  for (const q of queries) {
    const found = new Set(ids(e.search(q)));
    for (const doc of docs) {
      const marked = [...doc.name, ...doc.labels, ...doc.text].some((t) => highlight(t, q).some((p) => p.match));
      expect(found.has(doc.id), `"${q}" in ${doc.id}`).to.equal(marked);
    }
  }
}

describe('building the index', () => {
  it('gives the same hits when built in slices, searched between them', () => {
    const whole = createSearchEngine(qualityCorpus);
    const sliced = createSearchEngine(qualityCorpus.slice(0, 10));
    expect(ids(sliced.search('kuoro')).every((id) => qualityCorpus.slice(0, 10).some((d) => d.id === id))).to.equal(
      true,
    );
    for (let i = 10; i < qualityCorpus.length; i += 37) {
      add(sliced, qualityCorpus.slice(i, i + 37));
      sliced.search('oulun k');
    }
    for (const q of typed) expect(sliced.search(q), q).to.deep.equal(whole.search(q));
  });

  it('indexes in the background, and answers the same whenever it is asked', async () => {
    const whole = createSearchEngine(qualityCorpus);
    const early = createSearchEngine(qualityCorpus);
    // Asked at once: the search completes the index first.
    expect(early.search('oulun kuoro')).to.deep.equal(whole.search('oulun kuoro'));
    const later = createSearchEngine(qualityCorpus);
    await new Promise((done) => setTimeout(done, 50));
    expect(later.complete, 'the engine can be made to finish').to.be.a('function');
    later.complete?.();
    for (const q of ['kuoro', 'oulu', 'k', 'föreningar']) expect(later.search(q), q).to.deep.equal(whole.search(q));
  });

  it('starts empty and grows with add', () => {
    const e = createSearchEngine([]);
    expect(e.search('kuoro')).to.deep.equal([]);
    add(e, corpus.slice(0, 3));
    add(e, []);
    add(e, corpus.slice(3));
    expect(e.search('kuoro')).to.deep.equal(createSearchEngine(corpus).search('kuoro'));
  });

  it('reads words as the tokenizer does, whatever the characters', () => {
    const docs: SearchDocument[] = [
      {
        id: 'greek',
        name: ['ΕΛΛΗΝΙΚΟΣ ΣΥΛΛΟΓΟΣ Oulu'],
        labels: ['Kulttuuri'],
        text: ['Ελληνικός χορός – κάθε Τρίτη.'],
      },
      { id: 'turkish', name: ['İstanbul Kültür Derneği'], labels: [], text: ['Türkçe kurslar ve İFTAR'] },
      { id: 'nfd', name: ['Kyla\u0308yhdistys Pa\u0308a\u0308sky'], labels: [], text: ['\u0308alku ja loppu\u0301'] },
      {
        id: 'astral',
        name: ['🎵 Kuoro𝐊𝐮𝐨𝐫𝐨 ry'],
        labels: ['Musiikki'],
        text: ['Laulamme 😀 yhdessä; 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 ja ääkköset.'],
      },
      {
        id: 'sami',
        name: ['Anára Sámiid Searvi'],
        labels: ['Sápmi'],
        text: ['Čoahkkin juohke mánnu, giđđadoalut ja ŋ-bokstav.'],
      },
      {
        id: 'mixed',
        name: ['Café Ümlaut – ÅBO ÆRØ'],
        labels: ['Straße', 'Ærø'],
        text: ['Kahvila’n ”laulu-ilta” ½ hintaan, 2²-kerho, µ-tiede, ªº.'],
      },
      { id: 'upper', name: ['KEMPELEEN ÄIJÄT'], labels: ['ÖVRIGA FÖRENINGAR'], text: ['ÅÄÖ åäö Åland'] },
    ];
    agree(docs, [
      ...[
        'ελληνικός',
        'ελληνικοσ',
        'συλλογος',
        'συλλογοσ',
        'χορός',
        'τρίτη',
        'istanbul',
        'i̇stanbul',
        'kültür',
        'kultur',
      ],
      ...[
        'iftar',
        'türkçe',
        'kyläyhdistys',
        'kylayhdistys',
        'pääsky',
        'paasky',
        'alku',
        'loppu',
        'kuoro',
        'kuoro𝐊',
        '𝐤𝐮𝐨𝐫𝐨',
      ],
      ...['laulamme', 'yhdessä', 'unicode', 'ääkköset', 'aakkoset', 'anára', 'sámiid', 'samiid', 'sapmi', 'čoahkkin'],
      ...[
        'coahkkin',
        'giđđadoalut',
        'gidda',
        'ŋ',
        'n',
        'bokstav',
        'café',
        'cafe',
        'ümlaut',
        'åbo',
        'abo',
        'ærø',
        'aero',
      ],
      ...['straße', 'strasse', 'kahvila', 'laulu', 'ilta', '2', '2²', 'µ', 'tiede', 'ª', 'kempeleen', 'äijät', 'aijat'],
      ...['övriga', 'föreningar', 'åäö', 'aao', 'åland', 'aland', 'k', 'ä', 'å', 'ö', 'ka', 'kä'],
    ]);
  });

  it('keeps every one of many distinct words apart', () => {
    // Enough words to grow the word table several times; each must find its own document first.
    const words = Array.from({ length: 3000 }, (_, i) => `sana${i.toString(36)}x${(i * 7919).toString(36)}`);
    const docs = words.map((w, i) => ({
      id: String(i),
      name: [w],
      labels: [],
      text: [`${words[(i + 1) % words.length]} yhdistys`],
    }));
    const e = createSearchEngine(docs);
    for (let i = 0; i < words.length; i += 97) {
      const hits = ids(e.search(words[i] ?? ''));
      expect(hits[0], words[i]).to.equal(String(i));
      expect(hits).to.include(String((i + words.length - 1) % words.length));
    }
  });
});

describe('ranking', () => {
  it('ranks every match without a typo before any typo match', () => {
    const e = createSearchEngine([
      { id: 'deaf', name: ['Kuurot ry'], labels: [], text: ['Viittomakieltä.'] },
      { id: 'choir', name: ['Laulu ry'], labels: [], text: ['Sekakuoro laulaa.'] },
    ]);
    // "kuoro" is a compound part of Sekakuoro (a description) and one letter from Kuurot (a name).
    expect(ids(e.search('kuoro'))).to.deep.equal(['choir', 'deaf']);
  });

  it('ranks a word with a short ending before a longer word with the same start', () => {
    const e = createSearchEngine([
      { id: 'salo', name: ['Oulunsalon Kuoro'], labels: [], text: [] },
      { id: 'oulu', name: ['Oulun Kuoro'], labels: [], text: [] },
    ]);
    expect(ids(e.search('oulu'))).to.deep.equal(['oulu', 'salo']);
    expect(ids(e.search('oulu kuoro'))).to.deep.equal(['oulu', 'salo']);
    // The whole word still comes first.
    const exact = createSearchEngine([
      { id: 'near', name: ['Kuoron ystävät'], labels: [], text: [] },
      { id: 'exact', name: ['Kuoro'], labels: [], text: [] },
    ]);
    expect(ids(exact.search('kuoro'))).to.deep.equal(['exact', 'near']);
  });
});
