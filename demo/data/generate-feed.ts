/**
 * Generates the demo feed: a few hundred local associations of Northern and
 * Central Ostrobothnia and Sámi homeland municipalities, with events, volunteer
 * tasks and, on request, the broken entries a widget must cope with (contract §5).
 *
 * Plain TypeScript without Node APIs: the Vite dev server imports it to serve
 * the feed, and browser tests import it to check it. The same options give
 * byte-identical JSON on every run.
 */
import { Random } from './random.js';
import { buildPartnership } from './partnership.js';
import { MUNICIPALITIES, UKRAINIAN_NAMES, type MunicipalityDef, type NameLang, type Place } from './places.js';
import {
  KINDS,
  VENUES,
  type Kind,
  type KindText,
  type NameCtx,
  type TextCtx,
  type Tpl,
  type VenueKey,
} from './kinds.js';

// ---------------------------------------------------------------- public types

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

// ---------------------------------------------------------------- constants

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

const ID_PREFIX = 'yhdistystori';
const EVENT_COUNT = 12;
const TASK_COUNT = 8;

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

// ---------------------------------------------------------------- small helpers

const DAY = 86_400_000;
const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const round5 = (x: number): number => Math.round(x * 1e5) / 1e5;

function render<C>(tpl: Tpl<C>, ctx: C): string {
  return typeof tpl === 'string' ? tpl : tpl(ctx);
}

function nth<T>(items: readonly T[], index: number): T {
  if (items.length === 0) throw new Error('empty template list');
  return items[index % items.length] as T;
}

/** Lower-case ASCII for domains and e-mail addresses ("Ähtävän" → "ahtavan"). */
function ascii(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** 00:00 UTC of the last Sunday of a month (0-based month). */
function lastSundayUtc(year: number, month: number): number {
  const last = Date.UTC(year, month + 1, 0);
  return last - new Date(last).getUTCDay() * DAY;
}

/** Finland's UTC offset in hours at an instant: EEST from the last Sunday of March to that of October. */
function helsinkiOffset(utcMs: number): 2 | 3 {
  const year = new Date(utcMs).getUTCFullYear();
  const start = lastSundayUtc(year, 2) + 3_600_000;
  const end = lastSundayUtc(year, 9) + 3_600_000;
  return utcMs >= start && utcMs < end ? 3 : 2;
}

/** The instant of a Finnish wall-clock time. */
function localToUtc(year: number, month: number, day: number, hour: number, minute: number): number {
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const guess = wall - 2 * 3_600_000;
  return wall - helsinkiOffset(guess) * 3_600_000;
}

/** ISO 8601 in Finnish local time with its offset, e.g. "2024-06-03T18:30:00+03:00". */
function isoLocal(utcMs: number): string {
  const offset = helsinkiOffset(utcMs);
  const d = new Date(utcMs + offset * 3_600_000);
  return (
    `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:00+0${offset}:00`
  );
}

/** A random working-hours instant on a random day in [fromMs, toMs). */
function randomInstant(rng: Random, fromMs: number, toMs: number): number {
  const days = Math.max(1, Math.floor((toMs - fromMs) / DAY));
  const d = new Date(fromMs + rng.int(0, days - 1) * DAY);
  return localToUtc(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), rng.int(7, 21), rng.int(0, 11) * 5);
}

/** Splits `total` by weight with the largest-remainder method. */
function allocate(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const counts = exact.map(Math.floor);
  let left = total - counts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left <= 0) break;
    counts[i] = (counts[i] ?? 0) + 1;
    left--;
  }
  return counts;
}

// ---------------------------------------------------------------- people

const FI_FIRST = [
  'Matti',
  'Pekka',
  'Juha',
  'Timo',
  'Kari',
  'Jari',
  'Mika',
  'Antti',
  'Jukka',
  'Heikki',
  'Tuomas',
  'Ville',
  'Esa',
  'Raimo',
  'Olli',
  'Sari',
  'Päivi',
  'Anne',
  'Tiina',
  'Minna',
  'Marja',
  'Riitta',
  'Hanna',
  'Kaisa',
  'Aino',
  'Eeva',
  'Laura',
  'Johanna',
  'Satu',
  'Outi',
  'Eila',
  'Henna',
  'Jenni',
  'Elina',
] as const;
const FI_LAST = [
  'Juntunen',
  'Kokko',
  'Karjalainen',
  'Hyvönen',
  'Halonen',
  'Pesonen',
  'Alatalo',
  'Ylitalo',
  'Rautio',
  'Kangas',
  'Oikarinen',
  'Haapala',
  'Kyllönen',
  'Alakärppä',
  'Pikkarainen',
  'Turpeinen',
  'Kuusela',
  'Vähäkangas',
  'Mattila',
  'Jokela',
  'Heikkinen',
  'Kemppainen',
  'Niemelä',
  'Tervonen',
  'Sassi',
  'Rahko',
  'Ojala',
  'Lehtola',
  'Körkkö',
  'Leinonen',
  'Hautala',
  'Koivukangas',
  'Isokangas',
  'Pirttikoski',
] as const;
const SV_FIRST = [
  'Anders',
  'Johan',
  'Mikael',
  'Henrik',
  'Kristian',
  'Patrik',
  'Stefan',
  'Mats',
  'Göran',
  'Rolf',
  'Jonas',
  'Fredrik',
  'Anna',
  'Maria',
  'Sofia',
  'Camilla',
  'Linda',
  'Johanna',
  'Annika',
  'Eva',
  'Birgitta',
  'Ulla',
  'Ida',
  'Emma',
  'Malin',
  'Kristina',
] as const;
const SV_LAST = [
  'Björklund',
  'Forsman',
  'Holm',
  'Sandvik',
  'Nyström',
  'Wikström',
  'Granholm',
  'Backman',
  'Kronqvist',
  'Sundqvist',
  'Lindqvist',
  'Westerlund',
  'Finell',
  'Snellman',
  'Storbacka',
  'Ahlskog',
  'Enlund',
  'Häggblom',
  'Nylund',
  'Sjöberg',
  'Lillas',
  'Skrifvars',
  'Ahlvik',
  'Åstrand',
  'Kackur',
  'Strengell',
] as const;
const SAMI_FIRST = ['Niillas', 'Ánde', 'Máret', 'Biret', 'Ristin', 'Heikki', 'Aslak', 'Elle', 'Piera', 'Inga'] as const;
const SAMI_LAST = [
  'Aikio',
  'Guttorm',
  'Näkkäläjärvi',
  'Magga',
  'Valle',
  'Länsman',
  'Helander',
  'Sara',
  'Morottaja',
  'Mattus',
  'Paadar',
] as const;
const INTL_NAMES = [
  ['Olena', 'Kovalenko'],
  ['Andrii', 'Shevchuk'],
  ['Iryna', 'Bondarenko'],
  ['Abdi', 'Warsame'],
  ['Hodan', 'Ali'],
  ['Yasmin', 'Haddad'],
  ['Priya', 'Nair'],
  ['Samuel', 'Okafor'],
  ['Leila', 'Karimi'],
  ['Daniel', 'Mwangi'],
] as const;

const LOGO_ALT: Readonly<Record<NameLang, string>> = {
  fi: 'Yhdistyksen logo',
  sv: 'Föreningens logotyp',
  en: 'Association logo',
  se: 'Searvvi logo',
  uk: 'Логотип обʼєднання',
};

const ROLES = {
  chair: { fi: 'Puheenjohtaja', sv: 'Ordförande', en: 'Chair' },
  vice: { fi: 'Varapuheenjohtaja', sv: 'Viceordförande', en: 'Vice-chair' },
  secretary: { fi: 'Sihteeri', sv: 'Sekreterare', en: 'Secretary' },
  treasurer: { fi: 'Rahastonhoitaja', sv: 'Kassör', en: 'Treasurer' },
  coach: { fi: 'Valmennuspäällikkö', sv: 'Tränaransvarig', en: 'Head coach' },
  conductor: { fi: 'Kuoronjohtaja', sv: 'Dirigent', en: 'Conductor' },
  chief: { fi: 'Palokuntapäällikkö', sv: 'Brandkårschef', en: 'Fire chief' },
} as const;

type PersonStyle = 'fi' | 'sv' | 'sami' | 'intl';

function personName(rng: Random, style: PersonStyle): [string, string] {
  switch (style) {
    case 'sv':
      return [rng.pick(SV_FIRST), rng.pick(SV_LAST)];
    case 'sami':
      return [rng.pick(SAMI_FIRST), rng.pick(SAMI_LAST)];
    case 'intl': {
      const [first, last] = rng.pick(INTL_NAMES);
      return [first, last];
    }
    default:
      return [rng.pick(FI_FIRST), rng.pick(FI_LAST)];
  }
}

function mobile(rng: Random): string {
  return `+358${rng.chance(0.6) ? '40' : '50'}${pad(rng.int(0, 9_999_999), 7)}`;
}

// ---------------------------------------------------------------- places in a language

const SV_MAJORITY = new Set(['598', '599', '893']);

interface PlaceRef {
  muni: MunicipalityDef;
  place: Place;
}

function enName({ muni, place }: PlaceRef): string {
  if (place === muni) return muni.en;
  const preferred = SV_MAJORITY.has(muni.code) ? place.sv?.nom : place.fi?.nom;
  return preferred ?? place.fi?.nom ?? place.sv?.nom ?? muni.en;
}

