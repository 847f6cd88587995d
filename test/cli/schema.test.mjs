// The published JSON Schema and the widgets' reader agree: every item of the
// corpus is accepted by both (the widget keeps it whole: nothing skipped or
// dropped) or rejected by both. Runs against the built files (`npm run build`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv from 'ajv/dist/2020.js';
import { ORDER_RULES, readItem } from '../../dist/cli/api.js';

const schema = JSON.parse(readFileSync(new URL('../../dist/feed.schema.json', import.meta.url), 'utf8'));
const ajv = new Ajv({ strict: false, allErrors: false });
ajv.addSchema(schema);
const validatorFor = (type) => ajv.getSchema(`${schema.$id}#/$defs/${type}`);

const BASE = {
  association: {
    type: 'association',
    id: 'a:1',
    name: { fi: 'Kylä ry' },
    categories: ['leisure'],
    municipality: { code: '244' },
    updatedAt: '2026-10-14T12:30:00+03:00',
  },
  event: {
    type: 'event',
    id: 'e:1',
    organizerIds: ['a:1'],
    name: { fi: 'Tanssit' },
    startTime: '2026-12-01T18:00:00+02:00',
    location: { municipality: { code: '564' } },
  },
  volunteerTask: {
    type: 'volunteerTask',
    id: 't:1',
    associationId: 'a:1',
    title: { fi: 'Kahvinkeittäjä' },
    updatedAt: '2026-10-01T12:00:00+03:00',
    municipality: { code: '564' },
  },
  premise: {
    type: 'premise',
    id: 'p:1',
    name: { fi: 'Kokoushuone' },
    owner: { kind: 'municipality' },
    municipality: { code: '244' },
    updatedAt: '2026-10-01T08:00:00+03:00',
  },
  contactPoint: {
    type: 'contactPoint',
    id: 'c:1',
    municipality: { code: '244' },
    role: { fi: 'Järjestöyhdyshenkilö' },
    email: 'jarjestot@kempele.example',
    updatedAt: '2026-10-01T08:00:00+03:00',
  },
};

const FULL_ASSOCIATION = {
  ...BASE.association,
  registryNumber: '123.456',
  status: 'inactive',
  shortDescription: { fi: 'Lyhyt', sv: 'Kort' },
  description: { fi: 'Pitkä\n\nkuvaus' },
  themes: ['wellbeing'],
  targetGroups: ['seniors'],
  languages: ['fi', 'sv'],
  areaServed: [{ code: '244' }, { code: '564', name: { fi: 'Oulu' } }],
  address: { street: 'Katu 1', postalCode: '90440', postOffice: 'Kempele' },
  geo: { lat: 64.9126, lon: 25.5086 },
  accessibility: ['wheelchair'],
  contact: {
    email: 'info@kyla.example',
    phone: '+358 40 123 4567',
    website: 'https://kyla.example/',
    social: [{ service: 'facebook', url: 'https://www.facebook.com/kyla' }],
  },
  contactPersons: [
    { role: { fi: 'PJ' }, name: 'Maija', email: 'pj@kyla.example', phone: '040 123 4567', consent: true },
  ],
  membership: { openToNewMembers: true, joinUrl: 'https://kyla.example/liity' },
  logo: { url: 'https://kyla.example/logo.png', alt: { fi: 'Logo' } },
  url: 'https://palvelu.example/a/1',
  createdAt: '2019-05-02T09:00:00+03:00',
};

const long = (n, unit = 'x') => unit.repeat(n);
const at = (type, patch) => ({ ...BASE[type], ...patch });
const a = (patch) => at('association', patch);
const e = (patch) => at('event', patch);
const t = (patch) => at('volunteerTask', patch);
const p = (patch) => at('premise', patch);
const c = (patch) => at('contactPoint', patch);

