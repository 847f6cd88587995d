import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Association, FeedData, LocalizedText } from '../../feed/types.js';
import { FeedError } from '../../feed/types.js';
import { sharedFeed } from '../../feed/index.js';
import { createSearchEngine } from '../../search/index.js';
import type { SearchEngine } from '../../search/types.js';
import { resolveLocale, collator, formatNumber, formatTime, pickText, type Locale } from '../../i18n/index.js';
import { inheritedLang, onLangChange } from '../../internal/lang.js';
import { emit, type ActiveFilters } from '../../internal/events.js';
import { readUrlState, writeUrlState, listParam } from '../../internal/url-state.js';
import {
  inScope,
  municipalityCodes,
  municipalityNames,
  parseList,
  resolveMunicipalityCodes,
  type Scope,
} from '../../listing/scope.js';
import {
  FACETS,
  countFacets,
  emptyFilters,
  matchesFilters,
  activeFilterCount,
  type Facet,
  type FacetCounts,
  type Filters,
} from '../../listing/facets.js';
import { toSearchDocument } from '../../listing/documents.js';
import { directoryStyles } from './directory.styles.js';
import { renderCard, type CardContext } from './card.js';
import { renderDetail } from './detail.js';
import { renderFilters, renderChips } from './filters.js';

export type SortOrder = 'relevance' | 'name' | 'updated';
const SORT_ORDERS: readonly SortOrder[] = ['relevance', 'name', 'updated'];

/** Long enough to skip the keystrokes of a word, short enough to feel immediate. */
const SEARCH_DEBOUNCE_MS = 250;

type LoadState = 'idle' | 'loading' | 'ready' | 'error';

let instanceCount = 0;

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
 * @cssprop --kumppani-color-error - The error message's border and icon. Default #b00020.
 * @cssprop --kumppani-radius - Corner radius. Default 0.375rem.
 * @cssprop --kumppani-spacing - The base spacing unit. Default 1rem.
 */
export class KumppaniDirectory extends LitElement {
  static override styles = directoryStyles;

