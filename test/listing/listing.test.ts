import { expect } from '@open-wc/testing';
import { association } from '../support/associations.js';
import {
  inScope,
  municipalityNames,
  parseList,
  resolveMunicipalityCodes,
  type Scope,
} from '../../src/listing/scope.js';
import { countFacets, emptyFilters, matchesFilters, activeFilterCount } from '../../src/listing/facets.js';
import { toSearchDocument } from '../../src/listing/documents.js';
import { mergeTaxonomy } from '../../src/feed/taxonomy.js';

const jakobstad = { code: '598', name: { fi: 'Pietarsaari', sv: 'Jakobstad' } };
const oulu = { code: '564', name: { fi: 'Oulu', sv: 'Uleåborg' } };
const inari = { code: '148', name: { fi: 'Inari', sv: 'Enare', se: 'Anár', smn: 'Aanaar' } };

const all = [
  association({ id: 'a', municipality: jakobstad, categories: ['sports'], targetGroups: ['youth'], languages: ['sv', 'fi'] }),
  association({ id: 'b', municipality: oulu, areaServed: [{ code: '244' }], categories: ['culture'], languages: ['fi'] }),
  association({ id: 'c', municipality: inari, categories: ['culture', 'leisure'], targetGroups: ['seniors'], languages: ['se', 'fi'] }),
  association({ id: 'd', municipality: oulu, categories: ['sports'], status: 'dissolved' }),
];

function scope(partial: Partial<Scope>): Scope {
  return { municipalities: new Set(), categories: new Set(), targetGroups: new Set(), ...partial };
}

describe('listing scope', () => {
  it('parses comma-separated attributes', () => {
    expect(parseList(' 244, 564 ,,')).to.deep.equal(['244', '564']);
    expect(parseList(null)).to.deep.equal([]);
  });

  it('resolves municipality codes and names in any language the feed knows', () => {
    const names = municipalityNames(all);
    expect([...resolveMunicipalityCodes(['Jakobstad', 'uleaborg', '91', 'Anár', 'Atlantis'], names)]).to.deep.equal([
      '598',
      '564',
      '091',
      '148',
    ]);
    expect(names.get('148')?.['smn']).to.equal('Aanaar');
  });

  it('includes an association by home municipality or area served, and only active ones', () => {
    const kempele = scope({ municipalities: new Set(['244']) });
    expect(all.filter((a) => inScope(a, kempele)).map((a) => a.id)).to.deep.equal(['b']);
    const everything = scope({});
    expect(all.filter((a) => inScope(a, everything)).map((a) => a.id)).to.deep.equal(['a', 'b', 'c']);
    const culture = scope({ categories: new Set(['culture']), targetGroups: new Set(['seniors']) });
    expect(all.filter((a) => inScope(a, culture)).map((a) => a.id)).to.deep.equal(['c']);
  });
});

describe('listing facets', () => {
  const active = all.slice(0, 3);

  it('ORs within a group and ANDs across groups', () => {
    const filters = emptyFilters();
    filters.category = new Set(['sports', 'culture']);
    expect(active.filter((a) => matchesFilters(a, filters)).map((a) => a.id)).to.deep.equal(['a', 'b', 'c']);
    filters.language = new Set(['se']);
    expect(active.filter((a) => matchesFilters(a, filters)).map((a) => a.id)).to.deep.equal(['c']);
    expect(activeFilterCount(filters)).to.equal(3);
  });

  it('counts each group as if its own selection were not applied', () => {
    const filters = emptyFilters();
    filters.category = new Set(['sports']);
    const counts = countFacets(active, filters);
    // The category group still offers culture with its full count…
    expect(counts.category.get('culture')).to.equal(2);
    expect(counts.category.get('sports')).to.equal(1);
    // …while other groups count only what the category selection leaves.
    expect(counts.language.get('sv')).to.equal(1);
    expect(counts.language.get('se')).to.equal(undefined);
    // Home municipality and areas served both count.
    expect(countFacets(active, emptyFilters()).municipality.get('244')).to.equal(1);
  });
});

describe('search documents', () => {
  it('hold names, labels in every language and descriptions', () => {
    const taxonomy = mergeTaxonomy(undefined);
    const doc = toSearchDocument(
      association({
        id: 'x',
        name: { fi: 'Oulun Mieskuoro ry', sv: 'Uleåborgs manskör' },
        shortDescription: { fi: 'Laulamme' },
        categories: ['culture'],
        targetGroups: ['seniors'],
        municipality: oulu,
      }),
      taxonomy,
      new Map(),
    );
    expect(doc.name).to.deep.equal(['Oulun Mieskuoro ry', 'Uleåborgs manskör']);
    expect(doc.labels).to.include.members(['Kulttuurialan yhdistykset', 'Föreningar inom kulturbranschen', 'Ikääntyneet', 'Oulu', 'Uleåborg']);
    expect(doc.text).to.deep.equal(['Laulamme']);
  });
});
