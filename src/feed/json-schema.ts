/**
 * The published JSON Schema (2020-12) of contract v1.1, generated from the
 * very schemas the widgets read feeds with (`contract.ts`). Used at build time
 * (`dist/feed.schema.json`) and by the `kumppani-feed schema` command; never
 * part of the browser bundles.
 *
 * zod states most rules itself (types, required fields, patterns, ranges,
 * enumerations). What the widget decides in code is stated here, next to
 * zod's output: LocalizedText, code lists, lengths counted in characters,
 * consent, "absent" (null or blank) optional fields, and the few rules that
 * need more than one field. Only the order of two fields (`endTime` after
 * `startTime` and the like) is beyond JSON Schema; `ORDER_RULES` names them.
 */
import * as contract from './contract.js';
import { codeList, email, itemId, LANGUAGE_TAG, localizedText, phone, plainText } from './schemas.js';
import * as z from './zod.js';

type Json = Record<string, unknown>;

/** Rules the widget checks that JSON Schema cannot state: the second field is dropped when earlier than the first. */
export const ORDER_RULES = [
  ['event', 'startTime', 'endTime'],
  ['event', 'ageMin', 'ageMax'],
  ['volunteerTask', 'startDate', 'endDate'],
] as const;

/** Null or a blank string: what the widget treats as "not given" in an optional field or a list. */
const ABSENT: Json = {
  description: 'Not given: null or a blank string.',
  anyOf: [{ type: 'null' }, { type: 'string', pattern: '^\\s*$' }],
};
const NOT_ABSENT: Json = { not: { $ref: '#/$defs/absent' } };
/** `schema`, or absent; zod may show one JSON object to the override twice, so it is wrapped once. */
const orAbsent = (schema: Json): Json =>
  (schema.anyOf as Json[] | undefined)?.[0]?.$ref === '#/$defs/absent'
    ? schema
    : { anyOf: [{ $ref: '#/$defs/absent' }, schema] };
const NON_BLANK = '\\S';
const TAG = LANGUAGE_TAG.source;

function localizedTextSchema(max: number): Json {
  return {
    type: 'object',
    description:
      `Plain text by BCP 47 language tag (fi, sv, en, se …), each at most ${max} characters; at least one ` +
      'non-blank text. Keys that are not language tags and values that are not strings are ignored.',
    patternProperties: { [TAG]: { anyOf: [{ not: { type: 'string' } }, { type: 'string', maxLength: max }] } },
    // "Some language tag has a non-blank text": not every one of them lacks it.
    not: { patternProperties: { [TAG]: { not: { type: 'string', pattern: NON_BLANK } } } },
  };
}

function codeListSchema(min: number, noun: string): Json {
  const schema: Json = {
    type: 'array',
    description: 'Codes (strings); entries that are not strings or are blank are ignored, repeats count once.',
  };
  if (min > 0) Object.assign(schema, { contains: { type: 'string', pattern: NON_BLANK }, minContains: min });
  if (min > 0) schema.description += ` At least ${min} ${noun}.`;
  return schema;
}

/** Instances the override recognises, with the JSON Schema they stand for. */
function knownSchemas(): Map<unknown, Json> {
  const known = new Map<unknown, Json>();
  for (const max of [150, 200, 300, 2500]) known.set(localizedText(max), localizedTextSchema(max));
  known.set(codeList(0, 'code'), codeListSchema(0, 'code'));
  known.set(codeList(1, 'category code'), codeListSchema(1, 'category code'));
  known.set(codeList(1, 'organizer id'), codeListSchema(1, 'organizer id'));
  for (const max of [100, 150, 200]) {
    known.set(plainText(max), { type: 'string', pattern: NON_BLANK, maxLength: max });
  }
  known.set(itemId, { type: 'string', pattern: NON_BLANK, maxLength: 200 });
  known.set(contract.socialService, {
    description: `${contract.SOCIAL_SERVICES.join(', ')}; anything else is shown as "other".`,
  });
  return known;
}

interface Override {
  zodSchema: unknown;
  jsonSchema: Json;
}

const replace = (target: Json, by: Json): void => {
  for (const key of Object.keys(target)) delete target[key];
  Object.assign(target, by);
};

/** The JSON Schema of one zod schema, with the widget's rules stated (see the module comment). */
function toJson(schema: z.core.$ZodType, extra?: (context: Override) => void): Json {
  const known = knownSchemas();
  return z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
    reused: 'inline',
    override(context) {
      const json = context.jsonSchema as Json;
      const replacement = known.get(context.zodSchema);
      if (replacement) return replace(json, structuredClone(replacement));
      if (context.zodSchema === email) Object.assign(json, { maxLength: 254 });
      extra?.({ zodSchema: context.zodSchema, jsonSchema: json });
      // Optional fields and list entries may be absent.
      const properties = json.properties as Record<string, Json> | undefined;
      const required = new Set((json.required as string[] | undefined) ?? []);
      for (const [key, value] of Object.entries(properties ?? {})) {
        if (!required.has(key)) properties![key] = orAbsent(value);
      }
      if (json.type === 'array' && json.items && !known.has(context.zodSchema)) {
        json.items = orAbsent(json.items as Json);
      }
    },
  }) as Json;
}

