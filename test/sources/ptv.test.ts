import { expect } from '@open-wc/testing';
import { http } from 'msw/core/http';
import { json, mockFeeds } from '../support/msw.js';
import { FeedError } from '../../src/feed/index.js';
import { loadPtv } from '../../src/sources/ptv/index.js';
import { tm35finToWgs84 } from '../../src/sources/tm35fin.js';
import organizations from '../fixtures/realdata/ptv/organization-list.composed.json';
import services from '../fixtures/realdata/ptv/service-list.json';
import channels from '../fixtures/realdata/ptv/service-channel-list.json';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const ROOT = 'https://api.palvelutietovaranto.suomi.fi/api/v11/';
const copy = <T>(value: T): Json => JSON.parse(JSON.stringify(value));

interface Served {
  lists: string[];
  serviceRequests: number;
}

/** Serves organization pages by municipality code, and the recorded services by id. */
async function serve(pagesByCode: Record<string, (Json | number)[]>): Promise<Served> {
  const served: Served = { lists: [], serviceRequests: 0 };
  await mockFeeds(
    http.get(`${ROOT}Organization/list/area/Municipality/code/:code`, ({ params, request }) => {
      const page = Number(new URL(request.url).searchParams.get('page') ?? '1');
      served.lists.push(`${String(params.code)}:${page}`);
      const answer = pagesByCode[String(params.code)]?.[page - 1];
      if (answer === undefined) return new Response(null, { status: 404 });
      return typeof answer === 'number' ? new Response(null, { status: answer }) : json(answer);
    }),
    http.get(`${ROOT}Service/list`, ({ request }) => {
      served.serviceRequests++;
      const wanted = new Set(new URL(request.url).searchParams.get('guids')?.split(','));
      return json(services.itemList.filter((service) => wanted.has(service.id)));
    }),
  );
  return served;
}

