import type { TemplateResult } from 'lit';
import { FeedError, type Association, type FeedData } from '../../feed/types.js';
import type { ListTexts } from '../../i18n/strings.js';
import { emit } from '../../internal/events.js';
import { warnInvalid } from '../../internal/report.js';
import { nextTask } from '../../internal/tasks.js';
import {
  municipalityCodes,
  municipalityNames,
  parseList,
  resolveMunicipalityCodes,
  type Scope,
} from '../../listing/scope.js';
import { FACETS, type Facet, type FacetCounts, type Filters } from '../../listing/facets.js';
import { catalogue, prepareCatalogue, scopePositions, type Catalogue } from '../../listing/catalogue.js';
import { toSearchDocument } from '../../listing/documents.js';
import { loadFeed } from '../../feed/index.js';
import { KumppaniListElement } from '../shared/list-element.js';
import { listStyles } from '../shared/list.styles.js';
import { codeLabel, filterOptions, type FilterGroup } from '../shared/filters.js';
import { renderCard } from './card.js';
import { renderAssociationDetail } from './detail.js';

const SORT_ORDERS = ['relevance', 'name', 'updated'] as const;

/** A server search that takes longer than this says it is under way. */
const SLOW_SEARCH_MS = 400;

/**
 * The server's count and next page. On the last page the count is what was
 * listed: an answer of only events, dissolved or invalid items shows as nothing
 * found, not as "0 of 2".
 */
function serverState(page: { count?: number | undefined; next?: string | undefined }, listed: number) {
  return page.next ? { count: page.count ?? listed, next: page.next } : { count: listed };
}

/**
 * A searchable directory of a municipality's local associations, read live from
 * a feed that follows the kumppani feed contract v1.
 *
 * @summary Association directory with search, filters and a detail view.
 *
 * @fires kumppani-load - The feed was loaded: `{ count, total, skipped, dropped, pagingStopped? }`.
 * @fires kumppani-error - The feed could not be shown: `{ kind, status?, message }`.
 * @fires kumppani-select - A resident opened an association (cancelable): `{ association }`.
 * @fires kumppani-change - The search or filters changed: `{ query, filters, count }`.
 * @fires kumppani-invalid - A page of the server's search answer held invalid items or fields: `{ url, skipped, dropped }`.
 *
 * @csspart search - The search form.
 * @csspart search-input - The search box.
 * @csspart filters - The disclosure holding the filter groups.
 * @csspart filter-group - One group of filter checkboxes (a fieldset).
 * @csspart chips - The list of active filters.
 * @csspart chip - A button that removes one active filter.
 * @csspart sort - The sort order select.
 * @csspart status - The result count line.
 * @csspart error - The error message.
 * @csspart list - The list of associations.
 * @csspart card - One association's card.
 * @csspart card-heading - The heading that holds the association's name.
 * @csspart card-button - The name button that opens the detail view.
 * @csspart tag - A category or target-group label on a card.
 * @csspart more - The "show more" button.
 * @csspart detail - The detail dialog.
 * @csspart detail-close - The detail dialog's close button.
 * @csspart attribution - The data source line.
 *
 * @cssprop --kumppani-color-accent - Links, buttons and selected controls. Default #005a9c.
 * @cssprop --kumppani-color-on-accent - Text on accent-coloured buttons. Default #ffffff.
 * @cssprop --kumppani-color-surface - Card and dialog background. Default #ffffff.
 * @cssprop --kumppani-color-surface-alt - Chip and tag background. Default #eef2f6.
 * @cssprop --kumppani-color-border - Borders of cards and controls. Default #6e6e6e.
 * @cssprop --kumppani-color-text-muted - Secondary text. Default #4f4f4f.
 * @cssprop --kumppani-color-focus - The focus outline. Default #005a9c.
 * @cssprop --kumppani-color-highlight - Background of matched words. Default #fff0a8.
 * @cssprop --kumppani-color-error - The error message's border. Default #b00020.
 * @cssprop --kumppani-radius - Corner radius. Default 0.375rem.
 * @cssprop --kumppani-spacing - The base spacing unit. Default 1rem.
 */
export class KumppaniDirectory extends KumppaniListElement<Association> {
  static override styles = listStyles;

  protected readonly filterKeys = FACETS;
  protected readonly sortOrders = SORT_ORDERS;
  protected readonly urlPrefix = 'k';

  protected override readonly serverSearch = true;