  static override properties = {
    feed: { reflect: true },
    municipality: {},
    category: {},
    targetGroup: { attribute: 'target-group' },
    pageSize: { attribute: 'page-size', type: Number },
    headingLevel: { attribute: 'heading-level', type: Number },
    loadState: { state: true },
    data: { state: true },
    error: { state: true },
    inputValue: { state: true },
    query: { state: true },
    filters: { state: true },
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
  /** Cards shown at first and added by "show more". Default 20. */
  declare pageSize: number;
  /** Level of the cards' name headings, 1–6. Default 3. */
  declare headingLevel: number;

  declare private loadState: LoadState;
  declare private data: FeedData | undefined;
  declare private error: FeedError | undefined;
  declare private inputValue: string;
  declare private query: string;
  declare private filters: Filters;
  declare private sort: SortOrder;
  declare private pages: number;
  declare private selectedId: string | undefined;
  declare private uiLang: string;

  private locale: Locale = resolveLocale(undefined);
  private abort: AbortController | undefined;
  /** The feed URL of the current or last load, so a changed `feed` loads again. */
  private requestedFeed: string | undefined;
  private namespace = 'k';
  private debounceTimer: ReturnType<typeof setTimeout> | undefined;
  private stopWatchingLang: (() => void) | undefined;
  private statusNode: HTMLElement | undefined;
  private readonly instance = instanceCount++;

  // Derived data, recomputed in willUpdate only when its inputs change.
  private scope: Scope | undefined;
  private scoped: Association[] = [];
  private byId = new Map<string, Association>();
  private muniNames = new Map<string, LocalizedText>();
  private engine: SearchEngine | undefined;
  private matched: Association[] = [];
  private results: Association[] = [];
  private facetCounts: FacetCounts | undefined;

  // Where focus goes after the next render.
  private focusAfterRender: (() => HTMLElement | null | undefined) | undefined;
  private openerId: string | undefined;

  constructor() {
    super();
    this.pageSize = 20;
    this.headingLevel = 3;
    this.loadState = 'idle';
    this.inputValue = '';
    this.query = '';
    this.filters = emptyFilters();
    this.sort = 'relevance';
    this.pages = 1;
    this.uiLang = this.locale.lang;
  }

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

  // ---------------------------------------------------------------- state

  /** `k` for the page's first widget, `k2`, `k3`… for the next, `k-<id>` when it has an id. */
  private urlNamespace(): string {
    if (this.id) return `k-${this.id}`;
    const index = Array.from(document.querySelectorAll(this.localName)).indexOf(this);
    if (index === 0) return 'k';
    return `k${index > 0 ? index + 1 : `x${this.instance}`}`;
  }

  private readonly onHashChange = (): void => {
    this.restoreFromUrl();
  };

  private restoreFromUrl(): void {
    const state = readUrlState(this.namespace);
    const query = typeof state['q'] === 'string' ? state['q'] : '';
    this.inputValue = query;
    this.query = query;
    const filters = emptyFilters();
    for (const facet of FACETS) filters[facet] = new Set(listParam(state[facet]));
    this.filters = filters;
    const sort = state['sort'];
    this.sort = SORT_ORDERS.includes(sort as SortOrder) ? (sort as SortOrder) : 'relevance';
    this.selectedId = typeof state['open'] === 'string' ? state['open'] : undefined;
  }

  private saveToUrl(): void {
    writeUrlState(this.namespace, {
      q: this.query.trim(),
      ...Object.fromEntries(FACETS.map((facet) => [facet, [...this.filters[facet]]])),
      sort: this.sort === 'relevance' ? undefined : this.sort,
      open: this.selectedId,
    });
  }

  private updateLang(): void {
    this.locale = resolveLocale(inheritedLang(this));
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
    node.dataset['kumppaniStatus'] = '';
    this.append(node);
    this.statusNode = node;
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
      const data = await sharedFeed(url, controller.signal, { fresh });
      if (controller.signal.aborted) return;
      this.data = data;
      this.error = undefined;
      this.loadState = 'ready';
      await this.updateComplete;
      this.reportLoad(data);
    } catch (reason) {
      if (controller.signal.aborted) return;
      const error =
        reason instanceof FeedError ? reason : new FeedError('network', String(reason), url);
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

  private reportLoad(data: FeedData): void {
    // Plain text first, so a webmaster can read and copy it; the objects follow for inspection.
    const list = (entries: Array<{ id: string; reason: string; field?: string }>) =>
      entries.map((entry) => `\n  ${entry.id}${entry.field ? ` ${entry.field}` : ''}: ${entry.reason}`).join('');
    if (data.skipped.length > 0) {
      console.warn(`kumppani: ${data.skipped.length} invalid item(s) in ${data.url} were left out:${list(data.skipped)}`, data.skipped);
    }
    if (data.dropped.length > 0) {
      console.warn(`kumppani: ${data.dropped.length} invalid field(s) in ${data.url} were ignored:${list(data.dropped)}`, data.dropped);
    }
    if (data.pagingStopped) {
      console.warn(
        `kumppani: stopped following the pages of ${data.url} (${data.pagingStopped.reason} at ${data.pagingStopped.url}); showing what was loaded.`,
      );
    }
    emit(this, 'kumppani-load', {
      count: this.scoped.length,
      total: data.associations.length,
      skipped: data.skipped,
      dropped: data.dropped,
      ...(data.pagingStopped ? { pagingStopped: data.pagingStopped } : {}),
    });
  }

  // ---------------------------------------------------------------- derived data

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('feed') && this.isConnected && this.feed !== this.requestedFeed) void this.load();

    const scopeChanged =
      changed.has('data') ||
      changed.has('municipality') ||
      changed.has('category') ||
      changed.has('targetGroup') ||
      changed.has('uiLang');
    if (scopeChanged) this.computeScope();
    if (scopeChanged || changed.has('query')) this.computeMatches();
    if (scopeChanged || changed.has('query') || changed.has('filters') || changed.has('sort')) {
      this.computeResults();
    }
  }