function supports(ref: PlaceRef, lang: NameLang): boolean {
  switch (lang) {
    case 'fi':
      return !!ref.place.fi;
    case 'sv':
      return !!ref.place.sv;
    case 'se':
      return !!ref.place.se;
    case 'uk':
      return ref.place === ref.muni && UKRAINIAN_NAMES[ref.muni.code] !== undefined;
    default:
      return true;
  }
}

function nameCtx(ref: PlaceRef, lang: NameLang): NameCtx {
  const { muni, place } = ref;
  const region = place === muni ? muni.region : undefined;
  switch (lang) {
    case 'fi': {
      const f = place.fi ?? { nom: enName(ref), gen: enName(ref), loc: enName(ref) };
      return { ...f, rgen: region?.fi.gen ?? f.gen, rloc: region?.fi.loc ?? f.loc };
    }
    case 'sv': {
      const s = place.sv ?? { nom: enName(ref), gen: enName(ref) };
      const loc = `i ${s.nom}`;
      return { gen: s.gen, nom: s.nom, loc, rgen: region?.sv.gen ?? s.gen, rloc: region?.sv.loc ?? loc };
    }
    case 'se': {
      const s = place.se ?? { nom: enName(ref), gen: enName(ref), loc: enName(ref) };
      return { ...s, rgen: s.gen, rloc: s.loc };
    }
    case 'uk': {
      const n = UKRAINIAN_NAMES[muni.code] ?? muni.en;
      return { gen: n, nom: n, loc: n, rgen: n, rloc: n };
    }
    default: {
      const n = enName(ref);
      return { gen: n, nom: n, loc: `in ${n}`, rgen: n, rloc: region ? `in ${region.en}` : `in ${n}` };
    }
  }
}

function placesFor(kind: Kind, muni: MunicipalityDef): { ref: PlaceRef; weight: number }[] {
  const all: Place[] = [muni, ...muni.places];
  const of = (...sizes: Place['size'][]) => all.filter((p) => sizes.includes(p.size));
  let places: Place[];
  switch (kind.scope) {
    case 'muni':
      places = of('municipality', 'former');
      break;
    case 'region':
      places = [muni];
      break;
    case 'local':
      places = of('municipality', 'former', 'village');
      break;
    case 'village':
      places = of('village');
      break;
    case 'district':
      places = of('district');
      break;
    case 'school':
      places = of('former', 'village', 'district');
      break;
    case 'sami':
      places = all.filter((p) => p.se);
      break;
  }
  return places.map((place) => ({
    ref: { muni, place },
    weight: place.size === 'municipality' ? 3 : place.size === 'former' ? 1.2 : 1,
  }));
}

// ---------------------------------------------------------------- association texts

/** Meeting start times in minutes after midnight. */
const START_TIMES = {
  morning: [9 * 60 + 30, 10 * 60, 10 * 60],
  day: [10 * 60, 12 * 60, 13 * 60, 13 * 60, 14 * 60],
  evening: [17 * 60, 17 * 60 + 30, 18 * 60, 18 * 60, 18 * 60 + 30, 19 * 60, 19 * 60],
} as const;

const DAYS = {
  fi: ['maanantaisin', 'tiistaisin', 'keskiviikkoisin', 'torstaisin', 'perjantaisin', 'lauantaisin', 'sunnuntaisin'],
  sv: ['på måndagar', 'på tisdagar', 'på onsdagar', 'på torsdagar', 'på fredagar', 'på lördagar', 'på söndagar'],
  en: ['on Mondays', 'on Tuesdays', 'on Wednesdays', 'on Thursdays', 'on Fridays', 'on Saturdays', 'on Sundays'],
} as const;

interface Schedule {
  day: number;
  startMin: number;
  endMin: number;
}

function clock(min: number): string {
  const h = Math.floor(min / 60);
  const m = min % 60;
  return m === 0 ? String(h) : `${h}.${pad(m)}`;
}

function clock12(min: number): string {
  const h = Math.floor(min / 60);
  const m = min % 60;
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return `${m === 0 ? h12 : `${h12}.${pad(m)}`} ${h < 12 ? 'am' : 'pm'}`;
}

function textCtx(ref: PlaceRef, lang: NameLang, schedule: Schedule, venue: Kind['venues'][number]): TextCtx {
  const base = nameCtx(ref, lang);
  const l = lang === 'sv' ? 'sv' : lang === 'en' ? 'en' : 'fi';
  const time =
    l === 'en'
      ? `from ${clock12(schedule.startMin)} to ${clock12(schedule.endMin)}`
      : `${clock(schedule.startMin)}–${clock(schedule.endMin)}`;
  return { ...base, day: DAYS[l][schedule.day] ?? '', time, venue: VENUES[venue][l] };
}

interface Generic {
  founded: number;
  members: number;
  fee: number;
  history: number;
  join: number;
  withFee: boolean;
  withHistory: boolean;
  together: boolean;
  /** How many of the longer "about us" paragraphs to add, and from which. */
  extra: number;
  extraFrom: number;
}

const ABOUT: Readonly<Record<'fi' | 'sv' | 'en', readonly string[]>> = {
  fi: [
    'Toimintaamme rahoitetaan jäsenmaksuilla, talkootuotoilla ja kunnan avustuksella. Vuosikokous pidetään keväällä, ja kaikilla jäsenillä on siellä puhe- ja äänioikeus.',
    'Olemme mukana kunnan järjestöyhteistyössä ja osallistumme vuosittain järjestöjen toritapahtumaan. Tiedotamme tapahtumistamme verkkosivuillamme, sosiaalisessa mediassa ja paikallislehden seurapalstalla.',
    'Tilaisuuksiin voi tulla avustajan kanssa maksutta. Kerro meille etukäteen, jos tarvitset tulkkausta tai muuta tukea osallistumiseen.',
  ],
  sv: [
    'Verksamheten finansieras med medlemsavgifter, talkointäkter och kommunens understöd. Årsmötet hålls på våren, och alla medlemmar har där yttrande- och rösträtt.',
    'Vi deltar i kommunens föreningssamarbete och i den årliga föreningsdagen på torget. Vi informerar om evenemangen på webbplatsen, i sociala medier och i lokaltidningens föreningsspalt.',
    'Du kan ta med en assistent gratis. Meddela oss i förväg om du behöver tolkning eller annat stöd för att delta.',
  ],
  en: [
    'Our activities are funded by membership fees, volunteer work and a grant from the municipality. The annual meeting is held in spring, and every member may speak and vote.',
    'We take part in the municipality’s cooperation between associations and in the yearly associations’ day at the market square.',
    'You are welcome to bring an assistant free of charge. Let us know in advance if you need interpretation or other support to take part.',
  ],
};

/** History, "about us" and joining paragraphs; `noun` is the subject ("Seura", "Kören"). */
function genericParagraphs(lang: NameLang, g: Generic & { noun: string }): string[] {
  let history: string[];
  let join: string[];
  let fee: string;
  if (lang === 'fi') {
    history = [
      `${g.noun} on perustettu vuonna ${g.founded}.`,
      `${g.noun} perustettiin vuonna ${g.founded}, ja nykyään jäseniä on noin ${g.members}.`,
      `Toimintamme alkoi vuonna ${g.founded}. Jäseniä on tällä hetkellä noin ${g.members}.`,
    ];
    join = [
      'Uudet jäsenet ovat aina tervetulleita!',
      'Tule mukaan – aiempaa kokemusta ei tarvita.',
      'Jäseneksi voit liittyä verkkosivujemme kautta tai paikan päällä.',
      'Ota rohkeasti yhteyttä hallitukseen, niin kerromme lisää toiminnastamme.',
    ];
    fee = `Jäsenmaksu on ${g.fee} euroa vuodessa.`;
  } else if (lang === 'sv') {
    history = [
      `${g.noun} grundades år ${g.founded}.`,
      `${g.noun} grundades år ${g.founded} och har i dag omkring ${g.members} medlemmar.`,
      `Verksamheten inleddes år ${g.founded}. I dag har vi omkring ${g.members} medlemmar.`,
    ];
    join = [
      'Nya medlemmar är alltid välkomna!',
      'Kom med – ingen tidigare erfarenhet behövs.',
      'Du kan bli medlem via vår webbplats eller på plats.',
      'Kontakta gärna styrelsen så berättar vi mer om verksamheten.',
    ];
    fee = `Medlemsavgiften är ${g.fee} euro per år.`;
  } else if (lang === 'en') {
    history = [
      `${g.noun} was founded in ${g.founded}.`,
      `${g.noun} was founded in ${g.founded} and today has about ${g.members} members.`,
    ];
    join = [
      'New members are always welcome!',
      'Come along – no previous experience needed.',
      'You can join through our website or in person.',
      'Get in touch with the board to find out more.',
    ];
    fee = `The membership fee is ${g.fee} euros a year.`;
  } else {
    return [];
  }
  const about = Array.from({ length: g.extra }, (_, i) => nth(ABOUT[lang], g.extraFrom + i));
  const joinText = nth(join, g.join) + (g.withFee ? ` ${fee}` : '');
  if (!g.withHistory) return [...about, joinText];
  const historyText = nth(history, g.history);
  return g.together ? [...about, `${historyText} ${joinText}`] : [historyText, ...about, joinText];
}

// ---------------------------------------------------------------- associations

