import { expect } from '@open-wc/testing';
import { association } from '../support/associations.js';
import { municipalityNames, resolveMunicipalityCodes, type Scope } from '../../src/listing/scope.js';
import { parseList } from '../../src/internal/parse-list.js';
import { FACETS, FacetTable, type Facet, type Filters } from '../../src/listing/association-facets.js';
import { askedTargetGroups, fitsTargetGroup } from '../../src/listing/target-groups.js';
import { catalogue, prepareCatalogue, scopePositions } from '../../src/listing/catalogue.js';
import { resolveLocale } from '../../src/i18n/index.js';
import { seeded } from '../support/random.js';
import { toSearchDocument } from '../../src/listing/documents.js';
import { mergeTaxonomy } from '../../src/feed/taxonomy.js';

const jakobstad = { code: '598', name: { fi: 'Pietarsaari', sv: 'Jakobstad' } };
const oulu = { code: '564', name: { fi: 'Oulu', sv: 'Uleåborg' } };
const inari = { code: '148', name: { fi: 'Inari', sv: 'Enare', se: 'Anár', smn: 'Aanaar' } };

const all = [
  association({
    id: 'a',
    municipality: jakobstad,
    categories: ['sports'],
    targetGroups: ['youth'],
    languages: ['sv', 'fi'],
  }),
  association({
    id: 'b',
    municipality: oulu,
    areaServed: [{ code: '244' }],
    categories: ['culture'],
    languages: ['fi'],
  }),
  association({
    id: 'c',
    municipality: inari,
    categories: ['culture', 'leisure'],
    targetGroups: ['seniors'],
    languages: ['se', 'fi'],
  }),
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
    const shown = catalogue(all, resolveLocale('fi'));
    const inScope = (partial: Partial<Scope>) =>
      Array.from(scopePositions(shown, scope(partial)), (p) => shown.associations[p]!.id).sort();
    expect(inScope({ municipalities: new Set(['244']) })).to.deep.equal(['b']);
    expect(inScope({})).to.deep.equal(['a', 'b', 'c']);
    expect(inScope({ categories: new Set(['culture']), targetGroups: new Set(['seniors']) })).to.deep.equal(['c']);
    expect(
      inScope({ municipalities: new Set(['598', '148']), categories: new Set(['sports', 'leisure']) }),
    ).to.deep.equal(['a', 'c']);
  });
});

describe('the catalogue of a feed', () => {
  const named = [
    association({ id: 'o', name: { fi: 'Övermarkin kyläseura', sv: 'Övermark byaförening' } }),
    association({ id: 'u', name: { fi: 'Uleåborgin seura', sv: 'Aura-föreningen' } }),
    association({ id: 'z', name: { fi: 'Zumbaseura', sv: 'Zumbaklubben' }, status: 'dissolved' }),
    association({ id: 'a', name: { fi: 'Ääneseudun kuoro' } }),
  ];

  it('lists the associations in the alphabetical order of the UI language, with only the active ones in scope', () => {
    const fi = catalogue(named, resolveLocale('fi'));
    expect(fi.associations.map((a) => a.id)).to.deep.equal(['u', 'z', 'a', 'o']);
    expect(Array.from(fi.facets.active, (p) => fi.associations[p]!.id)).to.deep.equal(['u', 'a', 'o']);
    // Swedish names where the feed has them; the Finnish one where it has not.
    expect(catalogue(named, resolveLocale('sv')).associations.map((a) => a.id)).to.deep.equal(['u', 'z', 'a', 'o']);
    expect(catalogue(named, resolveLocale('en')).associations.map((a) => a.id)).to.deep.equal(['a', 'o', 'u', 'z']);
  });

  it('is made once per feed and language, in short tasks or at once, with the same result', async () => {
    const feed = [...named];
    const prepared = await prepareCatalogue(feed, resolveLocale('fi'));
    expect(catalogue(feed, resolveLocale('fi'))).to.equal(prepared);
    expect(await prepareCatalogue(feed, resolveLocale('fi'))).to.equal(prepared);
    expect(prepared.associations.map((a) => a.id)).to.deep.equal(
      catalogue(named, resolveLocale('fi')).associations.map((a) => a.id),
    );
  });
});

