import type { FeedErrorKind } from '../feed/types.js';
import type { ListTexts } from './strings.js';

/** The words of the premises and contact widgets (contract 1.1), kept out of the directory's bundle. */
export interface PartnershipTexts {
  premises: {
    list: Omit<ListTexts, 'errors'>;
    /** The other groups' legends are the directory's words (municipality, accessibility of premises). */
    filterGroups: { pricing: string; spaceType: string };
    capacity: string;
    persons: (persons: string) => string;
    owner: string;
    /** Owner kinds but the municipality, which the municipality filter's legend names. */
    owners: Record<'association' | 'parish' | 'company' | 'other', string>;
    pricing: Record<'free' | 'discounted' | 'paid' | 'on-request', string>;
    spaceTypes: Readonly<Record<string, string>>;
    equipment: string;
    openingHours: string;
    booking: string;
    book: string;
    instructions: string;
  };
  contact: {
    /** The heading over the contact points. */
    heading: string;
    fields: string;
    none: string;
    nextMeeting: string;
    loading: string;
  };
  /** Why a list cannot be shown, about `what` ("Tiloja", "Lokalerna", "The spaces"). */
  errors: (what: string) => Record<FeedErrorKind, string>;
  /** What the errors are about: the spaces, the contact details. */
  about: { premises: string; contact: string };
}

const fi: PartnershipTexts = {
  premises: {
    list: {
      label: 'Tilahaku',
      searchLabel: 'Hae tiloja',
      searchHint: 'Nimi, paikka tai varustus',
      loading: 'Ladataan tiloja…',
      count: (count, n) => (count === 1 ? `${n} tila` : `${n} tilaa`),
      noResults: 'Haulla ei löytynyt tiloja.',
    },
    filterGroups: {
      pricing: 'Hinta yhdistyksille',
      spaceType: 'Tilan tyyppi',
    },
    capacity: 'Henkilömäärä vähintään',
    persons: (n) => `${n} henkilöä`,
    owner: 'Omistaja',
    owners: { association: 'Yhdistys', parish: 'Seurakunta', company: 'Yritys', other: 'Muu' },
    pricing: {
      free: 'Maksuton yhdistyksille',
      discounted: 'Alennettu hinta yhdistyksille',
      paid: 'Maksullinen',
      'on-request': 'Hinta kysyttäessä',
    },
    spaceTypes: {
      'meeting-room': 'Kokoustila',
      hall: 'Sali',
      kitchen: 'Keittiö',
      'sports-hall': 'Liikuntasali',
      outdoor: 'Ulkoalue',
      workshop: 'Työtila',
      office: 'Toimisto',
      storage: 'Varasto',
      other: 'Muu tila',
    },
    equipment: 'Varustus',
    openingHours: 'Aukioloajat',
    booking: 'Varaaminen',
    book: 'Varaa tila',
    instructions: 'Varausohjeet',
  },
  contact: {
    heading: 'Kunnan yhteyshenkilö yhdistyksille',
    fields: 'Toimialat',
    none: 'Kunta ei ole ilmoittanut yhteyshenkilöä yhdistyksille.',
    nextMeeting: 'Kunnan ja yhdistysten seuraava tapaaminen',
    loading: 'Ladataan yhteystietoja…',
  },
  errors: (what) => ({
    network: `${what} ei voitu ladata. Tarkista verkkoyhteys ja yritä uudelleen.`,
    http: `${what} ei voitu ladata: palvelu ei vastannut oikein. Yritä myöhemmin uudelleen.`,
    format: `${what} ei voida näyttää, koska tietolähde on virheellinen.`,
    version: `${what} ei voida näyttää, koska tietolähteen versiota ei tueta.`,
  }),
  about: { premises: 'Tiloja', contact: 'Yhteystietoja' },
};

