/**
 * Contract v1.1 (§1, §3, §4) as zod schemas: the envelope, associations,
 * events, volunteer tasks, premises, contact points and the taxonomy. The
 * widgets read items with them (`normalize.ts`), the item types come from
 * them (`types.ts`) and the published JSON Schema is generated from them
 * (`json-schema.ts`).
 *
 * A schema here accepts exactly a complete, valid item. How an invalid one is
 * still used (an invalid optional field dropped, the item kept) is decided by
 * the reader from where each problem lies: in an optional field (`z.optional`,
 * `z._default`) or a list entry, that part is dropped; anywhere else the item
 * is skipped.
 */
import * as z from './zod.js';
import {
  codeList,
  email,
  count,
  date,
  dateTime,
  feedVersion,
  geo,
  httpsUrl,
  httpUrl,
  itemId,
  localizedText,
  municipalityCode,
  oneOf,
  phone,
  plainText,
  positiveCount,
  postalCode,
  registryNumber,
} from './schemas.js';

const NAME = localizedText(150);
const SHORT_DESCRIPTION = localizedText(200);
const DESCRIPTION = localizedText(2500);
const ALT = localizedText(300);
const CODES = codeList(0, 'code');
const SHORT_TEXT = plainText(200);

const optional = z.optional;
/** An optional list: empty when the feed gives none (or an invalid one). */
const list = <T extends z.core.$ZodType<unknown[]>>(schema: T) =>
  z._default(schema, () => [] as unknown as z.core.util.NoUndefined<z.core.output<T>>);

/** An object with no valid field counts as absent (`required` where it must be given). */
const nonEmpty = z.refine<object>((value) => Object.keys(value).length > 0, 'required');

/** An object of optional fields, kept when at least one of them is valid. */
const group = <S extends z.core.$ZodLooseShape>(shape: S) => z.object(shape).check(nonEmpty);

export const municipality = z.object({ code: municipalityCode, name: optional(NAME) });

export const address = group({
  street: optional(SHORT_TEXT),
  postalCode: optional(postalCode),
  postOffice: optional(SHORT_TEXT),
});

/** Images must be https (contract §3.1); a failing URL drops the whole image. */
const image = z.object({ url: httpsUrl, alt: optional(ALT) });

export const SOCIAL_SERVICES = [
  'facebook',
  'instagram',
  'x',
  'youtube',
  'tiktok',
  'linkedin',
  'mastodon',
  'other',
] as const;
export type SocialService = (typeof SOCIAL_SERVICES)[number];

/** Unknown or missing services become `other`: the link is still valid and shown. */
export const socialService = z.pipe(
  z.unknown(),
  z.transform((raw): SocialService => {
    const name = typeof raw === 'string' ? raw.trim().toLowerCase() : '';
    if (name === 'twitter') return 'x';
    return SOCIAL_SERVICES.find((service) => service === name) ?? 'other';
  }),
);

const personal = z.object({
  role: NAME,
  name: optional(plainText(150)),
  email: optional(email),
  phone: optional(phone),
});

/**
 * A role-based contact: `role` is required; name, e-mail and phone are read
 * only when the producer set `consent: true`, otherwise they are left out
 * unread and unreported — that is the contract.
 */
export const contactPerson = z.pipe(
  z.transform((raw: unknown) =>
    typeof raw === 'object' && raw !== null && !Array.isArray(raw) && (raw as { consent?: unknown }).consent !== true
      ? { role: (raw as { role?: unknown }).role }
      : raw,
  ),
  personal,
);

/** One contact or a list of them (volunteer tasks); a single one is reported under the field's own name. */
const oneOrMany = <T extends z.core.$ZodType>(entry: T) =>
  z.pipe(
    z.transform((raw: unknown) => (Array.isArray(raw) ? raw : [raw])),
    z.array(entry),
  );

export const contact = group({
  email: optional(email),
  phone: optional(phone),
  website: optional(httpUrl),
  social: optional(z.array(z.object({ url: httpUrl, service: z._default(socialService, 'other') }))),
});

/** Municipalities an association also works in, each code once. */
const areaServed = z.pipe(
  z.array(municipality),
  z.transform((areas) => {
    const seen = new Set<string>();
    return areas.filter((area) => !seen.has(area.code) && !!seen.add(area.code));
  }),
);

