import { LitElement, html, nothing, type TemplateResult } from 'lit';
import type { Association, FeedData, LocalizedText } from '../../feed/types.js';
import { collator, warmUpIntl, type Locale } from '../../i18n/index.js';
import { nextTask } from '../../internal/tasks.js';
import { Inputs } from '../../internal/inputs.js';
import { parseList } from '../../internal/parse-list.js';
import { municipalityNames, resolveMunicipalityCodes, spansMunicipalities, type Scope } from '../../listing/scope.js';
import { FACETS, type Facet, type FacetCounts, type Filters } from '../../listing/association-facets.js';
import { catalogue, prepareCatalogue, scopePositions, type Catalogue } from '../../listing/catalogue.js';
import { toSearchDocument } from '../../listing/documents.js';
import { LocalResults } from '../../results/local.js';
import type { ServerResults } from '../../results/server.js';
import { FeedSearch } from '../../results/feed-search.js';
import type { ResultsSource } from '../../results/source.js';
import { LocaleController } from '../../controllers/locale.js';
import { FocusController } from '../../controllers/focus.js';
import { ScrollOffsetController } from '../../controllers/page-fit.js';
import { FeedController } from '../../controllers/feed.js';
import { QueryController } from '../../controllers/query.js';
import { emit } from '../../internal/events.js';
import { serverResults, wireList } from '../shared/list-wiring.js';
import { ListView, renderItemList } from '../shared/list-view.js';
import { landmarkName } from '../shared/landmark.js';
import { listStyles } from '../shared/list.styles.js';
import { codeLabel, filterOptions, type FilterGroup, type LabelSource } from '../shared/filters.js';
import { renderCard } from '../shared/association-card.js';
import { renderAssociationDetail } from '../shared/association-detail.js';
import { serverFilterGroups } from './server-filters.js';
import { loadFromSource, sourceVariant } from '../shared/source-readers.js';

const SORT_ORDERS = ['relevance', 'name', 'updated'] as const;
const DEFAULT_SERVER_THRESHOLD = 5000;

/**
 * A searchable directory of a municipality's local associations, read live from
 * a feed that follows the kumppani feed contract v1.
 *
 * @tagname kumppani-directory
 * @summary Association directory with search, filters and a detail view.
 *
 * @attribute theme - `neutral` (default), `hds` or `suomifi`, with `dark` for the dark variant or `auto` for it when the device asks for dark.
 * @attribute lang - `fi`, `sv` or `en`; without it, the closest ancestor's `lang`, then the page's.
 *
 * @fires kumppani-load - The feed was loaded: `{ count, total, skipped, dropped, pagingStopped? }`.
 * @fires kumppani-error - The feed could not be shown: `{ kind, status?, message }`.
 * @fires kumppani-select - A resident opened an association (cancelable): `{ association }`.
 * @fires kumppani-change - The search or filters changed: `{ query, filters, count }`.
 * @fires kumppani-invalid - A page of a server's search answer held invalid items or fields: `{ url, skipped, dropped }`.
 *
 * @slot status - Holds the element's own polite status line (added by the element).
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
 * @csspart contact-points - The municipality's contact points for associations (`kumppani-all.js`).
 * @csspart next-meeting - The line naming the next meeting for associations (`kumppani-all.js`).
 *
 * @cssprop --kumppani-color-text - Text colour. Default: the page's (a `theme` sets one).
 * @cssprop --kumppani-color-background - The widget's background. Default: none (a dark `theme` sets one).
 * @cssprop --kumppani-color-accent - Links, buttons and selected controls. Default #005a9c.
 * @cssprop --kumppani-color-on-accent - Text on accent-coloured buttons. Default #ffffff.
 * @cssprop --kumppani-color-surface - Card and dialog background. Default #ffffff.
 * @cssprop --kumppani-color-surface-alt - Chip and tag background. Default #eef2f6.
 * @cssprop --kumppani-color-border - Borders of cards and controls. Default #6e6e6e.
 * @cssprop --kumppani-color-text-muted - Secondary text. Default #4f4f4f.
 * @cssprop --kumppani-color-focus - The focus outline. Default #005a9c.
 * @cssprop --kumppani-color-highlight - Background of matched words. Default #fff0a8.
 * @cssprop --kumppani-color-error - The error message's border. Default #b00020.
 * @cssprop --kumppani-font-family - The typeface. Default: the page's (a `theme` names its design system's).
 * @cssprop --kumppani-font-size - The widget's text size. Default: the page's (a `theme` sets its design system's).
 * @cssprop --kumppani-heading-size - Size of the items' names. Default 1.2em.
 * @cssprop --kumppani-heading-weight - Weight of the items' names. Default 700.
 * @cssprop --kumppani-radius - Corner radius. Default 0.375rem.
 * @cssprop --kumppani-spacing - The base spacing unit. Default 1rem.
 * @cssprop --kumppani-loading-height - Space the widget keeps while it loads, so what is below does not jump. Default 100vh.
 * @cssprop --kumppani-scroll-margin-top - Room kept above a focused control for a sticky header. Default the `scroll-offset` attribute, else 0.
 */
