import { expect } from '@open-wc/testing';
import { http } from 'msw/core/http';
import { mockFeeds, json } from '../support/msw.js';
import { loadFeed, type FeedData, type FeedEvent, type VolunteerTask } from '../../src/feed/index.js';

// Feed JSON is loosely typed on purpose: the tests feed the client bad input.
type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const ORIGIN = 'https://feed.example';
const DATE_TIME = 'not a date-time with offset (e.g. 2026-10-14T12:30:00+03:00)';

async function fixture(name: string): Promise<Json> {
  const response = await fetch(new URL(`../fixtures/feed/${name}`, import.meta.url));
  return response.json();
}

/** Serves each path → body; every other feed.example address answers 404. */
async function serve(pages: Record<string, Json>): Promise<void> {
  await mockFeeds(
    ...Object.entries(pages).map(([path, body]) => http.get(`${ORIGIN}${path}`, () => json(body))),
    http.get(`${ORIGIN}/*`, () => new Response(null, { status: 404 })),
  );
}

async function load(body: Json, path: string): Promise<FeedData> {
  await serve({ [path]: body });
  return loadFeed(`${ORIGIN}${path}`);
}

function envelope(data: Json[], next: string | null = null): Json {
  return {
    feedVersion: '1.0',
    generatedAt: '2026-11-20T06:00:00Z',
    meta: { count: data.length, next },
    taxonomy: {},
    data,
  };
}

/** A minimal valid event, with `extra` merged over it (`undefined` removes a field). */
function event(id: string, extra: Json = {}): Json {
  return {
    type: 'event',
    id,
    organizerIds: ['a:1'],
    name: { fi: `Tapahtuma ${id}` },
    startTime: '2026-12-01T18:00:00+02:00',
    location: { municipality: { code: '564' } },
    ...extra,
  };
}

/** A minimal valid volunteer task, with `extra` merged over it (`undefined` removes a field). */
function task(id: string, extra: Json = {}): Json {
  return {
    type: 'volunteerTask',
    id,
    associationId: 'a:1',
    title: { fi: `Tehtävä ${id}` },
    updatedAt: '2026-10-01T12:00:00+03:00',
    municipality: { code: '564' },
    ...extra,
  };
}

function association(id: string): Json {
  return {
    type: 'association',
    id,
    name: { fi: `Yhdistys ${id}` },
    categories: ['leisure'],
    municipality: { code: '564' },
    updatedAt: '2026-10-14T12:30:00+03:00',
  };
}

function eventById(data: FeedData, id: string): FeedEvent {
  const found = data.events.find((e) => e.id === id);
  expect(found, `event ${id}`).to.exist;
  return found!;
}

function taskById(data: FeedData, id: string): VolunteerTask {
  const found = data.tasks.find((t) => t.id === id);
  expect(found, `task ${id}`).to.exist;
  return found!;
}