  private computeScope(): void {
    const data = this.data;
    if (!data) {
      this.scoped = [];
      this.byId.clear();
      this.engine = undefined;
      return;
    }
    this.muniNames = municipalityNames(data.associations);
    const scope: Scope = (this.scope = {
      municipalities: resolveMunicipalityCodes(parseList(this.municipality), this.muniNames),
      categories: new Set(parseList(this.category)),
      targetGroups: new Set(parseList(this.targetGroup)),
    });
    const requestedMunicipalities = parseList(this.municipality).length > 0;
    const compare = collator(this.locale).compare;
    const lang = this.locale.lang;
    this.scoped = data.associations
      .filter((association) =>
        // A municipality attribute that names no known municipality shows nothing, not everything.
        requestedMunicipalities && scope.municipalities.size === 0 ? false : inScope(association, scope),
      )
      .map((association) => ({ association, name: pickText(association.name, lang)?.text ?? '' }))
      .sort((a, b) => compare(a.name, b.name))
      .map(({ association }) => association);
    this.byId = new Map(this.scoped.map((association) => [association.id, association]));
    this.engine = createSearchEngine(
      this.scoped.map((association) => toSearchDocument(association, data.taxonomy, this.muniNames)),
    );
  }

  private computeMatches(): void {
    const query = this.query.trim();
    if (!query || !this.engine) {
      this.matched = this.scoped;
      return;
    }
    this.matched = [];
    for (const hit of this.engine.search(query)) {
      const association = this.byId.get(hit.id);
      if (association) this.matched.push(association);
    }
  }