export class KumppaniDirectory extends LitElement {
  static override styles = listStyles;

  /** What `kumppani-all.js` shows between the search and the list: the municipality's contact points and next meeting. */
  static above?: (directory: KumppaniDirectory, data: FeedData | undefined, locale: Locale) => unknown;

  static override properties = {
    feed: { reflect: true },
    label: {},
    municipality: {},
    category: {},
    targetGroup: { attribute: 'target-group' },
    pageSize: { attribute: 'page-size', type: Number },
    headingLevel: { attribute: 'heading-level', type: Number },
    search: {},
    serverThreshold: { attribute: 'server-threshold', type: Number },
    format: {},
    contact: {},
    meetings: {},
    feedbackUrl: { attribute: 'feedback-url' },
    scrollOffset: { attribute: 'scroll-offset' },
  };

  /** URL of the feed's first page (required). */
  declare feed: string | undefined;
  /**
   * The name of the widget's landmarks, telling it apart from others on the page
   * ("Kempeleen yhdistykset"). Default: the widget's kind and its municipalities.
   */
  declare label: string | undefined;
  /** Statistics Finland codes or municipality names, comma-separated. Absent: the whole feed. */
  declare municipality: string | undefined;
  /** Category codes, comma-separated, that limit the scope. */
  declare category: string | undefined;
  /** Target-group codes, comma-separated, that limit the scope. */
  declare targetGroup: string | undefined;
  /** Items shown at first and added by "show more". Default 20. */
  declare pageSize: number;
  /** Level of the cards' name headings, 1–6. Default 3. */
  declare headingLevel: number;
  /**
   * `server`: send the search to the feed's server (when it offers one);
   * `client`: always download the whole feed. Absent: the server above `server-threshold` items.
   */
  declare search: string | undefined;
  /** Above this many items (the feed's `meta.count`), search on the feed's server. Default 5000. */
  declare serverThreshold: number;
  /** `kumppani` (a feed in the contract, the default) or `ptv` (the Finnish Service Catalogue's API at `feed`). */
  declare format: string | undefined;
  /** `none` hides the municipality's contact points and next meeting above the list (which `kumppani-all.js` shows). */
  declare contact: string | undefined;
  /** Address of the page that lists the meetings for associations; the next meeting above the list links there. */
  declare meetings: string | undefined;

  /** Address (http(s) or `mailto:`) of the page's accessibility feedback channel: adds a "Report an accessibility problem" link. */
  declare feedbackUrl: string | undefined;
  /** Height in CSS px of the page's sticky header, so focused controls scroll clear of it. Default 0. */
  declare scrollOffset: string | undefined;