/** `to` must not come before `from` (date-times compared as instants); otherwise `to` is reported and dropped. */
function ordered<T extends object>(from: keyof T & string, to: keyof T & string) {
  return z.check<T>((payload) => {
    const value = (key: string): number => {
      const v = (payload.value as Record<string, unknown>)[key];
      return typeof v === 'string' ? Date.parse(v) : (v as number);
    };
    if (value(to) < value(from)) {
      const relation = typeof (payload.value as Record<string, unknown>)[to] === 'number' ? 'less than' : 'before';
      payload.issues.push({ code: 'custom', input: payload.value, path: [to], message: `${relation} ${from}` });
    }
  });
}

// ---------------------------------------------------------------------------
// Items

export const association = z.object({
  type: z.enum(['association']),
  id: itemId,
  name: NAME,
  categories: codeList(1, 'category code'),
  municipality,
  updatedAt: dateTime,
  status: z._default(oneOf(['active', 'inactive', 'dissolved']), 'active'),
  registryNumber: optional(registryNumber),
  shortDescription: optional(SHORT_DESCRIPTION),
  description: optional(DESCRIPTION),
  themes: list(CODES),
  targetGroups: list(CODES),
  accessibility: list(CODES),
  languages: list(CODES),
  areaServed: list(areaServed),
  address: optional(address),
  geo: optional(geo),
  contact: optional(contact),
  contactPersons: list(z.array(contactPerson)),
  membership: optional(group({ openToNewMembers: optional(z.boolean()), joinUrl: optional(httpUrl) })),
  logo: optional(image),
  url: optional(httpUrl),
  createdAt: optional(dateTime),
});

/** Where an event happens: a place, an online address, or both; at least one valid part. */
export const eventLocation = group({
  name: optional(NAME),
  address: optional(address),
  geo: optional(geo),
  municipality: optional(municipality),
  onlineUrl: optional(httpUrl),
});

/**
 * Events (contract §3.2). Where the contract gives no limits, texts follow the
 * association's: names ≤ 150 characters, `offer.price` ≤ 200 like a short
 * description.
 */
export const event = z
  .object({
    type: z.enum(['event']),
    id: itemId,
    organizerIds: codeList(1, 'organizer id'),
    name: NAME,
    startTime: dateTime,
    location: eventLocation,
    shortDescription: optional(SHORT_DESCRIPTION),
    description: optional(DESCRIPTION),
    endTime: optional(dateTime),
    eventStatus: z._default(oneOf(['scheduled', 'cancelled', 'postponed']), 'scheduled'),
    attendanceMode: optional(oneOf(['offline', 'online', 'mixed'])),
    categories: list(CODES),
    targetGroups: list(CODES),
    ageMin: optional(count),
    ageMax: optional(count),
    languages: list(CODES),
    accessibility: list(CODES),
    offer: optional(
      group({ isFree: optional(z.boolean()), price: optional(SHORT_DESCRIPTION), infoUrl: optional(httpUrl) }),
    ),
    registration: optional(
      group({ required: optional(z.boolean()), url: optional(httpUrl), deadline: optional(dateTime) }),
    ),
    infoUrl: optional(httpUrl),
    image: optional(image),
    updatedAt: optional(dateTime),
  })
  .check(ordered('startTime', 'endTime'), ordered('ageMin', 'ageMax'));

/** A problem that skips the item even though it is reported at an optional field. */
const FATAL = { fatal: true };

/**
 * Volunteer tasks (contract §3.3): `title` ≤ 150 characters like a name,
 * `timeCommitment` ≤ 200 like a short description; `contact` holds
 * role-based contact persons, one object or a list of them. A municipality is
 * required unless the task is remote; an invalid one of a remote task is only dropped.
 */
export const volunteerTask = z
  .object({
    type: z.enum(['volunteerTask']),
    id: itemId,
    associationId: itemId,
    title: NAME,
    updatedAt: dateTime,
    municipality: optional(municipality),
    remote: z._default(z.boolean(), false),
    description: optional(DESCRIPTION),
    themes: list(CODES),
    suitableForUnder18: optional(z.boolean()),
    languagesNeeded: list(CODES),
    timeCommitment: optional(SHORT_DESCRIPTION),
    startDate: optional(date),
    endDate: optional(date),
    ongoing: optional(z.boolean()),
    applyUrl: optional(httpUrl),
    contact: list(oneOrMany(contactPerson)),
  })
  .check(
    z.check(
      (payload) => {
        const { municipality: place, remote } = payload.value as { municipality?: unknown; remote?: unknown };
        if (remote !== true && place == null) {
          const message = 'required unless remote is true';
          payload.issues.push({ code: 'custom', input: place, path: ['municipality'], message, params: FATAL });
        }
      },
      { when: () => true },
    ),
    ordered('startDate', 'endDate'),
  );