describe('feed normalisation: events and volunteer tasks', () => {
  it('normalises every field of a valid event and volunteer task', async () => {
    const data = await load(await fixture('events-tasks.json'), '/events-tasks.json');
    expect(data.skipped).to.deep.equal([]);
    expect(data.dropped).to.deep.equal([]);
    expect(data.otherItems).to.equal(0);
    expect(data.associations).to.deep.equal([]);

    expect(data.events).to.deep.equal([
      {
        type: 'event',
        id: 'ihimiset:e:100',
        // Trimmed, de-duplicated, non-strings left out.
        organizerIds: ['ihimiset:1042', 'ihimiset:2001'],
        name: { fi: 'Syysretki Oulunsaloon', sv: 'Höstutflykt till Oulunsalo' },
        shortDescription: { fi: 'Bussiretki ja keittolounas.' },
        description: { fi: 'Lähdemme seurakuntatalolta.\n\nOta mukaan sään mukainen vaatetus.' },
        startTime: '2026-12-01T10:00:00+02:00',
        endTime: '2026-12-01T16:30:00+02:00',
        eventStatus: 'postponed',
        attendanceMode: 'mixed',
        location: {
          name: { fi: 'Kempeleen seurakuntatalo', sv: 'Kempele församlingshem' },
          address: { street: 'Kirkonkylänkatu 1', postalCode: '90440', postOffice: 'Kempele' },
          geo: { lat: 64.9126, lon: 25.5086 },
          municipality: { code: '244', name: { fi: 'Kempele', sv: 'Kempele' } },
          onlineUrl: 'https://meet.example/syysretki',
        },
        categories: ['leisure'],
        targetGroups: ['seniors', 'everyone'],
        ageMin: 0,
        ageMax: 99,
        languages: ['fi', 'sv'],
        accessibility: ['wheelchair'],
        offer: {
          isFree: false,
          price: { fi: '10 €, jäsenille 5 €', sv: '10 €, medlemmar 5 €' },
          infoUrl: 'https://kempeleenelakelaiset.example/retket',
        },
        registration: {
          required: true,
          url: 'https://kempeleenelakelaiset.example/ilmoittaudu',
          deadline: '2026-11-25T23:59:00+02:00',
        },
        infoUrl: 'https://ihimiset.example/tapahtuma/100',
        image: { url: 'https://kempeleenelakelaiset.example/retki.jpg', alt: { fi: 'Bussi rannalla' } },
        updatedAt: '2026-11-02T09:15:00+02:00',
      },
    ]);

    expect(data.tasks).to.deep.equal([
      {
        type: 'volunteerTask',
        id: 'ihimiset:v:200',
        associationId: 'ihimiset:1042',
        title: { fi: 'Retkiavustaja', en: 'Trip assistant' },
        updatedAt: '2026-10-20T08:00:00+03:00',
        municipality: { code: '244', name: { fi: 'Kempele' } },
        remote: false,
        description: { fi: 'Autat retkeläisiä bussiin ja takaisin.' },
        themes: ['wellbeing', 'village-activity'],
        suitableForUnder18: true,
        languagesNeeded: ['fi', 'en'],
        timeCommitment: { fi: 'Yksi päivä kuukaudessa' },
        startDate: '2026-11-01',
        endDate: '2027-05-31',
        ongoing: false,
        applyUrl: 'https://ihimiset.example/vapaaehtoiseksi/200',
        contact: [
          {
            role: { fi: 'Vapaaehtoistoiminnan vastaava' },
            name: 'Aino Virtanen',
            email: 'vapaaehtoiset@kempeleenelakelaiset.example',
            phone: '+358 40 123 4567',
          },
          // No consent: name and e-mail are not kept.
          { role: { fi: 'Sihteeri' } },
        ],
      },
    ]);
  });

  it('fills defaults for minimal items: scheduled, empty lists, not remote', async () => {
    const data = await load(
      envelope([
        event('online', { location: { onlineUrl: 'https://meet.example/x' } }),
        task('local'),
        task('remote', { municipality: undefined, remote: true }),
      ]),
      '/minimal.json',
    );
    expect(data.skipped).to.deep.equal([]);
    expect(data.dropped).to.deep.equal([]);
    expect(eventById(data, 'online')).to.deep.equal({
      type: 'event',
      id: 'online',
      organizerIds: ['a:1'],
      name: { fi: 'Tapahtuma online' },
      startTime: '2026-12-01T18:00:00+02:00',
      location: { onlineUrl: 'https://meet.example/x' },
      eventStatus: 'scheduled',
      categories: [],
      targetGroups: [],
      languages: [],
      accessibility: [],
    });
    expect(taskById(data, 'local')).to.deep.equal({
      type: 'volunteerTask',
      id: 'local',
      associationId: 'a:1',
      title: { fi: 'Tehtävä local' },
      updatedAt: '2026-10-01T12:00:00+03:00',
      municipality: { code: '564' },
      remote: false,
      themes: [],
      languagesNeeded: [],
      contact: [],
    });
    const remote = taskById(data, 'remote');
    expect(remote.remote).to.equal(true);
    expect(remote).not.to.have.property('municipality');
  });

  it('skips each invalid event and task with a reason and keeps the valid ones', async () => {
    const cases: [item: Json, reason: string][] = [
      [event('e:no-name', { name: undefined }), 'name: required'],
      [event('e:blank-name', { name: { fi: '  ' } }), 'name: no text in any language'],
      [event('e:no-start', { startTime: undefined }), 'startTime: required'],
      [event('e:bad-start', { startTime: '2026-12-01 18:00' }), `startTime: ${DATE_TIME}`],
      [event('e:local-start', { startTime: '2026-12-01T18:00:00' }), `startTime: ${DATE_TIME}`],
      [event('e:no-location', { location: undefined }), 'location: required'],
      [event('e:empty-location', { location: {} }), 'location: required'],
      [event('e:string-location', { location: 'Seurakuntatalo' }), 'location: expected an object'],
      [
        event('e:list-location', { location: [{ onlineUrl: 'https://meet.example/x' }] }),
        'location: expected an object, not a list',
      ],
      // The only place given is invalid, so the event has no location: its reason is the item's.
      [
        event('e:script-location', { location: { onlineUrl: 'javascript:alert(1)' } }),
        'location.onlineUrl: not an http(s) URL',
      ],
      [event('e:no-organizer', { organizerIds: undefined }), 'organizerIds: required'],
      [event('e:empty-organizers', { organizerIds: [] }), 'organizerIds: at least 1 organizer id needed'],
      [event('e:organizer-string', { organizerIds: 'a:1' }), 'organizerIds: expected a list'],
      [
        event('e:many', { name: null, startTime: 'huomenna', location: null }),
        `name: required; startTime: ${DATE_TIME}; location: required`,
      ],
      [task('t:no-title', { title: undefined }), 'title: required'],
      [task('t:no-association', { associationId: undefined }), 'associationId: required'],
      [task('t:bad-association', { associationId: 1042 }), 'associationId: expected a string'],
      [task('t:no-updated', { updatedAt: undefined }), 'updatedAt: required'],
      [task('t:bad-updated', { updatedAt: '2026-10-01' }), `updatedAt: ${DATE_TIME}`],
      [task('t:no-place', { municipality: undefined }), 'municipality: required unless remote is true'],
      [
        task('t:not-remote', { municipality: undefined, remote: false }),
        'municipality: required unless remote is true',
      ],
      [task('t:remote-string', { municipality: null, remote: 'true' }), 'municipality: required unless remote is true'],
      [
        task('t:bad-municipality', { municipality: { code: '5640' } }),
        'municipality.code: invalid format (3 digits expected)',
      ],
      [
        { type: 'volunteerTask', title: { fi: 'Ei tunnusta' } },
        'id: required; associationId: required; updatedAt: required; municipality: required unless remote is true',
      ],
    ];
    const data = await load(
      envelope([event('e:ok'), ...cases.map(([item]) => item), task('t:ok')]),
      '/invalid-items.json',
    );
    expect(data.skipped).to.deep.equal(
      cases.map(([item, reason], index) => ({ id: item.id ?? `#${index + 1}`, reason })),
    );
    expect(data.events.map((e) => e.id)).to.deep.equal(['e:ok']);
    expect(data.tasks.map((t) => t.id)).to.deep.equal(['t:ok']);
    // Fields of skipped items are not reported on their own.
    expect(data.dropped).to.deep.equal([]);
  });

  it('drops each invalid optional field of events, reports it and keeps the event', async () => {
    const cases: [id: string, extra: Json, field: string, reason: string, check: (e: FeedEvent) => void][] = [
      [
        'end-before-start',
        { endTime: '2026-12-01T17:59:00+02:00' },
        'endTime',
        'before startTime',
        (e) => expect(e).not.to.have.property('endTime'),
      ],
      // The same instant in another offset is not before the start.
      [
        'end-same-instant',
        { endTime: '2026-12-01T16:00:00Z', ageMin: 12, ageMax: 15 },
        '',
        '',
        (e) => expect(e.endTime).to.equal('2026-12-01T16:00:00Z'),
      ],
      [
        'end-bad',
        { endTime: '2026-12-01T25:00:00+02:00' },
        'endTime',
        DATE_TIME,
        (e) => expect(e).not.to.have.property('endTime'),
      ],
      [
        'online-script',
        { location: { name: { fi: 'Talo' }, onlineUrl: 'javascript:alert(1)' } },
        'location.onlineUrl',
        'not an http(s) URL',
        (e) => expect(e.location).to.deep.equal({ name: { fi: 'Talo' } }),
      ],
      [
        'online-relative',
        { location: { municipality: { code: '564' }, onlineUrl: '/meet' } },
        'location.onlineUrl',
        'not an http(s) URL',
        (e) => expect(e.location).to.deep.equal({ municipality: { code: '564' } }),
      ],
      [
        'location-municipality',
        { location: { onlineUrl: 'https://meet.example/x', municipality: { code: 'Oulu' } } },
        'location.municipality',
        'code: invalid format (3 digits expected)',
        (e) => expect(e.location).to.deep.equal({ onlineUrl: 'https://meet.example/x' }),
      ],
      [
        'location-postal',
        { location: { address: { street: 'Katu 1', postalCode: '9044' } } },
        'location.address.postalCode',
        'invalid format (5 digits expected)',
        (e) => expect(e.location).to.deep.equal({ address: { street: 'Katu 1' } }),
      ],
      [
        'location-geo',
        { location: { name: { fi: 'Tori' }, geo: [25.47, 65.01] } },
        'location.geo',
        'expected {"lat", "lon"}, not a [lon, lat] array',
        (e) => expect(e.location).to.deep.equal({ name: { fi: 'Tori' } }),
      ],
      [
        'image-http',
        { image: { url: 'http://kuvat.example/a.jpg', alt: { fi: 'Kuva' } } },
        'image',
        'url: not an https URL',
        (e) => expect(e).not.to.have.property('image'),
      ],
      [
        'image-no-url',
        { image: { alt: { fi: 'Kuva' } } },
        'image',
        'url: required',
        (e) => expect(e).not.to.have.property('image'),
      ],
      [
        'deadline',
        { registration: { required: true, deadline: '25.11.2026' } },
        'registration.deadline',
        DATE_TIME,
        (e) => expect(e.registration).to.deep.equal({ required: true }),
      ],
      [
        'registration-url',
        { registration: { url: 'data:text/html,x' } },
        'registration.url',
        'not an http(s) URL',
        (e) => expect(e).not.to.have.property('registration'),
      ],
      [
        'age-max-negative',
        { ageMax: -1 },
        'ageMax',
        'not a whole number ≥ 0',
        (e) => expect(e).not.to.have.property('ageMax'),
      ],
      [
        'age-max-fraction',
        { ageMin: 3, ageMax: 6.5 },
        'ageMax',
        'not a whole number ≥ 0',
        (e) => expect(e.ageMin).to.equal(3),
      ],
      [
        'age-max-string',
        { ageMax: '12' },
        'ageMax',
        'expected a number',
        (e) => expect(e).not.to.have.property('ageMax'),
      ],
      [
        'age-max-below-min',
        { ageMin: 13, ageMax: 7 },
        'ageMax',
        'less than ageMin',
        (e) => expect([e.ageMin, e.ageMax]).to.deep.equal([13, undefined]),
      ],
      [
        'status-unknown',
        { eventStatus: 'rescheduled' },
        'eventStatus',
        'not one of scheduled, cancelled, postponed',
        (e) => expect(e.eventStatus).to.equal('scheduled'),
      ],
      [
        'mode-unknown',
        { attendanceMode: 'hybrid' },
        'attendanceMode',
        'not one of offline, online, mixed',
        (e) => expect(e).not.to.have.property('attendanceMode'),
      ],
      [
        'offer-free',
        { offer: { isFree: 'yes', price: { fi: 'Ilmainen' } } },
        'offer.isFree',
        'expected a boolean',
        (e) => expect(e.offer).to.deep.equal({ price: { fi: 'Ilmainen' } }),
      ],
      [
        'offer-info',
        { offer: { isFree: true, infoUrl: 'vbscript:msgbox' } },
        'offer.infoUrl',
        'not an http(s) URL',
        (e) => expect(e.offer).to.deep.equal({ isFree: true }),
      ],
      [
        'offer-list',
        { offer: [{ isFree: true }] },
        'offer',
        'expected an object, not a list',
        (e) => expect(e).not.to.have.property('offer'),
      ],
      [
        'info-url',
        { infoUrl: 'https://user:pw@evil.example/' },
        'infoUrl',
        'not an http(s) URL',
        (e) => expect(e).not.to.have.property('infoUrl'),
      ],
      [
        'categories',
        { categories: 'leisure' },
        'categories',
        'expected a list',
        (e) => expect(e.categories).to.deep.equal([]),
      ],
      ['updated', { updatedAt: 'eilen' }, 'updatedAt', DATE_TIME, (e) => expect(e).not.to.have.property('updatedAt')],
    ];
    const data = await load(envelope(cases.map(([id, extra]) => event(id, extra))), '/event-fields.json');
    expect(data.skipped).to.deep.equal([]);
    expect(data.events.map((e) => e.id)).to.deep.equal(cases.map(([id]) => id));
    for (const [id, , field, reason, check] of cases) {
      const expected = field ? [{ id, field, reason }] : [];
      expect(
        data.dropped.filter((d) => d.id === id),
        id,
      ).to.deep.equal(expected);
      check(eventById(data, id));
    }
  });

  it('drops each invalid optional field of volunteer tasks, reports it and keeps the task', async () => {
    const cases: [id: string, extra: Json, field: string, reason: string, check: (t: VolunteerTask) => void][] = [
      [
        'end-before-start',
        { startDate: '2026-11-01', endDate: '2026-10-31' },
        'endDate',
        'before startDate',
        (t) => expect([t.startDate, t.endDate]).to.deep.equal(['2026-11-01', undefined]),
      ],
      [
        'one-day',
        { startDate: '2026-11-01', endDate: '2026-11-01' },
        '',
        '',
        (t) => expect(t.endDate).to.equal('2026-11-01'),
      ],
      [
        'impossible-date',
        { startDate: '2026-02-30' },
        'startDate',
        'not a date (YYYY-MM-DD)',
        (t) => expect(t).not.to.have.property('startDate'),
      ],
      [
        'date-time',
        { endDate: '2026-12-31T00:00:00Z' },
        'endDate',
        'not a date (YYYY-MM-DD)',
        (t) => expect(t).not.to.have.property('endDate'),
      ],
      [
        'apply',
        { applyUrl: 'javascript:alert(1)' },
        'applyUrl',
        'not an http(s) URL',
        (t) => expect(t).not.to.have.property('applyUrl'),
      ],
      ['remote-string', { remote: 'yes' }, 'remote', 'expected a boolean', (t) => expect(t.remote).to.equal(false)],
      // A remote task needs no municipality: an invalid one is dropped, not fatal.
      [
        'remote-municipality',
        { remote: true, municipality: { code: '5640' } },
        'municipality',
        'code: invalid format (3 digits expected)',
        (t) => expect(t).not.to.have.property('municipality'),
      ],
      [
        'municipality-name',
        { municipality: { code: '564', name: 'Oulu' } },
        'municipality.name',
        'expected an object',
        (t) => expect(t.municipality).to.deep.equal({ code: '564' }),
      ],
      [
        'under18',
        { suitableForUnder18: 1 },
        'suitableForUnder18',
        'expected a boolean',
        (t) => expect(t).not.to.have.property('suitableForUnder18'),
      ],
      [
        'commitment',
        { timeCommitment: 'paljon' },
        'timeCommitment',
        'expected an object',
        (t) => expect(t).not.to.have.property('timeCommitment'),
      ],
      [
        'languages',
        { languagesNeeded: 'fi' },
        'languagesNeeded',
        'expected a list',
        (t) => expect(t.languagesNeeded).to.deep.equal([]),
      ],
      [
        'contact-role',
        { contact: [{ name: 'Ei roolia', consent: true }, { role: { fi: 'Koordinaattori' } }] },
        'contact[0]',
        'role: required',
        (t) => expect(t.contact).to.deep.equal([{ role: { fi: 'Koordinaattori' } }]),
      ],
      [
        'contact-string',
        { contact: 'soita Ainolle' },
        'contact',
        'expected an object',
        (t) => expect(t.contact).to.deep.equal([]),
      ],
    ];
    const data = await load(envelope(cases.map(([id, extra]) => task(id, extra))), '/task-fields.json');
    expect(data.skipped).to.deep.equal([]);
    expect(data.tasks.map((t) => t.id)).to.deep.equal(cases.map(([id]) => id));
    for (const [id, , field, reason, check] of cases) {
      const expected = field ? [{ id, field, reason }] : [];
      expect(
        data.dropped.filter((d) => d.id === id),
        id,
      ).to.deep.equal(expected);
      check(taskById(data, id));
    }
  });

  it('keeps personal data of task contacts only with consent: true, one contact or a list', async () => {
    const person = { name: 'Matti Meikäläinen', email: 'matti@x.fi', phone: '+358 40 111 2222' };
    const data = await load(
      envelope([
        task('list', {
          contact: [
            { role: { fi: 'Koordinaattori' }, ...person, consent: true },
            { role: { fi: 'Sihteeri' }, ...person, consent: false },
            { role: { fi: 'Rahastonhoitaja' }, ...person, consent: 'true' },
            { role: { fi: 'Jäsen' }, ...person },
            { role: { fi: 'Tiedottaja' }, name: 'Liisa', email: 'liisa at x.fi', consent: true },
            // Without consent even an invalid address is simply left out, not reported.
            { role: { fi: 'Kahvinkeittäjä' }, email: 'not an address' },
          ],
        }),
        task('single-consent', {
          contact: { role: { fi: 'Koordinaattori', sv: 'Koordinator' }, ...person, consent: true },
        }),
        task('single-private', { contact: { role: { fi: 'Koordinaattori' }, ...person } }),
        task('single-no-role', { contact: { ...person, consent: true } }),
      ]),
      '/task-consent.json',
    );
    expect(taskById(data, 'list').contact).to.deep.equal([
      { role: { fi: 'Koordinaattori' }, ...person },
      { role: { fi: 'Sihteeri' } },
      { role: { fi: 'Rahastonhoitaja' } },
      { role: { fi: 'Jäsen' } },
      { role: { fi: 'Tiedottaja' }, name: 'Liisa' },
      { role: { fi: 'Kahvinkeittäjä' } },
    ]);
    expect(taskById(data, 'single-consent').contact).to.deep.equal([
      { role: { fi: 'Koordinaattori', sv: 'Koordinator' }, ...person },
    ]);
    expect(taskById(data, 'single-private').contact).to.deep.equal([{ role: { fi: 'Koordinaattori' } }]);
    expect(taskById(data, 'single-no-role').contact).to.deep.equal([]);
    expect(data.dropped).to.deep.equal([
      { id: 'list', field: 'contact[4].email', reason: 'not a plain e-mail address' },
      { id: 'single-no-role', field: 'contact', reason: 'role: required' },
    ]);
  });

  it('keeps ids unique per item type: a later duplicate is skipped, the same id in another type is not', async () => {
    const data = await load(
      envelope([
        association('x:1'),
        event('x:1'),
        task('x:1'),
        event('x:1', { name: { fi: 'Toinen' } }),
        task('x:1', { title: { fi: 'Toinen' } }),
      ]),
      '/ids.json',
    );
    expect(data.associations.map((a) => a.id)).to.deep.equal(['x:1']);
    expect(eventById(data, 'x:1').name).to.deep.equal({ fi: 'Tapahtuma x:1' });
    expect(taskById(data, 'x:1').title).to.deep.equal({ fi: 'Tehtävä x:1' });
    expect(data.skipped).to.deep.equal([
      { id: 'x:1', reason: 'duplicate id' },
      { id: 'x:1', reason: 'duplicate id' },
    ]);
  });

  it('reads a mixed feed with all three types over two pages', async () => {
    await serve({
      '/mixed/1': envelope(
        [
          association('a:1'),
          event('e:1'),
          task('t:1'),
          { type: 'newsArticle', id: 'n:1' },
          event('e:bad', { startTime: null }),
        ],
        `${ORIGIN}/mixed/2`,
      ),
      '/mixed/2': envelope([
        task('t:2', {
          municipality: undefined,
          remote: true,
          contact: { role: { fi: 'Vastaava' }, name: 'Aino', consent: true },
        }),
        event('e:2', { endTime: '2026-11-30T18:00:00+02:00' }),
        association('a:2'),
        event('e:1'),
        { type: 'volunteerTask', title: { fi: 'Ilman tunnusta' } },
        { type: 'podcast' },
      ]),
    });
    const data = await loadFeed(`${ORIGIN}/mixed/1`);
    expect(data.associations.map((a) => a.id)).to.deep.equal(['a:1', 'a:2']);
    expect(data.events.map((e) => e.id)).to.deep.equal(['e:1', 'e:2']);
    expect(data.tasks.map((t) => t.id)).to.deep.equal(['t:1', 't:2']);
    expect(taskById(data, 't:2').contact).to.deep.equal([{ role: { fi: 'Vastaava' }, name: 'Aino' }]);
    expect(data.otherItems).to.equal(2);
    expect(data.skipped).to.deep.equal([
      { id: 'e:bad', reason: 'startTime: required' },
      { id: 'e:1', reason: 'duplicate id' },
      {
        id: 'page 2 #4',
        reason:
          'id: required; associationId: required; updatedAt: required; municipality: required unless remote is true',
      },
    ]);
    expect(data.dropped).to.deep.equal([{ id: 'e:2', field: 'endTime', reason: 'before startTime' }]);
    expect(data.pagingStopped).to.equal(undefined);
  });

  it('keeps markup in event and task text as literal text', async () => {
    const name = '<script>alert(1)</script> Tanssit & <b>arpajaiset</b>';
    const data = await load(
      envelope([
        event('markup', { name: { fi: name }, location: { name: { fi: '<img src=x onerror="alert(1)">' } } }),
        task('markup', { title: { fi: name }, timeCommitment: { fi: '<i>paljon</i>' } }),
      ]),
      '/items-markup.json',
    );
    expect(eventById(data, 'markup').name.fi).to.equal(name);
    expect(eventById(data, 'markup').location.name?.fi).to.equal('<img src=x onerror="alert(1)">');
    expect(taskById(data, 'markup').title.fi).to.equal(name);
    expect(taskById(data, 'markup').timeCommitment?.fi).to.equal('<i>paljon</i>');
  });
});
