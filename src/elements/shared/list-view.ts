import { html, nothing, type TemplateResult } from 'lit';
import type { FeedData, FeedError } from '../../feed/types.js';
import { formatNumber, formatTime, pickText, type Locale } from '../../i18n/index.js';
import type { ListTexts } from '../../i18n/strings.js';
import type { FeedController } from '../../controllers/feed.js';
import type { FocusController } from '../../controllers/focus.js';
import type { QueryController } from '../../controllers/query.js';
import type { ResultsSource } from '../../results/source.js';
import { renderChips, renderFilters, type Chip, type FilterGroup } from './filters.js';
import { soon } from '../../internal/tasks.js';

/** What a list element gives the shared list view. */
export interface ListParts<Item> {
  host: HTMLElement & { renderRoot: ParentNode; requestUpdate(): void };
  locale: () => Locale;
  texts: () => ListTexts;
  /** The name of the widget's region and search landmarks (see `landmarkName`). */
  name: () => string;
  feed: FeedController;
  query: QueryController;
  focus: FocusController;
  /** Where the results come from now; undefined until the feed is loaded. */
  results: () => ResultsSource<Item> | undefined;
  pageSize: () => number;
  sortOrders: readonly string[];
  /** Whether to offer the sort orders (not when a server decides the order). */
  showSort: () => boolean;
  filterGroups: (data: FeedData) => FilterGroup[];
  chipLabel: (key: string, value: string, data: FeedData) => string;
  /** Controls inside the filter disclosure beside the groups (a date range). */
  extraFilters?: () => TemplateResult;
  /** The visible items as a list; each opener button has the id `open-<index>`. */
  renderItems: (visible: readonly Item[], busy: boolean) => TemplateResult;
  /**
   * What an element shows between the search and the results (the directory's contact
   * points): below the search box, so that its arrival with the feed moves nothing the
   * resident already sees.
   */
  aboveResults?: () => unknown;
  /** The `feedback-url` attribute: where residents report accessibility problems. */
  feedbackUrl: () => string | undefined;
  /** Retries what failed: the feed, or a server's search. */
  retry: () => Promise<void>;
}

/**
 * The search box, filters, chips, sort, status, results with "show more", the
 * error and empty states and the attribution that every list element shows,
 * with the actions behind them. An element supplies its items and labels.
 */
export class ListView<Item> {
  readonly #parts: ListParts<Item>;
  /** The feed whose filter groups may be drawn: they follow the first cards, in a task of their own. */
  #groupsFor: FeedData | undefined;

  constructor(parts: ListParts<Item>) {
    this.#parts = parts;
  }

  /** Items per "show more" step: `page-size`, or 20. */
  get itemsPerPage(): number {
    const size = this.#parts.pageSize();
    return Number.isFinite(size) && size > 0 ? Math.floor(size) : 20;
  }

  get visibleCount(): number {
    return this.itemsPerPage * this.#parts.query.pages;
  }

  get searchInput(): HTMLInputElement | null {
    return this.#parts.host.renderRoot.querySelector<HTMLInputElement>('#search');
  }

  /** What the polite status says: loading, the count, or that nothing matched. */
  statusText(): string {
    const { feed } = this.#parts;
    const texts = this.#parts.texts();
    const locale = this.#parts.locale();
    if (feed.state === 'loading' && !feed.data) return texts.loading;
    const results = this.#parts.results();
    if (!feed.data || feed.state === 'error' || !results) return '';
    if (results.busy) return texts.loading;
    const total = results.total;
    if (total === 0) return texts.noResults;
    let text = texts.count(total, formatNumber(locale, total));
    // Cards actually shown: a server's count can include items the widget does not list.
    const shown = Math.min(results.results.length, this.visibleCount);
    if (shown < total || this.#parts.query.pages > 1) {
      text += `, ${locale.strings.shownOf(formatNumber(locale, shown))}.`;
    }
    return text;
  }

  render(): TemplateResult {
    return html`
      <section class="widget" lang=${this.#parts.locale().lang} aria-label=${this.#parts.name()}>
        ${this.#renderControls()} ${this.#parts.aboveResults?.() ?? nothing} ${this.#renderBody()}
        ${renderAttribution(this.#parts.feed.data, this.#parts.locale(), this.#parts.feedbackUrl())}
      </section>
    `;
  }

