import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { ScrollOffsetController } from '../../controllers/page-fit.js';
import type { Association, FeedData, LocalizedText, Premise } from '../../feed/types.js';
import { collator, pickText } from '../../i18n/index.js';
import { eventTexts } from '../../i18n/event-locales.js';
import { landmarkName } from '../shared/landmark.js';
import { emit } from '../../internal/events.js';
import { Inputs } from '../../internal/inputs.js';
import { parseList } from '../../internal/parse-list.js';
import { municipalityNames, resolveMunicipalityCodes } from '../../listing/scope.js';
import {
  PREMISE_FACETS,
  capacityWanted,
  countPremiseFacets,
  matchesPremiseFilters,
  type PremiseFacetCounts,
  type PremiseFilters,
} from '../../listing/premises.js';
import { premiseDocument } from '../../listing/documents.js';
import { LocalResults } from '../../results/local.js';
import { LocaleController } from '../../controllers/locale.js';
import { FocusController } from '../../controllers/focus.js';
import { FeedController } from '../../controllers/feed.js';
import { QueryController } from '../../controllers/query.js';
import { wireList } from '../shared/list-wiring.js';
import { ListView, renderItemList } from '../shared/list-view.js';
import { codeLabel, type FilterGroup, type LabelSource } from '../shared/filters.js';
import { listStyles } from '../shared/list.styles.js';
import { fieldStyles } from '../shared/field.styles.js';
import { loadFromSource, sourceVariant } from '../shared/source-readers.js';
import { renderPremiseDetail, renderPremiseItem, type PremiseContext } from './premise-templates.js';

/** By name; a search puts the best matches first. */
const SORT_ORDERS = ['relevance'] as const;
const CHECKBOX_FACETS = ['municipality', 'pricing', 'spaceType', 'accessibility'] as const;