/** Contact persons: name, e-mail and phone are read only with `"consent": true`. */
function contactPersonSchema(): Json {
  return {
    type: 'object',
    description: 'A role-based contact; name, e-mail and phone only with "consent": true (otherwise ignored).',
    required: ['role'],
    properties: { role: toJson(localizedText(150)), consent: {} },
    if: { required: ['consent'], properties: { consent: { const: true } } },
    then: {
      properties: {
        name: orAbsent(toJson(plainText(150))),
        email: orAbsent(toJson(email)),
        phone: orAbsent(toJson(phone)),
      },
    },
  };
}

/** "At least one of `keys` is given." */
const anyGiven = (keys: string[]): Json => ({
  anyOf: keys.map((key) => ({ required: [key], properties: { [key]: NOT_ABSENT } })),
});

function itemSchema(type: keyof typeof contract.ITEMS): Json {
  const person = contactPersonSchema();
  const json = toJson(contract.ITEMS[type], ({ zodSchema, jsonSchema }) => {
    if (zodSchema === contract.contactPerson) replace(jsonSchema, structuredClone(person));
    if (zodSchema === contract.eventLocation)
      Object.assign(jsonSchema, anyGiven(Object.keys(jsonSchema.properties as Json)));
    // One contact person or a list of them (volunteer tasks).
    if (zodSchema === contract.volunteerTask.def.shape.contact.def.innerType) {
      const list = { type: 'array', items: orAbsent(structuredClone(person)) };
      replace(jsonSchema, { anyOf: [structuredClone(person), list] });
    }
  });
  if (type === 'volunteerTask') {
    Object.assign(json, {
      if: { required: ['remote'], properties: { remote: { const: true } } },
      else: { required: ['municipality'], properties: { municipality: NOT_ABSENT } },
    });
  }
  if (type === 'contactPoint') {
    // The inner object: the outer step only hides `name` when there is no consent.
    const inner = toJson(contract.contactPoint.def.out);
    const name = (inner.properties as Json).name;
    delete (inner.properties as Json).name;
    Object.assign(inner, anyGiven(['email', 'phone', 'url']), {
      if: { required: ['consent'], properties: { consent: { const: true } } },
      then: { properties: { name } },
    });
    replace(json, inner);
  }
  return json;
}

const ITEM_TITLES: Record<keyof typeof contract.ITEMS, [title: string, description: string]> = {
  association: ['Association', 'An association and how to reach it (contract §3.1).'],
  event: ['Event', 'An event organised by one or more associations, at a place or online (contract §3.2).'],
  volunteerTask: ['Volunteer task', 'A task an association seeks volunteers for (contract §3.3).'],
  premise: ['Premise', 'A space associations can use (contract §3.4, since 1.1).'],
  contactPoint: [
    'Contact point',
    "The municipality's contact for associations, role-based (contract §3.5, since 1.1).",
  ],
};

const ENVELOPE_FIELDS: Record<string, string> = {
  feedVersion: 'MAJOR.MINOR; major 1 is this contract. Widgets refuse other majors and ignore unknown minors.',
  generatedAt: 'When this page was made: ISO 8601 date-time with offset or Z.',
  source: 'Shown as attribution ("Tiedot: …").',
  license: 'Shown with the attribution when present.',
  meta: 'count: items across all pages; next: the next page (absolute http(s) URL) or null on the last page; query: parameters the endpoint understands (contract §6).',
  taxonomy: 'Labels for codes; may come on the first page only, or from taxonomy.json beside the feed.',
};

/** The whole schema document: a feed page, with every item type under `$defs`. */
export function feedJsonSchema(version: string): Json {
  const types = Object.keys(contract.ITEMS) as (keyof typeof contract.ITEMS)[];
  const envelope = toJson(contract.envelope);
  for (const [field, description] of Object.entries(ENVELOPE_FIELDS)) {
    Object.assign((envelope.properties as Record<string, Json>)[field]!, { description });
  }
  (envelope.properties as Json).data = {
    type: 'array',
    description: 'Items, each with a `type`; items of other types are ignored.',
    items: {
      allOf: types.map((type) => ({
        if: { type: 'object', required: ['type'], properties: { type: { const: type } } },
        then: { $ref: `#/$defs/${type}` },
      })),
    },
  };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `https://cdn.example/kumppani/${version}/feed.schema.json`,
    title: 'kumppani feed, contract v1.1',
    description:
      'One page of an association listing feed (a static file or one page of an API), as the kumppani widgets read it. ' +
      `Beyond this schema the widgets check the order of ${ORDER_RULES.map(([, from, to]) => `${from}/${to}`).join(', ')}.`,
    ...envelope,
    $defs: {
      absent: ABSENT,
      ...Object.fromEntries(
        types.map((type) => {
          const [title, description] = ITEM_TITLES[type];
          return [type, { title, description, ...itemSchema(type) }];
        }),
      ),
    },
  };
}
