import type { Association } from '../feed/types.js';
import { pickText, sortByTextSteps, type Locale } from '../i18n/index.js';
import { runInTasks, runNow, type Steps } from '../internal/tasks.js';
import { FacetTable } from './association-facets.js';
import type { Scope } from './scope.js';

/** A feed's associations as a directory shows them in one UI language. */
export interface Catalogue {
  /** In the alphabetical order of their names. */
  associations: readonly Association[];
  /** Their filter values, and which are active, by position in `associations`. */
  facets: FacetTable;
}

function* catalogueSteps(associations: readonly Association[], locale: Locale): Steps<Catalogue> {
  const sorted = yield* sortByTextSteps(
    associations,
    (association) => pickText(association.name, locale.lang)?.text ?? '',
    locale,
  );
  return { associations: sorted, facets: yield* FacetTable.build(sorted) };
}

// Feed data is read-only once loaded: a catalogue is made once per feed and language,
// and widgets showing the same feed share it.
const made = new WeakMap<readonly Association[], Map<string, Catalogue | Promise<Catalogue>>>();

function cacheFor(associations: readonly Association[]): Map<string, Catalogue | Promise<Catalogue>> {
  let byLocale = made.get(associations);
  if (!byLocale) made.set(associations, (byLocale = new Map()));
  return byLocale;
}

/** The catalogue, made now if it is not ready (a language change). */
export function catalogue(associations: readonly Association[], locale: Locale): Catalogue {
  const cache = cacheFor(associations);
  const known = cache.get(locale.intl);
  if (known && !(known instanceof Promise)) return known;
  const result = runNow(catalogueSteps(associations, locale));
  cache.set(locale.intl, result);
  return result;
}

/** The catalogue, made in short tasks so a national feed never blocks the page for long. */
export function prepareCatalogue(associations: readonly Association[], locale: Locale): Promise<Catalogue> {
  const cache = cacheFor(associations);
  const known = cache.get(locale.intl);
  if (known) return Promise.resolve(known);
  const pending = runInTasks(catalogueSteps(associations, locale)).then((result) => {
    if (cache.get(locale.intl) === pending) cache.set(locale.intl, result);
    return result;
  });
  cache.set(locale.intl, pending);
  return pending;
}

/** Positions in the catalogue of the active associations a webmaster's scope includes. */
export function scopePositions(catalogue: Catalogue, scope: Scope): Int32Array {
  const filters = {
    category: scope.categories,
    targetGroup: scope.targetGroups,
    language: new Set<string>(),
    municipality: scope.municipalities,
  };
  return catalogue.facets.apply(filters, catalogue.facets.active).passing;
}
