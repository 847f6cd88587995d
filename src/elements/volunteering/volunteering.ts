import { LitElement, html, nothing, type TemplateResult } from 'lit';
import type { Association, FeedData, LocalizedText, VolunteerTask } from '../../feed/types.js';
import { collator, pickText, warmUpIntl } from '../../i18n/index.js';
import { eventTexts } from '../../i18n/event-locales.js';
import { emit } from '../../internal/events.js';
import { Inputs } from '../../internal/inputs.js';
import { municipalityNames, resolveMunicipalityCodes } from '../../listing/scope.js';
import { parseList } from '../../internal/parse-list.js';
import {
  TASK_FACETS,
  activeTasks,
  countTaskFacets,
  matchesTaskFilters,
  type TaskFacetCounts,
  type TaskFilters,
} from '../../listing/volunteering.js';
import { taskDocument } from '../../listing/documents.js';
import { LocalResults } from '../../results/local.js';
import type { ServerResults } from '../../results/server.js';
import type { ResultsSource } from '../../results/source.js';
import { sourceFormat } from '../../sources/format.js';
import { loadQueried } from '../shared/load-queried.js';
import { linkedEventsSource, type LinkedEventsSource } from '../../sources/linkedevents/index.js';
import { LocaleController } from '../../controllers/locale.js';
import { FocusController } from '../../controllers/focus.js';
import { ScrollOffsetController } from '../../controllers/page-fit.js';
import { FeedController } from '../../controllers/feed.js';
import { QueryController } from '../../controllers/query.js';
import { serverResults, wireList } from '../shared/list-wiring.js';
import { ListView, renderItemList } from '../shared/list-view.js';
import { codeLabel, filterOptions, type FilterGroup, type LabelSource } from '../shared/filters.js';
import { landmarkName } from '../shared/landmark.js';
import { listStyles } from '../shared/list.styles.js';
import { renderTaskDetail, renderTaskItem, type TaskContext } from './task-templates.js';

const SORT_ORDERS = ['relevance', 'name', 'updated'] as const;