describe('listing facets', () => {
  const active = all.slice(0, 3);
  const none = (): Filters => ({
    category: new Set(),
    targetGroup: new Set(),
    language: new Set(),
    municipality: new Set(),
  });
  const ids = (positions: ArrayLike<number>, items = active) => Array.from(positions, (i) => items[i]!.id);

  it('ORs within a group and ANDs across groups', () => {
    const table = FacetTable.of(active);
    const filters = none();
    filters.category = new Set(['sports', 'culture']);
    expect(ids(table.apply(filters).passing)).to.deep.equal(['a', 'b', 'c']);
    filters.language = new Set(['se']);
    expect(ids(table.apply(filters).passing)).to.deep.equal(['c']);
    // A value no item has matches nothing.
    expect(ids(table.apply({ ...none(), category: new Set(['unknown']) }).passing)).to.deep.equal([]);
  });

  it('counts each group as if its own selection were not applied', () => {
    const table = FacetTable.of(active);
    const filters = none();
    filters.category = new Set(['sports']);
    const { counts } = table.apply(filters);
    // The category group still offers culture with its full count…
    expect(counts.category.get('culture')).to.equal(2);
    expect(counts.category.get('sports')).to.equal(1);
    // …while other groups count only what the category selection leaves.
    expect(counts.language.get('sv')).to.equal(1);
    expect(counts.language.get('se')).to.equal(undefined);
    // Home municipality and areas served both count.
    expect(table.apply(none()).counts.municipality.get('244')).to.equal(1);
  });

  it('works on the matched items only, in their order, and counts a code listed twice once', () => {
    const twice = association({
      id: 't',
      municipality: oulu,
      areaServed: [{ code: '564' }],
      categories: ['sports', 'sports'],
    });
    const items = [...active, twice];
    const table = FacetTable.of(items);
    const { passing, counts } = table.apply(none(), Int32Array.from([3, 2, 0]));
    expect(ids(passing, items)).to.deep.equal(['t', 'c', 'a']);
    expect(counts.category.get('sports')).to.equal(2);
    expect(counts.municipality.get('564')).to.equal(1);
    expect(counts.category.has('leisure')).to.equal(true);
    expect(table.apply(none(), new Int32Array(0)).counts.category.size).to.equal(0);
  });

  it('agrees with a plain count over sets on random data and selections', () => {
    const random = seeded(7);
    const pick = (values: string[]) => values.filter(() => random() < 0.3);
    const items = Array.from({ length: 300 }, (_, i) =>
      association({
        id: `r${i}`,
        municipality: { code: pick(['091', '244', '564', '598'])[0] ?? '091' },
        areaServed: pick(['091', '244', '564']).map((code) => ({ code })),
        categories: pick(['sports', 'culture', 'leisure', 'social']),
        targetGroups: pick(['youth', 'seniors', 'families', 'everyone', 'associations']),
        languages: pick(['fi', 'sv', 'se']),
      }),
    );
    const valuesOf = (a: (typeof items)[number], facet: Facet): Set<string> =>
      new Set(
        facet === 'category'
          ? a.categories
          : facet === 'targetGroup'
            ? a.targetGroups
            : facet === 'language'
              ? a.languages
              : [a.municipality.code, ...a.areaServed.map((area) => area.code)],
      );
    const table = FacetTable.of(items);
    for (let round = 0; round < 40; round++) {
      const filters = none();
      for (const facet of FACETS) {
        const options = [...new Set(items.flatMap((a) => [...valuesOf(a, facet)]))];
        filters[facet] = new Set(random() < 0.5 ? pick(options) : []);
      }
      const matched = Int32Array.from(items.keys()).filter(() => random() < 0.7);
      // Within a group, any value fits; for target groups, as residents filter (what is for everyone fits each).
      const fits = (a: (typeof items)[number], facet: Facet, value: string) =>
        facet === 'targetGroup' ? fitsTargetGroup(a.targetGroups, value) : valuesOf(a, facet).has(value);
      const passes = (a: (typeof items)[number], except?: Facet) =>
        FACETS.every(
          (facet) =>
            facet === except || filters[facet].size === 0 || [...filters[facet]].some((v) => fits(a, facet, v)),
        );
      const subset = Array.from(matched, (i) => items[i]!);
      const result = table.apply(filters, matched);
      expect(ids(result.passing, items)).to.deep.equal(subset.filter((a) => passes(a)).map((a) => a.id));
      for (const facet of FACETS) {
        const expected = new Map<string, number>();
        const named = new Set(items.flatMap((a) => [...valuesOf(a, facet)]));
        for (const a of subset) {
          if (!passes(a, facet)) continue;
          for (const value of named) if (fits(a, facet, value)) expected.set(value, (expected.get(value) ?? 0) + 1);
        }
        expect(Object.fromEntries(result.counts[facet])).to.deep.equal(Object.fromEntries(expected), facet);
      }
    }
  });
});

describe('target groups as residents filter by them', () => {
  const none = (): Filters => ({
    category: new Set(),
    targetGroup: new Set(),
    language: new Set(),
    municipality: new Set(),
  });
  const ids = (positions: ArrayLike<number>, items: readonly { id: string }[]) =>
    Array.from(positions, (i) => items[i]!.id);

  it('an association for everyone fits every group of residents, counted once, but not the associations’ own', () => {
    const items = [
      association({ id: 'kids', targetGroups: ['children'] }),
      association({ id: 'all', targetGroups: ['everyone'] }),
      association({ id: 'seniors-and-all', targetGroups: ['seniors', 'everyone'] }),
      association({ id: 'forum', targetGroups: ['associations'] }),
    ];
    const table = FacetTable.of(items);
    const children = table.apply({ ...none(), targetGroup: new Set(['children']) });
    expect(ids(children.passing, items)).to.deep.equal(['kids', 'all', 'seniors-and-all']);
    expect(Object.fromEntries(children.counts.targetGroup)).to.deep.equal({
      children: 3,
      everyone: 2,
      seniors: 2,
      associations: 1,
    });
    const forum = table.apply({ ...none(), targetGroup: new Set(['associations']) });
    expect(ids(forum.passing, items)).to.deep.equal(['forum']);
  });

  it('asks a searching feed for what is for everyone beside a group of residents', () => {
    expect(askedTargetGroups(['children'])).to.deep.equal(['children', 'everyone']);
    expect(askedTargetGroups(['children', 'everyone'])).to.deep.equal(['children', 'everyone']);
    expect(askedTargetGroups(['associations'])).to.deep.equal(['associations']);
    expect(askedTargetGroups([])).to.deep.equal([]);
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
    expect(doc.labels).to.include.members([
      'Kulttuurialan yhdistykset',
      'Föreningar inom kulturbranschen',
      'Ikääntyneet',
      'Oulu',
      'Uleåborg',
    ]);
    expect(doc.text).to.deep.equal(['Laulamme']);
  });
});
