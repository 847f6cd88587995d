/** People of the demo feed: names in Finnish, Swedish, Sámi and other styles, roles and phone numbers. */
import type { Random } from './random.js';
import { pad } from './helpers.js';
import type { NameLang } from './places.js';

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

export const LOGO_ALT: Readonly<Record<NameLang, string>> = {
  fi: 'Yhdistyksen logo',
  sv: 'Föreningens logotyp',
  en: 'Association logo',
  se: 'Searvvi logo',
  uk: 'Логотип обʼєднання',
};

export const ROLES = {
  chair: { fi: 'Puheenjohtaja', sv: 'Ordförande', en: 'Chair' },
  vice: { fi: 'Varapuheenjohtaja', sv: 'Viceordförande', en: 'Vice-chair' },
  secretary: { fi: 'Sihteeri', sv: 'Sekreterare', en: 'Secretary' },
  treasurer: { fi: 'Rahastonhoitaja', sv: 'Kassör', en: 'Treasurer' },
  coach: { fi: 'Valmennuspäällikkö', sv: 'Tränaransvarig', en: 'Head coach' },
  conductor: { fi: 'Kuoronjohtaja', sv: 'Dirigent', en: 'Conductor' },
  chief: { fi: 'Palokuntapäällikkö', sv: 'Brandkårschef', en: 'Fire chief' },
} as const;

export type PersonStyle = 'fi' | 'sv' | 'sami' | 'intl';

export function personName(rng: Random, style: PersonStyle): [string, string] {
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

export function mobile(rng: Random): string {
  return `+358${rng.chance(0.6) ? '40' : '50'}${pad(rng.int(0, 9_999_999), 7)}`;
}
