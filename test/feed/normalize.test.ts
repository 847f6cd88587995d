import { expect } from '@open-wc/testing';
import { http } from 'msw/core/http';
import { mockFeeds, json } from '../support/msw.js';
import { loadFeed, mergeTaxonomy, telHref, type Association, type FeedData } from '../../src/feed/index.js';

// Feed JSON is loosely typed on purpose: the tests feed the client bad input.
type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const ORIGIN = 'https://feed.example';

async function fixture(name: string): Promise<Json> {
  const response = await fetch(new URL(`../fixtures/feed/${name}`, import.meta.url));
  return response.json();
}

/** Serves `body` at `url`; every other feed.example address answers 404. */
async function serve(url: string, body: Json): Promise<void> {
  await mockFeeds(
    http.get(url, () => json(body)),
    http.get(`${ORIGIN}/*`, () => new Response(null, { status: 404 })),
  );
}

async function load(body: Json, path = '/feed.json'): Promise<FeedData> {
  await serve(`${ORIGIN}${path}`, body);
  return loadFeed(`${ORIGIN}${path}`);
}

function envelope(data: Json[], extra: Json = {}): Json {
  return {
    feedVersion: '1.0',
    generatedAt: '2026-11-20T06:00:00Z',
    meta: { count: data.length, next: null },
    taxonomy: {},
    data,
    ...extra,
  };
}

/** A minimal valid association, with `extra` merged over it. */
function item(id: string, extra: Json = {}): Json {
  return {
    type: 'association',
    id,
    name: { fi: `Yhdistys ${id}` },
    categories: ['leisure'],
    municipality: { code: '564' },
    updatedAt: '2026-10-14T12:30:00+03:00',
    ...extra,
  };
}

function byId(data: FeedData, id: string): Association {
  const found = data.associations.find((association) => association.id === id);
  expect(found, `association ${id}`).to.exist;
  return found!;
}