describe('PTV: associations of a municipality', () => {
  it('reads the organizations of type Organization as contract associations', async () => {
    const served = await serve({ '091': [copy(organizations)] });
    const data = await loadPtv(ROOT, { municipalities: ['Helsinki'] });
    expect(served.lists).to.deep.equal(['091:1']);
    expect(served.serviceRequests).to.equal(1);
    expect(data.associations.map((a) => a.id)).to.deep.equal([
      '6f1c3a52-0c0e-4d1a-9d1b-5a1f00000001',
      '6f1c3a52-0c0e-4d1a-9d1b-5a1f00000003',
    ]);
    // The city itself is not an association.
    expect(data.otherItems).to.equal(1);
    expect(data.skipped).to.deep.equal([{ id: '6f1c3a52-0c0e-4d1a-9d1b-5a1f00000004', reason: 'name: required' }]);
    expect(data.source?.name.fi).to.equal('Palvelutietovaranto (PTV)');

    const [first, second] = data.associations;
    expect(first!.name).to.deep.equal({ fi: 'Jätkäsaaren Asukasyhdistys ry', sv: 'Busholmens invånarförening rf' });
    expect(first!.municipality.code).to.equal('091');
    expect(first!.areaServed.map((area) => area.code)).to.deep.equal(['049']);
    expect(first!.shortDescription).to.deep.equal({
      fi: 'Asukasyhdistys järjestää tapahtumia ja kerhoja Jätkäsaaressa.',
      sv: 'Föreningen ordnar evenemang och klubbar på Busholmen.',
    });
    expect(first!.address).to.deep.equal({ street: 'Tyynenmerenkatu 1', postalCode: '00220', postOffice: 'Helsinki' });
    // ETRS-TM35FIN 6 671 044.118 N, 384 603.970 E is the Jätkäsaari library (Linked Events gives 60.159977, 24.920868).
    expect(first!.geo!.lat).to.be.closeTo(60.159977, 0.000005);
    expect(first!.geo!.lon).to.be.closeTo(24.920868, 0.00001);
    expect(first!.contact).to.deep.equal({
      email: 'test-email@test.fi',
      phone: '+358101010100',
      website: 'https://www.testpage.fi/',
    });
    expect(first!.updatedAt).to.equal('2026-10-14T09:30:00.123456Z');
    expect(first!.categories).to.deep.equal(['other']);
    // Its services are its activities, described from PTV's service records.
    expect(first!.description!.fi).to.equal(
      'Asukasyhdistys järjestää tapahtumia ja kerhoja Jätkäsaaressa.\n\nUudet jäsenet ovat tervetulleita.\n\n' +
        'Toiminta:\n• Hammaslääkäri – Suun ja hampaiden terveydenhuolto.\n• Perusopetus',
    );

    // PTV names no municipality for this one: its visiting address does.
    expect(second!.municipality.code).to.equal('091');
    expect(second!.shortDescription).to.deep.equal({ fi: 'Sekakuoro, joka harjoittelee torstaisin.' });
    expect(second!.contact).to.deep.equal({ email: 'kuoro@oulunkyla.example', phone: '+358401234567' });
    expect(data.dropped).to.deep.include({
      id: '6f1c3a52-0c0e-4d1a-9d1b-5a1f00000003',
      field: 'contact.website',
      reason: 'not an http(s) URL',
    });
  });

  it('follows pageNumber/pageCount, lists an association serving two municipalities once, and keeps what loaded when a page fails', async () => {
    const [association, , choir] = copy(organizations).itemList;
    const page = (items: Json[], pageNumber: number, pageCount: number): Json => ({
      pageNumber,
      pageSize: 1,
      pageCount,
      itemList: items,
    });
    const served = await serve({
      '091': [page([association], 1, 3), page([choir], 2, 3), 503],
      '049': [page([association], 1, 1)],
    });
    const sleep = async (): Promise<void> => undefined;
    const data = await loadPtv(ROOT, { municipalities: ['091', 'Esbo'], sleep });
    expect(served.lists).to.deep.equal(['091:1', '091:2', '091:3', '091:3', '091:3', '049:1']);
    expect(data.associations.map((a) => a.name.fi)).to.deep.equal([
      'Jätkäsaaren Asukasyhdistys ry',
      'Oulunkylän Kuoro ry',
    ]);
    expect(data.skipped).to.have.length(1);
    expect(data.skipped[0]!.id).to.equal('091 page 3');
    expect(data.skipped[0]!.reason).to.include('HTTP 503');
  });

  it('describes activities by name when the services cannot be read', async () => {
    await mockFeeds(
      http.get(`${ROOT}Organization/list/area/Municipality/code/:code`, () => json(copy(organizations))),
      http.get(`${ROOT}Service/list`, () => new Response(null, { status: 500 })),
    );
    const data = await loadPtv(ROOT, { municipalities: ['091'] });
    expect(data.associations[0]!.description!.fi).to.include('Toiminta:\n• Hammaslääkäri\n• Perusopetus');
  });

  it('reads the recorded PTV shapes of names, phones, addresses and areas the same way', async () => {
    // A recorded service channel has the organization's shapes for these fields; as an organization of
    // a real municipality (the recording's "Testikunta" has code 1), it reads like one.
    const channel = copy(channels.itemList[0]);
    const org = {
      id: channel.id,
      organizationType: 'Organization',
      organizationNames: channel.serviceChannelNames,
      displayNameType: channel.displayNameType,
      organizationDescriptions: channel.serviceChannelDescriptions,
      emails: channel.emails,
      phoneNumbers: channel.phoneNumbers,
      webPages: channel.webPages,
      areas: channel.areas,
      addresses: channel.addresses,
      modified: channel.modified,
    };
    await serve({ '005': [{ pageNumber: 1, pageSize: 100, pageCount: 1, itemList: [org] }] });
    const data = await loadPtv(ROOT, { municipalities: ['005'] });
    const association = data.associations[0]!;
    expect(association.name).to.deep.equal({ fi: 'Terveysasema', sv: 'Hälsostationen' });
    expect(association.areaServed).to.deep.equal([]);
    expect(association.address).to.deep.equal({ street: 'Testitie 13', postalCode: '12345', postOffice: 'Testikunta' });
    // The recording's strings "6730000.000" (northing) and "258000.000" (easting), converted.
    expect(association.geo).to.deep.equal(tm35finToWgs84(6730000, 258000));
    // The recording's municipality code "1" is not a Finnish municipality: it is kept as given (001).
    expect(association.municipality.code).to.equal('001');
  });

  it('needs a municipality, and fails as a feed does when the first page cannot be read', async () => {
    const none = await rejection(loadPtv(ROOT, { municipalities: ['Atlantis'] }));
    expect(none).to.be.instanceOf(FeedError);
    expect(none).to.include({ kind: 'format' });
    await serve({ '091': [{ error: 'maintenance' }] });
    const broken = await rejection(loadPtv(ROOT, { municipalities: ['091'] }));
    expect(broken).to.include({ kind: 'format' });
  });
});

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}