interface Built {
  id: string;
  createdMs: number;
  /** The association's page on the service, without its number. */
  pagePrefix: string;
  kind: Kind;
  ref: PlaceRef;
  langs: readonly NameLang[];
  venue: VenueKey;
  status: 'active' | 'inactive' | 'dissolved';
  name: LocalizedText;
  item: Record<string, unknown>;
}

function withSuffix(name: string, lang: NameLang): string {
  if (lang === 'fi') return / ry$/.test(name) ? name : `${name} ry`;
  if (lang === 'sv') return / rf$/.test(name) ? name : `${name} rf`;
  return name;
}

function slugFor(name: string, ref: PlaceRef): string {
  const words = ascii(name.replace(/ (ry|rf)$/, ''))
    .split(' ')
    .filter(Boolean);
  const joined = words.join('');
  if (joined.length <= 32) return joined;
  const initials = words.map((w) => w[0] ?? '').join('');
  const place = ascii(ref.place.fi?.nom ?? ref.place.sv?.nom ?? ref.muni.en).replace(/ /g, '');
  return `${initials}-${place}`;
}

function registryNumber(rng: Random, founded: number): string {
  const approx = Math.round(((Math.max(founded, 1919) - 1919) / (2025 - 1919)) * 225);
  const first = Math.min(230, Math.max(1, approx + rng.int(-4, 4)));
  return `${first}.${pad(rng.int(0, 999), 3)}`;
}

/**
 * Names a Finn expects to see: built first in their municipality (while the
 * requested count allows), the rest of the feed is drawn at random.
 */
const SHOWCASE: readonly { code: string; kind: string; place?: string; variant: number; langs: readonly NameLang[] }[] =
  [
    { code: '244', kind: 'sports-general', variant: 0, langs: ['fi'] },
    { code: '564', kind: 'male-choir', variant: 0, langs: ['fi'] },
    { code: '564', kind: 'visually-impaired', variant: 0, langs: ['fi'] },
    { code: '425', kind: 'pensioners', variant: 0, langs: ['fi'] },
    { code: '494', kind: 'village', variant: 0, langs: ['fi'] },
    { code: '598', kind: 'sports-general', variant: 0, langs: ['sv', 'fi'] },
    { code: '599', kind: 'pensioners', variant: 0, langs: ['sv'] },
    { code: '893', kind: 'male-choir', variant: 0, langs: ['sv'] },
    { code: '272', kind: 'volleyball', variant: 0, langs: ['fi'] },
    { code: '148', kind: 'sami-association', variant: 0, langs: ['fi', 'se'] },
    { code: '890', kind: 'sami-association', variant: 0, langs: ['se', 'fi'] },
    { code: '893', kind: 'village', place: 'jeppo', variant: 0, langs: ['sv'] },
    { code: '599', kind: 'village', place: 'kallby', variant: 0, langs: ['sv', 'fi'] },
  ];

/** A kind at a place, named in some languages: what an association can be built from. */
interface Candidate {
  kind: Kind;
  ref: PlaceRef;
  langs: readonly NameLang[];
  combo: string;
  /**
   * By name variant: the names, made when first needed, and the lowest number
   * a numbered duplicate of them may still get (1: the names as they are), so
   * the 50th duplicate does not try 2 to 50 first.
   */
  variants: ({ names: LocalizedText; next: number } | undefined)[];
}

/** "Oulun Kuoro ry" as "Oulun Kuoro 3 ry". */
function numberedName(names: LocalizedText, n: number): LocalizedText {
  return Object.fromEntries(Object.entries(names).map(([l, x]) => [l, x.replace(/( ry| rf)?$/, ` ${n}$1`)]));
}

class AssociationBuilder {
  private readonly usedNames = new Set<string>();
  private readonly usedCombos = new Set<string>();
  private readonly usedDomains = new Set<string>();
  /**
   * Candidates by municipality and language choice, made once: rebuilding them
   * for every association made large feeds slow. Names, combos and domains are
   * only ever taken, never freed, so these lists only shrink and the numbers
   * still free only grow.
   */
  private readonly candidateLists = new Map<string, (readonly [Candidate, number])[]>();
  /** The lowest number a domain may still get, by slug. */
  private readonly nextDomain = new Map<string, number>();
  private readonly showcase = SHOWCASE.slice();
  private serial = 1000;

  constructor(private readonly rng: Random) {}

  nextId(): string {
    this.serial += this.rng.int(1, 3);
    return `${ID_PREFIX}:${this.serial}`;
  }

  /** Gives the associations ids and service pages in the order they were created. */
  number(built: Built[]): void {
    built.sort((a, b) => a.createdMs - b.createdMs);
    for (const b of built) {
      b.id = this.nextId();
      b.item['id'] = b.id;
      b.item['url'] = `${b.pagePrefix}${this.serial}`;
    }
  }

  build(muni: MunicipalityDef): Built {
    const rng = this.rng;
    const show = this.showcase.findIndex((s) => s.code === muni.code);
    if (show >= 0) {
      const spec = this.showcase.splice(show, 1)[0];
      const kind = KINDS.find((k) => k.key === spec?.kind);
      const place = spec?.place ? muni.places.find((p) => p.key === spec.place) : muni;
      if (spec && kind && place) {
        const ref = { muni, place };
        const names = this.names(kind, ref, spec.langs, spec.variant);
        this.claim(names, combo(kind, ref));
        return this.assemble(kind, ref, spec.langs, names);
      }
    }
    const profile = rng.weighted(muni.profiles);
    let choice = this.choose(muni, profile, false) ?? this.choose(muni, profile, true);
    if (!choice) {
      // Every name is taken (only with very large counts): allow numbered duplicates.
      choice = this.choose(muni, ['fi'], true, true);
    }
    if (!choice) throw new Error(`no association kinds for ${muni.code}`);
    return this.assemble(choice.kind, choice.ref, choice.langs, choice.names);
  }

  /**
   * The weighted candidates, in a fixed order; without taken combos unless
   * `numbered`. Only a list without taken combos is a copy that choose may shorten.
   */
  private candidates(
    muni: MunicipalityDef,
    profile: readonly NameLang[],
    anyProfile: boolean,
    numbered: boolean,
  ): (readonly [Candidate, number])[] {
    const key = `${muni.code}|${profile.join(',')}|${anyProfile}|${numbered}`;
    let list = this.candidateLists.get(key);
    if (!list) {
      list = [];
      for (const kind of KINDS) {
        if (kind.only && !kind.only.includes(muni.code)) continue;
        if (numbered && kind.forceLangs) continue;
        let langs = kind.forceLangs ? kind.forceLangs(muni.code) : profile;
        if (anyProfile && !kind.forceLangs && !langs.every((l) => kind.text[l])) {
          const own = (['fi', 'sv'] as const).filter((l) => kind.text[l]);
          langs = own.length > 0 ? [own[0] as NameLang] : langs;
        }
        if (!langs.every((l) => kind.text[l])) continue;
        const factor = kind.weight * (kind.weightIn?.[muni.code] ?? 1);
        for (const { ref, weight } of placesFor(kind, muni)) {
          if (!langs.every((l) => supports(ref, l))) continue;
          list.push([{ kind, ref, langs, combo: combo(kind, ref), variants: [] }, factor * weight]);
        }
      }
      this.candidateLists.set(key, list);
    }
    // A numbered choice takes the first candidate it picks, so choose never shortens that list.
    if (numbered) return list;
    const free = list.filter(([c]) => !this.usedCombos.has(c.combo));
    this.candidateLists.set(key, free);
    return free.slice();
  }

  private choose(
    muni: MunicipalityDef,
    profile: readonly NameLang[],
    anyProfile: boolean,
    numbered = false,
  ): { kind: Kind; ref: PlaceRef; langs: readonly NameLang[]; names: LocalizedText } | undefined {
    const rng = this.rng;
    const candidates = this.candidates(muni, profile, anyProfile, numbered);
    while (candidates.length > 0) {
      const pick = rng.weighted(candidates);
      const primary = pick.langs[0] as NameLang;
      const variants = (pick.kind.text[primary] as KindText).name.length;
      const start = rng.int(0, variants - 1);
      for (let v = 0; v < variants; v++) {
        const variant = (start + v) % variants;
        const known = (pick.variants[variant] ??= {
          names: this.names(pick.kind, pick.ref, pick.langs, variant),
          next: 1,
        });
        const names = known.names;
        if (numbered) {
          let n = known.next;
          let numberedNames = n === 1 ? { ...names } : numberedName(names, n);
          while (Object.values(numberedNames).some((x) => this.usedNames.has(x))) {
            n++;
            numberedNames = numberedName(names, n);
          }
          known.next = n + 1;
          this.claim(numberedNames, pick.combo);
          return { kind: pick.kind, ref: pick.ref, langs: pick.langs, names: numberedNames };
        }
        if (!Object.values(names).some((x) => this.usedNames.has(x))) {
          this.claim(names, pick.combo);
          return { kind: pick.kind, ref: pick.ref, langs: pick.langs, names: { ...names } };
        }
      }
      candidates.splice(
        candidates.findIndex(([c]) => c === pick),
        1,
      );
    }
    return undefined;
  }

  private claim(names: LocalizedText, comboKey: string): void {
    for (const n of Object.values(names)) this.usedNames.add(n);
    this.usedCombos.add(comboKey);
  }

  private names(kind: Kind, ref: PlaceRef, langs: readonly NameLang[], variant: number): LocalizedText {
    const out: LocalizedText = {};
    for (const lang of langs) {
      const t = kind.text[lang] as KindText;
      out[lang] = withSuffix(render(nth(t.name, variant), nameCtx(ref, lang)), lang);
    }
    return out;
  }

