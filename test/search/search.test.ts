import { expect } from '@open-wc/testing';
import {
  createSearchEngine,
  fold,
  foldLoose,
  highlight,
  tokenize,
  type SearchDocument,
} from '../../src/search/index.js';
import { corpus, ids } from './corpus.js';

const engine = createSearchEngine(corpus);
const find = (query: string): string[] => ids(engine.search(query));

describe('search helpers', () => {
  it('folds case and NFC but keeps å/ä/ö in the strict form', () => {
    expect(fold('KYLÄYHDISTYS Åbo')).to.equal('kyläyhdistys åbo');
    expect(fold('Kyla\u0308')).to.equal('kylä');
    expect(fold('Café')).to.equal('café');
  });

  it('drops diacritics and maps Sámi letters in the loose form', () => {
    expect(foldLoose('Kyläyhdistys Åbo Pedersöre')).to.equal('kylayhdistys abo pedersore');
    expect(foldLoose('Café Müller')).to.equal('cafe muller');
    expect(foldLoose('šČđŋŧžá')).to.equal('scdntza');
  });

  it('splits words on anything but letters and digits', () => {
    expect(tokenize('Kylä- ja asukastoiminta, 4H-yhdistys (ry)')).to.deep.equal([
      'Kylä',
      'ja',
      'asukastoiminta',
      '4H',
      'yhdistys',
      'ry',
    ]);
  });
});