/**
 * Open volunteer tasks of the feed's associations, with search and filters for
 * remote work, tasks for under-18s, theme and municipality.
 *
 * @tagname kumppani-volunteering
 * @summary Volunteer tasks of local associations.
 *
 * @attribute theme - `neutral` (default), `hds` or `suomifi`, with `dark` for the dark variant or `auto` for it when the device asks for dark.
 * @attribute lang - `fi`, `sv` or `en`; without it, the closest ancestor's `lang`, then the page's.
 *
 * @fires kumppani-load - The feed was loaded: `{ count, total, skipped, dropped, pagingStopped? }`.
 * @fires kumppani-error - The feed could not be shown: `{ kind, status?, message }`.
 * @fires kumppani-select - A resident opened a task (cancelable): `{ task }`.
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
 * @csspart list - The list of tasks.
 * @csspart card - One task.
 * @csspart card-heading - The heading that holds the task's title.
 * @csspart card-button - The title button that opens the detail view.
 * @csspart tag - A theme or "under 18" label.
 * @csspart more - The "show more" button.
 * @csspart detail - The detail dialog.
 * @csspart detail-close - The detail dialog's close button.
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
export class KumppaniVolunteering extends LitElement {
  static override styles = listStyles;

  static override properties = {
    feed: { reflect: true },
    label: {},
    municipality: {},
    category: {},
    pageSize: { attribute: 'page-size', type: Number },
    headingLevel: { attribute: 'heading-level', type: Number },
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
  /** Statistics Finland codes or municipality names, comma-separated: tasks there, and every remote task. */
  declare municipality: string | undefined;
  /** Category codes, comma-separated: tasks of associations in those categories. */
  declare category: string | undefined;
  /** Tasks shown at first and added by "show more". Default 20. */
  declare pageSize: number;
  /** Level of the tasks' title headings, 1–6. Default 3. */
  declare headingLevel: number;
  /** `kumppani` (a feed in the contract, the default) or `linkedevents` (the Linked Events API at `feed`). */
  declare format: string | undefined;
  /** The day the list is drawn for; today when unset (for previews and tests). */
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
    load: (url) => loadQueried(this.format, url, 'tasks'),
    variant: () => this.format ?? '',
    counts: (data) => ({ count: this.#local.scoped.length, total: data.tasks.length }),
  });
  readonly #query = new QueryController(this, {
    filterKeys: TASK_FACETS,
    sortOrders: SORT_ORDERS,
    settled: () => this.#results?.settled ?? Promise.resolve(),
    count: () => this.#results?.total ?? 0,
  });
  readonly #view: ListView<VolunteerTask> = new ListView({
    host: this,
    locale: () => this.#locale,
    texts: () => eventTexts(this.#locale.lang).volunteering.list,
    name: () =>
      landmarkName(eventTexts(this.#locale.lang).volunteering.list.label, this.label, this.municipality, this.#locale),
    feed: this.#feedLoader,
    query: this.#query,
    focus: this.#focusMover,
    results: () => this.#results,
    pageSize: () => this.pageSize,
    sortOrders: SORT_ORDERS,
    showSort: () => !this.#server,
    filterGroups: (data) => this.#filterGroups(data),
    chipLabel: (key, value, data) => this.#chipLabel(key, value, data),
    renderItems: (visible, busy) =>
      renderItemList(visible, busy, (task, index) => renderTaskItem(task, index, this.#context())),
    feedbackUrl: () => this.feedbackUrl,
    retry: () => (this.#server && this.#feedLoader.data ? this.#server.retry() : this.#feedLoader.reload()),
  });
  readonly #dialog = wireList(this, {
    prefix: 'v',
    feed: this.#feedLoader,
    query: this.#query,
    focus: this.#focusMover,
    view: this.#view,
    results: () => this.#results,
    lang: () => this.#locale.lang,
  });

  readonly #local = new LocalResults<VolunteerTask>();
  /** Set while the tasks come from an API answering each query (Linked Events). */
  #server: ServerResults<VolunteerTask> | undefined;
  #source: LinkedEventsSource<VolunteerTask> | undefined;
  #serverData: FeedData | undefined;
  #municipalityCodes: readonly string[] = [];
  readonly #serverInputs = new Inputs();
  #associations = new Map<string, Association>();
  #muniNames: ReadonlyMap<string, LocalizedText> = new Map();
  #counts: TaskFacetCounts | undefined;
  readonly #scopeInputs = new Inputs();
  readonly #resultInputs = new Inputs();
  #scopeRevision = 0;

  constructor() {
    super();
    new ScrollOffsetController(this, () => this.scrollOffset);
    this.pageSize = 20;
    this.headingLevel = 3;
  }

  /** Fetches the feed again (a CMS preview may call it after changing the feed's content). */
  reload(): Promise<void> {
    return this.#feedLoader.reload();
  }

  get #locale() {
    return this.#language.locale;
  }

  get #results(): ResultsSource<VolunteerTask> | undefined {
    if (!this.#feedLoader.data) return undefined;
    return this.#server ?? this.#local;
  }

  protected override willUpdate(): void {
    const data = this.#feedLoader.data;
    if (this.#scopeInputs.changed([data, this.municipality, this.category, this.#locale, this.now])) {
      this.#computeScope(data);
    }
    if (this.#server) return;
    if (this.#resultInputs.changed([this.#scopeRevision, this.#query.revision])) this.#computeResults();
  }

  protected override updated(): void {
    // A query to the API starts after the render that asked for it, never during one.
    if (!this.#server || !this.#serverInputs.changed([this.#scopeRevision, this.#query.revision])) return;
    this.#server.query({
      text: this.#query.text,
      filters: Object.fromEntries(TASK_FACETS.map((key) => [key, [...this.#query.selected(key)]])),
      scope: {
        municipalities: this.#municipalityCodes,
        categories: parseList(this.category),
        targetGroups: [],
        now: this.now ?? new Date(),
      },
      pageSize: this.#view.itemsPerPage,
    });
  }

  /** Tasks from an API answering each query: its answers are the results. */
  #queryServer(data: FeedData): void {
    this.#municipalityCodes = [...resolveMunicipalityCodes(parseList(this.municipality), new Map())];
    if (!this.#server || this.#serverData !== data) {
      this.#serverData = data;
      const source = (this.#source = linkedEventsSource(data.url, 'tasks'));
      this.#server = serverResults(this, source, {
        feed: this.#feedLoader,
        query: this.#query,
        url: data.url,
        what: 'volunteer task search',
      });
    }
    this.#server.reset();
  }

  #taskTitle(task: VolunteerTask): string {
    return pickText(task.title, this.#locale.lang)?.text ?? '';
  }

  #computeScope(data: FeedData | undefined): void {
    this.#scopeRevision++;
    if (!data) return;
    if (sourceFormat(this.format) === 'linkedevents') return this.#queryServer(data);
    this.#server = this.#source = this.#serverData = undefined;
    this.#associations = new Map(data.associations.map((association) => [association.id, association]));
    const names = new Map(municipalityNames(data.associations));
    for (const task of data.tasks) {
      const municipality = task.municipality;
      if (municipality?.name) names.set(municipality.code, { ...municipality.name, ...names.get(municipality.code) });
    }
    this.#muniNames = names;
    const requested = parseList(this.municipality);
    const municipalities = resolveMunicipalityCodes(requested, this.#muniNames);
    const categories = new Set(parseList(this.category));
    const compare = collator(this.#locale).compare;
    const inMunicipality = (task: VolunteerTask) =>
      // Remote tasks can be done from anywhere: they belong to every municipality's page.
      requested.length === 0 || task.remote || (!!task.municipality && municipalities.has(task.municipality.code));
    const inCategory = (task: VolunteerTask) =>
      categories.size === 0 ||
      (this.#associations.get(task.associationId)?.categories ?? []).some((code) => categories.has(code));
    const scoped = activeTasks(data.tasks, this.now ?? new Date())
      .filter((task) => inMunicipality(task) && inCategory(task))
      .sort((a, b) => compare(this.#taskTitle(a), this.#taskTitle(b)));
    this.#local.setScope(scoped, (task) => taskDocument(task, data.taxonomy, this.#muniNames, this.#associations));
  }

  #computeResults(): void {
    const matches = this.#local.matches(this.#query.text);
    // Matches come best-first; "name" puts them back in the scope's order, which is by title.
    if (matches && this.#query.sort === 'name') matches.sort();
    const scoped = this.#local.scoped;
    const matched = matches ? Array.from(matches, (index) => scoped[index]!) : scoped;
    const filters = this.#query.selections as TaskFilters;
    this.#counts = countTaskFacets(matched, filters);
    const filtered = matched.filter((task) => matchesTaskFilters(task, filters));
    if (this.#query.sort === 'updated') filtered.sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt));
    this.#local.show(filtered);
  }

  // ---------------------------------------------------------------- filters

  #labelSource(data: FeedData): LabelSource {
    return { locale: this.#locale, taxonomy: data.taxonomy, municipalityNames: this.#muniNames };
  }

  #filterGroups(data: FeedData): FilterGroup[] {
    const texts = eventTexts(this.#locale.lang).volunteering;
    if (this.#source) {
      // The API answers "remote" but gives no counts.
      const remote = { value: 'remote', label: texts.remote };
      return [{ key: 'remote', legend: texts.filterGroups.remote, options: [remote] }];
    }
    const counts = this.#counts;
    if (!counts) return [];
    const source = this.#labelSource(data);
    const byLabel = collator(this.#locale).compare;
    const flag = (key: 'remote' | 'under18', text: string): FilterGroup => ({
      key,
      legend: texts.filterGroups[key],
      options:
        counts[key].get(key) || this.#query.selected(key).has(key)
          ? [{ value: key, label: text, count: counts[key].get(key) ?? 0 }]
          : [],
    });
    const coded = (key: 'theme' | 'municipality'): FilterGroup => ({
      key,
      legend: texts.filterGroups[key],
      options: filterOptions(key, counts[key], this.#query.selected(key), source, (a, b) => byLabel(a.label, b.label)),
    });
    const municipality = coded('municipality');
    return [
      flag('remote', texts.remote),
      flag('under18', texts.under18),
      coded('theme'),
      { ...municipality, options: counts.municipality.size > 1 ? municipality.options : [] },
    ];
  }

  #chipLabel(key: string, value: string, data: FeedData): string {
    const texts = eventTexts(this.#locale.lang).volunteering;
    if (key === 'remote') return texts.remote;
    if (key === 'under18') return texts.under18;
    return codeLabel(key as 'theme' | 'municipality', value, this.#labelSource(data))?.text ?? value;
  }

  // ---------------------------------------------------------------- templates

  #context(): TaskContext {
    return {
      locale: this.#locale,
      associations: this.#associations,
      municipalityNames: this.#muniNames,
      query: this.#query.text,
      headingLevel: this.headingLevel,
      organizerName: (id) => this.#source?.organizerName(id),
      onOpen: (task, openerId) => {
        if (emit(this, 'kumppani-select', { task }, { cancelable: true })) this.#dialog.open(task.id, openerId);
      },
      onClose: () => this.#dialog.close(),
    };
  }

  protected override render(): TemplateResult {
    const data = this.#feedLoader.data;
    return html`
      ${this.#view.render()}
      ${this.#dialog.render(this.#locale.lang, () => {
        const task = this.#dialog.openId ? this.#results?.find(this.#dialog.openId) : undefined;
        return task && data ? renderTaskDetail(task, data, this.#context()) : nothing;
      })}
    `;
  }
}
