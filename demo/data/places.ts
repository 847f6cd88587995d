/**
 * Municipalities, villages and districts of the demo feed: names with the
 * inflected forms association names and texts need, postal areas, streets and
 * approximate coordinates.
 *
 * Finnish forms: `gen` genitive ("Kempeleen"), `loc` the local case a Finn
 * uses for "in X" ("Kempeleessä", "Muhoksella", "Utsjoella"). Swedish forms:
 * `gen` is the form used in front of a noun in names ("Jakobstads
 * Idrottsförening", "Nykarleby Manskör"). Northern Sámi: genitive and locative
 * ("Anára", "Anáris").
 */

export interface FiForms {
  nom: string;
  gen: string;
  loc: string;
}

export interface SvForms {
  nom: string;
  gen: string;
}

export interface SeForms {
  nom: string;
  gen: string;
  loc: string;
}

export interface PostArea {
  code: string;
  fi: string;
  sv?: string;
}

export interface Street {
  fi?: string;
  sv?: string;
}

/**
 * `municipality`: the municipality itself. `former`: a former municipality
 * merged into it (Haukipudas, Esse, Jeppo …), big enough for any kind of
 * association. `village`: a village. `district`: a part of a town.
 */
export type PlaceSize = 'municipality' | 'former' | 'village' | 'district';

export interface Place {
  key: string;
  size: PlaceSize;
  fi?: FiForms;
  sv?: SvForms;
  se?: SeForms;
  geo: readonly [number, number];
  post?: PostArea;
  streets?: readonly Street[];
}

export type NameLang = 'fi' | 'sv' | 'en' | 'se' | 'uk';

export interface Region {
  fi: { gen: string; loc: string };
  sv: { gen: string; loc: string };
  en: string;
}

export interface MunicipalityDef extends Place {
  code: string;
  /** The `municipality.name` object of the feed. */
  names: Readonly<Record<string, string>>;
  /** English name of the town. */
  en: string;
  /** Relative share of the feed's associations. */
  weight: number;
  /** Language profiles of the association names, primary language first. */
  profiles: readonly (readonly [readonly NameLang[], number])[];
  neighbours: readonly string[];
  region?: Region;
  places: readonly Place[];
}

const fi = (nom: string, gen: string, loc: string): FiForms => ({ nom, gen, loc });
const sv = (nom: string, gen: string = nom): SvForms => ({ nom, gen });
const streets = (...names: (string | readonly [string, string])[]): Street[] =>
  names.map((n) => (typeof n === 'string' ? { fi: n } : { fi: n[0], sv: n[1] }));

const FI_ONLY: MunicipalityDef['profiles'] = [
  [['fi'], 93],
  [['fi', 'en'], 4],
  [['fi', 'sv'], 3],
];