  private domainFor(name: string, ref: PlaceRef): string {
    const slug = slugFor(name, ref);
    let n = this.nextDomain.get(slug) ?? 1;
    let domain = n === 1 ? slug : `${slug}${n}`;
    while (this.usedDomains.has(domain)) {
      n++;
      domain = `${slug}${n}`;
    }
    this.nextDomain.set(slug, n + 1);
    this.usedDomains.add(domain);
    return domain;
  }

  private assemble(kind: Kind, ref: PlaceRef, langs: readonly NameLang[], name: LocalizedText): Built {
    const rng = this.rng;
    const { muni, place } = ref;
    const primary = langs[0] as NameLang;
    const svFirst = primary === 'sv';
    const primaryName = name[primary] ?? '';

    const founded = rng.int(kind.founded[0], Math.min(kind.founded[1], 2024));
    const r = rng.next();
    const status = r < 0.035 ? 'inactive' : r < 0.05 ? 'dissolved' : 'active';

    // Schedule and venue shared by every language version.
    const startMin = rng.pick(START_TIMES[kind.hours ?? 'evening']);
    const schedule: Schedule = {
      day: rng.weighted([
        [0, 3],
        [1, 4],
        [2, 4],
        [3, 4],
        [4, 1],
        [5, 1],
        [6, 1],
      ] as const),
      startMin,
      endMin: startMin + rng.pick([60, 90, 120, 120, 180]),
    };
    const venue = rng.pick(kind.venues);
    const variants = { short: rng.int(0, 5), intro: rng.int(0, 5), activity: rng.int(0, 5) };
    const generic: Generic = {
      founded,
      members: rng.pick([15, 20, 25, 30, 40, 45, 60, 80, 100, 120, 150, 200, 250, 300, 400]),
      fee: rng.pick([10, 12, 15, 15, 20, 20, 25, 30, 35]),
      history: rng.int(0, 5),
      join: rng.int(0, 5),
      withFee: rng.chance(0.45),
      withHistory: rng.chance(0.65),
      together: rng.chance(0.5),
      extra: rng.weighted([
        [0, 14],
        [1, 4],
        [2, 2],
      ] as const),
      extraFrom: rng.int(0, 2),
    };

    const shortDescription: LocalizedText = {};
    const description: LocalizedText = {};
    for (const lang of langs) {
      const t = kind.text[lang] as KindText;
      const ctx = textCtx(ref, lang, schedule, venue);
      shortDescription[lang] = render(nth(t.short, variants.short), ctx);
      const paragraphs = [render(nth(t.intro, variants.intro), ctx)];
      if (t.activity) paragraphs.push(render(nth(t.activity, variants.activity), ctx));
      const noun = lang === 'sv' ? kind.noun.sv : lang === 'en' ? kind.noun.en : kind.noun.fi;
      paragraphs.push(...genericParagraphs(lang, { ...generic, noun }));
      // The Sámi and Ukrainian versions repeat the short text as their first paragraph.
      description[lang] = [...new Set(paragraphs)].join('\n\n');
    }

    // Working languages.
    const languages: string[] = [...langs];
    if (kind.extraLanguages) {
      const extra = kind.extraLanguages.filter((l) => !['smn', 'sms'].includes(l) || muni.code === '148');
      const n = kind.key === 'deaf' || kind.key === 'swedish-club' ? extra.length : rng.int(0, 2);
      for (const l of rng.sample(extra, n)) if (!languages.includes(l)) languages.push(l);
      if (kind.key === 'deaf' && langs.includes('sv')) languages.push('fss');
    }
    if (!languages.includes('sv') && ['272', '598'].includes(muni.code) && rng.chance(0.2)) languages.push('sv');
    if (!languages.includes('fi') && muni.code !== '564' && rng.chance(0.3)) languages.push('fi');

    // Contact details.
    const domain = this.domainFor(primaryName, ref);
    const hosted = rng.chance(0.15);
    const website = hosted ? `https://${domain}.yhdistystori.example/` : `https://${domain}.example/`;
    const mailDomain = hosted ? 'sahkoposti.example' : `${domain}.example`;
    const mailbox = hosted
      ? domain.replace(/-/g, '.')
      : svFirst
        ? rng.pick(['info', 'styrelsen', 'kansliet'])
        : rng.pick(['info', 'hallitus', 'sihteeri', 'toimisto']);
    const contact: Record<string, unknown> = {};
    if (rng.chance(0.85)) contact['email'] = `${mailbox}@${mailDomain}`;
    if (rng.chance(0.6)) contact['phone'] = mobile(rng);
    const hasWebsite = rng.chance(0.75);
    if (hasWebsite) contact['website'] = website;
    if (rng.chance(0.45)) {
      const services = kind.social ?? ['facebook', 'instagram'];
      const handle = domain.replace(/-/g, '');
      contact['social'] = rng.sample(services, rng.int(1, Math.min(2, services.length))).map((service) => ({
        service,
        url: socialUrl(service, handle),
      }));
    }

    const personStyle: PersonStyle =
      kind.roles === 'sami' ? 'sami' : kind.forceLangs && langs.includes('en') ? 'intl' : svFirst ? 'sv' : 'fi';
    const contactPersons = this.persons(kind, personStyle, mailDomain);

    // Place.
    const post = place.post;
    const streets = place.streets ?? (place === muni ? muni.streets : undefined);
    let address: Record<string, string> | undefined;
    if (post && streets && streets.length > 0 && rng.chance(0.82)) {
      const street = rng.pick(streets);
      const streetName = (svFirst ? (street.sv ?? street.fi) : (street.fi ?? street.sv)) ?? '';
      const number = `${rng.int(1, 60)}${rng.chance(0.15) ? ` ${rng.pick(['A', 'B', 'C'])}` : ''}`;
      address = {
        street: `${streetName} ${number}`,
        postalCode: post.code,
        postOffice: svFirst ? (post.sv ?? post.fi) : post.fi,
      };
    }
    const spread = place.size === 'municipality' ? 1 : 0.4;
    const geo = rng.chance(0.9)
      ? {
          lat: round5(place.geo[0] + (rng.next() - 0.5) * 0.024 * spread),
          lon: round5(place.geo[1] + (rng.next() - 0.5) * 0.05 * spread),
        }
      : undefined;
    const accessibility =
      address && rng.chance(kind.accessibility ? 0.8 : 0.4)
        ? rng.sample(kind.accessibility ?? ['wheelchair', 'accessible-toilet', 'induction-loop'], rng.int(1, 3))
        : undefined;
    const areaServed =
      rng.chance(kind.scope === 'region' ? 0.5 : 0.15) && muni.neighbours.length > 0
        ? rng.sample(muni.neighbours, rng.int(1, Math.min(3, muni.neighbours.length))).map((code) => ({ code }))
        : undefined;

    // Membership and logo.
    const joinPath = svFirst ? 'bli-medlem' : primary === 'en' ? 'join' : 'liity';
    const membership = rng.chance(0.55)
      ? {
          openToNewMembers: rng.chance(0.9),
          ...(hasWebsite && rng.chance(0.6) ? { joinUrl: `${website}${joinPath}` } : {}),
        }
      : undefined;
    const logoAlt: LocalizedText = {};
    for (const lang of langs) logoAlt[lang] = LOGO_ALT[lang];
    const logo = rng.chance(0.08)
      ? { url: `https://${domain}.example/${rng.pick(['logo.png', 'logo.svg', 'kuvat/logo.png'])}`, alt: logoAlt }
      : undefined;

    // Dates on the service: created 2019–2026, updated since (some long ago).
    const createdMs = randomInstant(rng, Date.UTC(2019, 0, 7), Date.UTC(2026, 6, 1));
    const endMs = Date.UTC(2026, 10, 19, 12);
    const stale = rng.chance(0.1);
    const updatedFrom = createdMs + DAY;
    const updatedTo = stale ? Math.min(endMs, createdMs + 120 * DAY) : endMs;
    let updatedMs = randomInstant(rng, updatedFrom, Math.max(updatedFrom + DAY, updatedTo));
    if (updatedMs <= createdMs) updatedMs = createdMs + 3_600_000;

    // `id` and `url` are filled in by number(), in order of creation.
    const item: Record<string, unknown> = { type: 'association', id: '' };
    if (rng.chance(0.92)) item['registryNumber'] = registryNumber(rng, founded);
    if (status !== 'active' || rng.chance(0.7)) item['status'] = status;
    item['name'] = name;
    if (rng.chance(0.94)) item['shortDescription'] = shortDescription;
    if (rng.chance(0.88)) item['description'] = description;
    item['categories'] = [...kind.categories];
    if (kind.themes && kind.themes.length > 0) item['themes'] = [...kind.themes];
    item['targetGroups'] = [...kind.targetGroups];
    item['languages'] = languages;
    item['municipality'] = { code: muni.code, name: { ...muni.names } };
    if (areaServed) item['areaServed'] = areaServed;
    if (address) item['address'] = address;
    if (geo) item['geo'] = geo;
    if (accessibility) item['accessibility'] = accessibility;
    if (Object.keys(contact).length > 0) item['contact'] = contact;
    if (contactPersons.length > 0) item['contactPersons'] = contactPersons;
    if (membership) item['membership'] = membership;
    if (logo) item['logo'] = logo;
    const pagePrefix = svFirst
      ? `${SOURCE_URL}sv/foreningar/`
      : primary === 'en'
        ? `${SOURCE_URL}en/associations/`
        : `${SOURCE_URL}yhdistykset/`;
    item['url'] = pagePrefix;
    item['createdAt'] = isoLocal(createdMs);
    item['updatedAt'] = isoLocal(updatedMs);

    return { id: '', createdMs, pagePrefix, kind, ref, langs, venue, status, name, item };
  }

