/** The demo feed's shape (the options, what a generated feed holds) and its fixed values: the source, the licence and the taxonomy. */

export type LocalizedText = Record<string, string>;

export interface TaxonomyEntry {
  code: string;
  label: LocalizedText;
}

export interface FeedTaxonomy {
  categories: TaxonomyEntry[];
  targetGroups: TaxonomyEntry[];
  themes: TaxonomyEntry[];
  accessibility: TaxonomyEntry[];
}

/** One response of the feed (contract §1). */
export interface FeedEnvelope {
  feedVersion: string;
  generatedAt: string;
  source: { name: LocalizedText; url: string };
  license: { id: string; url: string };
  meta: { count: number; next: string | null; previous: string | null };
  taxonomy?: FeedTaxonomy;
  data: unknown[];
}

export interface GenerateFeedOptions {
  /** PRNG seed; the default gives the demo's data set. */
  seed?: number;
  /** Number of well-formed associations (default 360). */
  associations?: number;
  /** URL of the first page; the others get `?page=N` (default on yhdistystori.example). */
  baseUrl?: string;
  /** Items per page (default 100, as Toimeksi and Linked Events). */
  pageSize?: number;
  /** Add the broken and hostile entries of contract §5 (default true). */
  broken?: boolean;
  /**
   * Add the municipalities' spaces, contact points for associations and meetings
   * with them (contract 1.1, `partnership.ts`); the feed is then version 1.1 (default true).
   */
  partnership?: boolean;
}

/** An item a widget must skip, with the id it should report (`#<index>` on its page when it has none). */
export interface ExpectedSkip {
  id: string;
  page: number;
  reason: string;
}

/** An optional field a widget must drop while keeping the item. */
export interface ExpectedDrop {
  id: string;
  field: string;
  reason: string;
}

export interface GeneratedFeed {
  options: Required<GenerateFeedOptions>;
  /** Every item of every page, in order; broken ones included as they are served. */
  items: unknown[];
  pages: FeedEnvelope[];
  taxonomy: FeedTaxonomy;
  /** What a widget has to report for this feed. Empty when `broken` is false. */
  expected: {
    skipped: ExpectedSkip[];
    dropped: ExpectedDrop[];
    /** The association whose texts carry literal markup, to be shown as text. */
    markupId: string | null;
  };
}

export const DEFAULT_SEED = 20261120;
export const DEFAULT_ASSOCIATIONS = 360;
export const DEFAULT_PAGE_SIZE = 100;
export const DEFAULT_BASE_URL = 'https://yhdistystori.example/feed/associations.json';
export const GENERATED_AT = '2026-11-20T06:00:00Z';
export const SOURCE_URL = 'https://yhdistystori.example/';
export const FEED_SOURCE = {
  name: { fi: 'Yhdistystori', sv: 'Föreningstorget', en: 'Association Square' },
  url: SOURCE_URL,
};
export const FEED_LICENSE = { id: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/' };

export const ID_PREFIX = 'yhdistystori';
export const EVENT_COUNT = 12;
export const TASK_COUNT = 8;

export const TAXONOMY: FeedTaxonomy = {
  categories: [
    {
      code: 'politics',
      label: { fi: 'Poliittiset yhdistykset', sv: 'Politiska föreningar', en: 'Political associations' },
    },
    {
      code: 'profession',
      label: {
        fi: 'Ammattiin ja elinkeinoon liittyvät yhdistykset',
        sv: 'Föreningar med anknytning till yrke och näring',
        en: 'Professional and trade associations',
      },
    },
    {
      code: 'social-health',
      label: {
        fi: 'Sosiaali- ja terveysalan yhdistykset',
        sv: 'Föreningar inom social- och hälsovårdsbranschen',
        en: 'Social and health associations',
      },
    },
    {
      code: 'culture',
      label: { fi: 'Kulttuurialan yhdistykset', sv: 'Föreningar inom kulturbranschen', en: 'Cultural associations' },
    },
    { code: 'leisure', label: { fi: 'Vapaa-ajan yhdistykset', sv: 'Fritidsföreningar', en: 'Leisure associations' } },
    {
      code: 'sports',
      label: {
        fi: 'Urheilu- ja liikuntayhdistykset',
        sv: 'Idrotts- och motionsföreningar',
        en: 'Sports and exercise associations',
      },
    },
    {
      code: 'religion',
      label: {
        fi: 'Uskontoon ja maailmankatsomukseen liittyvät yhdistykset',
        sv: 'Föreningar med anknytning till religion och världsåskådning',
        en: 'Religion and world-view associations',
      },
    },
    {
      code: 'defence-intl',
      label: {
        fi: 'Maanpuolustukseen ja kansainvälisiin suhteisiin liittyvät yhdistykset',
        sv: 'Föreningar med anknytning till försvar och internationella relationer',
        en: 'National defence and international associations',
      },
    },
    { code: 'other', label: { fi: 'Muut yhdistykset', sv: 'Övriga föreningar', en: 'Other associations' } },
  ],
  targetGroups: [
    { code: 'children', label: { fi: 'Lapset', sv: 'Barn', en: 'Children' } },
    { code: 'youth', label: { fi: 'Nuoret', sv: 'Unga', en: 'Young people' } },
    { code: 'families', label: { fi: 'Lapsiperheet', sv: 'Barnfamiljer', en: 'Families with children' } },
    { code: 'adults', label: { fi: 'Aikuiset', sv: 'Vuxna', en: 'Adults' } },
    { code: 'seniors', label: { fi: 'Ikääntyneet', sv: 'Äldre', en: 'Older people' } },
    { code: 'immigrants', label: { fi: 'Maahan muuttaneet', sv: 'Inflyttade', en: 'Immigrants' } },
    {
      code: 'disability',
      label: { fi: 'Vammaiset henkilöt', sv: 'Personer med funktionsnedsättning', en: 'People with disabilities' },
    },
    { code: 'everyone', label: { fi: 'Kaikki', sv: 'Alla', en: 'Everyone' } },
  ],
  themes: [
    { code: 'wellbeing', label: { fi: 'Hyvinvointi', sv: 'Välmående', en: 'Wellbeing' } },
    {
      code: 'village-activity',
      label: { fi: 'Kylä- ja asukastoiminta', sv: 'By- och invånarverksamhet', en: 'Village and neighbourhood' },
    },
    { code: 'nature', label: { fi: 'Luonto ja eläimet', sv: 'Natur och djur', en: 'Nature and animals' } },
  ],
  accessibility: [
    {
      code: 'wheelchair',
      label: { fi: 'Esteetön pyörätuolilla', sv: 'Tillgängligt med rullstol', en: 'Wheelchair accessible' },
    },
    { code: 'induction-loop', label: { fi: 'Induktiosilmukka', sv: 'Hörslinga', en: 'Induction loop' } },
    { code: 'accessible-toilet', label: { fi: 'Esteetön WC', sv: 'Tillgänglig toalett', en: 'Accessible toilet' } },
  ],
};
