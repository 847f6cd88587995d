import { expect } from '@open-wc/testing';
import { languageName, resolveLocale } from '../../src/i18n/index.js';

/**
 * The languages of Finland a feed or Linked Events may name: national, Sámi,
 * sign, minority and the largest immigrant ones. Names from Intl.DisplayNames
 * where the browser has them, from the bundles' own table where it does not.
 */
const EXPECTED: Record<string, [fi: string, sv: string, en: string]> = {
  fi: ['suomi', 'finska', 'Finnish'],
  sv: ['ruotsi', 'svenska', 'Swedish'],
  se: ['pohjoissaame', 'nordsamiska', 'Northern Sámi'],
  smn: ['inarinsaame', 'enaresamiska', 'Inari Sámi'],
  sms: ['koltansaame', 'skoltsamiska', 'Skolt Sámi'],
  fse: ['suomalainen viittomakieli', 'finskt teckenspråk', 'Finnish Sign Language'],
  fss: ['suomenruotsalainen viittomakieli', 'finlandssvenskt teckenspråk', 'Finland-Swedish Sign Language'],
  fit: ['meänkieli', 'meänkieli', 'Meänkieli'],
  fkv: ['kveeni', 'kvänska', 'Kven'],
  rom: ['romani', 'romani', 'Romani'],
  krl: ['karjala', 'karelska', 'Karelian'],
  olo: ['livvinkarjala', 'livvikarelska', 'Livvi-Karelian'],
  ru: ['venäjä', 'ryska', 'Russian'],
  et: ['viro', 'estniska', 'Estonian'],
};

describe('language names', () => {
  for (const [index, lang] of ['fi', 'sv', 'en'].entries()) {
    it(`names the languages of Finland in ${lang}, never by code`, () => {
      const locale = resolveLocale(lang);
      for (const [code, names] of Object.entries(EXPECTED)) {
        expect(languageName(locale, code), `${code} in ${lang}`).to.equal(names[index]);
      }
    });
  }

  it('shows a code it cannot name as the feed gave it', () => {
    expect(languageName(resolveLocale('fi'), 'not a tag!')).to.equal('not a tag!');
  });
});
