import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { FeedData, LocalizedText } from '../../feed/types.js';
import { createItemSearch, type ItemSearch } from '../../search/item-search.js';
import type { SearchDocument } from '../../search/types.js';
import { FeedError } from '../../feed/types.js';
import { sharedFeed } from '../../feed/index.js';
import type { ListTexts } from '../../i18n/strings.js';
import { collator, formatNumber, formatTime, pickText, resolveLocale, type Locale } from '../../i18n/index.js';
import { inheritedLang, onLangChange } from '../../internal/lang.js';
import { emit } from '../../internal/events.js';
import { warnInvalid } from '../../internal/report.js';
import { nextTask } from '../../internal/tasks.js';
import { listParam, readUrlState, writeUrlState } from '../../internal/url-state.js';
import {
  renderChips,
  renderFilters,
  type Chip,
  type FilterGroup,
  type FilterOption,
  type LabelSource,
} from './filters.js';

/** Long enough to skip the keystrokes of a word, short enough to feel immediate. */
const SEARCH_DEBOUNCE_MS = 250;
/**
 * The fragment is written this long after the state settles: off the path from a
 * keystroke to the screen, and never so often that the browser starts ignoring it.
 */
const URL_WRITE_DELAY_MS = 100;

type LoadState = 'idle' | 'loading' | 'ready' | 'error';
export type Selections = Readonly<Record<string, ReadonlySet<string>>>;

let instanceCount = 0;

/**
 * What every kumppani list widget shares: the feed attribute and its loading
 * states, language, search box, filter groups and chips, sort, "show more"
 * paging, the polite light-DOM status, the detail dialog, URL state and events.
 * An element supplies its items, filters, cards and detail view.
 */
export abstract class KumppaniListElement<Item extends { id: string }> extends LitElement {
  static override properties = {
    feed: { reflect: true },
    municipality: {},
    category: {},
    targetGroup: { attribute: 'target-group' },
    pageSize: { attribute: 'page-size', type: Number },
    headingLevel: { attribute: 'heading-level', type: Number },
    search: {},
    serverThreshold: { attribute: 'server-threshold', type: Number },
    loadState: { state: true },
    data: { state: true },
    error: { state: true },
    inputValue: { state: true },
    query: { state: true },
    selections: { state: true },
    sort: { state: true },
    pages: { state: true },
    selectedId: { state: true },
    uiLang: { state: true },
  };

  // `lang` is the element's native attribute; it is watched, not redeclared.
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /** URL of the feed's first page (required). */
  declare feed: string | undefined;
  /** Statistics Finland codes or municipality names, comma-separated. Absent: the whole feed. */
  declare municipality: string | undefined;
  /** Category codes, comma-separated, that limit the scope. */
  declare category: string | undefined;
  /** Target-group codes, comma-separated, that limit the scope. */
  declare targetGroup: string | undefined;
  /** Items shown at first and added by "show more". Default 20. */
  declare pageSize: number;
  /** Level of the items' headings, 1–6. Default 3. */
  declare headingLevel: number;
  /**
   * `server`: send the search to the feed's server (when it offers one);
   * `client`: always download the whole feed. Absent: the server above `server-threshold` items.
   */
  declare search: string | undefined;
  /** Above this many items (the feed's `meta.count`), search on the feed's server. Default 5000. */
  declare serverThreshold: number;

  declare protected loadState: LoadState;
  declare protected data: FeedData | undefined;
  declare protected error: FeedError | undefined;
  declare protected inputValue: string;
  declare protected query: string;
  declare protected selections: Selections;
  declare protected sort: string;
  declare protected pages: number;
  declare protected selectedId: string | undefined;
  declare protected uiLang: string;

  protected locale: Locale = resolveLocale(undefined);
  /** The items in the widget's scope, in their default order. */
  protected scoped: Item[] = [];
  /** The items to show, in order, after search, filters and sort. */
  protected results: Item[] = [];
  /** Municipality names the feed gives, by code. */
  protected muniNames: ReadonlyMap<string, LocalizedText> = new Map();
  private itemSearch: ItemSearch | undefined;

