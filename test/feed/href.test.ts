import { expect } from '@open-wc/testing';
import { httpHref } from '../../src/feed/index.js';
import { parsedHttpHref as byParser } from '../../src/feed/schemas.js';
import { seeded } from '../support/random.js';

const TRICKY = [
  'https://yhdistys.example/',
  'https://yhdistys.example',
  'http://yhdistys.example/liity?x=1#a',
  'HTTPS://Yhdistys.Example/Polku',
  'https://yhdistys.example:443/',
  'http://yhdistys.example:80/a',
  'https://user:pw@yhdistys.example/',
  'https://bank.example@evil.example/',
  'https://yhdistys.example/a/../b',
  'https://yhdistys.example/a/%2e%2e/b',
  'https://yhdistys.example/a/./b',
  'https://yhdistys.example/a/.',
  'https://yhdistys.example/.hidden/file',
  "https://yhdistys.example/?q='x'",
  'https://yhdistys.example/a b',
  'https://yhdistys.example/ä',
  'https://ääkköset.example/',
  'https://xn--kkset-graa0b.example/',
  'https://0x7f.1/',
  'https://127.0.0.1/',
  'https://yhdistys.example./',
  'https://-bad-.example/',
  'https://yhdistys.example/{x}',
  'https://yhdistys.example/a\\b',
  'https://yhdistys.example/a%zz',
  'https://yhdistys.example/#frag#more',
  ' https://yhdistys.example/ ',
  'https://yhdistys.example/\ttab',
  'javascript:alert(1)',
  'ftp://yhdistys.example/',
  '//yhdistys.example/',
  'https:/yhdistys.example/',
  'https://',
];

describe('httpHref', () => {
  it('agrees with the URL parser on tricky links, for http(s) and https only', () => {
    for (const value of TRICKY) {
      for (const httpsOnly of [false, true])
        expect(httpHref(value, httpsOnly), `${value} ${httpsOnly}`).to.equal(byParser(value, httpsOnly));
    }
  });

  it('agrees with the URL parser on random links', () => {
    const random = seeded(306);
    const pieces = [
      'https://',
      'http://',
      'a',
      'B',
      'ä',
      '-',
      '.',
      '/',
      '..',
      '%2e',
      '%41',
      '?',
      '#',
      '&',
      '=',
      "'",
      ' ',
      ':',
      '@',
      '80',
      'xn--',
      'fi',
      'example',
      '~',
      '!',
      '(',
      '\\',
      '|',
      '{',
    ];
    let unchanged = 0;
    for (let i = 0; i < 5000; i++) {
      let value = random() < 0.8 ? (random() < 0.5 ? 'https://' : 'http://') : '';
      // A host most of the time, so many links are valid and some already canonical.
      if (random() < 0.6) value += `${pieces[2 + Math.floor(random() * 4)]}example.fi/`;
      const length = 1 + Math.floor(random() * 10);
      for (let j = 0; j < length; j++) value += pieces[Math.floor(random() * pieces.length)];
      const expected = byParser(value, false);
      expect(httpHref(value), value).to.equal(expected);
      if (expected === value) unchanged++;
    }
    expect(unchanged, 'links already in canonical form').to.be.greaterThan(300);
  });
});
