// Phone numbers read the Finnish way on screen; the number itself is untouched.
import { expect } from '@open-wc/testing';
import { formatPhone } from '../../src/i18n/phone.js';

describe('formatPhone', () => {
  const cases: [string, string][] = [
    ['+358502669903', '+358 50 266 9903'],
    ['+358 50 2669903', '+358 50 266 9903'],
    ['+358 (0)50 266 9903', '+358 50 266 9903'],
    ['00358502669903', '+358 50 266 9903'],
    ['093101691', '09 310 1691'],
    ['09-310 1691', '09 310 1691'],
    ['+35893101691', '+358 9 310 1691'],
    ['0401234567', '040 123 4567'],
    ['0451234567', '045 123 4567'],
    ['+358401234567', '+358 40 123 4567'],
    ['014123456', '014 123 456'],
    ['0295161000', '029 516 1000'],
    ['0800123456', '0800 123 456'],
    ['0201234567', '020 123 4567'],
  ];
  for (const [written, shown] of cases) {
    it(`shows ${written} as ${shown}`, () => expect(formatPhone(written)).to.equal(shown));
  }

  it('leaves foreign and unparsable numbers as written', () => {
    expect(formatPhone('+46 8 123 456 78')).to.equal('+46 8 123 456 78');
    expect(formatPhone(' 112 ')).to.equal('112');
    expect(formatPhone('0')).to.equal('0');
    expect(formatPhone('+358 1')).to.equal('+358 1');
  });
});
