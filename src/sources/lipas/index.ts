/**
 * Spaces from LIPAS, the national register of sports facilities (API v2,
 * `https://api.lipas.fi/v2/`): the active sports sites of the given
 * municipalities, page by page, with their types named from LIPAS's own type
 * list. The result is the same FeedData a downloaded contract feed gives,
 * validated and reported item by item.
 */
import { readItem } from '../../feed/normalize.js';
import { mergeTaxonomy } from '../../feed/taxonomy.js';
import { FeedError, type FeedData, type LocalizedText, type Premise, type SkippedItem } from '../../feed/types.js';
import { askedMunicipalities } from '../format.js';
import { getJson, type GetJsonOptions } from '../http.js';
import { asJson } from '../plain.js';
import { lipasTypeName, mapLipasSite } from './map.js';

export { lipasGeo, lipasOwner, lipasSpaceType, mapLipasSite, padMunicipalityCode } from './map.js';

export interface LoadLipasOptions extends Pick<GetJsonOptions, 'fetch' | 'timeoutMs' | 'retries' | 'sleep'> {
  /** Municipality codes or names ("091", "Kempele"); at least one. */
  municipalities: readonly string[];
  signal?: AbortSignal;
  /** The most pages read. Default 50 (5,000 sites; Helsinki has about 1,500). */
  maxPages?: number;
}

const SOURCE = {
  name: { fi: 'LIPAS-liikuntapaikkatietokanta', sv: 'Idrottsplatsregistret LIPAS', en: 'LIPAS sports facilities' },
  url: 'https://www.lipas.fi/',
};
/** As LIPAS's API description gives it. */
const LICENSE = { id: 'CC-BY-SA-4.0', url: 'https://creativecommons.org/licenses/by-sa/4.0/' };
/** The largest page the API gives. */
const PAGE_SIZE = 100;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Each type code's name in fi, sv and en; a failed list leaves the types unnamed, not the sites unshown. */
async function typeNames(root: string, options: LoadLipasOptions): Promise<Map<number, LocalizedText>> {
  const names = new Map<number, LocalizedText>();
  let body: unknown;
  try {
    body = await getJson(`${root}sports-site-categories`, options);
  } catch (error) {
    if (options.signal?.aborted) throw error;
    return names;
  }
  for (const type of Array.isArray(body) ? body : []) {
    if (!isObject(type) || typeof type['type-code'] !== 'number') continue;
    const name = lipasTypeName(type.name);
    if (name) names.set(type['type-code'], name);
  }
  return names;
}

/** One page of `/sports-sites`: `items`, and whether a page follows (`pagination`). */
function readPage(body: unknown, url: string): { items: unknown[]; more: boolean } {
  if (!isObject(body) || !Array.isArray(body.items)) {
    throw new FeedError('format', 'the source did not answer with a LIPAS list (no items)', url);
  }
  const pagination = isObject(body.pagination) ? body.pagination : {};
  const page = Number(pagination['current-page']);
  const pages = Number(pagination['total-pages']);
  return { items: body.items, more: Number.isFinite(page) && Number.isFinite(pages) && page < pages };
}

/**
 * The active sports sites LIPAS lists for `options.municipalities`. Rejects
 * with a FeedError when no municipality is given or the first page cannot be
 * read; a later page that fails is reported in `skipped` and what loaded stays.
 */
export async function loadLipas(rootUrl: string, options: LoadLipasOptions): Promise<FeedData> {
  const root = rootUrl.replace(/\/*$/, '/');
  const codes = askedMunicipalities('LIPAS', options.municipalities, rootUrl);
  const maxPages = Math.max(1, options.maxPages ?? 50);
  // LIPAS takes municipality codes as numbers (91, not 091).
  const query = `city-codes=${codes.map(Number).join(',')}&statuses=active&page-size=${PAGE_SIZE}`;
  const names = typeNames(root, options);
  const sites: unknown[] = [];
  const skipped: SkippedItem[] = [];
  for (let page = 1; page <= maxPages; page++) {
    const url = `${root}sports-sites?${query}&page=${page}`;
    let result: { items: unknown[]; more: boolean };
    try {
      result = readPage(await getJson(url, options), url);
    } catch (error) {
      if (options.signal?.aborted || page === 1) throw error;
      const reason = error instanceof Error ? error.message : String(error);
      skipped.push({ id: `page ${page}`, reason: `could not be loaded: ${reason}` });
      break;
    }
    sites.push(...result.items);
    if (!result.more) break;
  }

  const types = await names;
  const premises: Premise[] = [];
  const dropped: FeedData['dropped'] = [];
  sites.forEach((site, index) => {
    const result = readItem(asJson(mapLipasSite(site, types)));
    if (result.kind === 'skipped') skipped.push({ id: result.id ?? `#${index}`, reason: result.reason });
    else if (result.kind === 'item' && result.item.type === 'premise') {
      premises.push(result.item);
      dropped.push(...result.dropped);
    }
  });

  return {
    url: root,
    feedVersion: '1.1',
    source: SOURCE,
    license: LICENSE,
    taxonomy: mergeTaxonomy(),
    associations: [],
    events: [],
    tasks: [],
    premises,
    contactPoints: [],
    otherItems: 0,
    skipped,
    dropped,
    receivedAt: Date.now(),
  };
}
