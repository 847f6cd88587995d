import { expect } from '@open-wc/testing';
import {
  allMunicipalities,
  findMunicipality,
  linkedEventsDivision,
  municipalityName,
  municipalityText,
} from '../../src/municipalities/index.js';
import { municipalityNames, resolveMunicipalityCodes } from '../../src/listing/scope.js';
import { codeLabel } from '../../src/elements/shared/filters.js';
import { mergeTaxonomy } from '../../src/feed/index.js';
import { resolveLocale } from '../../src/i18n/index.js';
import { association } from '../support/associations.js';

describe('municipality table', () => {
  it('holds the 308 municipalities of 2026: 33 bilingual, four in the Sámi homeland, no merged Pertunmaa', () => {
    const all = allMunicipalities();
    expect(all).to.have.length(308);
    expect(new Set(all.map((m) => m.code)).size).to.equal(308);
    expect(all.filter((m) => m.bilingual)).to.have.length(33);
    expect(all.filter((m) => m.language === 'sv')).to.have.length(16);
    expect(
      all
        .filter((m) => m.samiHomeland)
        .map((m) => m.fi)
        .sort(),
    ).to.deep.equal(['Enontekiö', 'Inari', 'Sodankylä', 'Utsjoki']);
    expect(findMunicipality('588')).to.equal(undefined);
    for (const m of all) expect(m.code).to.match(/^\d{3}$/);
  });

  it('finds a municipality by code or by either name, ignoring case, accents and space', () => {
    for (const entry of ['598', 'Pietarsaari', 'Jakobstad', ' jakobstad ', 'PIETARSAARI']) {
      expect(findMunicipality(entry)?.code, entry).to.equal('598');
    }
    expect(findMunicipality('91')?.fi).to.equal('Helsinki');
    expect(findMunicipality('helsingfors')?.code).to.equal('091');
    expect(findMunicipality('Pieksamaki')?.code).to.equal('593');
    expect(findMunicipality('Mariehamn')?.code).to.equal('478');
    expect(findMunicipality('Maarianhamina')?.code).to.equal('478');
    expect(findMunicipality('Atlantis')).to.equal(undefined);
    expect(findMunicipality('999')).to.equal(undefined);
    expect(findMunicipality('')).to.equal(undefined);
  });

  it('names a municipality in fi, sv and en (English: the majority language)', () => {
    expect(['fi', 'sv', 'en'].map((lang) => municipalityName('598', lang))).to.deep.equal([
      'Pietarsaari',
      'Jakobstad',
      'Jakobstad',
    ]);
    expect(['fi', 'sv', 'en'].map((lang) => municipalityName('905', lang))).to.deep.equal(['Vaasa', 'Vasa', 'Vaasa']);
    expect(['fi', 'sv', 'en'].map((lang) => municipalityName('244', lang))).to.deep.equal([
      'Kempele',
      'Kempele',
      'Kempele',
    ]);
    expect(municipalityName('478', 'en')).to.equal('Mariehamn');
    expect(municipalityName('148', 'se')).to.equal('Inari');
    expect(municipalityText('091')).to.deep.equal({ fi: 'Helsinki', sv: 'Helsingfors', en: 'Helsinki' });
    expect(municipalityName('000', 'fi')).to.equal(undefined);
  });

  it('flags bilingual and Sámi homeland municipalities', () => {
    expect(findMunicipality('Jakobstad')).to.include({ language: 'sv-fi', bilingual: true, samiHomeland: false });
    expect(findMunicipality('Helsinki')).to.include({ language: 'fi-sv', bilingual: true });
    expect(findMunicipality('Kempele')).to.include({ language: 'fi', bilingual: false });
    expect(findMunicipality('Utsjoki')).to.include({ samiHomeland: true, bilingual: false });
  });

  it('gives the Linked Events division of a municipality', () => {
    expect(linkedEventsDivision('091')).to.equal('kunta:helsinki');
    expect(linkedEventsDivision('049')).to.equal('kunta:espoo');
    expect(linkedEventsDivision('092')).to.equal('kunta:vantaa');
    expect(linkedEventsDivision('000')).to.equal(undefined);
  });
});

describe('municipality names where the widgets show them', () => {
  it('resolves names the feed does not give, and completes the names it gives', () => {
    const feed = [association({ id: 'a', municipality: { code: '598', name: { fi: 'Pietarsaari' } } })];
    const names = municipalityNames(feed);
    expect(names.get('598')).to.deep.equal({ fi: 'Pietarsaari', sv: 'Jakobstad', en: 'Jakobstad' });
    expect(names.get('615')).to.deep.equal({ fi: 'Pudasjärvi', sv: 'Pudasjärvi', en: 'Pudasjärvi' });
    expect([...resolveMunicipalityCodes(['Jakobstad', 'Kempele', 'esbo', '91', 'Atlantis'], new Map())]).to.deep.equal([
      '598',
      '244',
      '049',
      '091',
    ]);
  });

  it('labels a municipality filter value with its name in fi, sv and en, never its code', () => {
    const source = (lang: string, names = new Map()) => ({
      locale: resolveLocale(lang),
      taxonomy: mergeTaxonomy({}),
      municipalityNames: names,
    });
    for (const [lang, expected] of [
      ['fi', ['Pietarsaari', 'Sipoo', 'Pudasjärvi']],
      ['sv', ['Jakobstad', 'Sibbo', 'Pudasjärvi']],
      ['en', ['Jakobstad', 'Sipoo', 'Pudasjärvi']],
    ] as const) {
      const labels = ['598', '753', '615'].map((code) => codeLabel('municipality', code, source(lang))?.text);
      expect(labels, lang).to.deep.equal(expected);
    }
    // A feed's own name in the UI language still wins.
    const own = new Map([['598', { sv: 'Jakobstad stad' }]]);
    expect(codeLabel('municipality', '598', source('sv', own))).to.deep.equal({ text: 'Jakobstad stad' });
    expect(codeLabel('municipality', '999', source('fi'))).to.deep.equal({ text: '999' });
  });
});
