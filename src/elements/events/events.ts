import { LitElement, html, nothing, type TemplateResult } from 'lit';
import type { Association, FeedData, FeedEvent, LocalizedText } from '../../feed/types.js';
import { collator } from '../../i18n/index.js';
import { eventTexts } from '../../i18n/event-locales.js';
import { dateText } from '../../i18n/dates.js';
import { dayKey } from '../../calendar/helsinki.js';
import { emit } from '../../internal/events.js';
import { Inputs } from '../../internal/inputs.js';
import { municipalityCodes, municipalityNames, resolveMunicipalityCodes } from '../../listing/scope.js';
import { parseList } from '../../internal/parse-list.js';
import {
  EVENT_FACETS,
  WHEN_OPTIONS,
  countEventFacets,
  matchesEventFilters,
  upcomingEvents,
  type EventFacet,
  type EventFacetCounts,
  type EventFilters,
} from '../../listing/events.js';
import { eventDocument } from '../../listing/documents.js';
import { LocalResults } from '../../results/local.js';
import { LocaleController } from '../../controllers/locale.js';
import { FocusController } from '../../controllers/focus.js';
import { FeedController } from '../../controllers/feed.js';
import { QueryController } from '../../controllers/query.js';
import { DialogController } from '../../controllers/dialog.js';
import { LiveStatusController } from '../../controllers/status.js';
import { UrlStateController } from '../../controllers/url-state.js';
import { ListView } from '../shared/list-view.js';
import { codeLabel, filterOptions, type FilterGroup, type LabelSource } from '../shared/filters.js';
import { eventsStyles } from './events.styles.js';
import { renderEventDays, renderEventDetail, type EventContext } from './event-templates.js';

/** The filter groups offered as checkboxes; `age` is a number box, a date range two date boxes. */
const CHECKBOX_FACETS = ['when', 'category', 'targetGroup', 'free', 'attendance', 'language', 'municipality'] as const;
const FILTER_KEYS: readonly EventFacet[] = [...CHECKBOX_FACETS, 'age'];
const SORT_ORDERS = ['date'];
const RANGE = /^(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})$/;

