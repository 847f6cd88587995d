import { expect } from '@open-wc/testing';
import { fi } from '../../src/i18n/fi.js';
import { sv } from '../../src/i18n/sv.js';
import { en } from '../../src/i18n/en.js';
import { eventTexts, registerEventTexts } from '../../src/i18n/event-locales.js';
import { fiEvents } from '../../src/i18n/events-fi.js';
import { svEvents } from '../../src/i18n/events-sv.js';
import { enEvents } from '../../src/i18n/events-en.js';
import {
  collator,
  formatDate,
  formatNumber,
  formatTime,
  languageName,
  pickText,
  registerLocale,
  resolveLocale,
  supportedLangs,
} from '../../src/i18n/index.js';

/** Every leaf of a strings bundle, with functions called with sample values. */
function leaves(value: unknown, path = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') return [[path, String((value as (...a: unknown[]) => unknown)(2, '2'))]];
  return Object.entries(value as object).flatMap(([key, inner]) => leaves(inner, `${path}.${key}`));
}

describe('i18n', () => {
  it('has complete fi, sv and en bundles with the same keys and no empty strings', () => {
    const keys = (bundle: object) =>
      leaves(bundle)
        .map(([path]) => path)
        .sort();
    expect(keys(sv)).to.deep.equal(keys(fi));
    expect(keys(en)).to.deep.equal(keys(fi));
    for (const bundle of [fi, sv, en]) {
      for (const [path, text] of leaves(bundle)) expect(text.trim(), path).to.not.equal('');
    }
  });

  it('translates rather than copies: most Swedish and English strings differ from Finnish', () => {
    const finnish = new Map(leaves(fi));
    for (const bundle of [sv, en]) {
      const same = leaves(bundle).filter(([path, text]) => finnish.get(path) === text);
      // Brand names (Facebook, YouTube…) and some language names (meänkieli, romani) are the
      // same in every language; little else may be.
      const own = (path: string) => !path.startsWith('.socialServices') && !path.startsWith('.languageNames');
      expect(same.map(([path]) => path).filter(own)).to.have.length.below(3);
    }
  });

  it('has complete events and volunteering words in fi, sv and en, and takes more languages', () => {
    const keys = (bundle: object) =>
      leaves(bundle)
        .map(([path]) => path)
        .sort();
    expect(keys(svEvents)).to.deep.equal(keys(fiEvents));
    expect(keys(enEvents)).to.deep.equal(keys(fiEvents));
    expect(eventTexts('sv').events.when.today).to.equal('I dag');
    expect(eventTexts('smn')).to.equal(fiEvents);
    registerEventTexts('smn', { ...fiEvents, events: { ...fiEvents.events, addToCalendar: 'Lasseet kalenterân' } });
    expect(eventTexts('smn').events.addToCalendar).to.equal('Lasseet kalenterân');
  });

  it('uses plurals by count', () => {
    expect(fi.directory.count(1, '1')).to.equal('1 yhdistys');
    expect(fi.directory.count(5, '5')).to.equal('5 yhdistystä');
    expect(sv.directory.count(1, '1')).to.equal('1 förening');
    expect(sv.directory.count(12, '12')).to.equal('12 föreningar');
    expect(en.directory.count(1, '1')).to.equal('1 association');
    expect(en.directory.count(0, '0')).to.equal('0 associations');
  });

  it('resolves languages: exact, by primary subtag, else Finnish for a language of Finland and English for others', () => {
    expect(resolveLocale('sv').lang).to.equal('sv');
    expect(resolveLocale('sv-FI').lang).to.equal('sv');
    expect(resolveLocale('EN-gb').lang).to.equal('en');
    expect(resolveLocale('fi-x-selko').lang).to.equal('fi');
    // A newcomer's or a visitor's language reads English rather than Finnish.
    for (const tag of ['de', 'ru', 'uk', 'so', 'ar', 'et']) expect(resolveLocale(tag).lang, tag).to.equal('en');
    // The Sámi languages, Karelian, Romani and Finnish Sign Language read Finnish.
    for (const tag of ['sma', 'smj', 'krl', 'rmf', 'fse']) expect(resolveLocale(tag).lang, tag).to.equal('fi');
    expect(resolveLocale('').lang).to.equal('fi');
    expect(resolveLocale(null).lang).to.equal('fi');
    expect(resolveLocale('sv').intl).to.equal('sv-FI');
  });

  it('lets a new language bundle (e.g. Northern Sámi) be registered without touching the elements', () => {
    expect(resolveLocale('se').lang).to.equal('fi');
    registerLocale({
      lang: 'se',
      intl: 'se-FI',
      strings: { ...fi, directory: { ...fi.directory, searchLabel: 'Oza searviid' } },
    });
    expect(resolveLocale('se').strings.directory.searchLabel).to.equal('Oza searviid');
    expect(supportedLangs()).to.include('se');
  });

  it('falls back L → fi → sv → en → first and says which language it picked', () => {
    expect(pickText({ fi: 'Kuoro', sv: 'Kör' }, 'sv')).to.deep.equal({ text: 'Kör', lang: 'sv' });
    expect(pickText({ fi: 'Kuoro', sv: 'Kör' }, 'en')).to.deep.equal({ text: 'Kuoro', lang: 'fi' });
    expect(pickText({ sv: 'Kör', en: 'Choir' }, 'fi')).to.deep.equal({ text: 'Kör', lang: 'sv' });
    expect(pickText({ en: 'Choir', se: 'Kuoru' }, 'fi')).to.deep.equal({ text: 'Choir', lang: 'en' });
    expect(pickText({ se: 'Sámi searvi' }, 'fi')).to.deep.equal({ text: 'Sámi searvi', lang: 'se' });
    expect(pickText({ fi: '', sv: 'Kör' }, 'fi')).to.deep.equal({ text: 'Kör', lang: 'sv' });
    expect(pickText(undefined, 'fi')).to.equal(undefined);
  });

  it('formats dates in Helsinki time in each language', () => {
    // 22:30 UTC on 13 October is already 14 October in Helsinki.
    const iso = '2026-10-13T22:30:00Z';
    expect(formatDate(resolveLocale('fi'), iso)).to.equal('14.10.2026');
    expect(formatDate(resolveLocale('sv'), iso)).to.equal('14.10.2026');
    expect(formatDate(resolveLocale('en'), iso)).to.equal('14/10/2026');
    expect(formatTime(resolveLocale('fi'), Date.parse('2026-06-01T09:30:00Z'))).to.equal('12.30');
    expect(formatTime(resolveLocale('en'), Date.parse('2026-06-01T09:30:00Z'))).to.equal('12:30');
  });

  it('formats numbers the Finnish way', () => {
    expect(formatNumber(resolveLocale('fi'), 1366).replace(/\s/g, ' ')).to.equal('1 366');
    expect(formatNumber(resolveLocale('en'), 1366)).to.equal('1,366');
  });

  it('sorts names by the language’s collation, numbers by value', () => {
    const names = ['Östersundom', 'Åland', 'Ahvenisto', 'Zeta', 'Äänekoski', 'Seura 10', 'Seura 9'];
    expect([...names].sort(collator(resolveLocale('fi')).compare)).to.deep.equal([
      'Ahvenisto',
      'Seura 9',
      'Seura 10',
      'Zeta',
      'Åland',
      'Äänekoski',
      'Östersundom',
    ]);
  });

  it('names languages in the UI language, including sign languages Intl lacks', () => {
    expect(languageName(resolveLocale('fi'), 'sv')).to.equal('ruotsi');
    expect(languageName(resolveLocale('sv'), 'fi')).to.equal('finska');
    expect(languageName(resolveLocale('en'), 'fse')).to.equal('Finnish Sign Language');
    expect(languageName(resolveLocale('fi'), 'fse')).to.equal('suomalainen viittomakieli');
    expect(languageName(resolveLocale('fi'), '!!')).to.equal('!!');
  });
});

describe('the package entry', () => {
  it('exports what the README tells users to call to add a language', async () => {
    const entry = await import('../../src/index.js');
    for (const name of ['registerLocale', 'registerEventTexts', 'registerDateWords']) {
      expect(entry[name as keyof typeof entry], name).to.be.a('function');
    }
  });
});