const sv: PartnershipTexts = {
  premises: {
    list: {
      label: 'Lokalsökning',
      searchLabel: 'Sök lokaler',
      searchHint: 'Namn, plats eller utrustning',
      loading: 'Lokalerna laddas…',
      count: (count, n) => (count === 1 ? `${n} lokal` : `${n} lokaler`),
      noResults: 'Inga lokaler motsvarar sökningen.',
    },
    filterGroups: {
      pricing: 'Pris för föreningar',
      spaceType: 'Typ av lokal',
    },
    capacity: 'Antal personer minst',
    persons: (n) => `${n} personer`,
    owner: 'Ägare',
    owners: {
      association: 'Förening',
      parish: 'Församling',
      company: 'Företag',
      other: 'Annan',
    },
    pricing: {
      free: 'Avgiftsfri för föreningar',
      discounted: 'Rabatterat pris för föreningar',
      paid: 'Avgiftsbelagd',
      'on-request': 'Pris på förfrågan',
    },
    spaceTypes: {
      'meeting-room': 'Mötesrum',
      hall: 'Sal',
      kitchen: 'Kök',
      'sports-hall': 'Idrottssal',
      outdoor: 'Utomhusområde',
      workshop: 'Verkstad',
      office: 'Kontor',
      storage: 'Förråd',
      other: 'Annan lokal',
    },
    equipment: 'Utrustning',
    openingHours: 'Öppettider',
    booking: 'Bokning',
    book: 'Boka lokalen',
    instructions: 'Bokningsanvisningar',
  },
  contact: {
    heading: 'Kommunens kontaktperson för föreningar',
    fields: 'Verksamhetsområden',
    none: 'Kommunen har inte uppgett någon kontaktperson för föreningar.',
    nextMeeting: 'Kommunens och föreningarnas nästa möte',
    loading: 'Kontaktuppgifterna laddas…',
  },
  errors: (what) => ({
    network: `${what} kunde inte laddas. Kontrollera anslutningen och försök igen.`,
    http: `${what} kunde inte laddas: tjänsten svarade inte korrekt. Försök igen senare.`,
    format: `${what} kan inte visas eftersom datakällan är felaktig.`,
    version: `${what} kan inte visas eftersom datakällans version inte stöds.`,
  }),
  about: { premises: 'Lokalerna', contact: 'Kontaktuppgifterna' },
};

const en: PartnershipTexts = {
  premises: {
    list: {
      label: 'Space search',
      searchLabel: 'Search spaces',
      searchHint: 'Name, place or equipment',
      loading: 'Loading spaces…',
      count: (count, n) => (count === 1 ? `${n} space` : `${n} spaces`),
      noResults: 'No spaces match the search.',
    },
    filterGroups: {
      pricing: 'Price for associations',
      spaceType: 'Type of space',
    },
    capacity: 'At least this many people',
    persons: (n) => `${n} people`,
    owner: 'Owner',
    owners: {
      association: 'Association',
      parish: 'Parish',
      company: 'Company',
      other: 'Other',
    },
    pricing: {
      free: 'Free for associations',
      discounted: 'Discounted for associations',
      paid: 'Paid',
      'on-request': 'Price on request',
    },
    spaceTypes: {
      'meeting-room': 'Meeting room',
      hall: 'Hall',
      kitchen: 'Kitchen',
      'sports-hall': 'Sports hall',
      outdoor: 'Outdoor area',
      workshop: 'Workshop',
      office: 'Office',
      storage: 'Storage',
      other: 'Other space',
    },
    equipment: 'Equipment',
    openingHours: 'Opening hours',
    booking: 'Booking',
    book: 'Book the space',
    instructions: 'Booking instructions',
  },
  contact: {
    heading: "The municipality's contact for associations",
    fields: 'Fields of activity',
    none: 'The municipality has not named a contact for associations.',
    nextMeeting: 'Next meeting of the municipality and associations',
    loading: 'Loading contact details…',
  },
  errors: (what) => ({
    network: `${what} could not be loaded. Check your connection and try again.`,
    http: `${what} could not be loaded: the service did not answer correctly. Please try again later.`,
    format: `${what} cannot be shown because the data source is malformed.`,
    version: `${what} cannot be shown because the data source version is not supported.`,
  }),
  about: { premises: 'The spaces', contact: 'The contact details' },
};

const bundles = new Map<string, PartnershipTexts>([
  ['fi', fi],
  ['sv', sv],
  ['en', en],
]);

/** Adds the premises and contact words of a UI language registered with `registerLocale`. */
export function registerPartnershipTexts(lang: string, bundle: PartnershipTexts): void {
  bundles.set(lang.toLowerCase(), bundle);
}

/** The premises and contact words for a UI language, Finnish when it has none. */
export function partnershipTexts(lang: string): PartnershipTexts {
  return bundles.get(lang) ?? fi;
}