/**
 * Upcoming events of the feed's associations, soonest first under date headings,
 * with search, filters and an "Add to calendar" file made in the browser.
 *
 * @tagname kumppani-events
 * @summary Association event calendar.
 *
 * @attribute lang - `fi`, `sv` or `en`; without it, the closest ancestor's `lang`, then the page's.
 *
 * @fires kumppani-load - The feed was loaded: `{ count, total, skipped, dropped, pagingStopped? }`.
 * @fires kumppani-error - The feed could not be shown: `{ kind, status?, message }`.
 * @fires kumppani-select - A resident opened an event (cancelable): `{ event }`.
 * @fires kumppani-change - The search or filters changed: `{ query, filters, count }`.
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
export class KumppaniEvents extends LitElement {
  static override styles = eventsStyles;

  static override properties = {
    feed: { reflect: true },
    municipality: {},
    category: {},
    targetGroup: { attribute: 'target-group' },
    pageSize: { attribute: 'page-size', type: Number },
    headingLevel: { attribute: 'heading-level', type: Number },
    days: { type: Number },
    organizer: {},
    now: { attribute: false },
  };

  /** URL of the feed's first page (required). */
  declare feed: string | undefined;
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
  /** Only this association's events (its feed id). */
  declare organizer: string | undefined;
  /** The moment the list is drawn for; the current time when unset (for previews and tests). */
  declare now: Date | undefined;

  readonly #language = new LocaleController(this);
  readonly #focusMover = new FocusController(this);
  readonly #feedLoader = new FeedController(this, {
    url: () => this.feed,
    serverThreshold: () => undefined,
    counts: (data) => ({ count: this.#local.scoped.length, total: data.events.length }),
  });
  readonly #query = new QueryController(this, {
    filterKeys: FILTER_KEYS,
    sortOrders: SORT_ORDERS,
    settled: () => this.#local.settled,
    count: () => this.#local.total,
  });
  readonly #dialog = new DialogController(this, this.#focusMover, {
    has: (id) => !!this.#local.find(id),
    openerOf: (id) => {
      const index = this.#local.results.findIndex((item) => item.id === id);
      return index >= 0 && index < this.#view.visibleCount ? `open-${index}` : undefined;
    },
    fallback: () => this.#view.searchInput,
  });
  readonly #view: ListView<FeedEvent> = new ListView({
    host: this,
    locale: () => this.#locale,
    texts: () => eventTexts(this.#locale.lang).events.list,
    feed: this.#feedLoader,
    query: this.#query,
    focus: this.#focusMover,
    results: () => (this.#feedLoader.data ? this.#local : undefined),
    pageSize: () => this.pageSize,
    sortOrders: SORT_ORDERS,
    showSort: () => false,
    filterGroups: (data) => this.#filterGroups(data),
    chipLabel: (key, value, data) => this.#chipLabel(key, value, data),
    extraFilters: () => this.#extraFilters(),
    renderItems: (visible) => renderEventDays(visible, this.#context()),
    retry: () => this.#feedLoader.reload(),
  });

  readonly #local = new LocalResults<FeedEvent>();
  #associations = new Map<string, Association>();
  #muniNames: ReadonlyMap<string, LocalizedText> = new Map();
  #scopedMunicipalities = new Set<string>();
  #counts: EventFacetCounts | undefined;
  readonly #scopeInputs = new Inputs();
  readonly #resultInputs = new Inputs();
  #scopeRevision = 0;

  constructor() {
    super();
    this.pageSize = 20;
    this.headingLevel = 3;
    this.days = 60;
    new LiveStatusController(
      this,
      () => this.#view.statusText(),
      () => this.#locale.lang,
    );
    new UrlStateController(this, {
      prefix: 'e',
      read: (state) => {
        this.#query.read(state);
        this.#dialog.restore(typeof state['open'] === 'string' ? state['open'] : undefined);
      },
      write: () => ({ ...this.#query.urlState(), open: this.#dialog.openId }),
      ready: () => this.#feedLoader.state === 'ready',
    });
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

  protected override willUpdate(): void {
    const data = this.#feedLoader.data;
    const scope = [data, this.municipality, this.category, this.targetGroup, this.#locale, this.days, this.organizer];
    if (this.#scopeInputs.changed([...scope, this.now])) this.#computeScope(data);
    if (this.#resultInputs.changed([this.#scopeRevision, this.#query.revision])) this.#computeResults();
  }

  #computeScope(data: FeedData | undefined): void {
    this.#scopeRevision++;
    if (!data) return;
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
        overlaps(event.targetGroups, targetGroups) &&
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

  #filterGroups(data: FeedData): FilterGroup[] {
    const counts = this.#counts;
    if (!counts) return [];
    const texts = eventTexts(this.#locale.lang).events;
    const source = this.#labelSource(data);
    const byLabel = collator(this.#locale).compare;
    const fixed = (facet: EventFacet, labels: Record<string, string>): FilterGroup => ({
      key: facet,
      legend: texts.filterGroups[facet as keyof typeof texts.filterGroups],
      options: Object.entries(labels)
        .map(([value, text]) => ({ value, label: text, count: counts[facet].get(value) ?? 0 }))
        .filter((option) => option.count > 0 || this.#query.selected(facet).has(option.value)),
    });
    const coded = (facet: 'category' | 'targetGroup' | 'language' | 'municipality'): FilterGroup => ({
      key: facet,
      legend: texts.filterGroups[facet],
      options: filterOptions(facet, counts[facet], this.#query.selected(facet), source, (a, b) =>
        byLabel(a.label, b.label),
      ),
    });
    return [
      fixed('when', Object.fromEntries(WHEN_OPTIONS.map((value) => [value, texts.when[value]]))),
      coded('category'),
      coded('targetGroup'),
      fixed('free', { free: texts.free }),
      fixed('attendance', { online: texts.online, onsite: texts.onsite }),
      coded('language'),
      ...(this.#scopedMunicipalities.size > 1 ? [coded('municipality')] : []),
    ];
  }

  #chipLabel(key: string, value: string, data: FeedData): string {
    const texts = eventTexts(this.#locale.lang).events;
    if (key === 'when') {
      const range = RANGE.exec(value);
      if (range) return `${dateText(range[1]!, this.#locale)}–${dateText(range[2]!, this.#locale)}`;
      return (Object.hasOwn(texts.when, value) ? texts.when[value as keyof typeof texts.when] : undefined) ?? value;
    }
    if (key === 'free') return texts.free;
    if (key === 'attendance') return value === 'online' ? texts.online : texts.onsite;
    if (key === 'age') return `${texts.age} ${value}`;
    return codeLabel(key as 'category', value, this.#labelSource(data))?.text ?? value;
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
    const texts = eventTexts(this.#locale.lang).events;
    const [from, to] = this.#range() ?? ['', ''];
    const age = [...this.#query.selected('age')][0] ?? '';
    return html`
      <fieldset class="filter-group" part="filter-group">
        <legend>${texts.filterGroups.when}</legend>
        <div class="field">
          <label for="date-from">${texts.dateFrom}</label>
          <input id="date-from" type="date" .value=${from} @change=${this.#onRange} />
        </div>
        <div class="field">
          <label for="date-to">${texts.dateTo}</label>
          <input id="date-to" type="date" .value=${to} @change=${this.#onRange} />
        </div>
        <div class="field">
          <label for="age">${texts.age}</label>
          <input id="age" type="number" inputmode="numeric" min="0" max="120" .value=${age} @change=${this.#onAge} />
        </div>
      </fieldset>
    `;
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
        const event = this.#dialog.openId ? this.#local.find(this.#dialog.openId) : undefined;
        return event && data ? renderEventDetail(event, data, this.#context()) : nothing;
      })}
    `;
  }
}