  private persons(kind: Kind, style: PersonStyle, mailDomain: string): Record<string, unknown>[] {
    const rng = this.rng;
    const count = rng.weighted([
      [0, 20],
      [1, 35],
      [2, 25],
      [3, 20],
    ] as const);
    const third =
      kind.roles === 'sports'
        ? ROLES.coach
        : kind.roles === 'choir'
          ? ROLES.conductor
          : kind.roles === 'fire'
            ? ROLES.chief
            : ROLES.treasurer;
    const roles = [
      ROLES.chair,
      rng.chance(0.8) ? ROLES.secretary : ROLES.vice,
      rng.chance(0.5) ? third : ROLES.treasurer,
    ];
    const out: Record<string, unknown>[] = [];
    for (const role of roles.slice(0, count)) {
      const roleText: LocalizedText = { ...role };
      if (style === 'sami' && role === ROLES.chair) roleText['se'] = 'Ságadoalli';
      const [first, last] = personName(rng, style);
      const email = `${ascii(first).replace(/ /g, '')}.${ascii(last).replace(/ /g, '')}@${mailDomain}`;
      const r = rng.next();
      if (r < 0.45) {
        // Published with the person's consent.
        const person: Record<string, unknown> = { role: roleText, name: `${first} ${last}`, consent: true, email };
        if (rng.chance(0.7)) person['phone'] = mobile(rng);
        out.push(person);
      } else if (r < 0.75) {
        // Personal data without consent: a widget must not show it.
        const person: Record<string, unknown> = { role: roleText, name: `${first} ${last}` };
        if (rng.chance(0.5)) person['consent'] = false;
        if (rng.chance(0.5)) person['phone'] = mobile(rng);
        out.push(person);
      } else {
        // Role-based only, e.g. a shared mailbox.
        const box = role === ROLES.chair ? 'pj' : role === ROLES.secretary ? 'sihteeri' : 'hallitus';
        out.push({ role: roleText, email: `${box}@${mailDomain}` });
      }
    }
    return out;
  }
}

/** One association of a kind per place: no "Kellon Kyläseura" beside "Kellon Kyläyhdistys". */
function combo(kind: Kind, ref: PlaceRef): string {
  return `${kind.key}|${ref.muni.code}|${ref.place.key}`;
}

function socialUrl(service: string, handle: string): string {
  switch (service) {
    case 'youtube':
      return `https://youtube.example/@${handle}`;
    case 'tiktok':
      return `https://tiktok.example/@${handle}`;
    case 'mastodon':
      return `https://mastodon.example/@${handle}`;
    case 'linkedin':
      return `https://linkedin.example/company/${handle}`;
    default:
      return `https://${service}.example/${handle}`;
  }
}

// ---------------------------------------------------------------- events and volunteer tasks

type EventLang = 'fi' | 'sv' | 'en' | 'se';
type EventText = Partial<Record<EventLang, string>> & { fi: string };

interface EventTemplate {
  kinds: readonly string[];
  date: string;
  start: string;
  hours: number;
  name: EventText;
  short: EventText;
  place: 'church' | 'own' | 'online' | 'village' | 'track' | 'nature';
  price?: EventText;
  registration?: string;
  eventStatus?: 'cancelled' | 'postponed';
  ageMin?: number;
  ageMax?: number;
}

const EVENTS: readonly EventTemplate[] = [
  {
    kinds: ['male-choir', 'mixed-choir', 'womens-choir'],
    date: '2026-12-13',
    start: '18:00',
    hours: 1.5,
    name: { fi: 'Joulukonsertti', sv: 'Julkonsert', en: 'Christmas concert' },
    short: {
      fi: 'Perinteinen joulukonsertti: kauneimpia joululauluja ja yhteislaulua.',
      sv: 'Traditionell julkonsert med de vackraste julsångerna och allsång.',
      en: 'A traditional Christmas concert with carols and community singing.',
    },
    place: 'church',
    price: { fi: '15 €, lapset ilmaiseksi', sv: '15 €, barn gratis', en: '€15, children free' },
  },
  {
    kinds: ['marthas', 'mission', 'parents'],
    date: '2026-11-28',
    start: '10:00',
    hours: 4,
    name: { fi: 'Joulumyyjäiset', sv: 'Julbasar' },
    short: {
      fi: 'Leivonnaisia, käsitöitä, arpajaiset ja joulupuuro.',
      sv: 'Bakverk, handarbeten, lotteri och julgröt.',
    },
    place: 'own',
  },
  {
    kinds: ['sami-association'],
    date: '2027-02-06',
    start: '12:00',
    hours: 4,
    name: {
      fi: 'Saamelaisten kansallispäivän juhla',
      se: 'Sámi álbmotbeaivi',
      sv: 'Samernas nationaldag',
      en: 'Sámi National Day',
    },
    short: {
      fi: 'Juhlimme saamelaisten kansallispäivää joiuin, puhein ja yhteisellä ruokailulla.',
      se: 'Ávvudit sámi álbmotbeaivvi.',
      sv: 'Vi firar samernas nationaldag med jojk, tal och gemensam måltid.',
      en: 'We celebrate Sámi National Day with joik, speeches and a shared meal.',
    },
    place: 'own',
  },
  {
    kinds: ['village', 'youth-society'],
    date: '2026-12-05',
    start: '17:00',
    hours: 3,
    name: { fi: 'Kylän pikkujoulu', sv: 'Byns lillajul' },
    short: {
      fi: 'Pikkujoulu kylätalolla: joulupukki, puuro ja ohjelmaa koko perheelle.',
      sv: 'Lillajul på byagården med julgubbe, gröt och program för hela familjen.',
    },
    place: 'village',
  },
  {
    kinds: ['skiing', 'sports-general'],
    date: '2027-02-20',
    start: '10:00',
    hours: 4,
    name: { fi: 'Seuran hiihtokilpailut', sv: 'Klubbens skidtävling', en: 'Club ski race' },
    short: {
      fi: 'Perinteiset hiihtokilpailut kaikille ikäluokille, pienimmille oma hiihtotemppurata.',
      sv: 'Skidtävling för alla åldersklasser och en egen lekbana för de minsta.',
      en: 'Ski races for all age groups, with a fun track for the youngest.',
    },
    place: 'track',
    registration: '2027-02-17T23:59:00+02:00',
    price: { fi: '5 €, alle 10-vuotiaat ilmaiseksi', sv: '5 €, gratis under 10 år', en: '€5, free under 10' },
  },
  {
    kinds: ['theatre'],
    date: '2026-12-12',
    start: '13:00',
    hours: 1.5,
    name: {
      fi: 'Lasten jouluteatteri: Tonttujen yö',
      sv: 'Barnens julteater: Tomtarnas natt',
      en: "Children's Christmas play",
    },
    short: {
      fi: 'Koko perheen jouluesitys, jossa tontut etsivät kadonnutta joulukirjettä.',
      sv: 'Julföreställning för hela familjen där tomtarna letar efter ett försvunnet julbrev.',
      en: 'A Christmas play for the whole family.',
    },
    place: 'own',
    price: { fi: '8 €', sv: '8 €', en: '€8' },
    ageMin: 3,
  },
  {
    kinds: ['pensioners'],
    date: '2027-01-14',
    start: '13:00',
    hours: 3,
    name: { fi: 'Tanssi-iltapäivä', sv: 'Danseftermiddag', en: 'Dance afternoon' },
    short: {
      fi: 'Lavatansseja elävän musiikin tahdissa, kahvio avoinna.',
      sv: 'Dans till levande musik, kaféet är öppet.',
      en: 'Dancing to live music; the café is open.',
    },
    place: 'own',
    price: { fi: '10 € (sis. kahvit)', sv: '10 € (inkl. kaffe)', en: '€10 (coffee included)' },
  },
  {
    kinds: ['nature'],
    date: '2027-05-08',
    start: '06:00',
    hours: 3,
    name: { fi: 'Kevään linturetki', sv: 'Fågelexkursion i maj', en: 'Spring birdwatching walk' },
    short: {
      fi: 'Aamuvarhainen linturetki kosteikolle oppaan johdolla. Ota kiikarit mukaan!',
      sv: 'Fågelexkursion till våtmarken tidigt på morgonen med guide. Ta med kikare!',
      en: 'An early-morning guided walk to the wetland. Bring binoculars!',
    },
    place: 'nature',
  },
  {
    kinds: ['multicultural', 'ukrainians'],
    date: '2027-01-20',
    start: '18:00',
    hours: 1.5,
    name: { fi: 'Kielikahvila verkossa', sv: 'Språkcafé på nätet', en: 'Online language café' },
    short: {
      fi: 'Harjoittele suomea rennosti etäyhteydellä.',
      sv: 'Öva finska och svenska avslappnat på distans.',
      en: 'Practise Finnish in a relaxed online meeting.',
    },
    place: 'online',
  },
  {
    kinds: ['athletics', 'football', 'floorball'],
    date: '2027-03-13',
    start: '11:00',
    hours: 2,
    name: {
      fi: 'Avoimet harjoitukset: tule kokeilemaan!',
      sv: 'Öppen träning: kom och prova!',
      en: 'Open training session',
    },
    short: {
      fi: 'Maksuton kokeilukerta 7–12-vuotiaille. Peruttu hallin vesivahingon vuoksi.',
      sv: 'Gratis prova på för 7–12-åringar. Inställt på grund av vattenskada i hallen.',
      en: 'A free taster session for ages 7–12. Cancelled due to water damage at the hall.',
    },
    place: 'own',
    eventStatus: 'cancelled',
    ageMin: 7,
    ageMax: 12,
  },
  {
    kinds: ['entrepreneurs'],
    date: '2027-03-10',
    start: '07:30',
    hours: 1.5,
    name: { fi: 'Yrittäjien aamukahvit', sv: 'Företagarnas morgonkaffe', en: 'Business breakfast' },
    short: {
      fi: 'Aamukahvit ja ajankohtaiskatsaus. Tilaisuus siirtyy myöhempään ajankohtaan.',
      sv: 'Morgonkaffe och aktuell översikt. Evenemanget flyttas till ett senare datum.',
      en: 'Breakfast and current affairs. The event has been postponed.',
    },
    place: 'own',
    eventStatus: 'postponed',
  },
  {
    kinds: ['fire-brigade'],
    date: '2027-04-17',
    start: '11:00',
    hours: 3,
    name: { fi: 'Paloaseman avoimet ovet', sv: 'Öppet hus på brandstationen', en: 'Fire station open day' },
    short: {
      fi: 'Tutustu paloautoihin, kokeile sammutusta ja kysy palokuntanuorten toiminnasta.',
      sv: 'Bekanta dig med brandbilarna, prova på släckning och fråga om brandkårsungdomarna.',
      en: 'See the fire engines, try a fire extinguisher and ask about the youth group.',
    },
    place: 'own',
  },
  {
    kinds: ['local-heritage', 'folk-music'],
    date: '2027-06-05',
    start: '12:00',
    hours: 5,
    name: { fi: 'Kotiseutupäivä', sv: 'Hembygdsdag', en: 'Local heritage day' },
    short: {
      fi: 'Museo avoinna, pelimannimusiikkia, perinneruokaa ja lasten pihaleikkejä.',
      sv: 'Museet är öppet, spelmansmusik, traditionell mat och gårdslekar för barn.',
      en: 'The museum is open, with folk music, traditional food and games for children.',
    },
    place: 'own',
  },
];