export const MUNICIPALITIES: readonly MunicipalityDef[] = [
  {
    key: 'oulu',
    code: '564',
    size: 'municipality',
    names: { fi: 'Oulu', sv: 'Uleåborg' },
    en: 'Oulu',
    fi: fi('Oulu', 'Oulun', 'Oulussa'),
    sv: sv('Uleåborg', 'Uleåborgs'),
    geo: [65.0121, 25.4651],
    post: { code: '90100', fi: 'Oulu', sv: 'Uleåborg' },
    streets: streets(
      'Isokatu',
      'Kirkkokatu',
      'Hallituskatu',
      'Torikatu',
      'Saaristonkatu',
      'Albertinkatu',
      'Asemakatu',
      'Kajaaninkatu',
      'Uusikatu',
      'Pakkahuoneenkatu',
      'Kauppurienkatu',
    ),
    weight: 110,
    profiles: [
      [['fi'], 88],
      [['fi', 'en'], 7],
      [['fi', 'sv'], 3],
      [['sv', 'fi'], 2],
    ],
    neighbours: ['244', '425', '494', '139', '859', '071'],
    region: {
      fi: { gen: 'Oulun Seudun', loc: 'Oulun seudulla' },
      sv: { gen: 'Uleåborgsnejdens', loc: 'i Uleåborgsnejden' },
      en: 'the Oulu region',
    },
    places: [
      {
        key: 'haukipudas',
        size: 'former',
        fi: fi('Haukipudas', 'Haukiputaan', 'Haukiputaalla'),
        geo: [65.1766, 25.3525],
        post: { code: '90830', fi: 'Haukipudas' },
        streets: streets('Kirkkotie', 'Asematie', 'Koulutie', 'Satamatie'),
      },
      {
        key: 'kiiminki',
        size: 'former',
        fi: fi('Kiiminki', 'Kiimingin', 'Kiimingissä'),
        sv: sv('Kiminge'),
        geo: [65.1313, 25.7285],
        post: { code: '90900', fi: 'Kiiminki' },
        streets: streets('Kirkkotie', 'Koulutie', 'Jäälintie'),
      },
      {
        key: 'oulunsalo',
        size: 'former',
        fi: fi('Oulunsalo', 'Oulunsalon', 'Oulunsalossa'),
        sv: sv('Uleåsalo'),
        geo: [64.9371, 25.4139],
        post: { code: '90460', fi: 'Oulunsalo' },
        streets: streets('Salonpääntie', 'Kauppatie', 'Koulutie'),
      },
      {
        key: 'yli-ii',
        size: 'former',
        fi: fi('Yli-Ii', 'Yli-Iin', 'Yli-Iissä'),
        geo: [65.3722, 26.15],
        post: { code: '91200', fi: 'Yli-Ii' },
        streets: streets('Kirkkotie', 'Koulutie'),
      },
      {
        key: 'ylikiiminki',
        size: 'former',
        fi: fi('Ylikiiminki', 'Ylikiimingin', 'Ylikiimingissä'),
        geo: [65.0003, 26.1575],
        post: { code: '91300', fi: 'Ylikiiminki' },
        streets: streets('Kirkkotie', 'Koulutie', 'Vesalantie'),
      },
      { key: 'jaali', size: 'village', fi: fi('Jääli', 'Jäälin', 'Jäälissä'), geo: [65.0833, 25.7167] },
      { key: 'kello', size: 'village', fi: fi('Kello', 'Kellon', 'Kellossa'), geo: [65.1, 25.4167] },
      {
        key: 'martinniemi',
        size: 'village',
        fi: fi('Martinniemi', 'Martinniemen', 'Martinniemessä'),
        geo: [65.2167, 25.3],
      },
      { key: 'sanginsuu', size: 'village', fi: fi('Sanginsuu', 'Sanginsuun', 'Sanginsuussa'), geo: [64.9936, 25.7839] },
      { key: 'tuira', size: 'district', fi: fi('Tuira', 'Tuiran', 'Tuirassa'), geo: [65.0235, 25.468] },
      { key: 'kaakkuri', size: 'district', fi: fi('Kaakkuri', 'Kaakkurin', 'Kaakkurissa'), geo: [64.978, 25.542] },
      { key: 'pateniemi', size: 'district', fi: fi('Pateniemi', 'Pateniemen', 'Pateniemessä'), geo: [65.085, 25.405] },
      {
        key: 'kaukovainio',
        size: 'district',
        fi: fi('Kaukovainio', 'Kaukovainion', 'Kaukovainiolla'),
        geo: [64.992, 25.488],
      },
      { key: 'maikkula', size: 'district', fi: fi('Maikkula', 'Maikkulan', 'Maikkulassa'), geo: [64.99, 25.43] },
    ],
  },
  {
    key: 'kempele',
    code: '244',
    size: 'municipality',
    names: { fi: 'Kempele', sv: 'Kempele' },
    en: 'Kempele',
    fi: fi('Kempele', 'Kempeleen', 'Kempeleessä'),
    sv: sv('Kempele'),
    geo: [64.9126, 25.5086],
    post: { code: '90440', fi: 'Kempele' },
    streets: streets(
      'Kirkonkylänkatu',
      'Kokkokankaantie',
      'Ketunmaantie',
      'Asematie',
      'Piriläntie',
      'Kuokkamaantie',
      'Vihiluodontie',
    ),
    weight: 30,
    profiles: FI_ONLY,
    neighbours: ['564', '425', '859'],
    places: [
      {
        key: 'linnakangas',
        size: 'district',
        fi: fi('Linnakangas', 'Linnakankaan', 'Linnakankaalla'),
        geo: [64.904, 25.539],
      },
      { key: 'ketunmaa', size: 'district', fi: fi('Ketunmaa', 'Ketunmaan', 'Ketunmaalla'), geo: [64.93, 25.52] },
      {
        key: 'sarkkiranta',
        size: 'district',
        fi: fi('Sarkkiranta', 'Sarkkirannan', 'Sarkkirannassa'),
        geo: [64.901, 25.481],
      },
      {
        key: 'kokkokangas',
        size: 'district',
        fi: fi('Kokkokangas', 'Kokkokankaan', 'Kokkokankaalla'),
        geo: [64.918, 25.56],
      },
    ],
  },
  {
    key: 'liminka',
    code: '425',
    size: 'municipality',
    names: { fi: 'Liminka', sv: 'Limingo' },
    en: 'Liminka',
    fi: fi('Liminka', 'Limingan', 'Limingassa'),
    sv: sv('Limingo'),
    geo: [64.8098, 25.4155],
    post: { code: '91900', fi: 'Liminka', sv: 'Limingo' },
    streets: streets('Kauppakaari', 'Limingantie', 'Pappilantie', 'Rantakyläntie', 'Tupoksentie', 'Alapääntie'),
    weight: 22,
    profiles: FI_ONLY,
    neighbours: ['244', '564', '436', '859', '791'],
    places: [
      { key: 'tupos', size: 'village', fi: fi('Tupos', 'Tupoksen', 'Tupoksella'), geo: [64.873, 25.446] },
      { key: 'rantakyla', size: 'village', fi: fi('Rantakylä', 'Rantakylän', 'Rantakylässä'), geo: [64.82, 25.38] },
      { key: 'alapaa', size: 'village', fi: fi('Alapää', 'Alapään', 'Alapäässä'), geo: [64.79, 25.45] },
    ],
  },
  {
    key: 'muhos',
    code: '494',
    size: 'municipality',
    names: { fi: 'Muhos', sv: 'Muhos' },
    en: 'Muhos',
    fi: fi('Muhos', 'Muhoksen', 'Muhoksella'),
    sv: sv('Muhos'),
    geo: [64.8078, 25.9931],
    post: { code: '91500', fi: 'Muhos' },
    streets: streets('Kirkkotie', 'Laitasaarentie', 'Koulutie', 'Kauppatie', 'Pyhäkoskentie'),
    weight: 18,
    profiles: FI_ONLY,
    neighbours: ['564', '859', '889'],
    places: [
      {
        key: 'laitasaari',
        size: 'village',
        fi: fi('Laitasaari', 'Laitasaaren', 'Laitasaaressa'),
        geo: [64.795, 25.87],
      },
      { key: 'pyhakoski', size: 'village', fi: fi('Pyhäkoski', 'Pyhäkosken', 'Pyhäkoskella'), geo: [64.73, 26.08] },
      {
        key: 'leppiniemi',
        size: 'village',
        fi: fi('Leppiniemi', 'Leppiniemen', 'Leppiniemessä'),
        geo: [64.825, 25.89],
      },
      {
        key: 'kylmalankyla',
        size: 'village',
        fi: fi('Kylmälänkylä', 'Kylmälänkylän', 'Kylmälänkylässä'),
        geo: [64.9, 26.18],
      },
    ],
  },
  {
    key: 'ii',
    code: '139',
    size: 'municipality',
    names: { fi: 'Ii', sv: 'Ijo' },
    en: 'Ii',
    fi: fi('Ii', 'Iin', 'Iissä'),
    sv: sv('Ijo'),
    geo: [65.3175, 25.3725],
    // The church village; Kuivaniemi in the north of Ii has 95100.
    post: { code: '91100', fi: 'Ii', sv: 'Ijo' },
    streets: streets('Kauppatie', 'Jokisuuntie', 'Asematie', 'Koulutie'),
    weight: 18,
    profiles: FI_ONLY,
    neighbours: ['564', '615', '845'],
    places: [
      {
        key: 'kuivaniemi',
        size: 'former',
        fi: fi('Kuivaniemi', 'Kuivaniemen', 'Kuivaniemellä'),
        geo: [65.58, 25.19],
        post: { code: '95100', fi: 'Kuivaniemi' },
        streets: streets('Kirkkotie', 'Koulutie', 'Asematie'),
      },
      { key: 'olhava', size: 'village', fi: fi('Olhava', 'Olhavan', 'Olhavassa'), geo: [65.47, 25.37] },
      { key: 'jakkukyla', size: 'village', fi: fi('Jakkukylä', 'Jakkukylän', 'Jakkukylässä'), geo: [65.305, 25.6] },
      { key: 'ojakyla', size: 'village', fi: fi('Ojakylä', 'Ojakylän', 'Ojakylässä'), geo: [65.3, 25.43] },
      { key: 'oijarvi', size: 'village', fi: fi('Oijärvi', 'Oijärven', 'Oijärvellä'), geo: [65.63, 26.1] },
    ],
  },
  {
    key: 'pietarsaari',
    code: '598',
    size: 'municipality',
    names: { fi: 'Pietarsaari', sv: 'Jakobstad' },
    en: 'Jakobstad',
    fi: fi('Pietarsaari', 'Pietarsaaren', 'Pietarsaaressa'),
    sv: sv('Jakobstad', 'Jakobstads'),
    geo: [63.675, 22.7028],
    post: { code: '68600', fi: 'Pietarsaari', sv: 'Jakobstad' },
    streets: streets(
      ['Isokatu', 'Storgatan'],
      ['Kanavanpuistikko', 'Kanalesplanaden'],
      ['Raatihuoneenkatu', 'Rådhusgatan'],
      ['Koulukatu', 'Skolgatan'],
      ['Kauppiaankatu', 'Köpmansgatan'],
      ['Alholmantie', 'Alholmsvägen'],
    ),
    weight: 36,
    profiles: [
      [['sv'], 40],
      [['sv', 'fi'], 28],
      [['fi'], 20],
      [['fi', 'sv'], 9],
      [['sv', 'fi', 'en'], 3],
    ],
    neighbours: ['599', '440'],
    region: {
      fi: { gen: 'Pietarsaaren Seudun', loc: 'Pietarsaaren seudulla' },
      sv: { gen: 'Jakobstadsnejdens', loc: 'i Jakobstadsnejden' },
      en: 'the Jakobstad region',
    },
    places: [
      { key: 'ostenso', size: 'district', sv: sv('Östensö'), geo: [63.675, 22.67] },
      { key: 'skutnas', size: 'district', sv: sv('Skutnäs'), geo: [63.69, 22.7] },
      {
        key: 'alholmen',
        size: 'district',
        fi: fi('Alholma', 'Alholman', 'Alholmassa'),
        sv: sv('Alholmen'),
        geo: [63.7, 22.69],
      },
    ],
  },
  {
    key: 'pedersore',
    code: '599',
    size: 'municipality',
    names: { fi: 'Pedersöre', sv: 'Pedersöre' },
    en: 'Pedersöre',
    fi: fi('Pedersöre', 'Pedersören', 'Pedersöressä'),
    sv: sv('Pedersöre'),
    geo: [63.6135, 22.7855],
    post: { code: '68910', fi: 'Pännäinen', sv: 'Bennäs' },
    streets: streets(
      ['Koulutie', 'Skolvägen'],
      ['Kirkkotie', 'Kyrkvägen'],
      ['Asematie', 'Stationsvägen'],
      ['Pännäistentie', 'Bennäsvägen'],
    ),
    weight: 28,
    profiles: [
      [['sv'], 76],
      [['sv', 'fi'], 16],
      [['fi'], 6],
      [['sv', 'en'], 2],
    ],
    neighbours: ['598', '893', '440', '288'],
    places: [
      {
        key: 'esse',
        size: 'former',
        fi: fi('Ähtävä', 'Ähtävän', 'Ähtävällä'),
        sv: sv('Esse'),
        geo: [63.5167, 23.1167],
      },
      { key: 'purmo', size: 'former', fi: fi('Purmo', 'Purmon', 'Purmossa'), sv: sv('Purmo'), geo: [63.55, 23.08] },
      {
        key: 'kallby',
        size: 'village',
        fi: fi('Kolppi', 'Kolpin', 'Kolpissa'),
        sv: sv('Kållby'),
        geo: [63.6333, 22.8333],
      },
      { key: 'lepplax', size: 'village', sv: sv('Lepplax'), geo: [63.65, 22.78] },
      {
        key: 'edsevo',
        size: 'village',
        fi: fi('Edsevö', 'Edsevön', 'Edsevössä'),
        sv: sv('Edsevö'),
        geo: [63.61, 22.97],
      },
      {
        key: 'forsby',
        size: 'village',
        fi: fi('Koskenkylä', 'Koskenkylän', 'Koskenkylässä'),
        sv: sv('Forsby'),
        geo: [63.65, 22.87],
      },
      { key: 'sandsund', size: 'village', sv: sv('Sandsund'), geo: [63.68, 22.76] },
      {
        key: 'overesse',
        size: 'village',
        fi: fi('Yliähtävä', 'Yliähtävän', 'Yliähtävällä'),
        sv: sv('Överesse'),
        geo: [63.4167, 23.2],
      },
    ],
  },
  {
    key: 'uusikaarlepyy',
    code: '893',
    size: 'municipality',
    names: { fi: 'Uusikaarlepyy', sv: 'Nykarleby' },
    en: 'Nykarleby',
    fi: fi('Uusikaarlepyy', 'Uudenkaarlepyyn', 'Uudessakaarlepyyssä'),
    sv: sv('Nykarleby'),
    geo: [63.5225, 22.5306],
    post: { code: '66900', fi: 'Uusikaarlepyy', sv: 'Nykarleby' },
    streets: streets(
      ['Topeliuksenpuistikko', 'Topeliusesplanaden'],
      ['Isokatu', 'Storgatan'],
      ['Kirkkokatu', 'Kyrkogatan'],
      ['Rautatienkatu', 'Järnvägsgatan'],
    ),
    weight: 24,
    profiles: [
      [['sv'], 78],
      [['sv', 'fi'], 15],
      [['fi'], 7],
    ],
    neighbours: ['599', '946', '288'],
    places: [
      {
        key: 'jeppo',
        size: 'former',
        fi: fi('Jepua', 'Jepuan', 'Jepualla'),
        sv: sv('Jeppo'),
        geo: [63.4, 22.6167],
        post: { code: '66850', fi: 'Jepua', sv: 'Jeppo' },
        streets: streets(['Koulutie', 'Skolvägen'], ['Jepuantie', 'Jeppovägen']),
      },
      {
        key: 'munsala',
        size: 'former',
        fi: fi('Munsala', 'Munsalan', 'Munsalassa'),
        sv: sv('Munsala'),
        geo: [63.6, 22.4],
        post: { code: '66950', fi: 'Munsala' },
        streets: streets(['Koulutie', 'Skolvägen'], ['Kirkkotie', 'Kyrkvägen']),
      },
      { key: 'mona', size: 'village', sv: sv('Monå'), geo: [63.57, 22.52] },
      {
        key: 'kovjoki',
        size: 'village',
        fi: fi('Kovjoki', 'Kovjoen', 'Kovjoella'),
        sv: sv('Kovjoki'),
        geo: [63.475, 22.55],
      },
      { key: 'socklot', size: 'village', sv: sv('Socklot'), geo: [63.5, 22.42] },
      { key: 'hirvlax', size: 'village', sv: sv('Hirvlax'), geo: [63.63, 22.43] },
      {
        key: 'pensala',
        size: 'village',
        fi: fi('Pensala', 'Pensalan', 'Pensalassa'),
        sv: sv('Pensala'),
        geo: [63.42, 22.52],
      },
    ],
  },
  {
    key: 'kokkola',
    code: '272',
    size: 'municipality',
    names: { fi: 'Kokkola', sv: 'Karleby' },
    en: 'Kokkola',
    fi: fi('Kokkola', 'Kokkolan', 'Kokkolassa'),
    sv: sv('Karleby'),
    geo: [63.8385, 23.1307],
    post: { code: '67100', fi: 'Kokkola', sv: 'Karleby' },
    streets: streets(
      ['Isokatu', 'Storgatan'],
      ['Rantakatu', 'Strandgatan'],
      ['Pitkänsillankatu', 'Långbrogatan'],
      ['Torikatu', 'Torggatan'],
      ['Mannerheiminaukio', 'Mannerheimplatsen'],
    ),
    weight: 44,
    profiles: [
      [['fi'], 60],
      [['fi', 'sv'], 17],
      [['sv'], 13],
      [['sv', 'fi'], 7],
      [['fi', 'en'], 3],
    ],
    neighbours: ['288', '217', '236'],
    region: {
      fi: { gen: 'Kokkolan Seudun', loc: 'Kokkolan seudulla' },
      sv: { gen: 'Karlebynejdens', loc: 'i Karlebynejden' },
      en: 'the Kokkola region',
    },
    places: [
      {
        key: 'kalvia',
        size: 'former',
        fi: fi('Kälviä', 'Kälviän', 'Kälviällä'),
        sv: sv('Kelviå'),
        geo: [63.8667, 23.45],
        post: { code: '68300', fi: 'Kälviä', sv: 'Kelviå' },
        streets: streets(['Koulutie', 'Skolvägen'], ['Kirkkotie', 'Kyrkvägen'], ['Asematie', 'Stationsvägen']),
      },
      {
        key: 'lohtaja',
        size: 'former',
        fi: fi('Lohtaja', 'Lohtajan', 'Lohtajalla'),
        sv: sv('Lochteå'),
        geo: [64.0167, 23.5],
        post: { code: '68230', fi: 'Lohtaja', sv: 'Lochteå' },
        streets: streets(['Koulutie', 'Skolvägen'], ['Kirkkotie', 'Kyrkvägen']),
      },
      {
        key: 'ullava',
        size: 'former',
        fi: fi('Ullava', 'Ullavan', 'Ullavalla'),
        sv: sv('Ullava'),
        geo: [63.6833, 23.9167],
      },
      { key: 'oja', size: 'village', sv: sv('Öja'), geo: [63.78, 22.97] },
      {
        key: 'ykspihlaja',
        size: 'district',
        fi: fi('Ykspihlaja', 'Ykspihlajan', 'Ykspihlajassa'),
        sv: sv('Yxpila'),
        geo: [63.85, 23.03],
      },
      { key: 'halkokari', size: 'district', fi: fi('Halkokari', 'Halkokarin', 'Halkokarissa'), geo: [63.86, 23.09] },
    ],
  },
  {
    key: 'inari',
    code: '148',
    size: 'municipality',
    names: { fi: 'Inari', sv: 'Enare', se: 'Anár', smn: 'Aanaar', sms: 'Aanar' },
    en: 'Inari',
    fi: fi('Inari', 'Inarin', 'Inarissa'),
    sv: sv('Enare'),
    se: { nom: 'Anár', gen: 'Anára', loc: 'Anáris' },
    geo: [68.9057, 27.0303],
    post: { code: '99870', fi: 'Inari', sv: 'Enare' },
    streets: streets('Inarintie', 'Kittiläntie', 'Rantatie', 'Koulutie'),
    weight: 18,
    profiles: [
      [['fi'], 86],
      [['fi', 'en'], 10],
      [['fi', 'sv'], 4],
    ],
    neighbours: ['890', '758'],
    places: [
      {
        key: 'ivalo',
        size: 'former',
        fi: fi('Ivalo', 'Ivalon', 'Ivalossa'),
        sv: sv('Ivalo'),
        geo: [68.6577, 27.5401],
        post: { code: '99800', fi: 'Ivalo' },
        streets: streets('Ivalontie', 'Piiskuntie', 'Petsamontie', 'Sairaalatie'),
      },
      {
        key: 'saariselka',
        size: 'village',
        fi: fi('Saariselkä', 'Saariselän', 'Saariselällä'),
        geo: [68.42, 27.41],
        post: { code: '99830', fi: 'Saariselkä' },
        streets: streets('Saariseläntie', 'Honkapolku'),
      },
      {
        key: 'sevettijarvi',
        size: 'village',
        fi: fi('Sevettijärvi', 'Sevettijärven', 'Sevettijärvellä'),
        geo: [69.52, 28.63],
      },
      { key: 'nellim', size: 'village', fi: fi('Nellim', 'Nellimin', 'Nellimissä'), geo: [68.85, 28.3] },
      { key: 'kaamanen', size: 'village', fi: fi('Kaamanen', 'Kaamasen', 'Kaamasessa'), geo: [69.1, 27.2] },
    ],
  },
  {
    key: 'utsjoki',
    code: '890',
    size: 'municipality',
    names: { fi: 'Utsjoki', sv: 'Utsjoki', se: 'Ohcejohka', smn: 'Uccjuuhâ' },
    en: 'Utsjoki',
    fi: fi('Utsjoki', 'Utsjoen', 'Utsjoella'),
    sv: sv('Utsjoki'),
    se: { nom: 'Ohcejohka', gen: 'Ohcejoga', loc: 'Ohcejogas' },
    geo: [69.9077, 27.027],
    post: { code: '99980', fi: 'Utsjoki' },
    streets: streets('Utsjoentie', 'Tenontie', 'Koulutie'),
    weight: 10,
    profiles: [
      [['fi'], 92],
      [['fi', 'en'], 8],
    ],
    neighbours: ['148'],
    places: [
      {
        key: 'nuorgam',
        size: 'village',
        fi: fi('Nuorgam', 'Nuorgamin', 'Nuorgamissa'),
        se: { nom: 'Njuorggán', gen: 'Njuorggána', loc: 'Njuorggánis' },
        geo: [70.08, 27.87],
        post: { code: '99990', fi: 'Nuorgam' },
        streets: streets('Tenontie', 'Koulutie'),
      },
      {
        key: 'karigasniemi',
        size: 'village',
        fi: fi('Karigasniemi', 'Karigasniemen', 'Karigasniemellä'),
        se: { nom: 'Gáregasnjárga', gen: 'Gáregasnjárgga', loc: 'Gáregasnjárggas' },
        geo: [69.399, 25.845],
        post: { code: '99950', fi: 'Karigasniemi' },
        streets: streets('Karigasniementie', 'Koulutie'),
      },
      { key: 'outakoski', size: 'village', fi: fi('Outakoski', 'Outakosken', 'Outakoskella'), geo: [69.78, 26.65] },
    ],
  },
];

/** Ukrainian names for the Ukrainian associations of the bigger towns. */
export const UKRAINIAN_NAMES: Readonly<Record<string, string>> = {
  '564': 'Українці в Оулу',
  '272': 'Українці в Кокколі',
  '598': 'Українці в Якобстаді',
};
