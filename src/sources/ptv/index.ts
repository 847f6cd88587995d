/**
 * Associations from PTV, the Finnish Service Catalogue (open API v11,
 * `https://api.palvelutietovaranto.suomi.fi/api/v11/`): the organizations of
 * type `Organization` serving the given municipalities, page by page, with
 * their services as their activities. The result is the same FeedData a
 * downloaded contract feed gives, validated and reported item by item.
 */
import { readItem } from '../../feed/normalize.js';
import { mergeTaxonomy } from '../../feed/taxonomy.js';
import { FeedError, type Association, type FeedData, type SkippedItem } from '../../feed/types.js';
import { askedMunicipalities } from '../format.js';
import { getJson, type GetJsonOptions } from '../http.js';
import { activitiesOf, isAssociation, languageItems, mapPtvOrganization, serviceIds, type PtvActivity } from './map.js';
import { asJson } from '../plain.js';

export { mapPtvOrganization, type PtvActivity } from './map.js';

export interface LoadPtvOptions extends Pick<
  GetJsonOptions,
  'fetch' | 'timeoutMs' | 'retries' | 'maxRetryWaitMs' | 'sleep'
> {
  /** Municipality codes or names ("091", "Jakobstad"); at least one. */
  municipalities: readonly string[];
  signal?: AbortSignal;
  /** The most pages read per municipality. Default 100. */
  maxPages?: number;
}

/** PTV's own name, for the widgets' attribution line. */
const SOURCE = {
  name: { fi: 'Palvelutietovaranto (PTV)', sv: 'Servicedatalagret (PTV)', en: 'Finnish Service Catalogue (PTV)' },
};

/** How many services one `Service/list?guids=` request may name (the API's limit). */
const GUIDS_PER_REQUEST = 100;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** One paging envelope: `itemList`, and whether a page follows. */
function readPage(body: unknown, url: string): { items: unknown[]; more: boolean } {
  if (!isObject(body) || !Array.isArray(body.itemList)) {
    // An empty area answers with `itemList: null`.
    if (isObject(body) && body.itemList === null) return { items: [], more: false };
    throw new FeedError('format', 'the source did not answer with a PTV list (no itemList)', url);
  }
  const page = Number(body.pageNumber);
  const count = Number(body.pageCount);
  return { items: body.itemList, more: Number.isFinite(page) && Number.isFinite(count) && page < count };
}

/** Services' names and summaries by id; what cannot be loaded is left to the names the organizations give. */
async function describeServices(
  root: string,
  ids: readonly string[],
  options: LoadPtvOptions,
): Promise<Map<string, PtvActivity>> {
  const known = new Map<string, PtvActivity>();
  for (let start = 0; start < ids.length; start += GUIDS_PER_REQUEST) {
    const url = `${root}Service/list?guids=${ids.slice(start, start + GUIDS_PER_REQUEST).join(',')}`;
    let body: unknown;
    try {
      body = await getJson(url, options);
    } catch (error) {
      if (options.signal?.aborted) throw error;
      continue;
    }
    const services = Array.isArray(body) ? body : isObject(body) && Array.isArray(body.itemList) ? body.itemList : [];
    for (const service of services) {
      if (!isObject(service) || typeof service.id !== 'string') continue;
      const name = languageItems(service.serviceNames, 'Name');
      const summary = languageItems(service.serviceDescriptions, 'Summary');
      if (name) known.set(service.id, summary ? { name, summary } : { name });
    }
  }
  return known;
}

/**
 * The associations PTV lists for `options.municipalities`. Rejects with a
 * FeedError when no municipality is given or the first page cannot be read;
 * a later page that fails is reported in `skipped` and what loaded stays.
 */
export async function loadPtv(rootUrl: string, options: LoadPtvOptions): Promise<FeedData> {
  const root = rootUrl.replace(/\/*$/, '/');
  const codes = askedMunicipalities('PTV', options.municipalities, rootUrl);
  const maxPages = Math.max(1, options.maxPages ?? 100);
  const listed: { org: unknown; home: string }[] = [];
  const skipped: SkippedItem[] = [];
  let otherItems = 0;

  for (const code of codes) {
    for (let page = 1; page <= maxPages; page++) {
      const url = `${root}Organization/list/area/Municipality/code/${code}?page=${page}`;
      let result: { items: unknown[]; more: boolean };
      try {
        result = readPage(await getJson(url, options), url);
      } catch (error) {
        if (options.signal?.aborted || (!listed.length && !skipped.length && page === 1 && code === codes[0]))
          throw error;
        const reason = error instanceof Error ? error.message : String(error);
        skipped.push({ id: `${code} page ${page}`, reason: `could not be loaded: ${reason}` });
        break;
      }
      for (const org of result.items) {
        if (isAssociation(org)) listed.push({ org, home: code });
        else otherItems++;
      }
      if (!result.more) break;
    }
  }

  const ids = [...new Set(listed.flatMap(({ org }) => serviceIds(org)))];
  const services = await describeServices(root, ids, options);

  const associations: Association[] = [];
  const dropped: FeedData['dropped'] = [];
  const seen = new Set<string>();
  listed.forEach(({ org, home }, index) => {
    const result = readItem(asJson(mapPtvOrganization(org, activitiesOf(org, services), home)));
    if (result.kind === 'skipped') skipped.push({ id: result.id ?? `#${index}`, reason: result.reason });
    else if (result.kind === 'item' && result.item.type === 'association' && !seen.has(result.item.id)) {
      // An association serving several of the municipalities is listed under each: once is enough.
      seen.add(result.item.id);
      associations.push(result.item);
      dropped.push(...result.dropped);
    }
  });

  return {
    url: root,
    feedVersion: '1.0',
    source: SOURCE,
    taxonomy: mergeTaxonomy(),
    associations,
    events: [],
    tasks: [],
    premises: [],
    contactPoints: [],
    otherItems,
    skipped,
    dropped,
    receivedAt: Date.now(),
  };
}
