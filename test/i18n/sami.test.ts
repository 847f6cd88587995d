// Sámi UIs of the four homeland municipalities format and sort the Finnish way, because no
// browser ships Sámi locale data and an unsupported locale would format as US English.
import { expect } from '@open-wc/testing';
import { fi } from '../../src/i18n/fi.js';
import {
  collator,
  formatDate,
  formatNumber,
  formatTime,
  formattingChain,
  intlLocale,
  registerLocale,
  resolveLocale,
  sortByTextSteps,
} from '../../src/i18n/index.js';
import { dateText, dayHeading } from '../../src/i18n/dates.js';
// The package's entry point, as the README imports it.
import { registerDateWords } from '../../src/index.js';
import { runNow } from '../../src/internal/tasks.js';
import { criteria } from '../support/criteria.js';

const SAMI = [
  { lang: 'se', intl: 'se-FI' },
  { lang: 'smn', intl: 'smn-FI' },
  { lang: 'sms', intl: 'sms-FI' },
];

// The README's own example: a Sámi UI registered with its Sámi Intl tag (the strings here are
// the Finnish ones, standing in for a translation).
for (const { lang, intl } of SAMI) registerLocale({ lang, intl, strings: fi });

// Wed 14 October 2026, 12.30 in Helsinki.
const NOON_THIRTY = Date.UTC(2026, 9, 14, 9, 30);
const FINNISH_ORDER = ['Aapa', 'Oulu', 'Zeta', 'Åke', 'Ärrä', 'Öljy'];

describe(`Sámi UIs get Finnish formats ${criteria('sami-formats')}`, () => {
  it('falls back sms → smn → fi-FI and se → fi-FI', () => {
    expect(formattingChain({ lang: 'sms', intl: 'sms-FI' })).to.deep.equal(['sms-FI', 'sms', 'smn-FI', 'smn', 'fi-FI']);
    expect(formattingChain({ lang: 'smn', intl: 'smn-FI' })).to.deep.equal(['smn-FI', 'smn', 'fi-FI']);
    expect(formattingChain({ lang: 'se', intl: 'se-FI' })).to.deep.equal(['se-FI', 'se', 'fi-FI']);
  });

  it('takes the first tag of the chain that Intl really supports', () => {
    // This Chromium has no Sámi data, as the chain assumes.
    expect(Intl.NumberFormat.supportedLocalesOf(['se-FI', 'smn-FI', 'sms-FI'])).to.deep.equal([]);
    for (const locale of SAMI) {
      for (const kind of ['DateTimeFormat', 'NumberFormat', 'Collator', 'DisplayNames'] as const) {
        expect(intlLocale(locale, kind), `${locale.lang} ${kind}`).to.equal('fi-FI');
      }
    }
    // Supported tags are kept: Finland-Swedish stays sv-FI.
    expect(intlLocale({ lang: 'sv', intl: 'sv-FI' }, 'NumberFormat')).to.equal('sv-FI');
  });

  it('uses Inari Sámi data for Skolt Sámi once a browser has it', () => {
    const original = Intl.Collator.supportedLocalesOf;
    Intl.Collator.supportedLocalesOf = ((tags: string[]) =>
      tags.filter((tag) => tag === 'smn-FI')) as typeof Intl.Collator.supportedLocalesOf;
    try {
      // A tag not asked before, so nothing is cached for it.
      expect(intlLocale({ lang: 'sms', intl: 'sms-x-test' }, 'Collator')).to.equal('smn-FI');
    } finally {
      Intl.Collator.supportedLocalesOf = original;
    }
  });

  for (const { lang } of SAMI) {
    it(`formats dates, times and numbers and sorts names as Finnish under a ${lang} UI`, () => {
      const locale = resolveLocale(lang);
      expect(locale.lang).to.equal(lang);
      expect(formatNumber(locale, 1366.5)).to.equal('1\u00a0366,5');
      expect(formatDate(locale, '2026-10-14T09:30:00Z')).to.equal('14.10.2026');
      expect(formatTime(locale, NOON_THIRTY)).to.equal('12.30');
      const shuffled = ['Öljy', 'Zeta', 'Ärrä', 'Aapa', 'Åke', 'Oulu'];
      expect([...shuffled].sort(collator(locale).compare)).to.deep.equal(FINNISH_ORDER);
      expect(runNow(sortByTextSteps(shuffled, (name) => name, locale))).to.deep.equal(FINNISH_ORDER);
      // The widgets' own date words: Finnish numerals until the language's words are registered.
      expect(dateText('2026-10-14', locale)).to.equal('14.10.2026');
    });
  }

  it('lets a Sámi UI register its own date words', () => {
    registerDateWords('se', {
      today: 'Odne',
      tomorrow: 'Ihttin',
      weekdays: ['vuos', 'maŋ', 'gask', 'duor', 'bear', 'láv', 'sotn'],
      date: (day, month, year) => `${day}.${month}.${year ?? ''}`,
      time: (hour, minute) => `${hour}.${String(minute).padStart(2, '0')}`,
      range: (from, to) => `${from}–${to}`,
      at: (date, time) => `${date} dii. ${time}`,
      ongoing: 'Joatkevaš',
      from: (date) => `${date} rájes`,
      until: (date) => `${date} rádjái`,
    });
    const se = resolveLocale('se');
    const now = new Date(NOON_THIRTY);
    expect(dayHeading('2026-10-14', se, now)).to.equal('Odne');
    expect(dayHeading('2026-10-16', se, now)).to.equal('bear 16.10.2026');
    // Inari Sámi has no words of its own here: the Finnish ones, not English.
    expect(dayHeading('2026-10-14', resolveLocale('smn'), now)).to.equal('Tänään');
  });
});