  private abort: AbortController | undefined;
  /** The feed URL of the current or last load, so a changed `feed` loads again. */
  private requestedFeed: string | undefined;
  private namespace = 'k';
  private debounceTimer: ReturnType<typeof setTimeout> | undefined;
  private urlTimer: ReturnType<typeof setTimeout> | undefined;
  private stopWatchingLang: (() => void) | undefined;
  private statusNode: HTMLElement | undefined;
  private readonly instance = instanceCount++;
  private focusAfterRender: (() => HTMLElement | null | undefined) | undefined;
  private openerId: string | undefined;

  // ---------------------------------------------------------------- what an element supplies

  /** The filter keys it keeps in `selections` and in the URL. */
  protected abstract readonly filterKeys: readonly string[];
  /** Its sort orders; the first is the default. */
  protected abstract readonly sortOrders: readonly string[];
  /** Prefix of its URL-state keys (`k` for the directory). */
  protected abstract readonly urlPrefix: string;
  protected abstract texts(): ListTexts;
  /** Recomputes what depends on the feed, scope and language. */
  protected abstract computeScope(data: FeedData | undefined): void;
  /** Recomputes `results` from the query, selections and sort. */
  protected abstract computeResults(): void;
  protected abstract filterGroups(data: FeedData): FilterGroup[];
  protected abstract chipLabel(key: string, value: string, data: FeedData): string;
  /** One item for the list; its opener button must get the id `open-<index>`. */
  protected abstract renderItem(item: Item, index: number, data: FeedData): TemplateResult;
  protected abstract renderDetail(item: Item, data: FeedData): TemplateResult;
  /** Fires `kumppani-select`; false when the page cancelled it. */
  protected abstract announceSelect(item: Item): boolean;

  /** Sets the items in scope, in their default order; they are indexed for search in the background. */
  protected setScope(items: Item[], document: (item: Item) => SearchDocument): void {
    this.itemSearch?.stop();
    this.scoped = items;
    this.itemSearch = createItemSearch(items, document);
  }

  /** Positions in `scoped` of the items that match the typed query, best first; undefined without a query. */
  protected matchIndexes(): Int32Array | undefined {
    const query = this.query.trim();
    if (!query || !this.itemSearch) return undefined;
    return this.itemSearch.search(query);
  }

  protected findItem(id: string): Item | undefined {
    const index = this.itemSearch?.indexOf(id) ?? -1;
    return index >= 0 ? this.scoped[index] : undefined;
  }

  /**
   * Work on a newly loaded feed that is worth doing in tasks of its own before
   * it is shown (so a national feed never blocks the page for long); what it
   * works out is kept for `computeScope`.
   */
  protected prepare(_data: FeedData): Promise<void> {
    return Promise.resolve();
  }

  /** How many items the widget's scope holds (for `kumppani-load`). */
  protected scopeCount(): number {
    return this.scoped.length;
  }

  protected labelSource(data: FeedData): LabelSource {
    return { locale: this.locale, taxonomy: data.taxonomy, municipalityNames: this.muniNames };
  }

  /** Filter options in the alphabetical order of the UI language. */
  protected readonly byLabel = (a: FilterOption, b: FilterOption): number =>
    collator(this.locale).compare(a.label, b.label);

  /** Whether this element can send its search to the feed's server (contract §6). */
  protected readonly serverSearch: boolean = false;

  /** How many items match, for the status: the server's count when it searches. */
  protected resultTotal(): number {
    return this.results.length;
  }

  /** Whether to offer the sort orders (not when a server decides the order). */
  protected showSort(): boolean {
    return this.sortOrders.length > 1;
  }

  /** Whether "show more" has more to show, here or on the server. */
  protected hasMore(visible: number): boolean {
    return visible < this.results.length;
  }

  /** Fetches what "show more" needs beyond the items at hand (a server's next page), if anything. */
  protected loadMore(): Promise<void> | undefined {
    return undefined;
  }