const PREMISE_OWNERS = ['municipality', 'association', 'parish', 'company', 'other'] as const;
const SPACE_TYPES = [
  'meeting-room',
  'hall',
  'kitchen',
  'sports-hall',
  'outdoor',
  'workshop',
  'office',
  'storage',
  'other',
] as const;

/** A space associations can use (contract §3.4, since 1.1). */
export const premise = z.object({
  type: z.enum(['premise']),
  id: itemId,
  name: NAME,
  owner: z.object({ kind: oneOf(PREMISE_OWNERS), associationId: optional(itemId), name: optional(NAME) }),
  municipality,
  updatedAt: dateTime,
  description: optional(DESCRIPTION),
  spaceTypes: list(z.array(oneOf(SPACE_TYPES))),
  capacity: optional(positiveCount),
  address: optional(address),
  geo: optional(geo),
  accessibility: list(CODES),
  equipment: optional(DESCRIPTION),
  openingHours: optional(DESCRIPTION),
  pricing: optional(
    group({
      forAssociations: optional(oneOf(['free', 'discounted', 'paid', 'on-request'])),
      price: optional(SHORT_DESCRIPTION),
    }),
  ),
  booking: optional(
    group({
      url: optional(httpUrl),
      email: optional(email),
      phone: optional(phone),
      instructions: optional(DESCRIPTION),
    }),
  ),
  url: optional(httpUrl),
  image: optional(image),
});

/** The municipality's contact for associations (contract §3.5, since 1.1); the name only with consent. */
export const contactPoint = z.pipe(
  z.transform((raw: unknown) => {
    if (typeof raw !== 'object' || raw === null || (raw as { consent?: unknown }).consent === true) return raw;
    const { name: _name, ...rest } = raw as Record<string, unknown>;
    return rest;
  }),
  z
    .object({
      type: z.enum(['contactPoint']),
      id: itemId,
      municipality,
      role: NAME,
      updatedAt: dateTime,
      unit: optional(NAME),
      description: optional(DESCRIPTION),
      email: optional(email),
      phone: optional(phone),
      url: optional(httpUrl),
      categories: list(CODES),
      name: optional(plainText(150)),
    })
    .check(
      z.check((payload) => {
        const { email: mail, phone: tel, url } = payload.value as Record<string, unknown>;
        if (mail === undefined && tel === undefined && url === undefined) {
          const message = 'at least one of email, phone and url needed';
          payload.issues.push({ code: 'custom', input: payload.value, message, params: FATAL });
        }
      }),
    ),
);

/** Item schemas by `type`; items of other types are passed over (contract §1). */
export const ITEMS = { association, event, volunteerTask, premise, contactPoint } as const;

// ---------------------------------------------------------------------------
// Envelope and taxonomy

export const taxonomyEntry = z.object({ code: plainText(100), label: localizedText(300) });

export const TAXONOMY_KINDS = ['categories', 'targetGroups', 'themes', 'accessibility'] as const;

export const taxonomy = z.object({
  categories: optional(z.array(taxonomyEntry)),
  targetGroups: optional(z.array(taxonomyEntry)),
  themes: optional(z.array(taxonomyEntry)),
  accessibility: optional(z.array(taxonomyEntry)),
});

export const feedSource = z.object({ name: localizedText(200), url: optional(httpUrl) });
export const feedLicense = group({ id: optional(plainText(100)), url: optional(httpUrl) });

/**
 * The envelope of one page as the contract asks for it. A widget is more
 * lenient (`readPage`): only `feedVersion` and `data` decide whether a page is
 * usable, and the other fields are taken one by one when valid.
 */
export const envelope = z.object({
  feedVersion,
  generatedAt: dateTime,
  source: feedSource,
  license: optional(feedLicense),
  meta: z.object({ count, next: z.nullable(httpUrl), query: optional(codeList(0, 'code')) }),
  taxonomy: optional(taxonomy),
  data: z.array(z.unknown()),
});