describe('createSearchEngine', () => {
  it('returns nothing for an empty or blank query', () => {
    expect(engine.search('')).to.deep.equal([]);
    expect(engine.search('   ')).to.deep.equal([]);
    expect(engine.search(' - , ')).to.deep.equal([]);
  });

  it('returns ids with scores, best first', () => {
    const hits = engine.search('kuoro');
    expect(hits.length).to.be.greaterThan(1);
    for (const hit of hits) expect(hit.score).to.be.a('number').and.greaterThan(0);
    const scores = hits.map((h) => h.score);
    expect(scores).to.deep.equal([...scores].sort((a, b) => b - a));
  });

  it('ignores case and punctuation', () => {
    expect(find('KEMPELEEN urheiluseura!')).to.deep.equal(['kempele-urheilu']);
  });

  it('treats NFD input like NFC', () => {
    expect(find('Kyla\u0308yhdistys')).to.deep.equal(find('kyläyhdistys'));
    const nfd = createSearchEngine([
      { id: 'x', name: ['Pedersöre Kyla\u0308yhdistys'.normalize('NFD')], labels: [], text: [] },
    ]);
    const nfc = createSearchEngine([{ id: 'x', name: ['Pedersöre Kyläyhdistys'], labels: [], text: [] }]);
    expect(nfd.search('kyläyhdistys')).to.deep.equal(nfc.search('kyläyhdistys'));
    expect(nfd.search('pedersöre kylä')).to.have.length(1);
  });

  describe('å/ä/ö and other diacritics', () => {
    it('finds words with ä and ö when typed without them', () => {
      expect(find('kylayhdistys')).to.include('pedersore-kyla');
      expect(find('pedersore')).to.deep.equal(['pedersore-kyla']);
      expect(find('elakelaiset')).to.include('liminka-elakelaiset');
    });

    it('ranks the strict match first: a query with ä prefers ä, one without prefers a', () => {
      // Pedersöre has "Kyläyhdistys"; Hirvikoski's producer wrote "kylayhdistys".
      expect(find('kyläyhdistys')).to.deep.equal(['pedersore-kyla', 'hirvikoski-kyla']);
      expect(find('kylayhdistys')).to.deep.equal(['hirvikoski-kyla', 'pedersore-kyla']);
    });

    it('ranks the strict match first also for one or two letters', () => {
      const e = createSearchEngine([
        { id: 'kasvi', name: ['Kasviseura'], labels: [], text: [] },
        { id: 'kasityo', name: ['Käsityökerho'], labels: [], text: [] },
      ]);
      expect(ids(e.search('kä'))).to.deep.equal(['kasityo', 'kasvi']);
      expect(ids(e.search('ka'))).to.deep.equal(['kasvi', 'kasityo']);
    });

    it('ranks any strict match above a loose one when the query has ä', () => {
      const e = createSearchEngine([
        { id: 'tahti', name: ['Tanssiseura Tahti'], labels: [], text: [] },
        { id: 'tahtitiede', name: ['Oulun Tähtitieteellinen yhdistys'], labels: [], text: [] },
      ]);
      // "tähti" (star) was typed on purpose: Tähtitieteellinen before Tahti (beat).
      expect(ids(e.search('tähti'))).to.deep.equal(['tahtitiede', 'tahti']);
      // Without ä the class decides: the exact word first.
      expect(ids(e.search('tahti'))).to.deep.equal(['tahti', 'tahtitiede']);
    });

    it('folds é, ü and Sámi letters loosely', () => {
      expect(find('cafe')).to.deep.equal(['liminka-cafe']);
      expect(find('sapmi')).to.deep.equal(['inari-saamelaiset']); // Sápmi
      expect(find('samisiarvas')).to.deep.equal(['inari-saamelaiset']); // sämisiärváš
      expect(find('gidda')).to.deep.equal(['inari-saamelaiset']); // giđđadoalut
      expect(find('coahkkin')).to.deep.equal(['inari-saamelaiset']); // Čoahkkin
      const muller = createSearchEngine([{ id: 'm', name: ['Müllerin kuoro'], labels: [], text: [] }]);
      expect(ids(muller.search('muller'))).to.deep.equal(['m']);
    });
  });

  it('matches word starts while typing', () => {
    expect(find('lentop')).to.deep.equal(['kempele-lentopallo', 'oulu-lentopallo']);
    expect(find('idrottsf')).to.deep.equal(['jakobstad-idrott']);
    expect(find('pieta')).to.deep.equal(['jakobstad-idrott']);
  });

  describe('compound parts', () => {
    it('finds a word inside a compound', () => {
      expect(find('seura')).to.have.members(['kempele-urheilu', 'jakobstad-idrott', 'kempele-lentopallo']);
      expect(find('förening')).to.have.members(['jakobstad-idrott', 'pedersore-kyla', 'nykarleby-pensionarer']);
      expect(find('yhdistys')).to.include.members(['pedersore-kyla', 'inari-saamelaiset', 'hirvikoski-kyla']);
      expect(find('mieskuoro')).to.include('oulu-mieskuoro');
      expect(find('kuoro')).to.include('oulu-mieskuoro');
    });

    it('takes three letters only as the end of a compound', () => {
      expect(find('kör')).to.deep.equal(['nykarleby-manskor']);
      // "nsk" occurs inside Manskör and Svenska, but neither starts nor ends with it.
      expect(find('nsk')).to.deep.equal([]);
    });
  });

  describe('inflected forms', () => {
    it('finds Finnish case and plural forms', () => {
      expect(find('urheiluseuran')).to.deep.equal(['kempele-urheilu', 'jakobstad-idrott']);
      expect(find('urheiluseuroille')).to.deep.equal(['kempele-urheilu', 'jakobstad-idrott']);
      expect(find('kylän')).to.include('pedersore-kyla');
      expect(find('kuorojen')).to.include.members(['oulu-mieskuoro', 'oulu-kuoro-aurora']);
      expect(find('eläkeläisille')).to.include('liminka-elakelaiset');
      expect(find('eläkeläinen')).to.include('liminka-elakelaiset');
      expect(find('saamelaisyhdistyksen')).to.deep.equal(['inari-saamelaiset']);
    });

    it('finds Swedish definite and plural forms', () => {
      const förening = ['jakobstad-idrott', 'pedersore-kyla', 'nykarleby-pensionarer'];
      expect(find('föreningar')).to.have.members(förening);
      expect(find('föreningarna')).to.have.members(förening);
      expect(find('föreningen')).to.have.members(förening);
      expect(find('kören')).to.deep.equal(['nykarleby-manskor']);
      expect(find('pensionärerna')).to.deep.equal(['nykarleby-pensionarer']);
    });

    it('catches consonant gradation with the typo tolerance', () => {
      // Liminka, genitive Limingan
      expect(find('liminka')).to.include('liminka-elakelaiset');
      // kirkon ~ kirkko, toiminnan ~ (kylä)toiminta
      expect(find('kirkon')).to.deep.equal(['liminka-laulajat']);
      expect(find('toiminnan')).to.include.members(['pedersore-kyla', 'hirvikoski-kyla']);
    });
  });

  describe('typos', () => {
    it('forgives one typo in words of five letters or more', () => {
      expect(find('urheilusuera')).to.deep.equal(['kempele-urheilu', 'jakobstad-idrott']); // swap
      expect(find('lentopalo')).to.deep.equal(['kempele-lentopallo', 'oulu-lentopallo']); // missing letter
      expect(find('mieskuorro')).to.deep.equal(['oulu-mieskuoro']); // extra letter
      expect(find('föreninq')).to.have.members(['jakobstad-idrott', 'pedersore-kyla', 'nykarleby-pensionarer']); // wrong letter
    });

    it('forgives a typo in a word still being typed', () => {
      expect(find('lentpo')).to.deep.equal(['kempele-lentopallo', 'oulu-lentopallo']);
      expect(find('urhiel')).to.have.members([
        'kempele-urheilu',
        'jakobstad-idrott',
        'kempele-lentopallo',
        'oulu-lentopallo',
      ]);
    });

    it('does not forgive typos in short words', () => {
      expect(find('kuor')).to.not.be.empty;
      expect(find('kuro')).to.deep.equal([]);
      expect(find('kör')).to.not.be.empty;
      expect(find('kro')).to.deep.equal([]);
      expect(find('lnto')).to.deep.equal([]);
    });

    it('finds nothing for unrelated words', () => {
      expect(find('moottoripyörä')).to.deep.equal([]);
      expect(find('shakkikerho')).to.deep.equal([]);
      expect(find('ratsastus')).to.deep.equal([]);
      expect(find('xyz')).to.deep.equal([]);
    });
  });

  describe('several words', () => {
    it('requires every word, each in any field', () => {
      // "oulu" is only a label of the choirs, "kuoro" is in their names.
      expect(find('kuoro oulu')).to.have.members(['oulu-mieskuoro', 'oulu-kuoro-aurora', 'oulu-kuorolaulu']);
      expect(find('oulu kuoro')).to.deep.equal(find('kuoro oulu'));
      expect(find('kuoro kempele')).to.deep.equal([]);
      expect(find('lentopallo kempele')).to.deep.equal(['kempele-lentopallo']);
      expect(find('fotboll jalkapalloa')).to.deep.equal(['jakobstad-idrott']);
    });

    it('counts a repeated word once', () => {
      expect(engine.search('kuoro kuoro')).to.deep.equal(engine.search('kuoro'));
    });
  });

  it('treats digits, hyphenated words and ry/rf as words', () => {
    expect(find('4h')).to.deep.equal(['kempele-4h']);
    expect(find('17')).to.deep.equal(['kempele-4h']);
    expect(find('kylä-')).to.include('pedersore-kyla');
    expect(find('asukastoiminta')).to.deep.equal(['pedersore-kyla']);
    const ry = find('ry');
    expect(ry).to.include.members(['kempele-urheilu', 'oulu-mieskuoro', 'liminka-elakelaiset']);
    expect(ry).to.not.include.members(['jakobstad-idrott', 'nykarleby-manskor']);
    expect(find('rf')).to.have.members(['jakobstad-idrott', 'nykarleby-manskor', 'liminka-cafe']);
  });

  describe('ranking', () => {
    it('ranks an exact word before a word start before a compound part', () => {
      // Kuoro Aurora, Kuorolaulun ystävät, Oulun Mieskuoro
      expect(find('kuoro').slice(0, 3)).to.deep.equal(['oulu-kuoro-aurora', 'oulu-kuorolaulu', 'oulu-mieskuoro']);
      // Lentopalloseura Kempele before Kempeleen Urheiluseura
      expect(find('kempele').indexOf('kempele-lentopallo')).to.equal(0);
    });

    it('ranks an inflected match before a typo match', () => {
      // "lentopalloa" is Lentopallo in the partitive; Lentopalloseura is one letter off.
      expect(find('lentopalloa')).to.deep.equal(['oulu-lentopallo', 'kempele-lentopallo']);
    });

    it('ranks a compound part before an inflected match', () => {
      const e = createSearchEngine([
        { id: 'inflected', name: ['Kylät'], labels: [], text: [] },
        { id: 'part', name: ['Ylikylän asukkaat'], labels: [], text: [] },
      ]);
      expect(ids(e.search('kylän'))).to.deep.equal(['part', 'inflected']);
    });

    it('ranks name matches before label matches before description matches', () => {
      // A compound part in a name beats the exact word in a description.
      const kuoro = find('kuoro');
      expect(kuoro.indexOf('oulu-mieskuoro')).to.be.lessThan(kuoro.indexOf('liminka-cafe'));
      // A word start in a name (Oulun) beats the exact word in labels (Oulu).
      expect(find('oulu').slice(0, 2)).to.have.members(['oulu-mieskuoro', 'oulu-lentopallo']);
      // Musiikki as a label beats kamarimusiikkia in a description.
      const musiikki = find('musiikki');
      expect(musiikki[musiikki.length - 1]).to.equal('liminka-cafe');
      expect(musiikki).to.have.length(4);
    });

    it('keeps the given order for equal scores', () => {
      expect(find('rf')).to.deep.equal(['jakobstad-idrott', 'nykarleby-manskor', 'liminka-cafe']);
      const reversed = createSearchEngine([...corpus].reverse());
      expect(ids(reversed.search('rf'))).to.deep.equal(['liminka-cafe', 'nykarleby-manskor', 'jakobstad-idrott']);
    });
  });

  describe('agreement with highlight', () => {
    // The engine skips most words with a cheap pre-test; highlighting tests
    // every word. A document must be found exactly when one of its texts gets
    // a mark, or the pre-test has dropped a real match.
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

    it('on the directory', () => {
      agree(corpus, [
        ...['k', 'ku', 'ky', 'ä', 'ö', 'kö', 'sä', 'ry', '4h', '17', 'kör', 'kro', 'nsk', 'seu', 'sue', 'ska'],
        ...['oulu', 'kylä', 'kyla', 'kylän', 'kuoro', 'kuorojen', 'seura', 'lentop', 'lentpo', 'lentopalo'],
        ...['urheilusuera', 'urheiluseuroille', 'mieskuorro', 'föreninq', 'föreningarna', 'kören'],
        ...['eläkeläisille', 'eläkeläinen', 'liminka', 'gidda', 'coahkkin', 'sapmi', 'cafe', 'café', 'pedersore'],
      ]);
    });

    it('on generated words', () => {
      // Finnish-like made-up words, inflected and compounded, from a fixed seed.
      let seed = 1;
      const random = (n: number): number => {
        seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
        return (seed >>> 8) % n;
      };
      const syllables =
        'ka kä ko kö ku ta tä to tu la lä lo lu ma mä mi na nä ni pa pä sa sä si va vä ja jo ra rä ri ha hä aa ää ss kk tt ll nn'.split(
          ' ',
        );
      const endings = [
        '',
        '',
        'n',
        'ssa',
        'ssä',
        'lle',
        'ille',
        'ja',
        'a',
        't',
        'en',
        'ar',
        'na',
        'iin',
        'kse',
        'ksen',
      ];
      const stem = (): string =>
        Array.from({ length: 2 + random(3) }, () => syllables[random(syllables.length)]).join('');
      const stems = Array.from({ length: 60 }, stem);
      const word = (): string => {
        const a = stems[random(stems.length)] ?? '';
        const b = random(3) === 0 ? (stems[random(stems.length)] ?? '') : '';
        return a + b + (endings[random(endings.length)] ?? '');
      };
      const text = (n: number): string => Array.from({ length: n }, word).join(' ');
      const docs = Array.from({ length: 60 }, (_, i) => ({
        id: String(i),
        name: [text(3)],
        labels: [text(2)],
        text: [text(12)],
      }));
      const queries = Array.from({ length: 200 }, (_, i) => {
        const w = word();
        // Some typed halfway, some with a typo, some with a doubled consonant
        // made single (or the other way) before an ending, as in gradation.
        if (i % 4 === 0) return w.slice(0, 1 + random(w.length));
        if (i % 4 === 2) {
          const s = stems[random(stems.length)] ?? '';
          const graded = /(.)\1(?!.*(.)\2)/.test(s)
            ? s.replace(/(.)\1(?!.*(.)\2)/, '$1')
            : `${s.slice(0, -1)}${s.slice(-2)}`;
          return graded + (['n', 'ssa', 'lle', 'sta', 'ksi'][random(5)] ?? '');
        }
        if (i % 4 === 1 && w.length > 4) {
          const at = 1 + random(w.length - 1);
          return w.slice(0, at) + (syllables[random(syllables.length)] ?? '').slice(0, 1) + w.slice(at + 1);
        }
        return w;
      });
      agree(docs, queries);
    });
  });
});