  /** Valid items of the widget's kind in the whole feed (for `kumppani-load`). */
  protected feedTotal(data: FeedData): number {
    return data.associations.length;
  }

  /** Extra filter controls inside the disclosure (e.g. a date range). */
  protected extraFilters(): TemplateResult | undefined {
    return undefined;
  }

  /** Whether newer results are on their way (the list is then marked busy). */
  protected busy(): boolean {
    return false;
  }

  /** The visible items as a list; an element may group them (e.g. under date headings). */
  protected renderList(visible: readonly Item[], data: FeedData): TemplateResult {
    return html`<ul class="list" part="list" aria-busy=${this.busy() ? 'true' : nothing}>
      ${visible.map((item, index) => html`<li>${this.renderItem(item, index, data)}</li>`)}
    </ul>`;
  }

  constructor() {
    super();
    this.pageSize = 20;
    this.headingLevel = 3;
    this.serverThreshold = 5000;
    this.loadState = 'idle';
    this.inputValue = '';
    this.query = '';
    this.selections = {};
    this.sort = '';
    this.pages = 1;
    this.uiLang = this.locale.lang;
  }

  // ---------------------------------------------------------------- lifecycle

  override connectedCallback(): void {
    super.connectedCallback();
    this.ensureStatusNode();
    this.updateLang();
    this.stopWatchingLang = onLangChange(() => this.updateLang());
    this.namespace = this.urlNamespace();
    this.restoreFromUrl();
    window.addEventListener('hashchange', this.onHashChange);
    if (this.feed && this.loadState === 'idle') void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatchingLang?.();
    window.removeEventListener('hashchange', this.onHashChange);
    clearTimeout(this.debounceTimer);
    // What the resident last saw stays in the address; nothing is written after this.
    if (this.urlTimer !== undefined) this.saveToUrl();
    clearTimeout(this.urlTimer);
    this.urlTimer = undefined;
    this.abort?.abort();
    if (this.loadState === 'loading') {
      this.loadState = 'idle';
      this.requestedFeed = undefined;
    }
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.updateLang();
  }

  /** Fetches the feed again (a CMS preview may call it after changing the feed's content). */
  reload(): Promise<void> {
    return this.load(true);
  }

  protected override willUpdate(changed: PropertyValues): void {
    const searchChanged = this.hasUpdated && (changed.has('search') || changed.has('serverThreshold'));
    if ((changed.has('feed') && this.feed !== this.requestedFeed) || searchChanged) {
      if (this.isConnected) void this.load();
    }
    const scopeChanged = ['data', 'municipality', 'category', 'targetGroup', 'uiLang'].some((key) => changed.has(key));
    if (scopeChanged) this.computeScope(this.data);
    if (scopeChanged || ['query', 'selections', 'sort'].some((key) => changed.has(key))) this.computeResults();
  }

  protected override updated(changed: PropertyValues): void {
    this.updateStatusNode();
    this.syncDialog();
    if (this.focusAfterRender) {
      const target = this.focusAfterRender();
      this.focusAfterRender = undefined;
      target?.focus();
    }
    // A widget just removed from the page must not write into the page's address any more.
    const stateChanged = ['query', 'selections', 'sort', 'selectedId'].some((key) => changed.has(key));
    if (stateChanged && this.isConnected && (this.loadState === 'ready' || changed.has('selectedId'))) {
      clearTimeout(this.urlTimer);
      this.urlTimer = setTimeout(() => {
        this.urlTimer = undefined;
        this.saveToUrl();
      }, URL_WRITE_DELAY_MS);
    }
  }

  // ---------------------------------------------------------------- language, status, URL

  private updateLang(): void {
    this.locale = resolveLocale(this.getAttribute('lang') || inheritedLang(this));
    this.uiLang = this.locale.lang;
  }