  private computeResults(): void {
    this.facetCounts = countFacets(this.matched, this.filters);
    // A page scoped to some municipalities offers only those, not every area an association also serves.
    const scoped = this.scope?.municipalities;
    if (scoped && scoped.size > 0) {
      for (const code of this.facetCounts.municipality.keys()) {
        if (!scoped.has(code)) this.facetCounts.municipality.delete(code);
      }
    }
    const filtered = this.matched.filter((association) => matchesFilters(association, this.filters));
    if (this.sort === 'updated') {
      filtered.sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt));
    } else if (this.sort === 'name' && this.query.trim()) {
      // Matches come best-first; "name" puts them back in the collation order of the scope.
      const order = new Map(this.scoped.map((association, index) => [association, index]));
      filtered.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    }
    this.results = filtered;
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
    const stateChanged = ['query', 'filters', 'sort', 'selectedId'].some((key) => changed.has(key));
    if (stateChanged && this.isConnected && (this.loadState === 'ready' || changed.has('selectedId'))) {
      this.saveToUrl();
    }
  }

  private updateStatusNode(): void {
    this.ensureStatusNode();
    const strings = this.locale.strings;
    let text = '';
    if (this.loadState === 'loading' && !this.data) text = strings.loading;
    else if (this.data && this.loadState !== 'error') {
      const total = this.results.length;
      if (total === 0) text = strings.noResults;
      else {
        text = strings.associations(total, formatNumber(this.locale, total));
        const shown = Math.min(total, this.visibleCount);
        if (shown < total || this.pages > 1) {
          text += `. ${strings.shownOf(formatNumber(this.locale, shown), formatNumber(this.locale, total))}.`;
        }
      }
    }
    const node = this.statusNode;
    if (node && node.textContent !== text) node.textContent = text;
    if (node) node.lang = this.locale.lang;
  }

  private get visibleCount(): number {
    const size = Number.isFinite(this.pageSize) && this.pageSize > 0 ? Math.floor(this.pageSize) : 20;
    return size * this.pages;
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

  private async announceChange(): Promise<void> {
    await this.updateComplete;
    emit(this, 'kumppani-change', {
      query: this.query.trim(),
      filters: this.activeFilters(),
      count: this.results.length,
    });
  }

  private activeFilters(): ActiveFilters {
    return {
      category: [...this.filters.category],
      targetGroup: [...this.filters.targetGroup],
      language: [...this.filters.language],
      municipality: [...this.filters.municipality],
    };
  }

  private setFilter(facet: Facet, value: string, on: boolean): void {
    const next = new Set(this.filters[facet]);
    if (on) next.add(value);
    else next.delete(value);
    this.filters = { ...this.filters, [facet]: next };
    this.pages = 1;
    void this.announceChange();
  }

  private removeChip(facet: Facet, value: string, index: number): void {
    this.setFilter(facet, value, false);
    // Focus the chip that takes this one's place, else the previous one, else the search box.
    this.focusAfterRender = () => {
      const chips = Array.from(this.renderRoot.querySelectorAll<HTMLElement>('[part~="chip"]'));
      return chips[index] ?? chips[index - 1] ?? this.searchInput;
    };
  }

  /** Clears the filters, and the typed query too when nothing was found. */
  private clearFilters(alsoQuery: boolean): void {
    this.filters = emptyFilters();
    if (alsoQuery) {
      clearTimeout(this.debounceTimer);
      this.inputValue = '';
      this.query = '';
    }
    this.pages = 1;
    this.focusAfterRender = () => this.searchInput;
    void this.announceChange();
  }

  private get searchInput(): HTMLInputElement | null {
    return this.renderRoot.querySelector<HTMLInputElement>('#search');
  }

  private onSort(event: Event): void {
    const value = (event.target as HTMLSelectElement).value as SortOrder;
    this.sort = SORT_ORDERS.includes(value) ? value : 'relevance';
    this.pages = 1;
    void this.announceChange();
  }

  private showMore(): void {
    const firstNew = this.visibleCount;
    this.pages += 1;
    this.focusAfterRender = () => this.renderRoot.querySelector<HTMLElement>(`#open-${firstNew}`);
  }

  private retry(): void {
    this.focusAfterRender = undefined;
    void this.load(true).then(() => {
      // The retry button is gone once the feed loads: continue from the search box.
      if (this.loadState === 'ready') this.searchInput?.focus();
      else this.renderRoot.querySelector<HTMLElement>('#retry')?.focus();
    });
  }

  private open(association: Association, openerId: string): void {
    const allowed = emit(this, 'kumppani-select', { association }, { cancelable: true });
    if (!allowed) return;
    this.openerId = openerId;
    this.selectedId = association.id;
  }

  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  private syncDialog(): void {
    const dialog = this.dialog;
    if (!dialog) return;
    const selected = this.selectedId ? this.byId.get(this.selectedId) : undefined;
    if (selected && !dialog.open) {
      dialog.showModal();
      dialog.querySelector<HTMLElement>('[part~="detail-close"]')?.focus();
    } else if (!selected && dialog.open) {
      dialog.close();
    }
  }

  private closeDetail(): void {
    this.dialog?.close();
  }

  private onDialogClose(): void {
    if (!this.selectedId) return;
    const id = this.selectedId;
    this.selectedId = undefined;
    const openerId = this.openerId ?? this.openerIdFor(id);
    this.openerId = undefined;
    this.focusAfterRender = () =>
      (openerId ? this.renderRoot.querySelector<HTMLElement>(`#${openerId}`) : null) ?? this.searchInput;
  }

  private openerIdFor(id: string): string | undefined {
    const index = this.results.findIndex((association) => association.id === id);
    return index >= 0 && index < this.visibleCount ? `open-${index}` : undefined;
  }

  private onDialogClick(event: MouseEvent): void {
    // A click on the backdrop (outside the dialog's box) closes it, as residents expect.
    const dialog = event.currentTarget as HTMLDialogElement;
    if (event.target !== dialog) return;
    const box = dialog.getBoundingClientRect();
    const inside =
      event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom;
    if (!inside) dialog.close();
  }

  // ---------------------------------------------------------------- render

  protected override render(): TemplateResult {
    const strings = this.locale.strings;
    return html`
      <section class="directory" lang=${this.locale.lang} aria-label=${strings.directoryLabel}>
        ${this.renderSearch()} ${this.renderBody()} ${this.renderAttribution()}
      </section>
      ${this.renderDialog()}
    `;
  }

  private renderSearch(): TemplateResult {
    const strings = this.locale.strings;
    const ready = this.loadState === 'ready' || (this.data !== undefined && this.loadState === 'error');
    return html`
      <div class="controls">
        <form part="search" class="search" role="search" @submit=${this.onSubmit}>
          <label for="search">${strings.searchLabel}</label>
          <p id="search-hint" class="hint">${strings.searchHint}</p>
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
        ${ready && this.data && this.facetCounts
          ? html`<div class="sort">
                <label for="sort">${strings.sortLabel}</label>
                <select id="sort" part="sort" @change=${this.onSort}>
                  ${SORT_ORDERS.map(
                    (order) =>
                      html`<option value=${order} ?selected=${order === this.sort}>
                        ${strings.sortOptions[order]}
                      </option>`,
                  )}
                </select>
              </div>
              ${renderFilters({
                locale: this.locale,
                taxonomy: this.data.taxonomy,
                municipalityNames: this.muniNames,
                counts: this.facetCounts,
                filters: this.filters,
                showMunicipalities: this.scopeMunicipalityCount() > 1,
                onToggle: (facet, value, on) => this.setFilter(facet, value, on),
              })}
              ${renderChips({
                locale: this.locale,
                taxonomy: this.data.taxonomy,
                municipalityNames: this.muniNames,
                filters: this.filters,
                onRemove: (facet, value, index) => this.removeChip(facet, value, index),
                onClear: () => this.clearFilters(false),
              })}`
          : nothing}
      </div>
    `;
  }

  private scopeMunicipalityCount(): number {
    const wanted = this.scope?.municipalities;
    const codes = new Set<string>();
    for (const association of this.scoped) {
      for (const code of municipalityCodes(association)) {
        if (!wanted || wanted.size === 0 || wanted.has(code)) codes.add(code);
      }
      if (codes.size > 1) return codes.size;
    }
    return codes.size;
  }

  private renderBody(): TemplateResult {
    const strings = this.locale.strings;
    const status = html`<div part="status" class="status"><slot name="status"></slot></div>`;
    if (this.loadState === 'error' && this.error) {
      return html`
        ${this.data ? status : nothing}
        <div class="error" part="error">
          <p role="alert">
            ${strings.errors[this.error.kind]}
            ${this.data ? html` ${strings.staleCopy(formatTime(this.locale, this.data.receivedAt))}` : nothing}
          </p>
          <button id="retry" class="button" type="button" @click=${this.retry}>${strings.retry}</button>
        </div>
        ${this.data ? this.renderResults(this.data) : nothing}
      `;
    }
    if (!this.data) {
      return html`${status}<div class="loading" aria-hidden="true"></div>`;
    }
    return html`${status}${this.renderResults(this.data)}`;
  }

  private renderResults(data: FeedData): TemplateResult {
    const strings = this.locale.strings;
    if (this.results.length === 0) {
      const canClear = activeFilterCount(this.filters) > 0 || this.query.trim() !== '';
      return html`
        <div class="empty">
          ${canClear
            ? html`<button class="button secondary" type="button" @click=${() => this.clearFilters(true)}>
                ${strings.clearSearch}
              </button>`
            : nothing}
        </div>
      `;
    }
    const visible = this.results.slice(0, this.visibleCount);
    const context: CardContext = {
      locale: this.locale,
      taxonomy: data.taxonomy,
      municipalityNames: this.muniNames,
      query: this.query.trim(),
      headingLevel: this.headingLevel,
      onOpen: (association, openerId) => this.open(association, openerId),
    };
    return html`
      <ul class="list" part="list" aria-busy=${this.loadState === 'loading' ? 'true' : 'false'}>
        ${visible.map((association, index) => html`<li>${renderCard(association, index, context)}</li>`)}
      </ul>
      ${visible.length < this.results.length
        ? html`<button class="button secondary more" part="more" type="button" @click=${this.showMore}>
            ${strings.showMore}
          </button>`
        : nothing}
    `;
  }

  private renderAttribution(): TemplateResult | typeof nothing {
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
        ${strings.attribution}: ${source}${licence
          ? html` (${data.license?.url
                ? html`<a href=${data.license.url} rel="noopener noreferrer license">${strings.licence(licence)}</a>`
                : strings.licence(licence)})`
          : nothing}
      </p>
    `;
  }

  private renderDialog(): TemplateResult {
    const selected = this.selectedId ? this.byId.get(this.selectedId) : undefined;
    return html`
      <dialog
        part="detail"
        class="detail"
        aria-labelledby="detail-heading"
        lang=${this.locale.lang}
        @close=${this.onDialogClose}
        @click=${this.onDialogClick}
      >
        ${selected && this.data
          ? renderDetail(selected, {
              locale: this.locale,
              taxonomy: this.data.taxonomy,
              municipalityNames: this.muniNames,
              source: this.data.source,
              onClose: () => this.closeDetail(),
            })
          : nothing}
      </dialog>
    `;
  }
}
