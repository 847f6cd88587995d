import { expect } from '@open-wc/testing';
import { longerThan, textLength } from '../../src/feed/schemas.js';
import { seeded } from '../support/random.js';

describe('text lengths', () => {
  it('count characters as a reader does, lone surrogates included, as Array.from would', () => {
    const random = seeded(2019);
    const pieces = ['a', 'ä', '😀', '👩‍👩‍👧', '\ud83d', '\ude00', 'ŋ', ' ', '\u0301'];
    for (let i = 0; i < 2000; i++) {
      const text = Array.from(
        { length: Math.floor(random() * 12) },
        () => pieces[Math.floor(random() * pieces.length)],
      ).join('');
      const expected = Array.from(text).length;
      expect(textLength(text), JSON.stringify(text)).to.equal(expected);
      for (const max of [expected - 1, expected, expected + 1]) expect(longerThan(text, max)).to.equal(expected > max);
    }
  });

  it('let a text of emoji up to the limit pass', () => {
    expect(longerThan('😀😀', 2)).to.equal(false);
    expect(longerThan('😀😀😀', 2)).to.equal(true);
  });
});