  readonly #language = new LocaleController(this);
  readonly #focusMover = new FocusController(this);
  readonly #feedLoader = new FeedController(this, {
    url: () => this.feed,
    serverThreshold: () => this.#serverThresholdNow(),
    prepare: async (data) => {
      // What a national feed costs most to show, each in a task of its own; `computeScope` reuses it.
      municipalityNames(data.associations);
      await nextTask();
      await prepareCatalogue(data.associations, this.#locale);
    },
    warmUp: () => warmUpIntl(this.#locale),
    load: (url, signal) => loadFromSource('associations', this.format, url, this.municipality, signal),
    variant: () => sourceVariant(this.format, this.municipality),
    counts: (data) =>
      data.next
        ? { count: data.announcedCount ?? 0, total: data.announcedCount ?? data.associations.length }
        : { count: this.#local.scoped.length, total: data.associations.length },
  });
  readonly #query = new QueryController(this, {
    filterKeys: FACETS,
    sortOrders: SORT_ORDERS,
    settled: () => this.#results?.settled ?? Promise.resolve(),
    count: () => this.#results?.total ?? 0,
  });
  readonly #view: ListView<Association> = new ListView({
    host: this,
    locale: () => this.#locale,
    texts: () => this.#locale.strings.directory,
    name: () => landmarkName(this.#locale.strings.directory.label, this.label, this.municipality, this.#locale),
    aboveResults: () => KumppaniDirectory.above?.(this, this.#feedLoader.data, this.#locale),
    feed: this.#feedLoader,
    query: this.#query,
    focus: this.#focusMover,
    results: () => this.#results,
    pageSize: () => this.pageSize,
    sortOrders: SORT_ORDERS,
    showSort: () => !this.#feedLoader.data?.next,
    filterGroups: (data) => this.#filterGroups(data),
    chipLabel: (key, value, data) => codeLabel(key as Facet, value, this.#labelSource(data))?.text ?? value,
    renderItems: (visible, busy) =>
      renderItemList(visible, busy, (association, index) => this.#renderItem(association, index)),
    feedbackUrl: () => this.feedbackUrl,
    retry: () => (this.#server && this.#feedLoader.data ? this.#server.retry() : this.#feedLoader.reload()),
  });
  readonly #dialog = wireList(this, {
    prefix: 'k',
    feed: this.#feedLoader,
    query: this.#query,
    focus: this.#focusMover,
    view: this.#view,
    results: () => this.#results,
    lang: () => this.#locale.lang,
  });

  constructor() {
    super();
    new ScrollOffsetController(this, () => this.scrollOffset);
    this.pageSize = 20;
    this.headingLevel = 3;
    this.serverThreshold = DEFAULT_SERVER_THRESHOLD;
  }

  /** Fetches the feed again (a CMS preview may call it after changing the feed's content). */
  reload(): Promise<void> {
    return this.#feedLoader.reload();
  }

  get #locale() {
    return this.#language.locale;
  }

  // ---------------------------------------------------------------- scope and results

  readonly #local = new LocalResults<Association>();
  /** Set while the feed is searched on its server (contract §6). */
  #server: ServerResults<Association> | undefined;
  #scope: Scope | undefined;
  #catalogue: Catalogue | undefined;
  /** Where each scoped association is in the catalogue (alphabetical, so ascending). */
  #positions: Int32Array = new Int32Array(0);
  #facetCounts: FacetCounts | undefined;
  /** Worked out with the scope, not on every render: a one-municipality scope is read whole. */
  #offersMunicipalities = false;
  /** `updatedAt` as a number by catalogue position, made when that sort is first asked for. */
  #updatedTimes: Float64Array | undefined;
  #muniNames: ReadonlyMap<string, LocalizedText> = new Map();
  readonly #scopeInputs = new Inputs();
  readonly #resultInputs = new Inputs();
  readonly #serverInputs = new Inputs();
  #scopeRevision = 0;

  get #results(): ResultsSource<Association> | undefined {
    const data = this.#feedLoader.data;
    if (!data) return undefined;
    return data.next ? this.#server : this.#local;
  }

  /** Stop after the first page of a feed large enough (or asked) to be searched on its server. */
  #serverThresholdNow(): number | undefined {
    if (this.search === 'client') return undefined;
    if (this.search === 'server') return 0;
    return Number.isFinite(this.serverThreshold) && this.serverThreshold >= 0
      ? this.serverThreshold
      : DEFAULT_SERVER_THRESHOLD;
  }

  protected override willUpdate(): void {
    const data = this.#feedLoader.data;
    if (this.#scopeInputs.changed([data, this.municipality, this.category, this.targetGroup, this.#locale])) {
      this.#computeScope(data);
    }
    if (!data?.next && this.#resultInputs.changed([this.#scopeRevision, this.#query.revision])) this.#computeResults();
  }

  protected override updated(): void {
    // A server search starts after the render that asked for it, never during one.
    const server = this.#server;
    if (
      server &&
      this.#feedLoader.data?.next &&
      this.#serverInputs.changed([this.#scopeRevision, this.#query.revision])
    ) {
      server.query({
        text: this.#query.text,
        filters: Object.fromEntries(FACETS.map((facet) => [facet, [...this.#query.selected(facet)]])),
        scope: {
          municipalities: [...(this.#scope?.municipalities ?? [])],
          categories: [...(this.#scope?.categories ?? [])],
          targetGroups: [...(this.#scope?.targetGroups ?? [])],
        },
        pageSize: this.#view.itemsPerPage,
      });
    }
  }

  #computeScope(data: FeedData | undefined): void {
    this.#scopeRevision++;
    if (!data) return;
    this.#muniNames = municipalityNames(data.associations);
    const requested = parseList(this.municipality);
    const scope: Scope = (this.#scope = {
      municipalities: resolveMunicipalityCodes(requested, this.#muniNames),
      categories: new Set(parseList(this.category)),
      targetGroups: new Set(parseList(this.targetGroup)),
    });
    if (data.next) {
      this.#server ??= serverResults(this, new FeedSearch(data), {
        feed: this.#feedLoader,
        query: this.#query,
        url: data.url,
        what: "feed's search",
      });
      this.#server.reset();
      return;
    }
    // A municipality attribute that names no known municipality shows nothing, not everything.
    const nothingMatches = requested.length > 0 && scope.municipalities.size === 0;
    const shown = (this.#catalogue = catalogue(data.associations, this.#locale));
    const positions = (this.#positions = nothingMatches ? new Int32Array(0) : scopePositions(shown, scope));
    const scoped = new Array<Association>(positions.length);
    for (let i = 0; i < positions.length; i++) scoped[i] = shown.associations[positions[i]!]!;
    this.#updatedTimes = undefined;
    this.#offersMunicipalities = spansMunicipalities(scoped, scope.municipalities);
    this.#local.setScope(scoped, (association) => toSearchDocument(association, data.taxonomy, this.#muniNames));
  }

  #computeResults(): void {
    const shown = this.#catalogue;
    if (!shown) return;
    const positions = this.#positions;
    const matches = this.#local.matches(this.#query.text);
    const { passing, counts } = shown.facets.apply(
      this.#query.selections as Filters,
      matches ? matches.map((index) => positions[index]!) : positions,
    );
    this.#facetCounts = counts;
    // A page scoped to some municipalities offers only those, not every area an association also serves.
    const wanted = this.#scope?.municipalities;
    if (wanted && wanted.size > 0) {
      for (const code of counts.municipality.keys()) if (!wanted.has(code)) counts.municipality.delete(code);
    }
    // `passing` holds catalogue positions, which follow alphabetical order.
    let order: ArrayLike<number> = passing;
    if (this.#query.sort === 'updated') {
      const times = this.#updatedTimesOf(shown);
      order = Array.from(passing).sort((a, b) => times[b]! - times[a]!);
    } else if (this.#query.sort === 'name' && this.#query.text) {
      // Matches come best-first; "name" puts them back in alphabetical order.
      order = passing.sort();
    }
    const results = new Array<Association>(order.length);
    for (let i = 0; i < order.length; i++) results[i] = shown.associations[order[i]!]!;
    this.#local.show(results);
  }

  #updatedTimesOf(shown: Catalogue): Float64Array {
    if (!this.#updatedTimes) {
      this.#updatedTimes = new Float64Array(shown.associations.length);
      for (const position of this.#positions) {
        this.#updatedTimes[position] = Date.parse(shown.associations[position]!.updatedAt);
      }
    }
    return this.#updatedTimes;
  }

  // ---------------------------------------------------------------- labels and filters

  #labelSource(data: FeedData): LabelSource {
    return { locale: this.#locale, taxonomy: data.taxonomy, municipalityNames: this.#muniNames };
  }

  #filterGroups(data: FeedData): FilterGroup[] {
    if (data.next) return serverFilterGroups(data, this.#scope, this.#labelSource(data));
    const counts = this.#facetCounts;
    if (!counts) return [];
    const source = this.#labelSource(data);
    const legends = this.#locale.strings.filterGroups;
    const categoryOrder = [...data.taxonomy.categories.keys()];
    const byLabel = collator(this.#locale).compare;
    return FACETS.filter((facet) => facet !== 'municipality' || this.#offersMunicipalities).map((facet) => ({
      key: facet,
      legend: legends[facet],
      options: filterOptions(facet, counts[facet], this.#query.selected(facet), source, (a, b) =>
        // Categories keep the taxonomy's order; the rest read best alphabetically.
        facet === 'category'
          ? categoryOrder.indexOf(a.value) - categoryOrder.indexOf(b.value)
          : byLabel(a.label, b.label),
      ),
    }));
  }

  // ---------------------------------------------------------------- templates

  #open(association: Association, openerId: string): void {
    if (emit(this, 'kumppani-select', { association }, { cancelable: true }))
      this.#dialog.open(association.id, openerId);
  }

  #renderItem(association: Association, index: number): TemplateResult {
    const data = this.#feedLoader.data!;
    return renderCard(association, index, {
      ...this.#labelSource(data),
      query: this.#query.text,
      headingLevel: this.headingLevel,
      onOpen: (item, openerId) => this.#open(item, openerId),
    });
  }

  protected override render(): TemplateResult {
    const data = this.#feedLoader.data;
    return html`
      ${this.#view.render()}
      ${this.#dialog.render(this.#locale.lang, () => {
        const association = this.#dialog.openId ? this.#results?.find(this.#dialog.openId) : undefined;
        if (!association || !data) return nothing;
        return renderAssociationDetail(association, {
          ...this.#labelSource(data),
          source: data.source,
          events: data.events,
          tasks: data.tasks,
          onClose: () => this.#dialog.close(),
        });
      })}
    `;
  }
}