  #renderControls(): TemplateResult {
    const { query, feed } = this.#parts;
    const locale = this.#parts.locale();
    const texts = this.#parts.texts();
    const data = feed.data;
    return html`
      <div class="controls">
        <form part="search" class="search" role="search" aria-label=${this.#parts.name()} @submit=${query.onSubmit}>
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
            ?disabled=${!data && feed.state === 'error'}
            .value=${query.inputValue}
            @input=${query.onInput}
          />
        </form>
        ${data ? this.#renderRefinements(data, locale) : nothing}
      </div>
    `;
  }

  #renderRefinements(data: FeedData, locale: Locale): TemplateResult {
    const { query, sortOrders } = this.#parts;
    const strings = locale.strings;
    const extra = this.#parts.extraFilters?.();
    const chips = query.filterKeys.flatMap((key) =>
      [...query.selected(key)].map((value) => ({ key, value, label: this.#parts.chipLabel(key, value, data) })),
    );
    return html`${
      this.#parts.showSort()
        ? html`<div class="sort">
            <label for="sort">${strings.sortLabel}</label>
            <select id="sort" part="sort" @change=${query.onSort}>
              ${sortOrders.map(
                (order) =>
                  html`<option value=${order} ?selected=${order === query.sort}>
                    ${strings.sortOptions[order as keyof typeof strings.sortOptions] ?? order}
                  </option>`,
              )}
            </select>
          </div>`
        : nothing
    }
    ${renderFilters({
      locale,
      groups: this.#groupsFor === data ? this.#parts.filterGroups(data) : this.#groupsLater(data),
      selected: (key) => query.selected(key),
      activeCount: query.activeFilterCount,
      onToggle: (key, value, on) => query.setFilter(key, value, on),
      ...(extra ? { extra } : {}),
    })}
    ${renderChips(
      locale,
      chips,
      (chip, index) => this.#removeChip(chip, index),
      () => this.#clear(false),
    )}`;
  }

  /**
   * None yet: the groups sit in the closed filter disclosure, and counting and
   * drawing them for a new feed would lengthen the task that shows the first
   * cards on a phone. They are drawn in the next task.
   */
  #groupsLater(data: FeedData): FilterGroup[] {
    soon(() => {
      if (this.#groupsFor === data) return;
      this.#groupsFor = data;
      this.#parts.host.requestUpdate();
    });
    return [];
  }

  #renderBody(): TemplateResult {
    const { feed } = this.#parts;
    const status = renderStatusSlot();
    if (feed.state === 'error' && feed.error) {
      return html`
        ${feed.data ? status : nothing} ${renderFeedError(feed, this.#parts.locale(), this.#parts.texts(), this.#retry)}
        ${feed.data ? this.#renderResults() : nothing}
      `;
    }
    if (!feed.data) return html`${status}${renderLoading('list')}`;
    return html`${status}${this.#renderResults()}`;
  }

  #renderResults(): TemplateResult | typeof nothing {
    const results = this.#parts.results();
    if (!results) return nothing;
    const { query } = this.#parts;
    const strings = this.#parts.locale().strings;
    if (results.results.length === 0) {
      const canClear = query.activeFilterCount > 0 || query.text !== '';
      return html`
        <div class="empty">
          ${
            canClear
              ? html`<button class="button secondary" type="button" @click=${() => this.#clear(true)}>
                  ${strings.clearSearch}
                </button>`
              : nothing
          }
        </div>
      `;
    }
    const visible = results.results.slice(0, this.visibleCount);
    return html`
      ${this.#parts.renderItems(visible, results.busy)}
      ${
        results.hasMore(visible.length)
          ? html`<button class="button secondary more" part="more" type="button" @click=${this.#showMore}>
              ${strings.showMore}
            </button>`
          : nothing
      }
    `;
  }

  #removeChip(chip: Chip, index: number): void {
    this.#parts.query.setFilter(chip.key, chip.value, false);
    // Focus the chip that takes this one's place, else the previous one, else the search box.
    this.#parts.focus.afterRender(() => {
      const chips = Array.from(this.#parts.host.renderRoot.querySelectorAll<HTMLElement>('[part~="chip"]'));
      return chips[index] ?? chips[index - 1] ?? this.searchInput;
    });
  }

  /** Clears the filters, and the typed words too when nothing was found. */
  #clear(alsoQuery: boolean): void {
    this.#parts.query.clear(alsoQuery);
    this.#parts.focus.afterRender(() => this.searchInput);
  }

  readonly #showMore = (): void => {
    const firstNew = this.visibleCount;
    this.#parts.query.showMore();
    const focusFirstNew = () =>
      this.#parts.focus.afterRender(() => this.#parts.host.renderRoot.querySelector<HTMLElement>(`#open-${firstNew}`));
    const more = this.#parts.results()?.loadMore(this.visibleCount);
    if (more) void more.then(focusFirstNew);
    else focusFirstNew();
  };

  readonly #retry = (): void => {
    void this.#parts.retry().then(() => {
      // The retry button is gone once the feed loads: continue from the search box (enabled
      // again by that render).
      const { focus, host } = this.#parts;
      if (this.#parts.feed.state !== 'error') focus.afterRender(() => this.searchInput);
      else focus.afterRender(() => host.renderRoot.querySelector<HTMLElement>('#retry'));
    });
  };
}