  // Derived data, recomputed only when its inputs change.
  private scope: Scope | undefined;
  private catalogue: Catalogue | undefined;
  /** Where each scoped association is in the catalogue (alphabetical, so ascending). */
  private positions: Int32Array = new Int32Array(0);
  private facetCounts: FacetCounts | undefined;
  /** Worked out with the scope, not on every render: a one-municipality scope is read whole. */
  private offersMunicipalities = false;
  /** `updatedAt` as a number by catalogue position, made when that sort is first asked for. */
  private updatedTimes: Float64Array | undefined;

  /** Set while the feed is searched on its server: the server's count and next page. */
  private server: { count: number; next?: string } | undefined;
  private serverRequest: AbortController | undefined;
  /** Set once a server search has taken long enough to say so (a quick answer would only flicker). */
  private serverSlow = false;
  private serverAnswer: Promise<void> = Promise.resolve();
  /** Counts searches sent to the server: only the newest one's answers are shown. */
  private serverGeneration = 0;
  /** The search whose answer is shown (and whose next page "show more" reads). */
  private shownGeneration = 0;
  /** The error of the last failed search: a newer search's answer clears it, never the feed's own error. */
  private serverError: FeedError | undefined;
  private serverItems = new Map<string, Association>();

  protected texts(): ListTexts {
    return this.locale.strings.directory;
  }

  protected override async prepare(data: FeedData): Promise<void> {
    // What a national feed costs most to show, each in a task of its own; `computeScope` reuses it.
    municipalityNames(data.associations);
    await nextTask();
    await prepareCatalogue(data.associations, this.locale);
  }

  protected computeScope(data: FeedData | undefined): void {
    this.server = undefined;
    if (!data) return;
    this.muniNames = municipalityNames(data.associations);
    const requested = parseList(this.municipality);
    const scope: Scope = (this.scope = {
      municipalities: resolveMunicipalityCodes(requested, this.muniNames),
      categories: new Set(parseList(this.category)),
      targetGroups: new Set(parseList(this.targetGroup)),
    });
    // A municipality attribute that names no known municipality shows nothing, not everything.
    const nothingMatches = requested.length > 0 && scope.municipalities.size === 0;
    const shown = (this.catalogue = catalogue(data.associations, this.locale));
    const positions = (this.positions = nothingMatches ? new Int32Array(0) : scopePositions(shown, scope));
    const scoped = new Array<Association>(positions.length);
    for (let i = 0; i < positions.length; i++) scoped[i] = shown.associations[positions[i]!]!;
    this.updatedTimes = undefined;
    this.offersMunicipalities = this.spansMunicipalities(scoped, scope.municipalities);
    this.setScope(scoped, (association) => toSearchDocument(association, data.taxonomy, this.muniNames));
  }

  protected computeResults(): void {
    if (this.data?.next) {
      this.serverAnswer = this.queryServer();
      return;
    }
    const shown = this.catalogue;
    if (!shown) return;
    const query = this.query.trim();
    const positions = this.positions;
    const matches = this.matchIndexes();
    const { passing, counts } = shown.facets.apply(
      this.selections as Filters,
      matches ? matches.map((index) => positions[index]!) : positions,
    );
    this.facetCounts = counts;
    // A page scoped to some municipalities offers only those, not every area an association also serves.
    const wanted = this.scope?.municipalities;
    if (wanted && wanted.size > 0) {
      for (const code of this.facetCounts.municipality.keys()) {
        if (!wanted.has(code)) this.facetCounts.municipality.delete(code);
      }
    }
    // `passing` holds catalogue positions, which follow alphabetical order.
    let order: ArrayLike<number> = passing;
    if (this.sort === 'updated') {
      const times = this.updatedTimesOf(shown);
      order = Array.from(passing).sort((a, b) => times[b]! - times[a]!);
    } else if (this.sort === 'name' && query) {
      // Matches come best-first; "name" puts them back in alphabetical order.
      order = passing.sort();
    }
    const results = new Array<Association>(order.length);
    for (let i = 0; i < order.length; i++) results[i] = shown.associations[order[i]!]!;
    this.results = results;
  }

  private updatedTimesOf(shown: Catalogue): Float64Array {
    if (!this.updatedTimes) {
      this.updatedTimes = new Float64Array(shown.associations.length);
      for (const position of this.positions) {
        this.updatedTimes[position] = Date.parse(shown.associations[position]!.updatedAt);
      }
    }
    return this.updatedTimes;
  }

  // ---------------------------------------------------------------- server search (contract §6)