/**
 * Spaces associations can use in the page's municipalities (municipal rooms,
 * village halls, parish halls, sports places), with search and filters for
 * municipality, price for associations, type of space, capacity and accessibility.
 *
 * @tagname kumppani-premises
 * @summary Spaces for associations, with booking details.
 *
 * @attribute lang - `fi`, `sv` or `en`; without it, the closest ancestor's `lang`, then the page's.
 * @attribute theme - `neutral` (default), `hds` or `suomifi`, with `dark` for the dark variant or `auto` for it when the device asks for dark.
 *
 * @fires kumppani-load - The feed was loaded: `{ count, total, skipped, dropped, pagingStopped? }`.
 * @fires kumppani-error - The feed could not be shown: `{ kind, status?, message }`.
 * @fires kumppani-select - A resident opened a space (cancelable): `{ premise }`.
 * @fires kumppani-change - The search or filters changed: `{ query, filters, count }`.
 *
 * @slot status - Holds the element's own polite status line (added by the element).
 *
 * @csspart search - The search form.
 * @csspart search-input - The search box.
 * @csspart filters - The disclosure holding the filter groups.
 * @csspart filter-group - One group of filter checkboxes (a fieldset).
 * @csspart chips - The list of active filters.
 * @csspart chip - A button that removes one active filter.
 * @csspart status - The result count line.
 * @csspart error - The error message.
 * @csspart list - The list of spaces.
 * @csspart card - One space.
 * @csspart card-heading - The heading that holds the space's name.
 * @csspart card-button - The name button that opens the detail view.
 * @csspart tag - The price label on a card.
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
export class KumppaniPremises extends LitElement {
  static override styles = [...listStyles, fieldStyles];

  static override properties = {
    feed: { reflect: true },
    label: {},
    municipality: {},
    pageSize: { attribute: 'page-size', type: Number },
    headingLevel: { attribute: 'heading-level', type: Number },
    format: {},
    feedbackUrl: { attribute: 'feedback-url' },
    scrollOffset: { attribute: 'scroll-offset' },
  };

  /** URL of the feed's first page, or of the LIPAS API with `format="lipas"` (required). */
  declare feed: string | undefined;
  /** Address (http(s) or `mailto:`) of the page's accessibility feedback channel: adds a "Report an accessibility problem" link. */
  declare feedbackUrl: string | undefined;
  /** Height in CSS px of the page's sticky header, so focused controls scroll clear of it. Default 0. */
  declare scrollOffset: string | undefined;
  /**
   * The name of the widget's landmarks, telling it apart from others on the page
   * ("Kempeleen tilat"). Default: the widget's kind and its municipalities.
   */
  declare label: string | undefined;
  /** Statistics Finland codes or municipality names, comma-separated. Absent: the whole feed (LIPAS needs it). */
  declare municipality: string | undefined;
  /** Spaces shown at first and added by "show more". Default 20. */
  declare pageSize: number;
  /** Level of the spaces' name headings, 1–6. Default 3. */
  declare headingLevel: number;
  /** `kumppani` (a feed in the contract, the default) or `lipas` (the LIPAS sports places register at `feed`). */
  declare format: string | undefined;

  readonly #language = new LocaleController(this);
  readonly #focusMover = new FocusController(this);
  readonly #feedLoader = new FeedController(this, {
    url: () => this.feed,
    serverThreshold: () => undefined,
    load: (url, signal) => loadFromSource('premises', this.format, url, this.municipality, signal),
    variant: () => sourceVariant(this.format, this.municipality),
    counts: (data) => ({ count: this.#local.scoped.length, total: data.premises.length }),
  });
  readonly #query = new QueryController(this, {
    filterKeys: PREMISE_FACETS,
    sortOrders: SORT_ORDERS,
    settled: () => Promise.resolve(),
    count: () => this.#local.total,
  });
  readonly #view: ListView<Premise> = new ListView({
    host: this,
    locale: () => this.#locale,
    texts: () => eventTexts(this.#locale.lang).premises.list,
    feedbackUrl: () => this.feedbackUrl,
    name: () =>
      landmarkName(eventTexts(this.#locale.lang).premises.list.label, this.label, this.municipality, this.#locale),
    feed: this.#feedLoader,
    query: this.#query,
    focus: this.#focusMover,
    results: () => (this.#feedLoader.data ? this.#local : undefined),
    pageSize: () => this.pageSize,
    sortOrders: SORT_ORDERS,
    showSort: () => false,
    filterGroups: (data) => this.#filterGroups(data),
    chipLabel: (key, value, data) => this.#chipLabel(key, value, data),
    extraFilters: () => this.#capacityField(),
    renderItems: (visible, busy) =>
      renderItemList(visible, busy, (premise, index) =>
        renderPremiseItem(premise, index, this.#context(this.#feedLoader.data!)),
      ),
    retry: () => this.#feedLoader.reload(),
  });
  readonly #dialog = wireList(this, {
    prefix: 'p',
    feed: this.#feedLoader,
    query: this.#query,
    focus: this.#focusMover,
    view: this.#view,
    results: () => (this.#feedLoader.data ? this.#local : undefined),
    lang: () => this.#locale.lang,
  });

  readonly #local = new LocalResults<Premise>();
  #associations = new Map<string, Association>();
  #muniNames: ReadonlyMap<string, LocalizedText> = new Map();
  #counts: PremiseFacetCounts | undefined;
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

  protected override willUpdate(): void {
    const data = this.#feedLoader.data;
    if (this.#scopeInputs.changed([data, this.municipality, this.#locale])) this.#computeScope(data);
    if (this.#resultInputs.changed([this.#scopeRevision, this.#query.revision])) this.#computeResults();
  }

  #premiseName(premise: Premise): string {
    return pickText(premise.name, this.#locale.lang)?.text ?? '';
  }

  #computeScope(data: FeedData | undefined): void {
    this.#scopeRevision++;
    if (!data) return;
    this.#associations = new Map(data.associations.map((association) => [association.id, association]));
    // Every code has its names from the national table; the feed's own come first.
    const names = (this.#muniNames = municipalityNames(data.associations));
    const requested = parseList(this.municipality);
    const municipalities = resolveMunicipalityCodes(requested, names);
    const compare = collator(this.#locale).compare;
    const scoped = data.premises
      .filter((premise) => requested.length === 0 || municipalities.has(premise.municipality.code))
      .sort((a, b) => compare(this.#premiseName(a), this.#premiseName(b)));
    this.#local.setScope(scoped, (premise) => premiseDocument(premise, data.taxonomy, names, this.#associations));
  }

  #computeResults(): void {
    const matches = this.#local.matches(this.#query.text);
    const scoped = this.#local.scoped;
    const matched = matches ? Array.from(matches, (index) => scoped[index]!) : scoped;
    const filters = Object.fromEntries(PREMISE_FACETS.map((key) => [key, this.#query.selected(key)])) as PremiseFilters;
    this.#counts = countPremiseFacets(matched, filters);
    this.#local.show(matched.filter((premise) => matchesPremiseFilters(premise, filters)));
  }

  // ---------------------------------------------------------------- filters

  #labelSource(data: FeedData): LabelSource {
    return { locale: this.#locale, taxonomy: data.taxonomy, municipalityNames: this.#muniNames };
  }

  /** The label of a fixed code (price, type) or of a taxonomy's accessibility code. */
  #label(key: string, value: string, data: FeedData): { text: string; lang?: string } | undefined {
    const texts = eventTexts(this.#locale.lang).premises;
    if (key === 'pricing') return { text: texts.pricing[value as keyof typeof texts.pricing] ?? value };
    if (key === 'spaceType') return { text: texts.spaceTypes[value] ?? value };
    if (key === 'accessibility') {
      const picked = pickText(data.taxonomy.accessibility.get(value), this.#locale.lang);
      if (!picked) return undefined;
      return picked.lang === this.#locale.lang ? { text: picked.text } : { text: picked.text, lang: picked.lang };
    }
    return codeLabel('municipality', value, this.#labelSource(data));
  }

  #filterGroups(data: FeedData): FilterGroup[] {
    const counts = this.#counts;
    if (!counts) return [];
    const texts = eventTexts(this.#locale.lang).premises;
    const strings = this.#locale.strings;
    const byLabel = collator(this.#locale).compare;
    const prices = Object.keys(texts.pricing);
    return CHECKBOX_FACETS.map((key) => {
      const values = key === 'municipality' && counts[key].size < 2 ? [] : counts[key].keys();
      const options = [...new Set([...values, ...this.#query.selected(key)])].flatMap((value) => {
        const label = this.#label(key, value, data);
        return label ? [{ value, label: label.text, count: counts[key].get(value) ?? 0, lang: label.lang }] : [];
      });
      // Prices keep their own order (free first); other values go by their labels.
      options.sort((a, b) =>
        key === 'pricing' ? prices.indexOf(a.value) - prices.indexOf(b.value) : byLabel(a.label, b.label),
      );
      const legend =
        key === 'pricing' || key === 'spaceType'
          ? texts.filterGroups[key]
          : key === 'municipality'
            ? strings.filterGroups.municipality
            : strings.accessibility;
      return { key, legend, options };
    });
  }

  #chipLabel(key: string, value: string, data: FeedData): string {
    if (key === 'capacity') return `${eventTexts(this.#locale.lang).premises.capacity} ${value}`;
    return this.#label(key, value, data)?.text ?? value;
  }

  readonly #onCapacity = (event: Event): void => {
    const value = (event.target as HTMLInputElement).value.trim();
    this.#query.setSelection('capacity', new Set(capacityWanted(value) ? [value] : []));
  };

  /** "At least N people": a number box, kept as the `capacity` filter. */
  #capacityField(): TemplateResult {
    const texts = eventTexts(this.#locale.lang).premises;
    const value = [...this.#query.selected('capacity')][0] ?? '';
    return html`<div class="field">
      <label for="capacity">${texts.capacity}</label>
      <input
        id="capacity"
        type="number"
        inputmode="numeric"
        min="1"
        step="1"
        .value=${value}
        @change=${this.#onCapacity}
      />
    </div>`;
  }

  // ---------------------------------------------------------------- templates

  #context(data: FeedData): PremiseContext {
    return {
      locale: this.#locale,
      taxonomy: data.taxonomy,
      associations: this.#associations,
      municipalityNames: this.#muniNames,
      query: this.#query.text,
      headingLevel: this.headingLevel,
      onOpen: (premise, openerId) => {
        if (emit(this, 'kumppani-select', { premise }, { cancelable: true })) this.#dialog.open(premise.id, openerId);
      },
      onClose: () => this.#dialog.close(),
    };
  }

  protected override render(): TemplateResult {
    const data = this.#feedLoader.data;
    return html`
      ${this.#view.render()}
      ${this.#dialog.render(this.#locale.lang, () => {
        const premise = this.#dialog.openId ? this.#local.find(this.#dialog.openId) : undefined;
        return premise && data ? renderPremiseDetail(premise, this.#context(data)) : nothing;
      })}
    `;
  }
}