/** [what, item, accepted]. */
const CORPUS = [
  ['minimal association', a({}), true],
  ['every association field', FULL_ASSOCIATION, true],
  ['unknown fields', a({ colour: 'green', extra: { x: 1 } }), true],
  // LocalizedText
  ['name of 150 characters', a({ name: { fi: long(150) } }), true],
  ['name of 151 characters', a({ name: { fi: long(151) } }), false],
  ['name of 150 emoji', a({ name: { fi: long(150, '😀') } }), true],
  ['name of 151 emoji', a({ name: { fi: long(151, '😀') } }), false],
  ['name with a blank and a real text', a({ name: { fi: '  ', sv: 'Byn rf' } }), true],
  ['name with a number and a text', a({ name: { fi: 42, sv: 'Byn rf' } }), true],
  ['name with only a blank text', a({ name: { fi: '   ' } }), false],
  ['name with only a key that is no language tag', a({ name: { 'not a tag': 'x' } }), false],
  ['name with a long text under a key that is no language tag', a({ name: { fi: 'x', 'not a tag': long(200) } }), true],
  ['name with a region subtag', a({ name: { 'sr-Latn': 'Selo' } }), true],
  ['name as an empty object', a({ name: {} }), false],
  ['name as a string', a({ name: 'Kylä ry' }), false],
  ['name as a list', a({ name: [{ fi: 'x' }] }), false],
  ['name null', a({ name: null }), false],
  ['no name', a({ name: undefined }), false],
  ['description of 2500 characters', a({ description: { fi: long(2500) } }), true],
  ['description of 2501 characters', a({ description: { fi: long(2501) } }), false],
  ['short description of 201 characters', a({ shortDescription: { fi: long(201) } }), false],
  // id and type
  ['blank id', a({ id: '  ' }), false],
  ['numeric id', a({ id: 42 }), false],
  ['id of 200 characters', a({ id: long(200) }), true],
  ['id of 201 characters', a({ id: long(201) }), false],
  // code lists
  ['no categories', a({ categories: [] }), false],
  ['only numeric categories', a({ categories: [3, 4] }), false],
  ['only blank categories', a({ categories: [' '] }), false],
  ['a padded category', a({ categories: [' leisure '] }), true],
  ['a category beside a number', a({ categories: ['leisure', 3] }), true],
  ['categories as a string', a({ categories: 'leisure' }), false],
  ['themes as a string', a({ themes: 'wellbeing' }), false],
  ['languages with a number', a({ languages: ['fi', 5] }), true],
  // municipality
  ['municipality 091', a({ municipality: { code: '091' } }), true],
  ['padded municipality code', a({ municipality: { code: ' 091 ' } }), true],
  ['two-digit municipality code', a({ municipality: { code: '91' } }), false],
  ['numeric municipality code', a({ municipality: { code: 91 } }), false],
  ['municipality name as a string', a({ municipality: { code: '091', name: 'Helsinki' } }), false],
  ['municipality as a string', a({ municipality: '091' }), false],
  ['no municipality', a({ municipality: undefined }), false],
  // date-times
  ['updatedAt in UTC', a({ updatedAt: '2026-10-14T12:30:00Z' }), true],
  ['updatedAt without seconds', a({ updatedAt: '2026-10-14T12:30-05:00' }), true],
  ['updatedAt with a fraction', a({ updatedAt: '2026-10-14T12:30:00.123+03:00' }), true],
  ['updatedAt on 29 February of a leap year', a({ updatedAt: '2024-02-29T00:00:00Z' }), true],
  ['updatedAt on 29 February 2000', a({ updatedAt: '2000-02-29T00:00:00Z' }), true],
  ['updatedAt on 29 February 1900', a({ updatedAt: '1900-02-29T00:00:00Z' }), false],
  ['updatedAt on 29 February of a common year', a({ updatedAt: '2026-02-29T00:00:00Z' }), false],
  ['updatedAt on 31 April', a({ updatedAt: '2026-04-31T00:00:00Z' }), false],
  ['updatedAt at 24:00', a({ updatedAt: '2026-10-14T24:00:00Z' }), false],
  ['updatedAt without an offset', a({ updatedAt: '2026-10-14T12:30:00' }), false],
  ['updatedAt as a date', a({ updatedAt: '2026-10-14' }), false],
  ['updatedAt in Finnish notation', a({ updatedAt: '14.10.2026 12:30' }), false],
  ['createdAt yesterday', a({ createdAt: 'eilen' }), false],
  // enumerations and formats
  ['status dissolved', a({ status: 'dissolved' }), true],
  ['status closed', a({ status: 'closed' }), false],
  ['status Active', a({ status: 'Active' }), false],
  ['status null', a({ status: null }), true],
  ['registry number 42', a({ registryNumber: '42' }), true],
  ['registry number 1234', a({ registryNumber: '1234' }), false],
  ['registry number 12-345', a({ registryNumber: '12-345' }), false],
  ['postal code of four digits', a({ address: { postalCode: '9044' } }), false],
  ['blank street', a({ address: { street: '' } }), true],
  // links
  ['url in capitals', a({ url: 'HTTPS://PALVELU.EXAMPLE/A' }), true],
  ['url with a port', a({ url: 'https://palvelu.example:8443/a' }), true],
  ['url over http', a({ url: 'http://palvelu.example/a' }), true],
  ['url without a path', a({ url: 'https://palvelu.example' }), true],
  ['javascript: url', a({ url: 'javascript:alert(1)' }), false],
  ['data: url', a({ url: 'data:text/html,<b>x</b>' }), false],
  ['relative url', a({ url: '/yhdistys' }), false],
  ['ftp url', a({ url: 'ftp://palvelu.example/a' }), false],
  ['url with a user and password', a({ url: 'https://user:pw@palvelu.example/' }), false],
  ['url with a user', a({ url: 'https://bank.example@evil.example/' }), false],
  ['url with no host', a({ url: 'https://' }), false],
  ['url with a space in the host', a({ url: 'https://palvelu .example/' }), false],
  ['blank url', a({ url: '' }), true],
  ['logo over https', a({ logo: { url: 'https://kyla.example/l.png' } }), true],
  ['logo over http', a({ logo: { url: 'http://kyla.example/l.png' } }), false],
  ['logo without url', a({ logo: { alt: { fi: 'Logo' } } }), false],
  ['javascript: website', a({ contact: { website: 'javascript:alert(1)' } }), false],
  [
    'social link of an unknown service',
    a({ contact: { social: [{ service: 'bluesky', url: 'https://b.example/x' }] } }),
    true,
  ],
  ['social link without a service', a({ contact: { social: [{ url: 'https://b.example/x' }] } }), true],
  ['javascript: social link', a({ contact: { social: [{ service: 'x', url: 'javascript:x' }] } }), false],
  ['null social entry', a({ contact: { social: [null] } }), true],
  ['join url vbscript:', a({ membership: { joinUrl: 'vbscript:msgbox' } }), false],
  // e-mail and phone
  ['plain e-mail', a({ contact: { email: 'info@kyla.example' } }), true],
  ['e-mail with letters of another script', a({ contact: { email: 'pääsihteeri@yhdistys.fi' } }), true],
  ['e-mail with a display name', a({ contact: { email: 'Matti <m@x.fi>' } }), false],
  ['e-mail without a dot in the domain', a({ contact: { email: 'a@localhost' } }), false],
  ['two e-mail addresses', a({ contact: { email: 'a@x.fi b@x.fi' } }), false],
  ['phone with spaces', a({ contact: { phone: '+358 40 123 4567' } }), true],
  ['phone with a trunk zero', a({ contact: { phone: '+358 (0)9 310 1691' } }), true],
  ['phone of 15 digits', a({ contact: { phone: '+123456789012345' } }), true],
  ['phone of 16 digits', a({ contact: { phone: '+1234567890123456' } }), false],
  ['emergency number', a({ contact: { phone: '112' } }), false],
  ['phone in words', a({ contact: { phone: 'soita illalla' } }), false],
  ['empty contact', a({ contact: {} }), true],
  ['contact of nulls', a({ contact: { email: null, phone: '  ' } }), true],
  // coordinates
  ['geo at the limits', a({ geo: { lat: 90, lon: -180 } }), true],
  ['geo as a GeoJSON array', a({ geo: [25.5, 64.9] }), false],
  ['geo out of range', a({ geo: { lat: 90.5, lon: 25 } }), false],
  ['geo as strings', a({ geo: { lat: '64.9', lon: 25.5 } }), false],
  ['geo without lon', a({ geo: { lat: 64.9 } }), false],
  // contact persons and consent
  ['contact person with a role', a({ contactPersons: [{ role: { fi: 'PJ' } }] }), true],
  ['contact person without a role', a({ contactPersons: [{ name: 'Matti', consent: true }] }), false],
  ['invalid e-mail without consent', a({ contactPersons: [{ role: { fi: 'PJ' }, email: 'not an address' }] }), true],
  [
    'invalid e-mail with consent',
    a({ contactPersons: [{ role: { fi: 'PJ' }, email: 'not an address', consent: true }] }),
    false,
  ],
  ['consent as a string', a({ contactPersons: [{ role: { fi: 'PJ' }, email: 'nope', consent: 'true' }] }), true],
  ['null contact person', a({ contactPersons: [null, { role: { fi: 'PJ' } }] }), true],
  ['contact persons as an object', a({ contactPersons: { role: { fi: 'PJ' } } }), false],
  // other groups and lists
  ['open to new members as a word', a({ membership: { openToNewMembers: 'yes' } }), false],
  ['the same area twice', a({ areaServed: [{ code: '564' }, { code: '564' }] }), true],
  ['area by name', a({ areaServed: [{ code: 'Oulu' }] }), false],
  // events
  ['minimal event', e({}), true],
  ['online event', e({ location: { onlineUrl: 'https://meet.example/x' }, attendanceMode: 'online' }), true],
  ['event place by name only', e({ location: { name: { fi: 'Talo' } } }), true],
  ['event place with a null part', e({ location: { name: null, onlineUrl: 'https://meet.example/x' } }), true],
  ['event location empty', e({ location: {} }), false],
  ['event location of nulls', e({ location: { name: null, onlineUrl: ' ' } }), false],
  ['event location of unknown fields', e({ location: { hall: 'A' } }), false],
  ['event location javascript:', e({ location: { onlineUrl: 'javascript:alert(1)' } }), false],
  ['event location as text', e({ location: 'Seurakuntatalo' }), false],
  ['event without organizers', e({ organizerIds: [] }), false],
  ['event ages', e({ ageMin: 3, ageMax: 6 }), true],
  ['event age of 6.5', e({ ageMax: 6.5 }), false],
  ['event age below 0', e({ ageMin: -1 }), false],
  ['event age as text', e({ ageMin: '12' }), false],
  ['event status rescheduled', e({ eventStatus: 'rescheduled' }), false],
  ['event mode hybrid', e({ attendanceMode: 'hybrid' }), false],
  ['offer free as a word', e({ offer: { isFree: 'yes' } }), false],
  ['offer', e({ offer: { isFree: false, price: { fi: '5 €' }, infoUrl: 'https://liput.example/' } }), true],
  ['registration deadline in Finnish notation', e({ registration: { deadline: '25.11.2026' } }), false],
  ['event image over http', e({ image: { url: 'http://kuvat.example/a.jpg' } }), false],
  ['event ending later', e({ endTime: '2026-12-01T20:00:00+02:00' }), true],
  ['event ending at its start in another offset', e({ endTime: '2026-12-01T16:00:00Z' }), true],
  // volunteer tasks
  ['minimal task', t({}), true],
  ['remote task without a municipality', t({ municipality: undefined, remote: true }), true],
  ['task without a municipality', t({ municipality: undefined }), false],
  ['task with remote false and no municipality', t({ municipality: null, remote: false }), false],
  ['task with remote as text', t({ municipality: undefined, remote: 'true' }), false],
  ['remote task with an invalid municipality', t({ remote: true, municipality: { code: '5640' } }), false],
  ['task contact as one object', t({ contact: { role: { fi: 'Vastaava' }, name: 'Aino', consent: true } }), true],
  ['task contact as a list with a null', t({ contact: [null, { role: { fi: 'Vastaava' } }] }), true],
  ['task contact without a role', t({ contact: { name: 'Aino', consent: true } }), false],
  ['task contact as text', t({ contact: 'soita Ainolle' }), false],
  ['task start on 30 February', t({ startDate: '2026-02-30' }), false],
  ['task dates', t({ startDate: '2026-11-01', endDate: '2026-11-01', ongoing: false }), true],
  ['task end as a date-time', t({ endDate: '2026-12-31T00:00:00Z' }), false],
  ['task for under 18s as a number', t({ suitableForUnder18: 1 }), false],
  // premises (1.1)
  ['minimal premise', p({}), true],
  [
    'premise kept by an association',
    p({ owner: { kind: 'association', associationId: 'a:1', name: { fi: 'Kylä ry' } } }),
    true,
  ],
  ['premise without an owner', p({ owner: undefined }), false],
  ['premise owned by a castle', p({ owner: { kind: 'castle' } }), false],
  ['premise for 20', p({ capacity: 20, spaceTypes: ['meeting-room', 'kitchen'] }), true],
  ['premise for nobody', p({ capacity: 0 }), false],
  ['premise for 2.5', p({ capacity: 2.5 }), false],
  ['premise ballroom', p({ spaceTypes: ['ballroom'] }), false],
  ['premise free for associations', p({ pricing: { forAssociations: 'free', price: { fi: 'Maksuton' } } }), true],
  ['premise cheap', p({ pricing: { forAssociations: 'cheap' } }), false],
  ['premise booking', p({ booking: { url: 'https://varaamo.example/x', email: 'tilat@kunta.example' } }), true],
  ['premise booking javascript:', p({ booking: { url: 'javascript:alert(1)' } }), false],
  // contact points (1.1)
  ['contact point with an e-mail', c({}), true],
  ['contact point with a page only', c({ email: undefined, url: 'https://kunta.example/yhdistykset' }), true],
  ['contact point with no way to reach it', c({ email: undefined }), false],
  ['contact point with a blank e-mail only', c({ email: ' ' }), false],
  ['contact point with an invalid e-mail only', c({ email: 'jarjestot at kunta' }), false],
  ['contact point without a role', c({ role: undefined }), false],
  ['contact point name with consent', c({ name: 'Maija Meikäläinen', consent: true }), true],
  ['contact point name of 151 characters with consent', c({ name: long(151), consent: true }), false],
  ['contact point name of 151 characters without consent', c({ name: long(151) }), true],
  ['contact point categories', c({ categories: ['sports'], unit: { fi: 'Hyvinvointi' } }), true],
];

