import { warmUpIntl } from '../../i18n/index.js';
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import type { Association, FeedData, FeedEvent, LocalizedText } from '../../feed/types.js';
import { eventTexts } from '../../i18n/event-locales.js';
import { dayKey } from '../../calendar/helsinki.js';
import { emit } from '../../internal/events.js';
import { Inputs } from '../../internal/inputs.js';
import { municipalityCodes, municipalityNames, resolveMunicipalityCodes } from '../../listing/scope.js';
import { parseList } from '../../internal/parse-list.js';
import {
  EVENT_FACETS,
  countEventFacets,
  matchesEventFilters,
  upcomingEvents,
  type EventFacet,
  type EventFacetCounts,
  type EventFilters,
} from '../../listing/events.js';
import { eventDocument } from '../../listing/documents.js';
import { fitsTargetGroups } from '../../listing/target-groups.js';
import { LocalResults } from '../../results/local.js';
import type { ServerResults } from '../../results/server.js';
import type { ResultsSource } from '../../results/source.js';
import { sourceFormat } from '../../sources/format.js';
import { loadQueried } from '../shared/load-queried.js';
import { linkedEventsSource, type LinkedEventsSource } from '../../sources/linkedevents/index.js';
import { TARGET_GROUP_KEYWORDS } from '../../sources/linkedevents/map.js';
import { LocaleController } from '../../controllers/locale.js';
import { FocusController } from '../../controllers/focus.js';
import { ScrollOffsetController } from '../../controllers/page-fit.js';
import { FeedController } from '../../controllers/feed.js';
import { QueryController } from '../../controllers/query.js';
import { serverResults, wireList } from '../shared/list-wiring.js';
import { ListView } from '../shared/list-view.js';
import type { FilterGroup, LabelSource } from '../shared/filters.js';
import { landmarkName } from '../shared/landmark.js';
import { eventsStyles } from './events.styles.js';
import { renderEventDays, renderEventDetail, type EventContext } from './event-templates.js';
import {
  RANGE,
  askedEventGroups,
  countedEventGroups,
  eventChipLabel,
  renderDateAndAge,
  type EventFilterContext,
} from './event-filters.js';

/** The filter groups offered as checkboxes; `age` is a number box, a date range two date boxes. */
const CHECKBOX_FACETS = ['when', 'category', 'targetGroup', 'free', 'attendance', 'language', 'municipality'] as const;
const FILTER_KEYS: readonly EventFacet[] = [...CHECKBOX_FACETS, 'age'];
const SORT_ORDERS = ['date'];

