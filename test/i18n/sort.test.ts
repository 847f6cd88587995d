import { expect } from '@open-wc/testing';
import { collator, resolveLocale, sortByTextSteps, type Locale } from '../../src/i18n/index.js';
import { runNow } from '../../src/internal/tasks.js';
import { seeded } from '../support/random.js';

const PIECES = [
  'a',
  'Ä',
  'ä',
  'å',
  'Å',
  'ö',
  'ø',
  'æ',
  'o',
  'z',
  'Z',
  'v',
  'w',
  'é',
  'ü',
  'y',
  'š',
  'č',
  'đ',
  'ŋ',
  ' ',
  '-',
  '.',
  '2',
  '10',
  '007',
  'ry',
  'Seura',
  'Kuoro',
];

function randomNames(count: number, seed: number): string[] {
  const random = seeded(seed);
  return Array.from({ length: count }, () =>
    Array.from({ length: 1 + Math.floor(random() * 6) }, () => PIECES[Math.floor(random() * PIECES.length)]).join(''),
  );
}

const sortByText = <T>(items: readonly T[], textOf: (item: T) => string, locale: Locale): T[] =>
  runNow(sortByTextSteps(items, textOf, locale));

describe('sorting by text', () => {
  for (const lang of ['fi', 'sv', 'en']) {
    it(`gives the collator's order in ${lang}, for names with Nordic and Sámi letters, numbers and marks`, () => {
      const locale = resolveLocale(lang);
      const compare = collator(locale).compare;
      const names = randomNames(2000, lang.charCodeAt(0));
      const sorted = sortByText(names, (name) => name, locale);
      expect([...sorted].sort()).to.deep.equal([...names].sort());
      for (let i = 1; i < sorted.length; i++) {
        expect(compare(sorted[i - 1]!, sorted[i]!), `${sorted[i - 1]} ≤ ${sorted[i]}`).to.be.at.most(0);
      }
      // Names the collator tells apart come out exactly as a plain collator sort puts them.
      const distinct = [
        ...new Map(names.map((name) => [name.toLowerCase().normalize('NFD').replace(/\p{M}/gu, ''), name])).values(),
      ];
      const unequal = distinct.filter((name, i) => distinct.every((other, j) => i === j || compare(name, other) !== 0));
      expect(sortByText(unequal, (name) => name, locale)).to.deep.equal([...unequal].sort(compare));
    });
  }

  it('puts å, ä and ö after z in Finnish and Swedish, but not in English; numbers by value', () => {
    const names = ['Övermark', 'Zeta', 'Ääneseutu', 'Åland', 'Aura', 'Seura 10', 'Seura 2'];
    expect(sortByText(names, (n) => n, resolveLocale('fi'))).to.deep.equal([
      'Aura',
      'Seura 2',
      'Seura 10',
      'Zeta',
      'Åland',
      'Ääneseutu',
      'Övermark',
    ]);
    expect(sortByText(names, (n) => n, resolveLocale('en'))).to.deep.equal([
      'Ääneseutu',
      'Åland',
      'Aura',
      'Övermark',
      'Seura 2',
      'Seura 10',
      'Zeta',
    ]);
  });

  it('keeps the given order of items with the same text, and sorts items by the text given', () => {
    const items = [
      { id: 1, name: 'Kuoro' },
      { id: 2, name: 'Bändi' },
      { id: 3, name: 'Kuoro' },
      { id: 4, name: 'kuoro' },
    ];
    expect(sortByText(items, (item) => item.name, resolveLocale('fi')).map((item) => item.id)).to.deep.equal([
      2, 1, 3, 4,
    ]);
  });
});
