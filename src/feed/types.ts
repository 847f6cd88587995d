/**
 * The normalised model the widgets work with. The feed client turns contract v1
 * items into these shapes: required fields are guaranteed, invalid optional
 * fields are already dropped, URLs are absolute http(s) and text is plain.
 */

import type * as z from './zod.js';
import type * as contract from './contract.js';
import type { geo } from './schemas.js';

/** A language tag → plain text map, with at least one non-empty value. */
export type LocalizedText = Readonly<Record<string, string>>;

export type Municipality = z.output<typeof contract.municipality>;
export type Address = NonNullable<z.output<typeof contract.address>>;
export type Geo = z.output<typeof geo>;
export type { SocialService } from './contract.js';
export type Contact = z.output<typeof contract.contact>;
export type SocialLink = NonNullable<Contact['social']>[number];
/** Name, e-mail and phone are present only when the producer gave consent. */
export type ContactPerson = z.output<typeof contract.contactPerson>;

export type Association = z.output<typeof contract.association>;
export type AssociationStatus = Association['status'];

/** An event (`endTime` is never before `startTime`; `eventStatus` is `scheduled` when the feed does not say). */
export type FeedEvent = z.output<typeof contract.event>;
export type EventStatus = FeedEvent['eventStatus'];
export type AttendanceMode = NonNullable<FeedEvent['attendanceMode']>;
/** Where an event happens: a place, an online address, or both. */
export type EventLocation = FeedEvent['location'];

/** A volunteer task; `municipality` is absent for remote tasks. */
export type VolunteerTask = z.output<typeof contract.volunteerTask>;

/** A space associations can use (contract 1.1). */
export type Premise = z.output<typeof contract.premise>;

/** The municipality's contact for associations (contract 1.1); `name` only with consent. */
export type ContactPoint = z.output<typeof contract.contactPoint>;

/** Any item a widget reads. */
export type FeedItem = Association | FeedEvent | VolunteerTask | Premise | ContactPoint;

export type TaxonomyEntry = z.output<typeof contract.taxonomyEntry>;

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

export type FeedSource = z.output<typeof contract.feedSource>;
export type FeedLicense = z.output<typeof contract.feedLicense>;

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
  /** Spaces associations can use (contract 1.1). */
  premises: Premise[];
  /** The municipality's contacts for associations (contract 1.1). */
  contactPoints: ContactPoint[];
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
