import type { TemplateResult } from 'lit';
import type { Association, FeedData } from '../../feed/types.js';
import { collator, pickText } from '../../i18n/index.js';
import type { ListTexts } from '../../i18n/strings.js';
import { emit } from '../../internal/events.js';
import { inScope, municipalityCodes, municipalityNames, parseList, resolveMunicipalityCodes, type Scope } from '../../listing/scope.js';
import { FACETS, countFacets, matchesFilters, type Facet, type FacetCounts, type Filters } from '../../listing/facets.js';
import { toSearchDocument } from '../../listing/documents.js';
import { KumppaniListElement } from '../shared/list-element.js';
import { listStyles } from '../shared/list.styles.js';
import { codeLabel, filterOptions, type FilterGroup } from '../shared/filters.js';
import { renderCard } from './card.js';
import { renderAssociationDetail } from './detail.js';

const SORT_ORDERS = ['relevance', 'name', 'updated'] as const;

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
 * @cssprop --kumppani-color-error - The error message's border. Default #b00020.
 * @cssprop --kumppani-radius - Corner radius. Default 0.375rem.
 * @cssprop --kumppani-spacing - The base spacing unit. Default 1rem.
 */
export class KumppaniDirectory extends KumppaniListElement<Association> {
  static override styles = listStyles;

  protected readonly filterKeys = FACETS;
  protected readonly sortOrders = SORT_ORDERS;
  protected readonly urlPrefix = 'k';

  // Derived data, recomputed only when its inputs change.
  private scope: Scope | undefined;
  private facetCounts: FacetCounts | undefined;

  protected texts(): ListTexts {
    return this.locale.strings.directory;
  }

  protected computeScope(data: FeedData | undefined): void {
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
    const compare = collator(this.locale).compare;
    const lang = this.locale.lang;
    const scoped = (nothingMatches ? [] : data.associations.filter((association) => inScope(association, scope)))
      .map((association) => ({ association, name: pickText(association.name, lang)?.text ?? '' }))
      .sort((a, b) => compare(a.name, b.name))
      .map(({ association }) => association);
    this.setScope(scoped, (association) => toSearchDocument(association, data.taxonomy, this.muniNames));
  }

  protected computeResults(): void {
    const query = this.query.trim();
    const matched = this.searchMatches();
    const filters = this.selections as Filters;
    this.facetCounts = countFacets(matched, filters);
    // A page scoped to some municipalities offers only those, not every area an association also serves.
    const wanted = this.scope?.municipalities;
    if (wanted && wanted.size > 0) {
      for (const code of this.facetCounts.municipality.keys()) {
        if (!wanted.has(code)) this.facetCounts.municipality.delete(code);
      }
    }
    const filtered = matched.filter((association) => matchesFilters(association, filters));
    if (this.sort === 'updated') {
      filtered.sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt));
    } else if (this.sort === 'name' && query) {
      // Matches come best-first; "name" puts them back in the collation order of the scope.
      const order = new Map(this.scoped.map((association, index) => [association, index]));
      filtered.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    }
    this.results = filtered;
  }

  protected filterGroups(data: FeedData): FilterGroup[] {
    const counts = this.facetCounts;
    if (!counts) return [];
    const source = this.labelSource(data);
    const legends = this.locale.strings.filterGroups;
    const categoryOrder = [...data.taxonomy.categories.keys()];
    return FACETS.filter((facet) => facet !== 'municipality' || this.scopeMunicipalityCount() > 1).map((facet) => ({
      key: facet,
      legend: legends[facet],
      options: filterOptions(facet, counts[facet], this.selected(facet), source, (a, b) =>
        // Categories keep the taxonomy's order; the rest read best alphabetically.
        facet === 'category'
          ? categoryOrder.indexOf(a.value) - categoryOrder.indexOf(b.value)
          : this.byLabel(a, b),
      ),
    }));
  }

  protected chipLabel(key: string, value: string, data: FeedData): string {
    return codeLabel(key as Facet, value, this.labelSource(data))?.text ?? value;
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