interface TaskTemplate {
  kinds: readonly string[];
  title: EventText;
  description: EventText;
  time: EventText;
  under18: boolean;
  remote?: boolean;
  period?: readonly [string, string];
}

const TASKS: readonly TaskTemplate[] = [
  {
    kinds: ['football', 'volleyball', 'floorball', 'sports-general'],
    title: {
      fi: 'Kioskimyyjiä kotiotteluihin',
      sv: 'Kioskförsäljare till hemmamatcherna',
      en: 'Kiosk volunteers for home games',
    },
    description: {
      fi: 'Myyt kahvia ja makkaraa kotiotteluissa. Perehdytämme kassan käyttöön.',
      sv: 'Du säljer kaffe och korv på hemmamatcherna. Vi lär dig använda kassan.',
      en: 'You sell coffee and snacks at home games. We will show you how the till works.',
    },
    time: { fi: '2–3 tuntia kerrallaan', sv: '2–3 timmar åt gången', en: '2–3 hours at a time' },
    under18: true,
  },
  {
    kinds: ['village', 'youth-society'],
    title: { fi: 'Talkoolaisia kyläjuhlaan', sv: 'Talkofolk till byadagen' },
    description: {
      fi: 'Tarvitsemme apua kahvion pitoon, arpajaisiin ja pihan siivoukseen.',
      sv: 'Vi behöver hjälp med kaféet, lotteriet och städningen av gården.',
    },
    time: { fi: 'Yksi päivä', sv: 'En dag' },
    under18: true,
    period: ['2027-06-01', '2027-06-30'],
  },
  {
    kinds: ['pensioners', 'carers'],
    title: {
      fi: 'Ulkoiluystäväksi ikäihmiselle',
      sv: 'Friluftsvän för en äldre person',
      en: 'Outdoor buddy for an older person',
    },
    description: {
      fi: 'Lähde kävelylle ikäihmisen kanssa kerran viikossa. Saat perehdytyksen ja vertaistukea.',
      sv: 'Gå på promenad med en äldre person en gång i veckan. Du får introduktion och stöd.',
      en: 'Go for a walk with an older person once a week. Training and support are provided.',
    },
    time: { fi: '1–2 tuntia viikossa', sv: '1–2 timmar i veckan', en: '1–2 hours a week' },
    under18: false,
  },
  {
    kinds: ['multicultural', 'somali', 'ukrainians'],
    title: { fi: 'Läksykerhon vapaaehtoisia', sv: 'Frivilliga till läxhjälpen', en: 'Homework club volunteers' },
    description: {
      fi: 'Auta koululaisia läksyissä ja suomen kielessä. Opettajan koulutusta ei tarvita.',
      sv: 'Hjälp skolelever med läxor och språk. Ingen lärarutbildning behövs.',
      en: 'Help schoolchildren with homework and Finnish. No teaching qualification needed.',
    },
    time: {
      fi: 'Kerran viikossa iltapäivisin',
      sv: 'En gång i veckan på eftermiddagen',
      en: 'Once a week in the afternoon',
    },
    under18: false,
  },
  {
    kinds: ['theatre'],
    title: {
      fi: 'Lipunmyyjiä ja järjestyksenvalvojia kesäteatteriin',
      sv: 'Biljettförsäljare och ordningsvakter till sommarteatern',
    },
    description: {
      fi: 'Kesäteatterin näytöksiin tarvitaan lipunmyyjiä, pysäköinninohjaajia ja kahvionpitäjiä.',
      sv: 'Till sommarteaterns föreställningar behövs biljettförsäljare, parkeringsvakter och kaféskötare.',
    },
    time: { fi: 'Näytösiltoina 3–4 tuntia', sv: '3–4 timmar under föreställningskvällar' },
    under18: true,
    period: ['2027-06-15', '2027-08-10'],
  },
  {
    kinds: ['four-h', 'scouts', 'sami-youth', 'mll'],
    title: {
      fi: 'Somepäivittäjä etänä',
      sv: 'Uppdaterare av sociala medier på distans',
      en: 'Social media volunteer (remote)',
    },
    description: {
      fi: 'Päivitä yhdistyksen Instagramia ja Facebookia kuvilla ja tapahtumilla. Työn voi tehdä kotoa käsin.',
      sv: 'Uppdatera föreningens Instagram och Facebook med bilder och evenemang. Du kan jobba hemifrån.',
      en: "Post photos and events on the association's Instagram and Facebook from home.",
    },
    time: { fi: 'Noin tunti viikossa', sv: 'Cirka en timme i veckan', en: 'About an hour a week' },
    under18: true,
    remote: true,
  },
  {
    kinds: ['fire-brigade'],
    title: {
      fi: 'Apukouluttajia palokuntanuorille',
      sv: 'Hjälpledare för brandkårsungdomarna',
      en: 'Assistant instructors for the youth group',
    },
    description: {
      fi: 'Ohjaa 10–17-vuotiaita palokuntanuoria yhdessä kokeneen kouluttajan kanssa.',
      sv: 'Led brandkårsungdomar i åldern 10–17 år tillsammans med en erfaren instruktör.',
      en: 'Lead the youth group (ages 10–17) together with an experienced instructor.',
    },
    time: { fi: 'Yksi ilta viikossa', sv: 'En kväll i veckan', en: 'One evening a week' },
    under18: false,
  },
  {
    kinds: ['nature', 'village', 'fishing'],
    title: {
      fi: 'Vieraslajitalkoot: jättipalsamin kitkentä',
      sv: 'Talko mot främmande arter: jättebalsamin',
      en: 'Invasive species work party',
    },
    description: {
      fi: 'Kitkemme jättipalsamia joenvarresta ennen kuin se siementää. Hanskat ja kahvit tarjotaan.',
      sv: 'Vi rycker jättebalsamin längs ån innan den fröar av sig. Handskar och kaffe bjuds.',
      en: 'We pull Himalayan balsam along the river before it sets seed. Gloves and coffee provided.',
    },
    time: { fi: 'Muutama tunti', sv: 'Några timmar', en: 'A few hours' },
    under18: true,
    period: ['2027-07-01', '2027-07-31'],
  },
];

function localized(text: EventText, langs: readonly string[]): LocalizedText {
  const out: LocalizedText = {};
  for (const l of langs) {
    const v = text[l as EventLang];
    if (v !== undefined) out[l] = v;
  }
  return Object.keys(out).length > 0 ? out : { fi: text.fi };
}