describe('feed normalisation', () => {
  it('normalises every field of a valid feed', async () => {
    const before = Date.now();
    const data = await load(await fixture('valid.json'), '/valid/feed.json');
    expect(data.receivedAt).to.be.within(before, Date.now());
    expect(data.url).to.equal(`${ORIGIN}/valid/feed.json`);
    expect(data.feedVersion).to.equal('1.0');
    expect(data.generatedAt).to.equal('2026-11-20T06:00:00Z');
    expect(data.source).to.deep.equal({
      name: { fi: 'Ihimiset.fi', sv: 'Ihimiset.fi' },
      url: 'https://ihimiset.example/',
    });
    expect(data.license).to.deep.equal({ id: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/' });
    expect(data.announcedCount).to.equal(5);
    expect(data.query).to.deep.equal(['q', 'municipality', 'category']);
    // The fixture's event and volunteer task are read; only the news article is of an unknown type.
    expect(data.otherItems).to.equal(1);
    expect(data.events.map((e) => e.id)).to.deep.equal(['ihimiset:e:1']);
    expect(data.tasks.map((t) => t.id)).to.deep.equal(['ihimiset:v:1']);
    expect(data.skipped).to.deep.equal([]);
    expect(data.dropped).to.deep.equal([]);
    expect(data.pagingStopped).to.equal(undefined);

    expect(data.associations.map((a) => a.id)).to.deep.equal(['ihimiset:1042', 'ihimiset:2001']);
    expect(data.associations[0]).to.deep.equal({
      type: 'association',
      id: 'ihimiset:1042',
      registryNumber: '123.456',
      status: 'active',
      name: { fi: 'Kempeleen Eläkeläiset ry', sv: 'Kempele pensionärer rf' },
      shortDescription: { fi: 'Liikuntaa, retkiä ja kerhoja eläkeläisille.' },
      description: { fi: 'Kokoonnumme tiistaisin seurakuntatalolla.\n\nUudet jäsenet ovat tervetulleita.' },
      categories: ['social-health', 'leisure'],
      themes: ['wellbeing'],
      targetGroups: ['seniors'],
      languages: ['fi', 'sv'],
      municipality: { code: '244', name: { fi: 'Kempele', sv: 'Kempele' } },
      areaServed: [{ code: '244' }, { code: '564', name: { fi: 'Oulu', sv: 'Uleåborg' } }],
      address: { street: 'Kirkonkylänkatu 1', postalCode: '90440', postOffice: 'Kempele' },
      geo: { lat: 64.9126, lon: 25.5086 },
      accessibility: ['wheelchair', 'induction-loop'],
      contact: {
        email: 'info@kempeleenelakelaiset.example',
        phone: '+358 40 123 4567',
        website: 'https://kempeleenelakelaiset.example/',
        social: [
          { service: 'facebook', url: 'https://www.facebook.com/kempeleenelakelaiset.example' },
          { service: 'mastodon', url: 'https://mastodon.example/@kempele' },
        ],
      },
      contactPersons: [
        // No consent: the chair's e-mail address is not kept.
        { role: { fi: 'Puheenjohtaja', sv: 'Ordförande', en: 'Chair' } },
        {
          role: { fi: 'Sihteeri' },
          name: 'Liisa Virtanen',
          email: 'sihteeri@kempeleenelakelaiset.example',
          phone: '040 765 4321',
        },
      ],
      membership: { openToNewMembers: true, joinUrl: 'https://kempeleenelakelaiset.example/liity' },
      logo: { url: 'https://kempeleenelakelaiset.example/logo.png', alt: { fi: 'Yhdistyksen logo' } },
      url: 'https://ihimiset.example/yhdistys/1042',
      createdAt: '2019-05-02T09:00:00+03:00',
      updatedAt: '2026-10-14T12:30:00+03:00',
    });
    // Optional lists default to empty, status to active; unknown fields are not copied.
    expect(data.associations[1]).to.deep.equal({
      type: 'association',
      id: 'ihimiset:2001',
      name: { se: 'Sámi searvi', fi: 'Saamelaisyhdistys' },
      categories: ['culture'],
      municipality: { code: '091' },
      updatedAt: '2026-01-05T08:00:00Z',
      status: 'active',
      themes: [],
      targetGroups: [],
      accessibility: [],
      languages: [],
      areaServed: [],
      contactPersons: [],
    });
  });

  it('merges the feed taxonomy over the default labels', async () => {
    const { taxonomy } = await load(await fixture('valid.json'), '/taxonomy-merge.json');
    expect(taxonomy.categories.get('leisure')).to.deep.equal({ fi: 'Vapaa-aika', sv: 'Fritid' });
    expect(taxonomy.categories.get('village')?.en).to.equal('Village associations');
    expect(taxonomy.categories.get('culture')?.fi).to.equal('Kulttuurialan yhdistykset');
    expect(taxonomy.categories.size).to.equal(10);
    expect(taxonomy.themes.get('wellbeing')?.sv).to.equal('Välmående');
    expect(taxonomy.targetGroups.size).to.equal(9);
    expect([...taxonomy.accessibility.keys()]).to.deep.equal([
      'wheelchair',
      'induction-loop',
      'accessible-toilet',
      'sign-language',
    ]);
  });

  it('skips each invalid item with its id or position and keeps every valid one', async () => {
    const data = await load(await fixture('invalid-items.json'), '/invalid-items.json');
    const datetime = 'not a date-time with offset (e.g. 2026-10-14T12:30:00+03:00)';
    expect(data.skipped).to.deep.equal([
      { id: '#1', reason: 'id: required' },
      { id: 'bad:no-name', reason: 'name: required' },
      { id: 'bad:long-name', reason: 'name.sv: longer than 150 characters' },
      { id: 'bad:blank-name', reason: 'name: no text in any language' },
      { id: 'bad:no-categories', reason: 'categories: at least 1 category code needed' },
      { id: 'bad:category-numbers', reason: 'categories: at least 1 category code needed' },
      { id: 'bad:municipality', reason: 'municipality.code: invalid format (3 digits expected)' },
      { id: 'bad:municipality-number', reason: 'municipality.code: expected a string' },
      { id: 'bad:updated', reason: `updatedAt: ${datetime}` },
      { id: 'bad:updated-local', reason: `updatedAt: ${datetime}` },
      { id: '#11', reason: 'not an object' },
      { id: '#12', reason: 'not an object' },
      { id: '#13', reason: 'not an object (a list)' },
      { id: 'ok:1', reason: 'duplicate id' },
      { id: '#15', reason: 'id: required' },
      { id: '#16', reason: 'id: expected a string' },
      { id: 'bad:no-type', reason: 'type: required' },
      { id: 'bad:many', reason: 'name: required; categories: expected a list; municipality: expected an object' },
    ]);
    expect(data.associations.map((a) => a.id)).to.deep.equal(['ok:1', 'ok:2']);
    // The first of two items with one id is the one kept.
    expect(byId(data, 'ok:1').name).to.deep.equal({ fi: 'Yhdistys ok:1' });
    // Non-string codes are left out, strings trimmed and de-duplicated.
    expect(byId(data, 'ok:2').categories).to.deep.equal(['sports', 'culture']);
    expect(data.dropped).to.deep.equal([]);
  });

  it('accepts ISO date-times with Z or an offset, with or without seconds, and refuses impossible dates', async () => {
    const stamps = [
      '2026-10-14T12:30:00Z',
      '2026-10-14T12:30:00.123+03:00',
      '2026-10-14T12:30-05:00',
      '2024-02-29T00:00:00Z',
    ];
    const bad = ['2026-02-29T00:00:00Z', '2026-10-14T24:00:00Z', '2026-10-14', '14.10.2026 12:30'];
    const data = await load(
      envelope([...stamps, ...bad].map((updatedAt, index) => item(`t:${index}`, { updatedAt }))),
      '/dates.json',
    );
    expect(data.associations.map((a) => a.updatedAt)).to.deep.equal(stamps);
    expect(data.skipped.map((s) => s.id)).to.deep.equal(['t:4', 't:5', 't:6', 't:7']);
  });

  it('drops each invalid optional field, reports it and keeps the item', async () => {
    const cases: [id: string, extra: Json, field: string, reason: string, check: (a: Association) => void][] = [
      [
        'website',
        { contact: { website: 'javascript:alert(1)' } },
        'contact.website',
        'not an http(s) URL',
        (a) => expect(a.contact).to.equal(undefined),
      ],
      [
        'relative',
        { contact: { website: '/yhdistys', email: 'a@b.fi' } },
        'contact.website',
        'not an http(s) URL',
        (a) => expect(a.contact).to.deep.equal({ email: 'a@b.fi' }),
      ],
      [
        'data-url',
        { url: 'data:text/html,<b>x</b>' },
        'url',
        'not an http(s) URL',
        (a) => expect(a).not.to.have.property('url'),
      ],
      [
        'email',
        { contact: { email: 'Matti <matti@x.fi>' } },
        'contact.email',
        'not a plain e-mail address',
        (a) => expect(a.contact).to.equal(undefined),
      ],
      [
        'two-emails',
        { contact: { email: 'a@x.fi b@x.fi', phone: '+358401234567' } },
        'contact.email',
        'not a plain e-mail address',
        (a) => expect(a.contact).to.deep.equal({ phone: '+358401234567' }),
      ],
      [
        'phone',
        { contact: { phone: 'soita illalla' } },
        'contact.phone',
        'not a phone number (5–15 digits, optional leading +)',
        (a) => expect(a.contact).to.equal(undefined),
      ],
      [
        'short-phone',
        { contact: { phone: '112' } },
        'contact.phone',
        'not a phone number (5–15 digits, optional leading +)',
        (a) => expect(a.contact).to.equal(undefined),
      ],
      [
        'postal',
        { address: { street: 'Katu 1', postalCode: '9044', postOffice: 'Oulu' } },
        'address.postalCode',
        'invalid format (5 digits expected)',
        (a) => expect(a.address).to.deep.equal({ street: 'Katu 1', postOffice: 'Oulu' }),
      ],
      [
        'geo-array',
        { geo: [25.5086, 64.9126] },
        'geo',
        'expected {"lat", "lon"}, not a [lon, lat] array',
        (a) => expect(a.geo).to.equal(undefined),
      ],
      [
        'geo-range',
        { geo: { lat: 164.9, lon: 25.5 } },
        'geo',
        'lat: out of range',
        (a) => expect(a.geo).to.equal(undefined),
      ],
      [
        'geo-string',
        { geo: { lat: '64.9', lon: 25.5 } },
        'geo',
        'lat: expected a number',
        (a) => expect(a.geo).to.equal(undefined),
      ],
      [
        'logo',
        { logo: { url: 'http://x.example/logo.png', alt: { fi: 'Logo' } } },
        'logo',
        'url: not an https URL',
        (a) => expect(a.logo).to.equal(undefined),
      ],
      [
        'status',
        { status: 'closed' },
        'status',
        'not one of active, inactive, dissolved',
        (a) => expect(a.status).to.equal('active'),
      ],
      [
        'registry',
        { registryNumber: '12-345' },
        'registryNumber',
        'invalid format (e.g. 123.456)',
        (a) => expect(a.registryNumber).to.equal(undefined),
      ],
      [
        'social',
        {
          contact: {
            social: [
              { service: 'facebook', url: 'javascript:alert(1)' },
              { service: 'bluesky', url: 'https://bsky.example/x' },
            ],
          },
        },
        'contact.social[0]',
        'url: not an http(s) URL',
        (a) => expect(a.contact?.social).to.deep.equal([{ service: 'other', url: 'https://bsky.example/x' }]),
      ],
      [
        'join',
        { membership: { openToNewMembers: true, joinUrl: 'vbscript:msgbox' } },
        'membership.joinUrl',
        'not an http(s) URL',
        (a) => expect(a.membership).to.deep.equal({ openToNewMembers: true }),
      ],
      [
        'description',
        { description: { fi: 'x'.repeat(2501) } },
        'description',
        'fi: longer than 2500 characters',
        (a) => expect(a.description).to.equal(undefined),
      ],
      [
        'short',
        { shortDescription: { fi: 'x'.repeat(201) }, description: { fi: 'Pitkä' } },
        'shortDescription',
        'fi: longer than 200 characters',
        (a) => expect(a.description).to.deep.equal({ fi: 'Pitkä' }),
      ],
      [
        'created',
        { createdAt: 'eilen' },
        'createdAt',
        'not a date-time with offset (e.g. 2026-10-14T12:30:00+03:00)',
        (a) => expect(a.createdAt).to.equal(undefined),
      ],
      [
        'person',
        { contactPersons: [{ name: 'Ei roolia', consent: true }, { role: { fi: 'PJ' } }] },
        'contactPersons[0]',
        'role: required',
        (a) => expect(a.contactPersons).to.deep.equal([{ role: { fi: 'PJ' } }]),
      ],
      [
        'area',
        { areaServed: [{ code: '564' }, { code: 'Oulu' }] },
        'areaServed[1]',
        'code: invalid format (3 digits expected)',
        (a) => expect(a.areaServed).to.deep.equal([{ code: '564' }]),
      ],
      ['themes', { themes: 'wellbeing' }, 'themes', 'expected a list', (a) => expect(a.themes).to.deep.equal([])],
    ];
    const data = await load(envelope(cases.map(([id, extra]) => item(id, extra))), '/fields.json');
    expect(data.skipped).to.deep.equal([]);
    expect(data.associations.map((a) => a.id)).to.deep.equal(cases.map(([id]) => id));
    for (const [id, , field, reason, check] of cases) {
      expect(
        data.dropped.filter((d) => d.id === id),
        id,
      ).to.deep.equal([{ id, field, reason }]);
      check(byId(data, id));
    }
  });

  it('treats null and blank optional fields as absent, without reports', async () => {
    const data = await load(
      envelope([
        item('blank', {
          status: null,
          url: '',
          contact: { email: '  ', phone: null },
          address: { street: '' },
          logo: null,
          registryNumber: ' ',
        }),
      ]),
      '/blank.json',
    );
    expect(data.dropped).to.deep.equal([]);
    const association = byId(data, 'blank');
    expect(association.status).to.equal('active');
    for (const field of ['url', 'contact', 'address', 'logo', 'registryNumber']) {
      expect(association, field).not.to.have.property(field);
    }
  });

  it('keeps the valid statuses and ignores blank or non-string texts and non-tag keys', async () => {
    const data = await load(
      envelope([
        item('inactive', {
          status: 'inactive',
          name: { fi: '  Kylä ry  ', sv: '   ', en: 42, 'not a tag': 'x', 'sr-Latn': 'Selo' },
        }),
        item('dissolved', { status: 'dissolved' }),
      ]),
      '/statuses.json',
    );
    expect(byId(data, 'inactive').status).to.equal('inactive');
    expect(byId(data, 'inactive').name).to.deep.equal({ fi: 'Kylä ry', 'sr-Latn': 'Selo' });
    expect(byId(data, 'dissolved').status).to.equal('dissolved');
  });

  it('keeps personal data of contact persons only with consent: true', async () => {
    const person = { name: 'Matti Meikäläinen', email: 'matti@x.fi', phone: '+358 40 111 2222' };
    const data = await load(
      envelope([
        item('consent', {
          contactPersons: [
            { role: { fi: 'Puheenjohtaja' }, ...person, consent: true },
            { role: { fi: 'Sihteeri' }, ...person, consent: false },
            { role: { fi: 'Rahastonhoitaja' }, ...person, consent: 'true' },
            { role: { fi: 'Jäsen' }, ...person },
            { role: { fi: 'Tiedottaja' }, name: 'Liisa', email: 'liisa at x.fi', consent: true },
            // Without consent even an invalid address is simply left out, not reported.
            { role: { fi: 'Kahvinkeittäjä' }, email: 'not an address' },
          ],
        }),
      ]),
      '/consent.json',
    );
    expect(byId(data, 'consent').contactPersons).to.deep.equal([
      { role: { fi: 'Puheenjohtaja' }, ...person },
      { role: { fi: 'Sihteeri' } },
      { role: { fi: 'Rahastonhoitaja' } },
      { role: { fi: 'Jäsen' } },
      { role: { fi: 'Tiedottaja' }, name: 'Liisa' },
      { role: { fi: 'Kahvinkeittäjä' } },
    ]);
    expect(data.dropped).to.deep.equal([
      { id: 'consent', field: 'contactPersons[4].email', reason: 'not a plain e-mail address' },
    ]);
  });

  it('keeps markup in text as literal text', async () => {
    const name = '<script>alert(1)</script> Kerho & <b>kumppanit</b>';
    const description = '<img src=x onerror="alert(1)">\n\n<p>Tervetuloa</p>';
    const data = await load(
      envelope([
        item('markup', { name: { fi: name }, description: { fi: description }, address: { street: '<i>Katu</i> 1' } }),
      ]),
      '/markup.json',
    );
    const association = byId(data, 'markup');
    expect(association.name.fi).to.equal(name);
    expect(association.description?.fi).to.equal(description);
    expect(association.address?.street).to.equal('<i>Katu</i> 1');
  });

  it('passes over unknown item types without reports, and reads events and volunteer tasks', async () => {
    const data = await load(
      envelope([
        { type: 'event', id: 'e1' },
        item('a1'),
        { type: 'volunteerTask', title: 'no id and no fields' },
        { type: 'podcast', id: 'p1', whatever: true },
        { type: 'Event', id: 'e2' },
        { type: 'constructor', id: 'c1' },
      ]),
      '/types.json',
    );
    expect(data.associations.map((a) => a.id)).to.deep.equal(['a1']);
    expect(data.otherItems).to.equal(3);
    // Events and tasks are checked like associations: these two are invalid.
    expect(data.skipped.map((s) => s.id)).to.deep.equal(['e1', '#2']);
    expect(data.events).to.deep.equal([]);
    expect(data.tasks).to.deep.equal([]);
  });

  it('is lenient with optional envelope fields and keeps only valid attribution URLs', async () => {
    const data = await load(
      {
        feedVersion: '1.0',
        source: { name: { fi: 'Kunta' }, url: 'javascript:alert(1)' },
        license: { id: 'CC0-1.0', url: 'ftp://licenses.example/cc0' },
        meta: { count: 'many' },
        taxonomy: {},
        data: [item('a1')],
      },
      '/lenient.json',
    );
    expect(data.associations).to.have.length(1);
    expect(data.generatedAt).to.equal(undefined);
    expect(data.source).to.deep.equal({ name: { fi: 'Kunta' } });
    expect(data.license).to.deep.equal({ id: 'CC0-1.0' });
    expect(data.announcedCount).to.equal(undefined);
    expect(data.query).to.equal(undefined);
  });
});

describe('telHref', () => {
  it('builds tel: links from the phone numbers the feed may carry', () => {
    expect(telHref('+358401234567')).to.equal('tel:+358401234567');
    expect(telHref(' +358 40 123 4567 ')).to.equal('tel:+358401234567');
    expect(telHref('+358 (0)9 310 1691')).to.equal('tel:+35893101691');
    expect(telHref('00358 40-123 4567')).to.equal('tel:+358401234567');
    expect(telHref('(09) 310 1691')).to.equal('tel:093101691');
    expect(telHref('040-123 4567')).to.equal('tel:0401234567');
  });

  it('refuses what is not a phone number', () => {
    for (const bad of [
      '1234',
      '+1234567890123456',
      'soita 040 123 4567',
      '040 123 4567 tai 050 1',
      'tel:+358401234567',
      '',
      undefined,
      358401234567,
    ]) {
      expect(telHref(bad), String(bad)).to.equal(undefined);
    }
  });
});

describe('mergeTaxonomy', () => {
  it('ships the contract labels for categories, target groups and accessibility', () => {
    const taxonomy = mergeTaxonomy();
    expect([...taxonomy.categories.keys()]).to.deep.equal([
      'politics',
      'profession',
      'social-health',
      'culture',
      'leisure',
      'sports',
      'religion',
      'defence-intl',
      'other',
    ]);
    expect(taxonomy.categories.get('defence-intl')).to.deep.equal({
      fi: 'Maanpuolustukseen ja kansainvälisiin suhteisiin liittyvät yhdistykset',
      sv: 'Föreningar med anknytning till försvar och internationella relationer',
      en: 'National defence and international associations',
    });
    expect([...taxonomy.targetGroups.keys()]).to.deep.equal([
      'children',
      'youth',
      'families',
      'adults',
      'seniors',
      'immigrants',
      'disability',
      'everyone',
      'associations',
    ]);
    expect(taxonomy.targetGroups.get('seniors')).to.deep.equal({ fi: 'Ikääntyneet', sv: 'Äldre', en: 'Older people' });
    expect(taxonomy.accessibility.get('induction-loop')).to.deep.equal({
      fi: 'Induktiosilmukka',
      sv: 'Hörslinga',
      en: 'Induction loop',
    });
    expect(taxonomy.themes.size).to.equal(0);
  });

  it('overrides per code and extends, without changing the defaults for later calls', () => {
    const merged = mergeTaxonomy({
      categories: [{ code: 'sports', label: { fi: 'Liikunta' } }],
      themes: [{ code: 'nature', label: { fi: 'Luonto' } }],
    });
    expect(merged.categories.get('sports')).to.deep.equal({ fi: 'Liikunta' });
    expect(merged.themes.get('nature')).to.deep.equal({ fi: 'Luonto' });
    expect(mergeTaxonomy().categories.get('sports')?.fi).to.equal('Urheilu- ja liikuntayhdistykset');
  });
});
