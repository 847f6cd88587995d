/**
 * Default labels the widgets ship (contract §4): the 9 PRH purpose classes,
 * the target groups and the accessibility features. A feed's taxonomy
 * overrides them per code and adds its own codes.
 */
import type { FeedTaxonomy, LocalizedText, Taxonomy, TaxonomyEntry, TaxonomyKind } from './types.js';

type Labels = readonly (readonly [code: string, fi: string, sv: string, en: string])[];

const CATEGORIES: Labels = [
  ['politics', 'Poliittiset yhdistykset', 'Politiska föreningar', 'Political associations'],
  [
    'profession',
    'Ammattiin ja elinkeinoon liittyvät yhdistykset',
    'Föreningar med anknytning till yrke och näring',
    'Professional and trade associations',
  ],
  [
    'social-health',
    'Sosiaali- ja terveysalan yhdistykset',
    'Föreningar inom social- och hälsovårdsbranschen',
    'Social and health associations',
  ],
  ['culture', 'Kulttuurialan yhdistykset', 'Föreningar inom kulturbranschen', 'Cultural associations'],
  ['leisure', 'Vapaa-ajan yhdistykset', 'Fritidsföreningar', 'Leisure associations'],
  ['sports', 'Urheilu- ja liikuntayhdistykset', 'Idrotts- och motionsföreningar', 'Sports and exercise associations'],
  [
    'religion',
    'Uskontoon ja maailmankatsomukseen liittyvät yhdistykset',
    'Föreningar med anknytning till religion och världsåskådning',
    'Religion and world-view associations',
  ],
  [
    'defence-intl',
    'Maanpuolustukseen ja kansainvälisiin suhteisiin liittyvät yhdistykset',
    'Föreningar med anknytning till försvar och internationella relationer',
    'National defence and international associations',
  ],
  ['other', 'Muut yhdistykset', 'Övriga föreningar', 'Other associations'],
];

/**
 * The target group "everyone": true of nearly every association, so the widgets show it
 * neither as a label nor as a filter value (it would tell a resident nothing).
 */
export const EVERYONE = 'everyone';

const TARGET_GROUPS: Labels = [
  ['children', 'Lapset', 'Barn', 'Children'],
  ['youth', 'Nuoret', 'Unga', 'Young people'],
  ['families', 'Lapsiperheet', 'Barnfamiljer', 'Families with children'],
  ['adults', 'Aikuiset', 'Vuxna', 'Adults'],
  ['seniors', 'Ikääntyneet', 'Äldre', 'Older people'],
  ['immigrants', 'Maahan muuttaneet', 'Inflyttade', 'Immigrants'],
  ['disability', 'Vammaiset henkilöt', 'Personer med funktionsnedsättning', 'People with disabilities'],
  ['everyone', 'Kaikki', 'Alla', 'Everyone'],
  // Since contract 1.1: events meant for associations themselves.
  ['associations', 'Yhdistykset ja järjestöt', 'Föreningar och organisationer', 'Associations and organisations'],
];

const ACCESSIBILITY: Labels = [
  ['wheelchair', 'Esteetön pyörätuolilla', 'Tillgängligt med rullstol', 'Wheelchair accessible'],
  ['induction-loop', 'Induktiosilmukka', 'Hörslinga', 'Induction loop'],
  ['accessible-toilet', 'Esteetön WC', 'Tillgänglig toalett', 'Accessible toilet'],
];

const DEFAULTS: Record<TaxonomyKind, Labels> = {
  categories: CATEGORIES,
  targetGroups: TARGET_GROUPS,
  themes: [],
  accessibility: ACCESSIBILITY,
};

const KINDS = Object.keys(DEFAULTS) as TaxonomyKind[];

function defaultMap(labels: Labels): Map<string, LocalizedText> {
  return new Map(labels.map(([code, fi, sv, en]) => [code, { fi, sv, en }]));
}

/**
 * The labels for every code list: the defaults, with a feed's entries
 * replacing a default's label wholesale (per code) and adding new codes after
 * the defaults. Later entries for the same code win. Each call returns new maps.
 */
export function mergeTaxonomy(feedTaxonomy?: FeedTaxonomy): Taxonomy {
  const taxonomy = {} as Taxonomy;
  for (const kind of KINDS) {
    const map = defaultMap(DEFAULTS[kind]);
    for (const entry of feedTaxonomy?.[kind] ?? []) map.set(entry.code, entry.label);
    taxonomy[kind] = map;
  }
  return taxonomy;
}

/** Concatenates several taxonomies (e.g. of several pages) in order, so later entries win when merged. */
export function concatTaxonomies(parts: readonly FeedTaxonomy[]): FeedTaxonomy {
  const all: FeedTaxonomy = {};
  for (const part of parts) {
    for (const kind of KINDS) {
      const entries: TaxonomyEntry[] | undefined = part[kind];
      if (entries) (all[kind] ??= []).push(...entries);
    }
  }
  return all;
}

export { KINDS as TAXONOMY_KINDS };