  private ensureStatusNode(): void {
    // Live regions inside shadow roots are announced unreliably, so the one polite
    // status node lives in the light DOM from the first render, slotted into place.
    if (this.statusNode?.parentNode === this) return;
    const node = document.createElement('p');
    node.slot = 'status';
    node.setAttribute('role', 'status');
    node.setAttribute('aria-live', 'polite');
    node.setAttribute('aria-atomic', 'true');
    this.append(node);
    this.statusNode = node;
  }

  /** What the polite status says: loading, the count, or that nothing matched. */
  protected statusText(): string {
    const texts = this.texts();
    if (this.loadState === 'loading' && !this.data) return texts.loading;
    if (!this.data || this.loadState === 'error') return '';
    const total = this.resultTotal();
    if (total === 0) return texts.noResults;
    let text = texts.count(total, formatNumber(this.locale, total));
    // Cards actually shown: a server's count can include items the widget does not list.
    const shown = Math.min(this.results.length, this.visibleCount);
    if (shown < total || this.pages > 1) {
      text += `. ${this.locale.strings.shownOf(formatNumber(this.locale, shown), formatNumber(this.locale, total))}.`;
    }
    return text;
  }

  private updateStatusNode(): void {
    this.ensureStatusNode();
    const text = this.statusText();
    const node = this.statusNode!;
    if (node.textContent !== text) node.textContent = text;
    node.lang = this.locale.lang;
  }

  /** `k` for the page's first directory, `k2`… for the next, `k-<id>` when it has an id. */
  private urlNamespace(): string {
    if (this.id) return `${this.urlPrefix}-${this.id}`;
    const index = Array.from(document.querySelectorAll(this.localName)).indexOf(this);
    if (index === 0) return this.urlPrefix;
    return `${this.urlPrefix}${index > 0 ? index + 1 : `x${this.instance}`}`;
  }

  private readonly onHashChange = (): void => {
    this.restoreFromUrl();
  };

  private restoreFromUrl(): void {
    const state = readUrlState(this.namespace);
    const query = typeof state['q'] === 'string' ? state['q'] : '';
    this.inputValue = query;
    this.query = query;
    this.selections = Object.fromEntries(this.filterKeys.map((key) => [key, new Set(listParam(state[key]))]));
    const sort = state['sort'];
    this.sort = typeof sort === 'string' && this.sortOrders.includes(sort) ? sort : (this.sortOrders[0] ?? '');
    this.selectedId = typeof state['open'] === 'string' ? state['open'] : undefined;
  }

  private saveToUrl(): void {
    writeUrlState(this.namespace, {
      q: this.query.trim(),
      ...Object.fromEntries(this.filterKeys.map((key) => [key, [...this.selected(key)]])),
      sort: this.sort === this.sortOrders[0] ? undefined : this.sort,
      open: this.selectedId,
    });
  }

  protected selected(key: string): ReadonlySet<string> {
    return this.selections[key] ?? new Set();
  }

  protected get activeFilterCount(): number {
    return this.filterKeys.reduce((sum, key) => sum + this.selected(key).size, 0);
  }

  // ---------------------------------------------------------------- loading

  private async load(fresh = false): Promise<void> {
    const url = this.feed;
    this.requestedFeed = url;
    this.abort?.abort();
    if (!url) {
      this.loadState = 'idle';
      this.data = undefined;
      return;
    }
    const controller = new AbortController();
    this.abort = controller;
    this.loadState = 'loading';
    try {
      const data = await sharedFeed(url, controller.signal, { fresh, ...this.serverOption() });
      // The feed's last page was read in this task: showing it starts in another.
      await nextTask();
      if (controller.signal.aborted) return;
      await this.prepare(data);
      if (controller.signal.aborted) return;
      this.data = data;
      this.error = undefined;
      this.loadState = 'ready';
      await this.updateComplete;
      this.reportLoad(data);
    } catch (reason) {
      if (controller.signal.aborted) return;
      const error = reason instanceof FeedError ? reason : new FeedError('network', String(reason), url);
      this.error = error;
      this.loadState = 'error';
      console.error(`kumppani: the feed ${error.url} could not be shown (${error.kind}): ${error.message}`);
      emit(this, 'kumppani-error', {
        kind: error.kind,
        message: error.message,
        ...(error.status !== undefined ? { status: error.status } : {}),
      });
    }
  }

