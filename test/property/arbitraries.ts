/**
 * Hostile input for the property suites: strings that have broken widgets
 * (lone surrogates, bidi controls, invisible characters, Object.prototype names,
 * markup, script links, mailto header fields) and mutations that put them, or
 * arbitrary JSON, into every text, code, id and link field of a valid feed.
 */
import fc from 'fast-check';

type Json = unknown;
type Obj = Record<string, Json>;

/** Pieces that have broken or could break a widget, each on its own or inside other text. */
export const HOSTILE_PIECES = [
  '\ud800',
  '\udfff',
  '\ud83d',
  '\u202e',
  '\u2066',
  '\u061c',
  '\u200b',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u3164',
  '\u0000',
  '\n\n',
  ' ',
  'constructor',
  '__proto__',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<b>lihava</b>',
  '"><svg onload=alert(1)>',
  '{{7*7}}${7*7}',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  '?bcc=spy@evil.example&subject=x',
  '%0d%0aBcc:spy@evil.example',
  '&amp;',
  '🙂',
  'Ääkköset åö',
] as const;

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));
const piece = fc.constantFrom(...HOSTILE_PIECES);
/** Names every plain object answers to: codes like these once crashed the widgets. */
export const prototypeName = fc.constantFrom('constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf');

/** Any string, weighted towards the hostile pieces. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: piece },
  {
    weight: 3,
    arbitrary: fc
      .array(fc.oneof(piece, fc.string({ maxLength: 6 }), loneSurrogate), { maxLength: 5 })
      .map((parts) => parts.join('')),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
);

/** A link value: a hostile string, or an address with hostile parts. */
const hostileLink: fc.Arbitrary<string> = fc.oneof(
  hostileString,
  hostileString.map((text) => `https://evil.example/${text}`),
  hostileString.map((text) => `${text}@assoc.example`),
  hostileString.map((text) => `info${text}@assoc.example`),
  fc.constantFrom(
    'mailto:a@b.example',
    'tel:123',
    'https://user:pw@evil.example/',
    'HTTPS://EXAMPLE.COM/a/../b',
    '//evil.example/x',
  ),
);

/** Any JSON value, small. */
const anyJson: fc.Arbitrary<Json> = fc.jsonValue({ maxDepth: 2 });

/** Where a field of a kind sits in an item, by item type. */
const FIELDS: Record<'text' | 'code' | 'id' | 'link', Record<string, readonly string[]>> = {
  text: {
    association: [
      'name',
      'shortDescription',
      'description',
      'contactPersons.0.role',
      'contactPersons.0.name',
      'address.street',
      'address.postOffice',
      'logo.alt',
      'municipality.name',
    ],
    event: ['name', 'shortDescription', 'description', 'location.name', 'location.address.street', 'offer.price'],
    volunteerTask: ['title', 'description', 'timeCommitment', 'contact.role', 'contact.name'],
  },
  code: {
    association: ['categories', 'targetGroups', 'languages', 'themes', 'accessibility', 'municipality.code', 'status'],
    event: ['categories', 'targetGroups', 'languages', 'accessibility', 'eventStatus', 'attendanceMode'],
    volunteerTask: ['themes', 'languagesNeeded', 'municipality.code'],
  },
  id: {
    association: ['id'],
    event: ['id', 'organizerIds'],
    volunteerTask: ['id', 'associationId'],
  },
  link: {
    association: [
      'url',
      'contact.website',
      'contact.email',
      'contact.phone',
      'contact.social.0.url',
      'membership.joinUrl',
      'logo.url',
      'contactPersons.0.email',
      'contactPersons.0.phone',
    ],
    event: ['infoUrl', 'location.onlineUrl', 'registration.url', 'offer.infoUrl', 'image.url'],
    volunteerTask: ['applyUrl', 'contact.email', 'contact.phone'],
  },
};

/** Sets `path` (dot-separated, numbers index lists) in `target`, making objects on the way. */
function setPath(target: Obj, path: string, value: Json): void {
  const keys = path.split('.');
  let at: Obj = target;
  keys.slice(0, -1).forEach((key, index) => {
    const next = at[key];
    if (typeof next !== 'object' || next === null) {
      at[key] = /^\d+$/.test(keys[index + 1]!) ? [] : {};
    }
    at = at[key] as Obj;
  });
  at[keys.at(-1)!] = value;
}