/** Whether the widget keeps the item whole. */
function widgetAccepts(item) {
  const result = readItem(item);
  return result.kind === 'item' && result.dropped.length === 0;
}

test('the corpus covers every item type', () => {
  const types = new Set(CORPUS.map(([, item]) => item.type));
  assert.deepEqual([...types].sort(), Object.keys(BASE).sort());
});

for (const [what, item, accepted] of CORPUS) {
  test(`${accepted ? 'accepted' : 'rejected'} by both: ${what}`, () => {
    const schemaSays = validatorFor(item.type)(JSON.parse(JSON.stringify(item)));
    assert.equal(widgetAccepts(item), accepted, `widget on ${what}`);
    assert.equal(schemaSays, accepted, `schema on ${what}`);
  });
}

test('the order of two fields is the widget’s only rule beyond the schema, and the schema says so', () => {
  const cases = {
    'event startTime endTime': e({ endTime: '2026-12-01T17:59:00+02:00' }),
    'event ageMin ageMax': e({ ageMin: 13, ageMax: 7 }),
    'volunteerTask startDate endDate': t({ startDate: '2026-11-01', endDate: '2026-10-31' }),
  };
  assert.deepEqual(
    Object.keys(cases),
    ORDER_RULES.map((rule) => rule.join(' ')),
  );
  for (const [rule, item] of Object.entries(cases)) {
    assert.equal(widgetAccepts(item), false, rule);
    assert.equal(validatorFor(item.type)(item), true, rule);
    const [, from, to] = rule.split(' ');
    assert.match(schema.description, new RegExp(`${from}/${to}`));
  }
});

test('the schema document is 2020-12 with an id, titles and descriptions', () => {
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.match(schema.$id, /^https:\/\/.+\/feed\.schema\.json$/);
  assert.ok(schema.title && schema.description);
  for (const type of Object.keys(BASE)) assert.ok(schema.$defs[type].title, type);
});