  /** Stop after the first page of a feed large enough (or asked) to be searched on its server. */
  private serverOption(): { serverThreshold?: number } {
    if (!this.serverSearch || this.search === 'client') return {};
    if (this.search === 'server') return { serverThreshold: 0 };
    return {
      serverThreshold: Number.isFinite(this.serverThreshold) && this.serverThreshold >= 0 ? this.serverThreshold : 5000,
    };
  }

  private reportLoad(data: FeedData): void {
    warnInvalid(data.url, data.skipped, data.dropped);
    if (data.pagingStopped) {
      console.warn(
        `kumppani: stopped following the pages of ${data.url} (${data.pagingStopped.reason} at ${data.pagingStopped.url}); showing what was loaded.`,
      );
    }
    emit(this, 'kumppani-load', {
      count: this.scopeCount(),
      total: this.feedTotal(data),
      skipped: data.skipped,
      dropped: data.dropped,
      ...(data.pagingStopped ? { pagingStopped: data.pagingStopped } : {}),
    });
  }

  // ---------------------------------------------------------------- actions

  private onInput(event: Event): void {
    this.inputValue = (event.target as HTMLInputElement).value;
    clearTimeout(this.debounceTimer);
    this.debounceTimer = setTimeout(() => this.commitQuery(), SEARCH_DEBOUNCE_MS);
  }

  private onSubmit(event: Event): void {
    event.preventDefault();
    clearTimeout(this.debounceTimer);
    this.commitQuery();
  }

  private commitQuery(): void {
    if (this.query === this.inputValue) return;
    this.query = this.inputValue;
    this.pages = 1;
    void this.announceChange();
  }

  protected async announceChange(): Promise<void> {
    await this.updateComplete;
    await this.resultsSettled();
    emit(this, 'kumppani-change', {
      query: this.query.trim(),
      filters: Object.fromEntries(this.filterKeys.map((key) => [key, [...this.selected(key)]])),
      count: this.resultTotal(),
    });
  }

  /** Resolves when results that come from elsewhere (a server) have arrived. */
  protected resultsSettled(): Promise<void> {
    return Promise.resolve();
  }

  protected setFilter(key: string, value: string, on: boolean): void {
    const next = new Set(this.selected(key));
    if (on) next.add(value);
    else next.delete(value);
    this.selections = { ...this.selections, [key]: next };
    this.pages = 1;
    void this.announceChange();
  }

  private removeChip(chip: Chip, index: number): void {
    this.setFilter(chip.key, chip.value, false);
    // Focus the chip that takes this one's place, else the previous one, else the search box.
    this.focusAfterRender = () => {
      const chips = Array.from(this.renderRoot.querySelectorAll<HTMLElement>('[part~="chip"]'));
      return chips[index] ?? chips[index - 1] ?? this.searchInput;
    };
  }

  /** Clears the filters, and the typed query too when nothing was found. */
  protected clearFilters(alsoQuery: boolean): void {
    this.selections = Object.fromEntries(this.filterKeys.map((key) => [key, new Set<string>()]));
    if (alsoQuery) {
      clearTimeout(this.debounceTimer);
      this.inputValue = '';
      this.query = '';
    }
    this.pages = 1;
    this.focusAfterRender = () => this.searchInput;
    void this.announceChange();
  }

  protected get searchInput(): HTMLInputElement | null {
    return this.renderRoot.querySelector<HTMLInputElement>('#search');
  }

  private onSort(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    this.sort = this.sortOrders.includes(value) ? value : (this.sortOrders[0] ?? '');
    this.pages = 1;
    void this.announceChange();
  }

  /** Items per "show more" step: `page-size`, or 20. */
  protected get itemsPerPage(): number {
    return Number.isFinite(this.pageSize) && this.pageSize > 0 ? Math.floor(this.pageSize) : 20;
  }