/**
 * The page's accessibility feedback address (`feedback-url`) as a link target: an
 * http(s) or `mailto:` address, relative ones resolved against the page; anything
 * else (`javascript:`, a typo) gives no link.
 */
export function feedbackHref(value: string | null | undefined): string | undefined {
  if (!value?.trim()) return undefined;
  try {
    const url = new URL(value.trim(), document.baseURI);
    return ['http:', 'https:', 'mailto:'].includes(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The data source line: the feed's source and licence, linked where the feed gives
 * addresses, and the municipality's accessibility feedback link when it gives one.
 */
export function renderAttribution(
  data: FeedData | undefined,
  locale: Locale,
  feedbackUrl?: string | null,
): TemplateResult | typeof nothing {
  const feedback = feedbackHref(feedbackUrl);
  if (!data && !feedback) return nothing;
  const strings = locale.strings;
  return html`
    <p class="attribution" part="attribution">
      ${data ? renderSource(data, locale) : nothing}${data && feedback ? ' · ' : nothing}${
        feedback ? html`<a href=${feedback} class="feedback">${strings.reportProblem}</a>` : nothing
      }
    </p>
  `;
}

function renderSource(data: FeedData, locale: Locale): TemplateResult {
  const strings = locale.strings;
  const lang = locale.lang;
  const picked = pickText(data.source?.name, lang);
  const sourceName = picked?.text ?? new URL(data.url, location.href).host;
  const sourceLang = picked && picked.lang !== lang ? picked.lang : nothing;
  const source = data.source?.url
    ? html`<a href=${data.source.url} rel="noopener noreferrer" lang=${sourceLang}>${sourceName}</a>`
    : html`<span lang=${sourceLang}>${sourceName}</span>`;
  const licence = data.license?.id ?? data.license?.url;
  return html`${strings.attribution}:
  ${source}${
    licence
      ? html` (${
          data.license?.url
            ? html`<a href=${data.license.url} rel="noopener noreferrer license">${strings.licence(licence)}</a>`
            : strings.licence(licence)
        })`
      : nothing
  }`;
}

/** The visible items as a plain list, marked busy while newer results are on their way. */
export function renderItemList<Item>(
  visible: readonly Item[],
  busy: boolean,
  renderItem: (item: Item, index: number) => TemplateResult,
): TemplateResult {
  return html`<ul class="list" part="list" aria-busy=${busy ? 'true' : nothing}>
    ${visible.map((item, index) => html`<li>${renderItem(item, index)}</li>`)}
  </ul>`;
}

/** Where the element's light-DOM status line is shown. */
export function renderStatusSlot(): TemplateResult {
  return html`<div part="status" class="status"><slot name="status"></slot></div>`;
}

/** The placeholder while the first load runs (the status says "loading" in words). */
/**
 * The place the content will take while it loads. A list reserves a screenful
 * (`--kumppani-loading-height`), so the text below it is out of view already
 * and does not jump when the cards arrive.
 */
export function renderLoading(kind: 'list' | 'single'): TemplateResult {
  return html`<div class=${kind === 'list' ? 'loading screenful' : 'loading'} aria-hidden="true"></div>`;
}

/**
 * Whether trying again can help: after a network failure, a time-out or a server's
 * temporary trouble (5xx, 408, 429), not when the feed is malformed, of a version
 * the widget does not read, or not there (404).
 */
export function canRetry(error: FeedError): boolean {
  if (error.kind === 'network') return true;
  if (error.kind !== 'http') return false;
  const status = error.status;
  return status === undefined || status >= 500 || status === 408 || status === 429;
}

/** Why the feed cannot be shown, in the resident's language, with a retry button where retrying can help. */
export function renderFeedError(
  feed: FeedController,
  locale: Locale,
  texts: ListTexts,
  retry: () => void,
): TemplateResult | typeof nothing {
  if (!feed.error) return nothing;
  const strings = locale.strings;
  return html`<div class="error" part="error">
    <p role="alert">
      ${texts.errors[feed.error.kind]}
      ${feed.data ? html` ${strings.staleCopy(formatTime(locale, feed.data.receivedAt))}` : nothing}
    </p>
    ${
      canRetry(feed.error)
        ? html`<button id="retry" class="button" type="button" @click=${retry}>${strings.retry}</button>`
        : nothing
    }
  </div>`;
}