  /** The feed's query URL for the typed words, the scope and the selected filters. */
  private serverUrl(data: FeedData): string {
    const url = new URL(data.url);
    const accepted = new Set(data.query);
    const put = (name: string, values: Iterable<string>) => {
      const list = [...values];
      if (accepted.has(name) && list.length > 0) url.searchParams.set(name, list.join(','));
    };
    const scope = this.scope;
    const either = (selected: ReadonlySet<string>, scoped: ReadonlySet<string> | undefined) =>
      selected.size > 0 ? selected : (scoped ?? []);
    put('q', this.query.trim() ? [this.query.trim()] : []);
    put('municipality', either(this.selected('municipality'), scope?.municipalities));
    put('category', either(this.selected('category'), scope?.categories));
    put('targetGroup', either(this.selected('targetGroup'), scope?.targetGroups));
    put('language', this.selected('language'));
    put('type', ['association']);
    put('pageSize', [String(Math.min(100, this.itemsPerPage))]);
    return url.href;
  }

  /** One page of the server's answer: its active associations, count and next page; invalid ones reported. */
  private async serverPage(
    url: string,
    signal: AbortSignal,
    generation: number,
  ): Promise<{ items: Association[]; count?: number; next?: string }> {
    const page = await loadFeed(url, { signal, taxonomyFile: false, stopAfterFirst: () => true });
    // Reported as the feed's invalid items are (console + `kumppani-invalid`), once, for the search shown.
    const { skipped, dropped } = page;
    if (generation === this.serverGeneration && skipped.length + dropped.length > 0) {
      warnInvalid(page.url, skipped, dropped);
      emit(this, 'kumppani-invalid', { url: page.url, skipped, dropped });
    }
    return {
      items: page.associations.filter((association) => association.status === 'active'),
      ...(page.announcedCount === undefined ? {} : { count: page.announcedCount }),
      ...(page.next ? { next: page.next } : {}),
    };
  }

  /**
   * Sends the search to the feed's server. Each search starts a new generation
   * and cancels the requests of older ones; an answer of an older generation
   * (a search or its "show more") changes nothing.
   */
  private async queryServer(): Promise<void> {
    const data = this.data;
    if (!data) return;
    const generation = ++this.serverGeneration;
    this.serverRequest?.abort();
    const request = (this.serverRequest = new AbortController());
    const slow = setTimeout(() => {
      this.serverSlow = true;
      this.requestUpdate();
    }, SLOW_SEARCH_MS);
    try {
      const page = await this.serverPage(this.serverUrl(data), request.signal, generation);
      if (generation !== this.serverGeneration) return;
      this.serverItems = new Map(page.items.map((item) => [item.id, item]));
      this.results = page.items;
      this.server = serverState(page, page.items.length);
      this.shownGeneration = generation;
      // A "show more" clicked while this search was under way was for the results it replaces.
      this.pages = 1;
      // A search that succeeds takes away the alert of one that failed before it.
      if (this.error && this.error === this.serverError) {
        this.error = undefined;
        this.loadState = 'ready';
      }
    } catch (reason) {
      if (generation === this.serverGeneration) this.serverFailed(reason);
    } finally {
      clearTimeout(slow);
      if (generation === this.serverGeneration) this.serverSlow = false;
      this.requestUpdate();
    }
  }

  protected override loadMore(): Promise<void> | undefined {
    const next = this.server?.next;
    if (!next || this.visibleCount <= this.results.length) return undefined;
    return this.nextServerPage(next);
  }

  /**
   * "Show more" of the search shown. Nothing while a newer search is under way
   * (its answer replaces these results); cancelled, and its answer ignored, once one starts.
   */
  private async nextServerPage(next: string): Promise<void> {
    const generation = this.serverGeneration;
    if (generation !== this.shownGeneration) return;
    const signal = this.serverRequest?.signal ?? new AbortController().signal;
    try {
      const page = await this.serverPage(next, signal, generation);
      if (generation !== this.serverGeneration) return;
      for (const item of page.items) this.serverItems.set(item.id, item);
      this.results = [...this.results, ...page.items];
      this.server = serverState({ count: this.server?.count, next: page.next }, this.results.length);
    } catch (reason) {
      if (generation === this.serverGeneration && !signal.aborted) this.serverFailed(reason);
    }
  }