  protected get visibleCount(): number {
    return this.itemsPerPage * this.pages;
  }

  private showMore(): void {
    const firstNew = this.visibleCount;
    this.pages += 1;
    const focusFirstNew = (): void => {
      this.focusAfterRender = () => this.renderRoot.querySelector<HTMLElement>(`#open-${firstNew}`);
      this.requestUpdate();
    };
    const more = this.loadMore();
    if (more) void more.then(focusFirstNew);
    else focusFirstNew();
  }

  private retry(): void {
    void this.load(true).then(() => {
      // The retry button is gone once the feed loads: continue from the search box.
      if (this.loadState === 'ready') this.searchInput?.focus();
      else this.renderRoot.querySelector<HTMLElement>('#retry')?.focus();
    });
  }

  /** Opens an item's detail unless the page handles the selection itself. */
  protected open(item: Item, openerId: string): void {
    if (!this.announceSelect(item)) return;
    this.openerId = openerId;
    this.selectedId = item.id;
  }

  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  private syncDialog(): void {
    const dialog = this.dialog;
    if (!dialog) return;
    const selected = this.selectedId ? this.findItem(this.selectedId) : undefined;
    if (selected && !dialog.open) {
      dialog.showModal();
      dialog.querySelector<HTMLElement>('[part~="detail-close"]')?.focus();
    } else if (!selected && dialog.open) {
      dialog.close();
    }
  }

  protected closeDetail(): void {
    this.dialog?.close();
  }

  private onDialogClose(): void {
    if (!this.selectedId) return;
    const id = this.selectedId;
    this.selectedId = undefined;
    const index = this.results.findIndex((item) => item.id === id);
    const openerId = this.openerId ?? (index >= 0 && index < this.visibleCount ? `open-${index}` : undefined);
    this.openerId = undefined;
    this.focusAfterRender = () =>
      (openerId ? this.renderRoot.querySelector<HTMLElement>(`#${openerId}`) : null) ?? this.searchInput;
  }

  private onDialogClick(event: MouseEvent): void {
    // A click on the backdrop (outside the dialog's box) closes it, as residents expect.
    const dialog = event.currentTarget as HTMLDialogElement;
    if (event.target !== dialog) return;
    const box = dialog.getBoundingClientRect();
    const inside =
      event.clientX >= box.left &&
      event.clientX <= box.right &&
      event.clientY >= box.top &&
      event.clientY <= box.bottom;
    if (!inside) dialog.close();
  }

  // ---------------------------------------------------------------- render

  protected override render(): TemplateResult {
    return html`
      <section class="widget" lang=${this.locale.lang} aria-label=${this.texts().label}>
        ${this.renderControls()} ${this.renderBody()} ${this.renderAttribution()}
      </section>
      ${this.renderDialog()}
    `;
  }

  private renderControls(): TemplateResult {
    const strings = this.locale.strings;
    const texts = this.texts();
    const data = this.data;
    const extra = data ? this.extraFilters() : undefined;
    return html`
      <div class="controls">
        <form part="search" class="search" role="search" @submit=${this.onSubmit}>
          <label for="search">${texts.searchLabel}</label>
          <p id="search-hint" class="hint">${texts.searchHint}</p>
          <input
            id="search"
            part="search-input"
            type="search"
            autocomplete="off"
            spellcheck="false"
            enterkeyhint="search"
            aria-describedby="search-hint"
            .value=${this.inputValue}
            @input=${this.onInput}
          />
        </form>
        ${
          data
            ? html`${
                this.showSort()
                  ? html`<div class="sort">
                      <label for="sort">${strings.sortLabel}</label>
                      <select id="sort" part="sort" @change=${this.onSort}>
                        ${this.sortOrders.map(
                          (order) =>
                            html`<option value=${order} ?selected=${order === this.sort}>
                              ${strings.sortOptions[order as keyof typeof strings.sortOptions] ?? order}
                            </option>`,
                        )}
                      </select>
                    </div>`
                  : nothing
              }
              ${renderFilters({
                locale: this.locale,
                groups: this.filterGroups(data),
                selected: (key) => this.selected(key),
                activeCount: this.activeFilterCount,
                onToggle: (key, value, on) => this.setFilter(key, value, on),
                ...(extra ? { extra } : {}),
              })}
              ${renderChips(
                this.locale,
                this.filterKeys.flatMap((key) =>
                  [...this.selected(key)].map((value) => ({ key, value, label: this.chipLabel(key, value, data) })),
                ),
                (chip, index) => this.removeChip(chip, index),
                () => this.clearFilters(false),
              )}`
            : nothing
        }
      </div>
    `;
  }

