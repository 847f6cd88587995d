import { expect } from '@open-wc/testing';
import { highlight, type HighlightPart } from '../../src/search/index.js';

/** Marked parts in [brackets], for readable expectations. */
const show = (parts: HighlightPart[]): string => parts.map((p) => (p.match ? `[${p.text}]` : p.text)).join('');

function check(text: string, query: string): string {
  const parts = highlight(text, query);
  expect(parts.map((p) => p.text).join('')).to.equal(text);
  for (const p of parts) expect(p.text).to.not.equal('');
  return show(parts);
}

describe('highlight', () => {
  it('gives the text back unmarked without a query or a match', () => {
    expect(highlight('Oulun Mieskuoro ry', '')).to.deep.equal([{ text: 'Oulun Mieskuoro ry', match: false }]);
    expect(highlight('Oulun Mieskuoro ry', '  ')).to.deep.equal([{ text: 'Oulun Mieskuoro ry', match: false }]);
    expect(highlight('Oulun Mieskuoro ry', 'shakki')).to.deep.equal([{ text: 'Oulun Mieskuoro ry', match: false }]);
    expect(highlight('', 'kuoro')).to.deep.equal([]);
  });

  it('marks a whole word', () => {
    expect(highlight('Kuoro Aurora', 'kuoro')).to.deep.equal([
      { text: 'Kuoro', match: true },
      { text: ' Aurora', match: false },
    ]);
    expect(check('Limingan Eläkeläiset ry', 'RY')).to.equal('Limingan Eläkeläiset [ry]');
  });

  it('marks the typed start of a word', () => {
    expect(check('Lentopalloseura Kempele', 'lentop')).to.equal('[Lentop]alloseura Kempele');
  });

  it('marks a compound part', () => {
    expect(check('Oulun Mieskuoro ry', 'kuoro')).to.equal('Oulun Mies[kuoro] ry');
    expect(check('Nykarleby Manskör rf', 'kör')).to.equal('Nykarleby Mans[kör] rf');
  });

  it('marks the stem of an inflected query word', () => {
    expect(check('Kempeleen Urheiluseura ry', 'urheiluseuran')).to.equal('Kempeleen [Urheiluseura] ry');
    expect(check('Jakobstads Idrottsförening rf', 'föreningarna')).to.equal('Jakobstads Idrotts[förening] rf');
    expect(check('Pedersöre Kyläyhdistys', 'kylän')).to.equal('Pedersöre [Kylä]yhdistys');
  });

  it('marks what a typo matched', () => {
    expect(check('Oulun Mieskuoro ry', 'mieskuorro')).to.equal('Oulun [Mieskuoro] ry');
    expect(check('Lentopalloseura Kempele', 'lentpo')).to.equal('[Lentop]alloseura Kempele');
  });

  it('marks ä/ö and Sámi letters matched by a query without them', () => {
    expect(check('Pedersöre Kyläyhdistys', 'kylayhdistys pedersore')).to.equal('[Pedersöre] [Kyläyhdistys]');
    expect(check('Anára sämisiärváš', 'samisiarvas')).to.equal('Anára [sämisiärváš]');
  });

  it('keeps text that is not NFC intact and marks whole characters', () => {
    const text = 'Pedersöre Kyla\u0308yhdistys';
    expect(check(text, 'kylä')).to.equal('Pedersöre [Kyla\u0308]yhdistys');
    expect(check('Cafe\u0301 Kultur', 'cafe')).to.equal('[Cafe\u0301] Kultur');
  });

  it('marks every query word, joining touching marks', () => {
    expect(check('Kylä- ja asukastoiminta', 'kylä asukas')).to.equal('[Kylä]- ja [asukas]toiminta');
    expect(check('Oulun Mieskuoro ry', 'mies kuoro')).to.equal('Oulun [Mieskuoro] ry');
    expect(check('Kempeleen 4H-yhdistys', '4h yhdistys')).to.equal('Kempeleen [4H]-[yhdistys]');
  });

  it('leaves markup-looking text as plain text', () => {
    const text = '<mark>Kuoro</mark> & <script>alert(1)</script>';
    const parts = highlight(text, 'kuoro');
    expect(show(parts)).to.equal('<mark>[Kuoro]</mark> & <script>alert(1)</script>');
    expect(parts.map((p) => p.text).join('')).to.equal(text);
    expect(
      highlight(text, 'mark script')
        .filter((p) => p.match)
        .map((p) => p.text),
    ).to.deep.equal(['mark', 'mark', 'script', 'script']);
  });
});
