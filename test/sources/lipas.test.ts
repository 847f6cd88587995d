import { expect, fixture, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import { http } from 'msw/core/http';
import { json, mockFeeds } from '../support/msw.js';
import { readItem } from '../../src/feed/normalize.js';
import { asJson } from '../../src/sources/plain.js';
import { FeedError, type Premise } from '../../src/feed/types.js';
import { loadLipas } from '../../src/sources/lipas/index.js';
import {
  lipasOwner,
  lipasSpaceType,
  lipasWebsite,
  mapLipasSite,
  padMunicipalityCode,
} from '../../src/sources/lipas/map.js';
import '../../src/sources/lipas/register.js';
import '../../src/elements/premises/define.js';
import { $$, expectAccessible } from '../support/widgets.js';
import places from '../fixtures/realdata/lipas/sports-places-helsinki.json';
import categories from '../fixtures/realdata/lipas/sports-site-categories.composed.json';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const ROOT = 'https://api.lipas.fi/v2/';
const copy = <T>(value: T): Json => JSON.parse(JSON.stringify(value));
const typeNames = new Map(categories.map((type) => [type['type-code'], { ...type.name, sv: type.name.se }]));

function premise(site: unknown): Premise {
  const result = readItem(asJson(mapLipasSite(site, typeNames)));
  if (result.kind !== 'item' || result.item.type !== 'premise') throw new Error(JSON.stringify(result));
  return result.item;
}

/** Serves the recorded places in the v2 envelope, `perPage` to a page, and the type list. */
async function serve(perPage: number, failPage?: number): Promise<string[]> {
  const asked: string[] = [];
  await mockFeeds(
    http.get(`${ROOT}sports-sites`, ({ request }) => {
      const query = new URL(request.url).searchParams;
      asked.push(query.toString());
      const page = Number(query.get('page'));
      if (page === failPage) return new Response(null, { status: 500 });
      const inCity = query.get('city-codes') === '91' ? places : [];
      const items = inCity.slice((page - 1) * perPage, page * perPage);
      const pages = Math.ceil(inCity.length / perPage);
      return json({
        items,
        pagination: { 'current-page': page, 'page-size': perPage, 'total-items': inCity.length, 'total-pages': pages },
      });
    }),
    http.get(`${ROOT}sports-site-categories`, () => json(categories)),
  );
  return asked;
}

describe('LIPAS sports sites as premises', () => {
  it('maps every recorded Helsinki place to a valid premise with a padded code', () => {
    const mapped = places.map(premise);
    expect(mapped).to.have.length(58);
    expect(new Set(mapped.map((p) => p.municipality.code))).to.deep.equal(new Set(['091']));
    expect(new Set(mapped.map((p) => p.id)).size).to.equal(58);
    for (const p of mapped) {
      // Every pin lies in Helsinki (GeoJSON gives longitude first).
      expect(p.geo!.lat, p.id).to.be.within(60.0, 60.4);
      expect(p.geo!.lon, p.id).to.be.within(24.7, 25.4);
    }
  });

  it('maps owner kinds, naming the state where "other" would hide it', () => {
    const owners = places.map((site) => premise(site).owner);
    const count = (kind: string) => owners.filter((owner) => owner.kind === kind).length;
    expect([count('municipality'), count('company'), count('association'), count('other')]).to.deep.equal([
      54, 2, 1, 1,
    ]);
    expect(owners.find((owner) => owner.kind === 'other')!.name).to.deep.equal({
      fi: 'Valtio',
      sv: 'Staten',
      en: 'The state',
    });
    expect(lipasOwner('registered-association')).to.deep.equal({ kind: 'association' });
    expect(lipasOwner('municipal-consortium').kind).to.equal('municipality');
    expect(lipasOwner('unknown')).to.deep.equal({ kind: 'other' });
    expect(lipasOwner('__proto__')).to.deep.equal({ kind: 'other' });
  });

  it('names the type in every language and keeps the Finnish notes', () => {
    const site = places.find((place) => place.type.typeCode === 203)!;
    const p = premise(site);
    expect(p.description!.sv).to.equal('Serviceplats för båtfarare');
    expect(p.description!.en).to.equal('Boating services');
    expect(p.description!.fi!.startsWith('Veneilyn palvelupaikka')).to.equal(true);
    expect(p.spaceTypes).to.deep.equal(['outdoor']);
    expect(p.updatedAt).to.match(/Z$/);
    expect(Date.parse(p.updatedAt)).to.equal(Date.parse(`${site.lastModified.replace(' ', 'T')}Z`));
  });

  it('converts the plane coordinates when a place has no GeoJSON', () => {
    const site = copy(places.find((place) => place.location.coordinates?.tm35fin)!);
    const { wgs84 } = site.location.coordinates;
    delete site.location.geometries;
    const geo = premise(site).geo!;
    expect(geo.lat).to.be.closeTo(wgs84.lat, 1e-5);
    expect(geo.lon).to.be.closeTo(wgs84.lon, 1e-5);
  });

  it('reads the v2 field names', () => {
    const p = premise({
      'lipas-id': 612345,
      name: 'Kempeleen liikuntahalli',
      'name-localized': { se: 'Kempele idrottshall' },
      owner: 'city',
      type: { 'type-code': 2120 },
      'event-date': '2026-05-01T10:00:00.000Z',
      'reservations-link': 'https://varaamo.example/halli',
      'phone-number': '+358401112222',
      location: {
        city: { 'city-code': 244 },
        address: 'Zatelliitintie 3',
        'postal-code': '90440',
        geometries: {
          type: 'FeatureCollection',
          features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [25.5, 64.91] } }],
        },
      },
    });
    expect(p).to.deep.include({ id: 'lipas:612345', municipality: { code: '244' }, spaceTypes: ['sports-hall'] });
    expect(p.name).to.deep.equal({ fi: 'Kempeleen liikuntahalli', sv: 'Kempele idrottshall' });
    expect(p.booking).to.deep.equal({ url: 'https://varaamo.example/halli', phone: '+358401112222' });
    expect(p.geo).to.deep.equal({ lat: 64.91, lon: 25.5 });
  });

  it('keeps a website typed without https:// (13 of the recorded Helsinki places), and passes anything else on', () => {
    const mapped = places.map((site) => asJson(mapLipasSite(site, typeNames)) as { url?: string });
    const typedBare = places.filter((site) => typeof site.www === 'string' && site.www.startsWith('www.'));
    expect(typedBare).to.have.length(13);
    expect(mapped.filter((item) => item.url?.startsWith('https://www.vuosaarenvenekerho.fi'))).to.have.length(1);
    // Every website of the recording is now a valid link: none is dropped.
    expect(places.map(premise).filter((p) => p.url).length).to.equal(places.filter((site) => site.www).length);
    expect(lipasWebsite('www.hel.fi/liikunta')).to.equal('https://www.hel.fi/liikunta');
    expect(lipasWebsite(' http://www.phvk.fi ')).to.equal('http://www.phvk.fi');
    // Not a web address: left for the contract's check, which drops and reports it.
    expect(lipasWebsite('www ei ole')).to.equal('www ei ole');
    expect(lipasWebsite('javascript:alert(1)')).to.equal('javascript:alert(1)');
    expect(lipasWebsite(undefined)).to.equal(undefined);
  });

  it('pads codes and groups types by LIPAS’s main categories', () => {
    expect([91, '5', 244, 1234, 'x'].map(padMunicipalityCode)).to.deep.equal([
      '091',
      '005',
      '244',
      undefined,
      undefined,
    ]);
    expect([2120, 1120, 3110, 4401, 7000, undefined].map(lipasSpaceType)).to.deep.equal([
      'sports-hall',
      'outdoor',
      'other',
      'outdoor',
      'other',
      'other',
    ]);
  });

  it('reads every page for the municipalities asked, as numbers, active places only', async () => {
    const asked = await serve(25);
    const data = await loadLipas(ROOT, { municipalities: ['Helsinki'] });
    expect(data.premises).to.have.length(58);
    expect(data.skipped).to.deep.equal([]);
    expect(asked).to.deep.equal([1, 2, 3].map((page) => `city-codes=91&statuses=active&page-size=100&page=${page}`));
    expect(data.source!.name.fi).to.contain('LIPAS');
  });

  it('keeps what loaded when a later page fails, and fails clearly without a municipality', async () => {
    await serve(25, 2);
    const data = await loadLipas(ROOT, { municipalities: ['091'] });
    expect(data.premises).to.have.length(25);
    expect(data.skipped.map((item) => item.id)).to.deep.equal(['page 2']);
    let error: unknown;
    try {
      await loadLipas(ROOT, { municipalities: [] });
    } catch (caught) {
      error = caught;
    }
    expect(error).to.be.instanceOf(FeedError);
  });

  for (const lang of ['fi', 'sv', 'en']) {
    it(`lists the places in <kumppani-premises format="lipas"> (${lang})`, async () => {
      await serve(100);
      const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
      const el = document.createElement('kumppani-premises');
      el.setAttribute('format', 'lipas');
      el.setAttribute('municipality', '91');
      el.feed = ROOT;
      wrapper.append(el);
      // A busy machine can hold a served answer back for seconds.
      await waitUntil(() => $$(el, 'article').length === 20, 'first page of cards', { timeout: 15_000 });
      const attribution = $$(el, '.attribution')[0]!.textContent!;
      expect(attribution).to.contain('LIPAS');
      await expectAccessible(el, `lipas ${lang}`);
    });
  }
});