/**
 * Upcoming events of the feed's associations, soonest first under date headings,
 * with search, filters and an "Add to calendar" file made in the browser.
 *
 * @tagname kumppani-events
 * @summary Association event calendar.
 *
 * @attribute theme - `neutral` (default), `hds` or `suomifi`, with `dark` for the dark variant or `auto` for it when the device asks for dark.
 * @attribute lang - `fi`, `sv` or `en`; without it, the closest ancestor's `lang`, then the page's.
 *
 * @fires kumppani-load - The feed was loaded: `{ count, total, skipped, dropped, pagingStopped? }`.
 * @fires kumppani-error - The feed could not be shown: `{ kind, status?, message }`.
 * @fires kumppani-select - A resident opened an event (cancelable): `{ event }`.
 * @fires kumppani-change - The search or filters changed: `{ query, filters, count }`.
 * @fires kumppani-invalid - A page of a server's search answer held invalid items or fields: `{ url, skipped, dropped }`.
 *
 * @slot status - Holds the element's own polite status line (added by the element).
 *
 * @csspart search - The search form.
 * @csspart search-input - The search box.
 * @csspart filters - The disclosure holding the filter groups.
 * @csspart filter-group - One group of filter controls (a fieldset).
 * @csspart chips - The list of active filters.
 * @csspart chip - A button that removes one active filter.
 * @csspart status - The result count line.
 * @csspart error - The error message.
 * @csspart list - The events of one day.
 * @csspart day-heading - A date heading ("Tänään", "la 14.6.2027").
 * @csspart card - One event.
 * @csspart card-heading - The heading that holds the event's name.
 * @csspart card-button - The name button that opens the detail view.
 * @csspart badge - The "cancelled" or "postponed" mark.
 * @csspart tag - A category or target-group label in the detail.
 * @csspart more - The "show more" button.
 * @csspart detail - The detail dialog.
 * @csspart detail-close - The detail dialog's close button.
 * @csspart calendar-link - The "Add to calendar" link in the detail view.
 * @csspart attribution - The data source line.
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
export class KumppaniEvents extends LitElement {
  static override styles = eventsStyles;

  static override properties = {
    feed: { reflect: true },
    label: {},
    municipality: {},
    category: {},
    targetGroup: { attribute: 'target-group' },
    pageSize: { attribute: 'page-size', type: Number },
    headingLevel: { attribute: 'heading-level', type: Number },
    days: { type: Number },
    organizer: {},
    format: {},
    now: { attribute: false },
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
  /** Statistics Finland codes or municipality names, comma-separated: events by their place. */
  declare municipality: string | undefined;
  /** Category codes, comma-separated, that limit the scope. */
  declare category: string | undefined;
  /** Target-group codes, comma-separated, that limit the scope. */
  declare targetGroup: string | undefined;
  /** Events shown at first and added by "show more". Default 20. */
  declare pageSize: number;
  /** Level of the date headings, 1–6 (event names are one below). Default 3. */
  declare headingLevel: number;
  /** How many days ahead to list. Default 60. */
  declare days: number;
  /** Only this association's events (its feed id; with Linked Events, the publisher's id). */
  declare organizer: string | undefined;
  /** `kumppani` (a feed in the contract, the default) or `linkedevents` (the Linked Events API at `feed`). */
  declare format: string | undefined;
  /** The moment the list is drawn for; the current time when unset (for previews and tests). */
  declare now: Date | undefined;

  /** Address (http(s) or `mailto:`) of the page's accessibility feedback channel: adds a "Report an accessibility problem" link. */
  declare feedbackUrl: string | undefined;
  /** Height in CSS px of the page's sticky header, so focused controls scroll clear of it. Default 0. */
  declare scrollOffset: string | undefined;

  readonly #language = new LocaleController(this);
  readonly #focusMover = new FocusController(this);
  readonly #feedLoader = new FeedController(this, {
    url: () => this.feed,
    serverThreshold: () => undefined,
    warmUp: () => warmUpIntl(this.#locale),
    load: (url) => loadQueried(this.format, url, 'events'),
    variant: () => this.format ?? '',
    counts: (data) => ({ count: this.#local.scoped.length, total: data.events.length }),
  });
  readonly #query = new QueryController(this, {
    filterKeys: FILTER_KEYS,
    sortOrders: SORT_ORDERS,
    settled: () => this.#results?.settled ?? Promise.resolve(),
    count: () => this.#results?.total ?? 0,
  });
  readonly #view: ListView<FeedEvent> = new ListView({
    host: this,
    locale: () => this.#locale,
    texts: () => eventTexts(this.#locale.lang).events.list,
    name: () =>
      landmarkName(eventTexts(this.#locale.lang).events.list.label, this.label, this.municipality, this.#locale),
    feed: this.#feedLoader,
    query: this.#query,
    focus: this.#focusMover,
    results: () => this.#results,
    pageSize: () => this.pageSize,
    sortOrders: SORT_ORDERS,
    showSort: () => false,
    filterGroups: (data) => this.#filterGroups(data),
    chipLabel: (key, value, data) => eventChipLabel(key, value, data, this.#filterContext(data)),
    extraFilters: () => this.#extraFilters(),
    renderItems: (visible) => renderEventDays(visible, this.#context()),
    feedbackUrl: () => this.feedbackUrl,
    retry: () => (this.#server && this.#feedLoader.data ? this.#server.retry() : this.#feedLoader.reload()),
  });
  readonly #dialog = wireList(this, {
    prefix: 'e',
    feed: this.#feedLoader,
    query: this.#query,
    focus: this.#focusMover,
    view: this.#view,
    results: () => this.#results,
    lang: () => this.#locale.lang,
  });

  readonly #local = new LocalResults<FeedEvent>();
  /** Set while the events come from an API answering each query (Linked Events). */
  #server: ServerResults<FeedEvent> | undefined;
  #source: LinkedEventsSource<FeedEvent> | undefined;
  #serverData: FeedData | undefined;
  #municipalityCodes: readonly string[] = [];
  readonly #serverInputs = new Inputs();
  #associations = new Map<string, Association>();
  #muniNames: ReadonlyMap<string, LocalizedText> = new Map();
  #scopedMunicipalities = new Set<string>();
  #counts: EventFacetCounts | undefined;
  readonly #scopeInputs = new Inputs();
  readonly #resultInputs = new Inputs();
  #scopeRevision = 0;

  constructor() {
    super();
    new ScrollOffsetController(this, () => this.scrollOffset);
    this.pageSize = 20;
    this.headingLevel = 3;
    this.days = 60;
  }

  /** Fetches the feed again (a CMS preview may call it after changing the feed's content). */
  reload(): Promise<void> {
    return this.#feedLoader.reload();
  }

  get #locale() {
    return this.#language.locale;
  }

  get #clock(): Date {
    return this.now ?? new Date();
  }

  get #results(): ResultsSource<FeedEvent> | undefined {
    if (!this.#feedLoader.data) return undefined;
    return this.#server ?? this.#local;
  }

  protected override willUpdate(): void {
    const data = this.#feedLoader.data;
    const scope = [data, this.municipality, this.category, this.targetGroup, this.#locale, this.days, this.organizer];
    if (this.#scopeInputs.changed([...scope, this.now])) this.#computeScope(data);
    if (this.#server) return;
    if (this.#resultInputs.changed([this.#scopeRevision, this.#query.revision])) this.#computeResults();
  }

  protected override updated(): void {
    // A query to the events API starts after the render that asked for it, never during one.
    if (!this.#server || !this.#serverInputs.changed([this.#scopeRevision, this.#query.revision])) return;
    const selected = (key: string) => [...this.#query.selected(key)];
    this.#server.query({
      text: this.#query.text,
      filters: Object.fromEntries(FILTER_KEYS.map((key) => [key, selected(key)])),
      scope: {
        municipalities: this.#municipalityCodes,
        categories: parseList(this.category),
        targetGroups: parseList(this.targetGroup),
        now: this.#clock,
        days: this.days > 0 ? this.days : 60,
        ...(this.organizer ? { organizer: this.organizer } : {}),
      },
      pageSize: this.#view.itemsPerPage,
    });
  }

  /** Events from an API answering each query: its answers are the results, its filters the ones offered. */
  #queryServer(data: FeedData): void {
    this.#municipalityCodes = [...resolveMunicipalityCodes(parseList(this.municipality), new Map())];
    if (!this.#server || this.#serverData !== data) {
      this.#serverData = data;
      const source = (this.#source = linkedEventsSource(data.url, 'events'));
      this.#server = serverResults(this, source, {
        feed: this.#feedLoader,
        query: this.#query,
        url: data.url,
        what: 'events search',
      });
    }
    this.#server.reset();
  }

  #computeScope(data: FeedData | undefined): void {
    this.#scopeRevision++;
    if (!data) return;
    if (sourceFormat(this.format) === 'linkedevents') return this.#queryServer(data);
    this.#server = this.#source = this.#serverData = undefined;
    this.#associations = new Map(data.associations.map((association) => [association.id, association]));
    const names = new Map(municipalityNames(data.associations));
    for (const event of data.events) {
      const municipality = event.location.municipality;
      if (municipality?.name) names.set(municipality.code, { ...municipality.name, ...names.get(municipality.code) });
    }
    this.#muniNames = names;
    const requested = parseList(this.municipality);
    const municipalities = resolveMunicipalityCodes(requested, this.#muniNames);
    const categories = new Set(parseList(this.category));
    const targetGroups = new Set(parseList(this.targetGroup));
    const overlaps = (values: readonly string[], wanted: ReadonlySet<string>) =>
      wanted.size === 0 || values.some((value) => wanted.has(value));
    // An event is in a municipality by its place; an online one by its organisers' municipalities.
    const inMunicipality = (event: FeedEvent): boolean => {
      if (requested.length === 0) return true;
      const code = event.location.municipality?.code;
      if (code) return municipalities.has(code);
      return event.organizerIds.some((id) => {
        const organizer = this.#associations.get(id);
        return !!organizer && municipalityCodes(organizer).some((c) => municipalities.has(c));
      });
    };
    const days = this.days > 0 ? this.days : 60;
    const scoped = upcomingEvents(data.events, { now: this.#clock, days, lang: this.#locale.lang }).filter(
      (event) =>
        (!this.organizer || event.organizerIds.includes(this.organizer)) &&
        overlaps(event.categories, categories) &&
        fitsTargetGroups(event.targetGroups, targetGroups) &&
        inMunicipality(event),
    );
    this.#scopedMunicipalities = new Set(
      scoped.flatMap((event) => (event.location.municipality ? [event.location.municipality.code] : [])),
    );
    this.#local.setScope(scoped, (event) => eventDocument(event, data.taxonomy, this.#muniNames, this.#associations));
  }

  #computeResults(): void {
    // Events stay in time order under their dates (the scope's order); the search only chooses which.
    const matches = this.#local.matches(this.#query.text);
    const scoped = this.#local.scoped;
    const matched = matches ? Array.from(matches.sort(), (index) => scoped[index]!) : scoped;
    const filters = Object.fromEntries(EVENT_FACETS.map((key) => [key, this.#query.selected(key)])) as EventFilters;
    this.#counts = countEventFacets(matched, filters, this.#clock);
    this.#local.show(matched.filter((event) => matchesEventFilters(event, filters, this.#clock)));
  }

  // ---------------------------------------------------------------- filters

  #labelSource(data: FeedData): LabelSource {
    return { locale: this.#locale, taxonomy: data.taxonomy, municipalityNames: this.#muniNames };
  }

  #filterContext(data: FeedData): EventFilterContext {
    return { locale: this.#locale, labels: this.#labelSource(data), selected: (key) => this.#query.selected(key) };
  }

  #filterGroups(data: FeedData): FilterGroup[] {
    const context = this.#filterContext(data);
    if (this.#source) return askedEventGroups(this.#source.filters, Object.values(TARGET_GROUP_KEYWORDS), context);
    return this.#counts ? countedEventGroups(this.#counts, this.#scopedMunicipalities.size > 1, context) : [];
  }

  #range(): [string, string] | undefined {
    for (const value of this.#query.selected('when')) {
      const match = RANGE.exec(value);
      if (match) return [match[1]!, match[2]!];
    }
    return undefined;
  }

  readonly #onRange = (): void => {
    const from = this.renderRoot.querySelector<HTMLInputElement>('#date-from')?.value ?? '';
    const to = this.renderRoot.querySelector<HTMLInputElement>('#date-to')?.value ?? '';
    const when = new Set([...this.#query.selected('when')].filter((value) => !RANGE.test(value)));
    if (from || to) {
      const start = from || dayKey(this.#clock.getTime());
      const end = to || start;
      when.add(start <= end ? `${start}/${end}` : `${end}/${start}`);
    }
    this.#query.setSelection('when', when);
  };

  readonly #onAge = (event: Event): void => {
    const value = (event.target as HTMLInputElement).value.trim();
    const age = Number(value);
    const valid = value !== '' && Number.isInteger(age) && age >= 0 && age <= 120;
    this.#query.setSelection('age', new Set(valid ? [String(age)] : []));
  };

  #extraFilters(): TemplateResult {
    const [from, to] = this.#range() ?? ['', ''];
    const age = [...this.#query.selected('age')][0] ?? '';
    return renderDateAndAge(this.#locale, { from, to, age, onRange: this.#onRange, onAge: this.#onAge });
  }

  // ---------------------------------------------------------------- templates

  #context(): EventContext {
    return {
      locale: this.#locale,
      associations: this.#associations,
      municipalityNames: this.#muniNames,
      query: this.#query.text,
      headingLevel: this.headingLevel,
      now: this.#clock,
      organizerName: (id) => this.#source?.organizerName(id),
      onOpen: (event, openerId) => {
        if (emit(this, 'kumppani-select', { event }, { cancelable: true })) this.#dialog.open(event.id, openerId);
      },
      onClose: () => this.#dialog.close(),
    };
  }

  protected override render(): TemplateResult {
    const data = this.#feedLoader.data;
    return html`
      ${this.#view.render()}
      ${this.#dialog.render(this.#locale.lang, () => {
        const event = this.#dialog.openId ? this.#results?.find(this.#dialog.openId) : undefined;
        return event && data ? renderEventDetail(event, data, this.#context()) : nothing;
      })}
    `;
  }
}
