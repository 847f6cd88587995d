import type { FeedErrorKind, SocialService } from '../feed/types.js';

/** What a list widget calls its items and says about them. */
export interface ListTexts {
  /** Accessible name of the widget's region. */
  label: string;
  searchLabel: string;
  searchHint: string;
  loading: string;
  count: (count: number, formatted: string) => string;
  noResults: string;
  errors: Record<FeedErrorKind, string>;
}

/** The events list's own words. */
export interface EventTexts {
  list: ListTexts;
  filterGroups: {
    when: string;
    /** The date range boxes' group, apart from the quick choices under `when`. */
    dates: string;
    category: string;
    targetGroup: string;
    free: string;
    attendance: string;
    language: string;
    municipality: string;
  };
  when: { today: string; week: string; month: string };
  dateFrom: string;
  dateTo: string;
  free: string;
  online: string;
  onsite: string;
  organizers: string;
  place: string;
  price: string;
  registration: string;
  registrationRequired: string;
  registrationDeadline: (dateTime: string) => string;
  register: string;
  moreInfo: string;
  age: string;
  ages: (min: string, max: string) => string;
  cancelled: string;
  postponed: string;
  addToCalendar: string;
}

/** The volunteer tasks list's own words. */
export interface TaskTexts {
  list: ListTexts;
  filterGroups: { theme: string; municipality: string; remote: string; under18: string };
  remote: string;
  under18: string;
  association: string;
  timeCommitment: string;
  languagesNeeded: string;
  dates: string;
  apply: string;
  contact: string;
}

/** The spaces list's own words (contract 1.1 premises). */
export interface PremiseTexts {
  /** Its errors speak of "the information", so the contact widget says them too. */
  list: ListTexts;
  /** The other groups' legends are the directory's words (municipality, accessibility of premises). */
  filterGroups: { pricing: string; spaceType: string };
  /** The number box: "at least this many people". */
  capacity: string;
  persons: (persons: string) => string;
  owner: string;
  pricing: Record<'free' | 'discounted' | 'paid' | 'on-request', string>;
  spaceTypes: Readonly<Record<string, string>>;
  equipment: string;
  openingHours: string;
  booking: string;
  book: string;
}

/** The words about the municipality's contact points for associations and its meetings with them. */
export interface ContactTexts {
  /** The heading over the contact points ("Kunnan yhteyshenkilö yhdistyksille"). */
  heading: string;
  fields: string;
  none: string;
  nextMeeting: string;
}

/**
 * The words of the widgets `kumppani-all.js` adds (events, volunteering,
 * spaces, contact), kept apart so the directory's bundle does not carry them.
 */
export interface EventBundle {
  events: EventTexts;
  volunteering: TaskTexts;
  premises: PremiseTexts;
  contact: ContactTexts;
}

/**
 * Every UI string of the widgets. A language bundle implements this interface;
 * plurals and inserted values are functions, so word order stays the translator's.
 */
export interface Strings {
  directory: ListTexts;
  /** `<kumppani-card>` when its association is not in the feed (or not active). */
  associationNotFound: string;
  filtersSummary: (active: number) => string;
  filterGroups: { category: string; targetGroup: string; language: string; municipality: string };
  activeFilters: string;
  removeFilter: (label: string) => string;
  clearFilters: string;
  /** Shown when nothing matches: clears the typed query as well as the filters. */
  clearSearch: string;
  sortLabel: string;
  sortOptions: { relevance: string; name: string; updated: string; date: string };

  /** Follows the count after a comma: "30 yhdistystä, joista näytetään 5." */
  shownOf: (shown: string) => string;
  showMore: string;

  retry: string;
  staleCopy: (time: string) => string;

  website: string;
  email: string;
  phone: string;
  contactLinks: string;
  labelsOf: string;
  languagesList: (languages: string) => string;

  close: string;
  detailLabel: string;
  description: string;
  address: string;
  showOnMap: string;
  accessibility: string;
  social: string;
  socialServices: Record<SocialService, string>;
  membership: string;
  openToNewMembers: string;
  notTakingMembers: string;
  join: string;
  sourcePage: (source: string) => string;
  updated: (date: string) => string;
  contactPersons: string;
  /** Roles whose names are withheld: "Sihteeri: yhteydenotot yhdistyksen sähköpostiin", then the address. */
  contactVia: (roles: string) => string;
  upcomingEvents: string;
  volunteerTasks: string;
  contact: string;
  languages: string;
  homeMunicipality: string;
  areaServed: string;
  registryNumber: string;
  logoAlt: (name: string) => string;

  /** Precedes the source's name: "Tiedot: Ihimiset.fi". */
  attribution: string;
  licence: (id: string) => string;
  /** The link to the municipality's accessibility feedback channel (`feedback-url`). */
  reportProblem: string;

  /**
   * Names for the languages of Finland that browsers name unevenly or not at all
   * (Sámi, sign and minority languages); Intl.DisplayNames names the rest.
   */
  languageNames: Readonly<Record<string, string>>;
}