  protected renderBody(): TemplateResult {
    const strings = this.locale.strings;
    const status = html`<div part="status" class="status"><slot name="status"></slot></div>`;
    if (this.loadState === 'error' && this.error) {
      return html`
        ${this.data ? status : nothing}
        <div class="error" part="error">
          <p role="alert">
            ${this.texts().errors[this.error.kind]}
            ${this.data ? html` ${strings.staleCopy(formatTime(this.locale, this.data.receivedAt))}` : nothing}
          </p>
          <button id="retry" class="button" type="button" @click=${this.retry}>${strings.retry}</button>
        </div>
        ${this.data ? this.renderResults(this.data) : nothing}
      `;
    }
    if (!this.data)
      return html`${status}
        <div class="loading" aria-hidden="true"></div>`;
    return html`${status}${this.renderResults(this.data)}`;
  }

  protected renderResults(data: FeedData): TemplateResult | typeof nothing {
    const strings = this.locale.strings;
    if (this.results.length === 0) {
      const canClear = this.activeFilterCount > 0 || this.query.trim() !== '';
      return html`
        <div class="empty">
          ${
            canClear
              ? html`<button class="button secondary" type="button" @click=${() => this.clearFilters(true)}>
                  ${strings.clearSearch}
                </button>`
              : nothing
          }
        </div>
      `;
    }
    const visible = this.results.slice(0, this.visibleCount);
    return html`
      ${this.renderList(visible, data)}
      ${
        this.hasMore(visible.length)
          ? html`<button class="button secondary more" part="more" type="button" @click=${this.showMore}>
              ${strings.showMore}
            </button>`
          : nothing
      }
    `;
  }

  protected renderAttribution(): TemplateResult | typeof nothing {
    const data = this.data;
    if (!data) return nothing;
    const strings = this.locale.strings;
    const lang = this.locale.lang;
    const picked = pickText(data.source?.name, lang);
    const sourceName = picked?.text ?? new URL(data.url, location.href).host;
    const sourceLang = picked && picked.lang !== lang ? picked.lang : nothing;
    const source = data.source?.url
      ? html`<a href=${data.source.url} rel="noopener noreferrer" lang=${sourceLang}>${sourceName}</a>`
      : html`<span lang=${sourceLang}>${sourceName}</span>`;
    const licence = data.license?.id ?? data.license?.url;
    return html`
      <p class="attribution" part="attribution">
        ${strings.attribution}:
        ${source}${
          licence
            ? html` (${
                data.license?.url
                  ? html`<a href=${data.license.url} rel="noopener noreferrer license">${strings.licence(licence)}</a>`
                  : strings.licence(licence)
              })`
            : nothing
        }
      </p>
    `;
  }

  protected renderDialog(): TemplateResult {
    const selected = this.selectedId ? this.findItem(this.selectedId) : undefined;
    // The backdrop click is a pointer shortcut; a keyboard closes the modal dialog with Escape.
    /* eslint-disable lit-a11y/click-events-have-key-events */
    return html`
      <dialog
        part="detail"
        class="detail"
        aria-labelledby="detail-heading"
        lang=${this.locale.lang}
        @close=${this.onDialogClose}
        @click=${this.onDialogClick}
      >
        ${selected && this.data ? this.renderDetail(selected, this.data) : nothing}
      </dialog>
    `;
    /* eslint-enable lit-a11y/click-events-have-key-events */
  }
}
