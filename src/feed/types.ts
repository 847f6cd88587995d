/**
 * The normalised model the widgets work with. The feed client turns contract v1
 * items into these shapes: required fields are guaranteed, invalid optional
 * fields are already dropped, URLs are absolute http(s) and text is plain.
 */

/** A language tag → plain text map, with at least one non-empty value. */
export type LocalizedText = Readonly<Record<string, string>>;

export interface Municipality {
  /** Three-digit Statistics Finland code, e.g. "244". */
  code: string;
  name?: LocalizedText;
}

export interface Address {
  street?: string;
  postalCode?: string;
  postOffice?: string;
}

export interface Geo {
  lat: number;
  lon: number;
}

export type SocialService = 'facebook' | 'instagram' | 'x' | 'youtube' | 'tiktok' | 'linkedin' | 'mastodon' | 'other';

export interface SocialLink {
  service: SocialService;
  url: string;
}

export interface Contact {
  email?: string;
  phone?: string;
  website?: string;
  social?: SocialLink[];
}

export interface ContactPerson {
  role: LocalizedText;
  /** Present only when the producer gave consent. */
  name?: string;
  email?: string;
  phone?: string;
}

export type AssociationStatus = 'active' | 'inactive' | 'dissolved';

export interface Association {
  type: 'association';
  id: string;
  name: LocalizedText;
  categories: string[];
  municipality: Municipality;
  updatedAt: string;
  registryNumber?: string;
  status: AssociationStatus;
  shortDescription?: LocalizedText;
  description?: LocalizedText;
  themes: string[];
  targetGroups: string[];
  accessibility: string[];
  languages: string[];
  areaServed: Municipality[];
  address?: Address;
  geo?: Geo;
  contact?: Contact;
  contactPersons: ContactPerson[];
  membership?: { openToNewMembers?: boolean; joinUrl?: string };
  logo?: { url: string; alt?: LocalizedText };
  url?: string;
  createdAt?: string;
}

export type EventStatus = 'scheduled' | 'cancelled' | 'postponed';
export type AttendanceMode = 'offline' | 'online' | 'mixed';

/** Where an event happens: a place, an online address, or both. */
export interface EventLocation {
  name?: LocalizedText;
  address?: Address;
  geo?: Geo;
  municipality?: Municipality;
  onlineUrl?: string;
}

export interface FeedEvent {
  type: 'event';
  id: string;
  /** Ids of the organising associations (they may or may not be in the feed). */
  organizerIds: string[];
  name: LocalizedText;
  /** ISO 8601 date-time with offset. */
  startTime: string;
  /** ISO 8601 date-time with offset, never before `startTime`. */
  endTime?: string;
  location: EventLocation;
  shortDescription?: LocalizedText;
  description?: LocalizedText;
  /** `scheduled` when the feed does not say. */
  eventStatus: EventStatus;
  attendanceMode?: AttendanceMode;
  categories: string[];
  targetGroups: string[];
  ageMin?: number;
  ageMax?: number;
  languages: string[];
  accessibility: string[];
  offer?: { isFree?: boolean; price?: LocalizedText; infoUrl?: string };
  registration?: { required?: boolean; url?: string; deadline?: string };
  infoUrl?: string;
  image?: { url: string; alt?: LocalizedText };
  updatedAt?: string;
}

export interface VolunteerTask {
  type: 'volunteerTask';
  id: string;
  associationId: string;
  title: LocalizedText;
  updatedAt: string;
  /** Absent for remote tasks. */
  municipality?: Municipality;
  remote: boolean;
  description?: LocalizedText;
  themes: string[];
  suitableForUnder18?: boolean;
  languagesNeeded: string[];
  timeCommitment?: LocalizedText;
  /** Dates as `YYYY-MM-DD`. */
  startDate?: string;
  endDate?: string;
  ongoing?: boolean;
  applyUrl?: string;
  /** Role-based contacts: personal data only with consent, as for associations. */
  contact: ContactPerson[];
}

export interface TaxonomyEntry {
  code: string;
  label: LocalizedText;
}

/** The code lists a taxonomy labels (contract §4). */
export type TaxonomyKind = 'categories' | 'targetGroups' | 'themes' | 'accessibility';

/** Taxonomy entries as a feed (or its `taxonomy.json`) gives them, already validated. */
export type FeedTaxonomy = Partial<Record<TaxonomyKind, TaxonomyEntry[]>>;

export interface Taxonomy {
  categories: Map<string, LocalizedText>;
  targetGroups: Map<string, LocalizedText>;
  themes: Map<string, LocalizedText>;
  accessibility: Map<string, LocalizedText>;
}

export interface FeedSource {
  name: LocalizedText;
  url?: string;
}

export interface FeedLicense {
  id?: string;
  url?: string;
}

/** An item the client had to leave out, with the reason, for the webmaster. */
export interface SkippedItem {
  /**
   * The item's id, or, when it had no usable id, its position in `data`
   * (from 0): `#14` on the first page, `page 2 #14` on later pages.
   */
  id: string;
  reason: string;
}

/** An optional field that was invalid and dropped; the item itself was kept. */
export interface DroppedField {
  id: string;
  field: string;
  reason: string;
}

/** Why the client stopped following `meta.next` before reaching `null`. */
export type PagingStop = 'loop' | 'page-cap' | 'invalid-next';

export interface FeedData {
  url: string;
  feedVersion: string;
  generatedAt?: string;
  source?: FeedSource;
  license?: FeedLicense;
  /** Total the feed announced in `meta.count` on its first page. */
  announcedCount?: number;
  /** Parameters the endpoint accepts (contract §6); absent for static feeds. */
  query?: string[];
  taxonomy: Taxonomy;
  associations: Association[];
  events: FeedEvent[];
  tasks: VolunteerTask[];
  /** How many items of unknown types were passed over (contract §1: not errors). */
  otherItems: number;
  skipped: SkippedItem[];
  dropped: DroppedField[];
  pagingStopped?: { reason: PagingStop; url: string };
  /** The next page, when loading stopped after the first one on purpose (a server-searched feed). */
  next?: string;
  /** When this copy was received (ms since epoch), to label stale copies. */
  receivedAt: number;
}

export type FeedErrorKind = 'network' | 'http' | 'format' | 'version';

export class FeedError extends Error {
  readonly kind: FeedErrorKind;
  readonly status?: number;
  readonly url: string;

  constructor(kind: FeedErrorKind, message: string, url: string, status?: number) {
    super(message);
    this.name = 'FeedError';
    this.kind = kind;
    this.url = url;
    if (status !== undefined) this.status = status;
  }
}