/** A value for a field of a kind: the hostile string in the shape the field takes, or another shape. */
function valueFor(kind: keyof typeof FIELDS, path: string): fc.Arbitrary<Json> {
  const text = kind === 'link' ? hostileLink : hostileString;
  const shaped: fc.Arbitrary<Json> =
    kind === 'text' && !/street|postOffice|\.name$|price/.test(path) && path !== 'contactPersons.0.name'
      ? fc.oneof(
          text.map((value) => ({ fi: value })),
          fc.tuple(hostileString, text).map(([lang, value]) => ({ [lang]: value, fi: value })),
          text.map((value) => ({ fi: `Kuoro ${value}` })),
        )
      : kind === 'code' && !/code|Status|status|Mode/.test(path)
        ? fc.array(fc.oneof(prototypeName, text), { minLength: 1, maxLength: 3 })
        : kind === 'id' && path === 'organizerIds'
          ? fc.array(text, { minLength: 1, maxLength: 2 })
          : text;
  return fc.oneof({ weight: 4, arbitrary: shaped }, { weight: 1, arbitrary: anyJson });
}

/** One change to one item: a field of some kind set to hostile or arbitrary JSON, or removed. */
export interface Mutation {
  item: number;
  path: string;
  value: Json;
  remove: boolean;
}

const KINDS = Object.keys(FIELDS) as (keyof typeof FIELDS)[];

/** Up to `max` mutations of a feed's `data` (items by their index). */
export function mutations(data: readonly Json[], max: number): fc.Arbitrary<Mutation[]> {
  const mutation = fc
    .tuple(fc.nat({ max: data.length - 1 }), fc.constantFrom(...KINDS), fc.nat(), fc.boolean(), fc.nat({ max: 9 }))
    .chain(([item, kind, choice, replaceWhole, removeRoll]) => {
      const type = String((data[item] as Obj | undefined)?.type ?? 'association');
      const paths = FIELDS[kind][type] ?? FIELDS[kind]['association']!;
      const path = paths[choice % paths.length]!;
      return (replaceWhole ? anyJson : valueFor(kind, path)).map((value) => ({
        item,
        path,
        value,
        remove: removeRoll === 0,
      }));
    });
  return fc.array(mutation, { minLength: 1, maxLength: max });
}

/** A deep copy of `data` with the mutations made; returns the indexes of the items changed. */
export function mutate(data: readonly Json[], changes: readonly Mutation[]): { data: Json[]; changed: Set<number> } {
  const copy = structuredClone(data) as Json[];
  const changed = new Set<number>();
  for (const change of changes) {
    const item = copy[change.item];
    if (typeof item !== 'object' || item === null || Array.isArray(item)) continue;
    changed.add(change.item);
    if (change.remove) {
      const keys = change.path.split('.');
      let at: Json = item;
      for (const key of keys.slice(0, -1)) at = typeof at === 'object' && at !== null ? (at as Obj)[key] : undefined;
      if (typeof at === 'object' && at !== null) delete (at as Obj)[keys.at(-1)!];
    } else {
      setPath(item as Obj, change.path, structuredClone(change.value));
    }
  }
  return { data: copy, changed };
}

/** Arbitrary JSON as a feed's `data`: lists of anything, and objects that look like items. */
export const arbitraryItems: fc.Arbitrary<Json[]> = fc.array(
  fc.oneof(
    anyJson,
    fc.record(
      {
        type: fc.oneof(fc.constantFrom('association', 'event', 'volunteerTask', 'constructor', '__proto__'), anyJson),
        id: fc.oneof(hostileString, anyJson),
        name: fc.oneof(
          hostileString.map((fi) => ({ fi })),
          anyJson,
        ),
        categories: fc.oneof(fc.array(hostileString, { maxLength: 2 }), anyJson),
        municipality: fc.oneof(fc.constant({ code: '564' }), anyJson),
        updatedAt: fc.oneof(fc.constant('2026-01-01T00:00:00Z'), anyJson),
      },
      { requiredKeys: ['type'] },
    ),
  ),
  { maxLength: 8 },
);

/**
 * Hostile values in many fields at once (up to `max`): every text, code, id and
 * link field of every item may be picked. For slow properties, whose few cases
 * must each reach far.
 */
export function hostileFields(data: readonly Json[], max: number): fc.Arbitrary<Mutation[]> {
  const places = data.flatMap((raw, item) => {
    const type = String((raw as Obj | undefined)?.type ?? 'association');
    return KINDS.flatMap((kind) => (FIELDS[kind][type] ?? []).map((path) => ({ item, kind, path })));
  });
  return fc
    .shuffledSubarray(places, { minLength: 1, maxLength: max })
    .chain((picked) =>
      fc.tuple(
        ...picked.map(({ item, kind, path }) =>
          valueFor(kind, path).map((value): Mutation => ({ item, path, value, remove: false })),
        ),
      ),
    );
}