/** Venues as the name of an event's location. */
const VENUE_NAMES: Readonly<Record<VenueKey, EventText>> = {
  hall: { fi: 'Liikuntahalli', sv: 'Idrottshallen', en: 'Sports hall' },
  field: { fi: 'Urheilukenttä', sv: 'Idrottsplanen', en: 'Sports field' },
  school: { fi: 'Koulun juhlasali', sv: 'Skolans festsal', en: 'School hall' },
  parish: { fi: 'Seurakuntatalo', sv: 'Församlingshemmet', en: 'Parish hall' },
  club: { fi: 'Kerhotalo', sv: 'Föreningshuset', en: 'Club house' },
  library: { fi: 'Kirjasto', sv: 'Biblioteket', en: 'Library' },
  village: { fi: 'Kylätalo', sv: 'Byagården', en: 'Village hall' },
  youth: { fi: 'Nuorisoseurantalo', sv: 'Ungdomslokalen', en: 'Youth society hall' },
  civic: { fi: 'Kulttuuritalo', sv: 'Kulturhuset', en: 'Culture centre' },
  pool: { fi: 'Uimahalli', sv: 'Simhallen', en: 'Swimming hall' },
  range: { fi: 'Ampumarata', sv: 'Skyttebanan', en: 'Shooting range' },
  station: { fi: 'Paloasema', sv: 'Brandstationen', en: 'Fire station' },
  stable: { fi: 'Talli', sv: 'Stallet', en: 'Stables' },
  track: { fi: 'Kuntorata', sv: 'Motionsbanan', en: 'Fitness trail' },
  workers: { fi: 'Työväentalo', sv: 'Arbetarhuset', en: "Workers' hall" },
};

function eventLocation(tpl: EventTemplate, host: Built): Record<string, unknown> {
  if (tpl.place === 'online') {
    return {
      onlineUrl: `https://meet.example/${ascii(host.name[host.langs[0] as string] ?? 'kokous').replace(/ /g, '-')}`,
    };
  }
  const { muni, place } = host.ref;
  const fiGen = place.fi?.gen ?? muni.fi?.gen ?? '';
  const svGen = place.sv?.gen ?? muni.sv?.gen ?? '';
  const names: Record<EventTemplate['place'], EventText> = {
    church: { fi: `${fiGen} kirkko`, sv: `${svGen} kyrka`, en: `${enName(host.ref)} Church` },
    own: VENUE_NAMES[host.venue],
    village: { fi: 'Kylätalo', sv: 'Byagården' },
    track: { fi: 'Kuntoradan lähtöpaikka', sv: 'Motionsbanans start', en: 'Fitness trail start' },
    nature: { fi: 'Lintutorni', sv: 'Fågeltornet', en: 'Bird tower' },
    online: { fi: '' },
  };
  const item = host.item;
  const location: Record<string, unknown> = {
    name: localized(names[tpl.place], host.langs),
  };
  if (item['address'] && tpl.place !== 'nature' && tpl.place !== 'track') location['address'] = item['address'];
  if (item['geo']) location['geo'] = item['geo'];
  location['municipality'] = item['municipality'];
  return location;
}

function buildEvents(rng: Random, hosts: readonly Built[], count: number): unknown[] {
  const out: unknown[] = [];
  const used = new Set<string>();
  const pool = rng.shuffle(hosts.filter((h) => h.status === 'active'));
  let serial = 500;
  for (const tpl of EVENTS) {
    if (out.length >= count) break;
    const host = pool.find((h) => tpl.kinds.includes(h.kind.key) && !used.has(h.id));
    if (!host) continue;
    used.add(host.id);
    serial += rng.int(1, 4);
    const [y, m, d] = tpl.date.split('-').map(Number) as [number, number, number];
    const [hh, mm] = tpl.start.split(':').map(Number) as [number, number];
    const startMs = localToUtc(y, m, d, hh, mm);
    const langs = host.langs.filter((l) => l !== 'uk');
    const event: Record<string, unknown> = {
      type: 'event',
      id: `${ID_PREFIX}:event-${serial}`,
      organizerIds: [host.id],
      name: localized(tpl.name, langs),
      shortDescription: localized(tpl.short, langs),
      startTime: isoLocal(startMs),
      endTime: isoLocal(startMs + tpl.hours * 3_600_000),
      eventStatus: tpl.eventStatus ?? 'scheduled',
      attendanceMode: tpl.place === 'online' ? 'online' : 'offline',
      location: eventLocation(tpl, host),
      categories: [...host.kind.categories],
      targetGroups: [...host.kind.targetGroups],
      languages: [...langs],
    };
    if (tpl.ageMin !== undefined) event['ageMin'] = tpl.ageMin;
    if (tpl.ageMax !== undefined) event['ageMax'] = tpl.ageMax;
    event['offer'] = tpl.price ? { isFree: false, price: localized(tpl.price, langs) } : { isFree: true };
    const website = (host.item['contact'] as { website?: string } | undefined)?.website;
    const svFirst = host.langs[0] === 'sv';
    if (tpl.registration) {
      event['registration'] = {
        required: true,
        ...(website ? { url: `${website}${svFirst ? 'anmalan' : 'ilmoittaudu'}` } : {}),
        deadline: tpl.registration,
      };
    }
    if (website)
      event['infoUrl'] = `${website}${svFirst ? 'evenemang' : host.langs[0] === 'en' ? 'events' : 'tapahtumat'}`;
    event['updatedAt'] = isoLocal(randomInstant(rng, Date.UTC(2026, 8, 1), Date.UTC(2026, 10, 19)));
    out.push(event);
  }
  return out;
}

function buildTasks(rng: Random, hosts: readonly Built[], count: number): unknown[] {
  const out: unknown[] = [];
  const used = new Set<string>();
  const pool = rng.shuffle(hosts.filter((h) => h.status === 'active'));
  let serial = 700;
  for (const tpl of TASKS) {
    if (out.length >= count) break;
    const host = pool.find((h) => tpl.kinds.includes(h.kind.key) && !used.has(h.id));
    if (!host) continue;
    used.add(host.id);
    serial += rng.int(1, 4);
    const langs = host.langs.filter((l) => l !== 'uk' && l !== 'se');
    const task: Record<string, unknown> = {
      type: 'volunteerTask',
      id: `${ID_PREFIX}:task-${serial}`,
      associationId: host.id,
      title: localized(tpl.title, langs),
      description: localized(tpl.description, langs),
      themes: [...(host.kind.themes ?? ['wellbeing'])],
      suitableForUnder18: tpl.under18,
      languagesNeeded: langs.length > 0 ? [...langs] : ['fi'],
      timeCommitment: localized(tpl.time, langs),
    };
    if (tpl.period) {
      task['startDate'] = tpl.period[0];
      task['endDate'] = tpl.period[1];
    } else {
      task['ongoing'] = true;
    }
    const website = (host.item['contact'] as { website?: string } | undefined)?.website;
    if (website) task['applyUrl'] = `${website}${host.langs[0] === 'sv' ? 'frivillig' : 'vapaaehtoiseksi'}`;
    const mailDomain = website ? new URL(website).hostname : 'sahkoposti.example';
    task['contact'] = {
      role: { fi: 'Vapaaehtoiskoordinaattori', sv: 'Frivilligkoordinator', en: 'Volunteer coordinator' },
      email: `${host.langs[0] === 'sv' ? 'frivilliga' : 'vapaaehtoiset'}@${mailDomain}`,
    };
    if (tpl.remote) task['remote'] = true;
    else task['municipality'] = host.item['municipality'];
    task['updatedAt'] = isoLocal(randomInstant(rng, Date.UTC(2026, 8, 1), Date.UTC(2026, 10, 19)));
    out.push(task);
  }
  return out;
}

// ---------------------------------------------------------------- broken entries (contract §5)

interface Special {
  item: unknown;
  skip?: string;
  drops?: { field: string; reason: string }[];
  markup?: boolean;
}

function muniRef(code: string): { code: string; name: Record<string, string> } {
  const m = MUNICIPALITIES.find((x) => x.code === code);
  return { code, name: { ...(m?.names ?? {}) } };
}