  /** A failed search shows the error with its retry button, over the last results. */
  private serverFailed(reason: unknown): void {
    const url = this.data?.url ?? '';
    const error = reason instanceof FeedError ? reason : new FeedError('network', String(reason), url);
    console.error(`kumppani: the feed's search failed (${error.kind}): ${error.message}`);
    this.error = this.serverError = error;
    this.loadState = 'error';
  }

  protected override busy(): boolean {
    return this.serverSlow;
  }

  protected override resultsSettled(): Promise<void> {
    return this.serverAnswer;
  }

  protected override statusText(): string {
    // Until the server's first answer, and while a slow one is awaited, the widget is loading.
    if (this.data?.next && (!this.server || this.serverSlow) && this.loadState === 'ready') return this.texts().loading;
    return super.statusText();
  }

  protected override scopeCount(): number {
    return this.data?.next ? (this.data.announcedCount ?? 0) : super.scopeCount();
  }

  protected override feedTotal(data: FeedData): number {
    return data.next ? (data.announcedCount ?? data.associations.length) : super.feedTotal(data);
  }

  protected override resultTotal(): number {
    return this.server && this.data?.next ? this.server.count : this.results.length;
  }

  protected override hasMore(visible: number): boolean {
    return visible < this.results.length || (!!this.data?.next && !!this.server?.next);
  }

  protected override showSort(): boolean {
    return !this.data?.next;
  }

  protected override findItem(id: string): Association | undefined {
    return this.data?.next ? this.serverItems.get(id) : super.findItem(id);
  }

  protected filterGroups(data: FeedData): FilterGroup[] {
    if (data.next) return this.serverFilterGroups(data);
    const counts = this.facetCounts;
    if (!counts) return [];
    const source = this.labelSource(data);
    const legends = this.locale.strings.filterGroups;
    const categoryOrder = [...data.taxonomy.categories.keys()];
    return FACETS.filter((facet) => facet !== 'municipality' || this.offersMunicipalities).map((facet) => ({
      key: facet,
      legend: legends[facet],
      options: filterOptions(facet, counts[facet], this.selected(facet), source, (a, b) =>
        // Categories keep the taxonomy's order; the rest read best alphabetically.
        facet === 'category' ? categoryOrder.indexOf(a.value) - categoryOrder.indexOf(b.value) : this.byLabel(a, b),
      ),
    }));
  }

  /** Without counts from the server, the taxonomy's categories and target groups (within the scope). */
  private serverFilterGroups(data: FeedData): FilterGroup[] {
    const source = this.labelSource(data);
    const legends = this.locale.strings.filterGroups;
    const group = (
      facet: 'category' | 'targetGroup',
      codes: Iterable<string>,
      scoped: ReadonlySet<string> | undefined,
    ) => ({
      key: facet,
      legend: legends[facet],
      options: [...codes]
        .filter((code) => !scoped?.size || scoped.has(code))
        .flatMap((value) => {
          const label = codeLabel(facet, value, source);
          return label ? [{ value, label: label.text, ...(label.lang ? { lang: label.lang } : {}) }] : [];
        }),
    });
    return [
      group('category', data.taxonomy.categories.keys(), this.scope?.categories),
      group('targetGroup', data.taxonomy.targetGroups.keys(), this.scope?.targetGroups),
    ];
  }

  protected chipLabel(key: string, value: string, data: FeedData): string {
    return codeLabel(key as Facet, value, this.labelSource(data))?.text ?? value;
  }

  /** Whether the scope spans more than one municipality, so choosing among them makes sense. */
  private spansMunicipalities(scoped: readonly Association[], wanted: ReadonlySet<string>): boolean {
    const codes = new Set<string>();
    for (const association of scoped) {
      for (const code of municipalityCodes(association)) {
        if (wanted.size === 0 || wanted.has(code)) codes.add(code);
      }
      if (codes.size > 1) return true;
    }
    return false;
  }

  protected announceSelect(association: Association): boolean {
    return emit(this, 'kumppani-select', { association }, { cancelable: true });
  }

  protected renderItem(association: Association, index: number, data: FeedData): TemplateResult {
    return renderCard(association, index, {
      ...this.labelSource(data),
      query: this.query.trim(),
      headingLevel: this.headingLevel,
      onOpen: (item, openerId) => this.open(item, openerId),
    });
  }

  protected renderDetail(association: Association, data: FeedData): TemplateResult {
    return renderAssociationDetail(association, {
      ...this.labelSource(data),
      source: data.source,
      events: data.events,
      tasks: data.tasks,
      onClose: () => this.closeDetail(),
    });
  }
}
