import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { emit } from '../internal/events.js';
import type { UrlState } from '../internal/url-state.js';
import { parseList } from '../internal/parse-list.js';

/** Long enough to skip the keystrokes of a word, short enough to feel immediate. */
const SEARCH_DEBOUNCE_MS = 250;

export type Selections = Readonly<Record<string, ReadonlySet<string>>>;

export interface QueryBinding {
  /** The filter groups the element keeps (and keeps in the address). */
  filterKeys: readonly string[];
  /** Its sort orders; the first is the default. */
  sortOrders: readonly string[];
  /** Resolves when the results of the latest change are in (a server may still be answering). */
  settled(): Promise<void>;
  /** How many items match now, for `kumppani-change`. */
  count(): number;
}

const NONE: ReadonlySet<string> = new Set();

/**
 * What a resident asks a list for: the typed words (debounced), the filter
 * choices, the sort order and how many pages "show more" has opened. Each change
 * is announced in `kumppani-change` once its results are in.
 */
export class QueryController implements ReactiveController {
  /** What the search box holds. */
  inputValue = '';
  /** The words searched for (the box, once typing pauses or the form is sent). */
  query = '';
  selections: Selections = {};
  sort: string;
  pages = 1;
  /** Bumped by every change of the query, selections or sort, so results are worked out again. */
  revision = 0;
  #debounce: ReturnType<typeof setTimeout> | undefined;

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #binding: QueryBinding;

  constructor(host: ReactiveControllerHost & HTMLElement, binding: QueryBinding) {
    this.#host = host;
    this.#binding = binding;
    this.sort = binding.sortOrders[0] ?? '';
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.#debounce);
  }

  get filterKeys(): readonly string[] {
    return this.#binding.filterKeys;
  }

  /** The typed words, trimmed. */
  get text(): string {
    return this.query.trim();
  }

  selected(key: string): ReadonlySet<string> {
    return (Object.hasOwn(this.selections, key) ? this.selections[key] : undefined) ?? NONE;
  }

  get activeFilterCount(): number {
    return this.#binding.filterKeys.reduce((sum, key) => sum + this.selected(key).size, 0);
  }

  readonly onInput = (event: Event): void => {
    this.inputValue = (event.target as HTMLInputElement).value;
    this.#host.requestUpdate();
    clearTimeout(this.#debounce);
    this.#debounce = setTimeout(() => this.#commit(), SEARCH_DEBOUNCE_MS);
  };

  readonly onSubmit = (event: Event): void => {
    event.preventDefault();
    clearTimeout(this.#debounce);
    this.#commit();
  };

  #commit(): void {
    if (this.query === this.inputValue) return;
    this.query = this.inputValue;
    this.#changed();
  }

  setFilter(key: string, value: string, on: boolean): void {
    const next = new Set(this.selected(key));
    if (on) next.add(value);
    else next.delete(value);
    this.setSelection(key, next);
  }

  /** Replaces one group's choices (a date range, an age). */
  setSelection(key: string, values: ReadonlySet<string>): void {
    this.selections = { ...this.selections, [key]: values };
    this.#changed();
  }

  /** Clears the filters, and the typed words too when asked. */
  clear(alsoQuery: boolean): void {
    this.selections = Object.fromEntries(this.#binding.filterKeys.map((key) => [key, new Set<string>()]));
    if (alsoQuery) {
      clearTimeout(this.#debounce);
      this.inputValue = '';
      this.query = '';
    }
    this.#changed();
  }

  readonly onSort = (event: Event): void => {
    const value = (event.target as HTMLSelectElement).value;
    this.sort = this.#binding.sortOrders.includes(value) ? value : (this.#binding.sortOrders[0] ?? '');
    this.#changed();
  };

  showMore(): void {
    this.pages += 1;
    this.#host.requestUpdate();
  }

  /** Takes the state kept in the page address. */
  read(state: UrlState): void {
    const query = typeof state['q'] === 'string' ? state['q'] : '';
    this.inputValue = query;
    this.query = query;
    this.selections = Object.fromEntries(
      this.#binding.filterKeys.map((key) => [
        key,
        new Set(parseList(Object.hasOwn(state, key) ? state[key] : undefined)),
      ]),
    );
    const sort = typeof state['sort'] === 'string' ? state['sort'] : '';
    this.sort = this.#binding.sortOrders.includes(sort) ? sort : (this.#binding.sortOrders[0] ?? '');
    this.pages = 1;
    this.revision++;
  }

  /** The state to keep in the page address. */
  urlState(): UrlState {
    return {
      q: this.text,
      ...Object.fromEntries(this.#binding.filterKeys.map((key) => [key, [...this.selected(key)]])),
      sort: this.sort === this.#binding.sortOrders[0] ? undefined : this.sort,
    };
  }

  #changed(): void {
    this.pages = 1;
    this.revision++;
    this.#host.requestUpdate();
    void this.#announce();
  }

  async #announce(): Promise<void> {
    await this.#host.updateComplete;
    await this.#binding.settled();
    emit(this.#host, 'kumppani-change', {
      query: this.text,
      filters: Object.fromEntries(this.#binding.filterKeys.map((key) => [key, [...this.selected(key)]])),
      count: this.#binding.count(),
    });
  }
}