function buildBroken(builder: AssociationBuilder, rng: Random): Special[] {
  const stamp = (): string => isoLocal(randomInstant(rng, Date.UTC(2025, 0, 1), Date.UTC(2026, 10, 19)));
  const id = (): string => builder.nextId();
  const markupDescription = {
    fi:
      'Koodikerhossa opetellaan tekemään verkkosivuja ja pelejä. Ensimmäisellä kerralla kokeillaan, mitä tapahtuu, kun sivulle kirjoittaa <script>alert(1)</script> – hyvin tehdyllä sivulla se näkyy pelkkänä tekstinä.' +
      '\n\nToisella kerralla tutustutaan kuviin: <img src=x onerror=alert(1)> ei ole kuva vaan esimerkki tietoturva-aukosta. Tule oppimaan & pitämään hauskaa!',
    en:
      'Our code club teaches children to build web pages and games. In the first session we try what happens when you type <script>alert(1)</script> on a page – a well-made page shows it as plain text.' +
      '\n\nNext we look at images: <img src=x onerror=alert(1)> is not a picture but an example of a security hole. Come and learn & have fun!',
  };
  const mushroomId = id();
  return [
    {
      skip: 'missing name',
      item: {
        type: 'association',
        id: id(),
        registryNumber: '214.377',
        shortDescription: { fi: 'Kuntopiiri ja sauvakävelyä aikuisille.' },
        categories: ['sports'],
        targetGroups: ['adults'],
        municipality: muniRef('244'),
        contact: { email: 'kuntopiiri@sahkoposti.example' },
        updatedAt: stamp(),
      },
    },
    {
      skip: 'invalid municipality code "24"',
      item: {
        type: 'association',
        id: id(),
        name: { fi: 'Kempeleen Kuntoilijat ry' },
        shortDescription: { fi: 'Kuntosaliryhmiä ja lenkkeilyä kaikenkuntoisille.' },
        categories: ['sports'],
        municipality: { code: '24', name: { fi: 'Kempele', sv: 'Kempele' } },
        updatedAt: stamp(),
      },
    },
    {
      skip: 'no categories',
      item: {
        type: 'association',
        id: id(),
        name: { fi: 'Limingan Lukupiiri ry' },
        shortDescription: { fi: 'Luemme ja keskustelemme kirjoista kerran kuussa kirjastossa.' },
        categories: [],
        municipality: muniRef('425'),
        updatedAt: stamp(),
      },
    },
    { skip: 'not an object', item: 'Iin Kalakerho ry' },
    {
      drops: [{ field: 'contact.website', reason: 'javascript: URL' }],
      item: {
        type: 'association',
        id: mushroomId,
        status: 'active',
        name: { fi: 'Muhoksen Sienestäjät ry' },
        shortDescription: { fi: 'Sieniretkiä, sienineuvontaa ja sienten säilöntää.' },
        description: {
          fi: 'Teemme syksyisin sieniretkiä Muhoksen metsiin ja järjestämme sienineuvontaa torilla.\n\nUudet sienestäjät ovat tervetulleita!',
        },
        categories: ['leisure'],
        themes: ['nature'],
        targetGroups: ['everyone'],
        languages: ['fi'],
        municipality: muniRef('494'),
        contact: { email: 'info@muhoksensienestajat.example', website: 'javascript:alert(document.domain)' },
        url: `${SOURCE_URL}yhdistykset/${mushroomId.split(':')[1] ?? ''}`,
        createdAt: '2023-09-04T10:15:00+03:00',
        updatedAt: stamp(),
      },
    },
    {
      drops: [{ field: 'contact.email', reason: 'malformed e-mail address' }],
      item: {
        type: 'association',
        id: id(),
        name: { sv: 'Pedersöre Bridgeklubb rf' },
        shortDescription: { sv: 'Bridge för nybörjare och erfarna spelare varje vecka.' },
        categories: ['leisure'],
        targetGroups: ['adults', 'seniors'],
        languages: ['sv', 'fi'],
        municipality: muniRef('599'),
        address: { street: 'Skolvägen 12', postalCode: '68910', postOffice: 'Bennäs' },
        contact: { email: 'ordforande.pedersorebridge.example', phone: '+358505550123' },
        updatedAt: stamp(),
      },
    },
    {
      drops: [
        { field: 'logo.url', reason: 'data: URL' },
        { field: 'membership.joinUrl', reason: 'relative URL' },
      ],
      item: {
        type: 'association',
        id: id(),
        name: { fi: 'Kokkolan Kirjoittajat ry', sv: 'Karleby Skribenter rf' },
        shortDescription: {
          fi: 'Kirjoittajapiirejä, runoiltoja ja antologioita.',
          sv: 'Skrivarcirklar, poesikvällar och antologier.',
        },
        categories: ['culture'],
        targetGroups: ['adults'],
        languages: ['fi', 'sv'],
        municipality: muniRef('272'),
        membership: { openToNewMembers: true, joinUrl: 'liity.html' },
        logo: {
          url: 'data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciLz4=',
          alt: { fi: 'Logo' },
        },
        updatedAt: stamp(),
      },
    },
    {
      markup: true,
      item: {
        type: 'association',
        id: id(),
        name: { fi: 'Oulun Koodikerho ry', en: 'Oulu Code Club <Kids & Teens>' },
        shortDescription: {
          fi: 'Ohjelmointia lapsille ja nuorille: <b>HTML</b>, JavaScript ja pelit.',
          en: 'Coding for children and young people: <b>HTML</b>, JavaScript and games.',
        },
        description: markupDescription,
        categories: ['leisure'],
        targetGroups: ['children', 'youth'],
        languages: ['fi', 'en'],
        municipality: muniRef('564'),
        contact: { website: 'https://oulunkoodikerho.example/' },
        updatedAt: stamp(),
      },
    },
  ];
}

// ---------------------------------------------------------------- assembling and paging

/** URL of page `page` (1-based) under `baseUrl`. */
export function pageUrl(baseUrl: string, page: number): string {
  if (page <= 1) return baseUrl;
  const url = new URL(baseUrl);
  url.searchParams.set('page', String(page));
  return url.toString();
}

/** An envelope around one page of items (contract §1). */
export function envelope(
  data: unknown[],
  meta: { count: number; next: string | null; previous: string | null },
  taxonomy?: FeedTaxonomy,
  feedVersion = '1.0',
): FeedEnvelope {
  return {
    feedVersion,
    generatedAt: GENERATED_AT,
    source: { name: { ...FEED_SOURCE.name }, url: FEED_SOURCE.url },
    license: { ...FEED_LICENSE },
    meta,
    ...(taxonomy ? { taxonomy } : {}),
    data,
  };
}

/** Splits items into linked pages; the taxonomy goes on the first page only. */
export function paginate(
  items: readonly unknown[],
  options: { baseUrl?: string; pageSize?: number; taxonomy?: FeedTaxonomy; feedVersion?: string } = {},
): FeedEnvelope[] {
  const baseUrl = options.baseUrl ?? DEFAULT_BASE_URL;
  const pageSize = Math.max(1, Math.floor(options.pageSize ?? DEFAULT_PAGE_SIZE));
  const total = Math.max(1, Math.ceil(items.length / pageSize));
  const pages: FeedEnvelope[] = [];
  for (let p = 1; p <= total; p++) {
    pages.push(
      envelope(
        items.slice((p - 1) * pageSize, p * pageSize),
        {
          count: items.length,
          next: p < total ? pageUrl(baseUrl, p + 1) : null,
          previous: p > 1 ? pageUrl(baseUrl, p - 1) : null,
        },
        p === 1 ? (options.taxonomy ?? TAXONOMY) : undefined,
        options.feedVersion,
      ),
    );
  }
  return pages;
}

/** Page `page` (1-based) of a generated feed, or null past the last page. */
export function feedPage(feed: GeneratedFeed, page: number): FeedEnvelope | null {
  return Number.isInteger(page) && page >= 1 ? (feed.pages[page - 1] ?? null) : null;
}

/** Inserts extras at evenly spread positions, so they land on different pages. */
function spread<T>(base: readonly T[], extras: readonly T[], rng: Random): T[] {
  const out = base.slice();
  const slots = extras.map((_, i) =>
    Math.min(out.length, Math.floor(((i + 0.5) * base.length) / Math.max(1, extras.length)) + rng.int(-3, 3)),
  );
  for (let i = extras.length - 1; i >= 0; i--) {
    out.splice(Math.max(0, slots[i] ?? 0), 0, extras[i] as T);
  }
  return out;
}

export function generateFeed(options: GenerateFeedOptions = {}): GeneratedFeed {
  const opts: Required<GenerateFeedOptions> = {
    seed: options.seed ?? DEFAULT_SEED,
    associations: Math.max(0, Math.floor(options.associations ?? DEFAULT_ASSOCIATIONS)),
    baseUrl: options.baseUrl ?? DEFAULT_BASE_URL,
    pageSize: Math.max(1, Math.floor(options.pageSize ?? DEFAULT_PAGE_SIZE)),
    broken: options.broken ?? true,
    partnership: options.partnership ?? true,
  };
  const rng = new Random(opts.seed);
  const builder = new AssociationBuilder(rng);

  // Associations per municipality, built interleaved as a service would receive them.
  const counts = allocate(
    opts.associations,
    MUNICIPALITIES.map((m) => m.weight),
  );
  const queue: MunicipalityDef[] = [];
  MUNICIPALITIES.forEach((m, i) => {
    for (let n = 0; n < (counts[i] ?? 0); n++) queue.push(m);
  });
  const built = rng.shuffle(queue).map((m) => builder.build(m));
  builder.number(built);

  const events = opts.associations > 0 ? buildEvents(rng, built, EVENT_COUNT) : [];
  const tasks = opts.associations > 0 ? buildTasks(rng, built, TASK_COUNT) : [];
  const specials = opts.broken ? buildBroken(builder, rng) : [];

  const items = spread<unknown>(
    built.map((b) => b.item),
    rng.shuffle<unknown>([...events, ...tasks]),
    rng,
  );
  const withSpecials = spread<unknown>(
    items,
    specials.map((s) => s.item),
    rng,
  );
  // The municipality's items come last, after everything the random draws placed.
  if (opts.partnership && opts.associations > 0) withSpecials.push(...buildPartnership(built));
  const pages = paginate(withSpecials, {
    baseUrl: opts.baseUrl,
    pageSize: opts.pageSize,
    taxonomy: TAXONOMY,
    feedVersion: opts.partnership ? '1.1' : '1.0',
  });

  const skipped: ExpectedSkip[] = [];
  const dropped: ExpectedDrop[] = [];
  let markupId: string | null = null;
  for (const s of specials) {
    const index = withSpecials.indexOf(s.item);
    const page = Math.floor(index / opts.pageSize) + 1;
    const itemId =
      typeof s.item === 'object' && s.item !== null && 'id' in s.item
        ? String((s.item as { id: unknown }).id)
        : `#${index % opts.pageSize}`;
    if (s.skip) skipped.push({ id: itemId, page, reason: s.skip });
    for (const d of s.drops ?? []) dropped.push({ id: itemId, field: d.field, reason: d.reason });
    if (s.markup) markupId = itemId;
  }

  return { options: opts, items: withSpecials, pages, taxonomy: TAXONOMY, expected: { skipped, dropped, markupId } };
}
