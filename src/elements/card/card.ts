import { html, nothing, type TemplateResult } from 'lit';
import type { Association, FeedData } from '../../feed/types.js';
import type { ListTexts } from '../../i18n/strings.js';
import { municipalityNames } from '../../listing/scope.js';
import { emit } from '../../internal/events.js';
import { KumppaniListElement } from '../shared/list-element.js';
import { listStyles } from '../shared/list.styles.js';
import type { FilterGroup } from '../shared/filters.js';
import { renderCard } from '../directory/card.js';
import { renderAssociationDetail } from '../directory/detail.js';

/**
 * One association on its own, e.g. a sports department's partner club: its card,
 * and the same detail view as the directory.
 *
 * @summary A single association's card from the feed.
 *
 * @fires kumppani-load - The feed was loaded: `{ count (1 or 0), total, skipped, dropped }`.
 * @fires kumppani-error - The feed could not be shown: `{ kind, status?, message }`.
 * @fires kumppani-select - A resident opened the detail (cancelable): `{ association }`.
 *
 * @csspart card - The association's card.
 * @csspart card-heading - The heading that holds its name.
 * @csspart card-button - The name button that opens the detail view.
 * @csspart status - The loading or "not found" line.
 * @csspart error - The error message.
 * @csspart detail - The detail dialog.
 * @csspart detail-close - The detail dialog's close button.
 * @csspart attribution - The data source line.
 */
export class KumppaniCard extends KumppaniListElement<Association> {
  static override styles = listStyles;

  static override properties = {
    ...KumppaniListElement.properties,
    association: {},
  };

  /** The association's id in the feed, e.g. `ihimiset:1042`. */
  declare association: string | undefined;

  protected readonly filterKeys: readonly string[] = [];
  protected readonly sortOrders: readonly string[] = [];
  protected readonly urlPrefix = 'c';

  private found: Association | undefined;

  protected texts(): ListTexts {
    return this.locale.strings.directory;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    if (changed.has('association') && this.data) this.computeScope(this.data);
    if (changed.has('association')) this.computeResults();
  }

  protected computeScope(data: FeedData | undefined): void {
    this.muniNames = data ? municipalityNames(data.associations) : new Map();
    this.found = data?.associations.find(
      (association) => association.id === this.association && association.status === 'active',
    );
    // One card needs no search: its scope is just the association, if found.
    this.setScope(this.found ? [this.found] : [], (association) => ({
      id: association.id,
      name: [],
      labels: [],
      text: [],
    }));
  }

  protected computeResults(): void {
    this.results = this.scoped;
  }

  protected override statusText(): string {
    if (this.data && this.loadState !== 'error' && !this.found) return this.locale.strings.associationNotFound;
    return this.loadState === 'loading' && !this.data ? this.texts().loading : '';
  }

  protected filterGroups(): FilterGroup[] {
    return [];
  }

  protected chipLabel(_key: string, value: string): string {
    return value;
  }

  protected announceSelect(association: Association): boolean {
    return emit(this, 'kumppani-select', { association }, { cancelable: true });
  }

  protected renderItem(association: Association, index: number, data: FeedData): TemplateResult {
    return renderCard(association, index, {
      locale: this.locale,
      taxonomy: data.taxonomy,
      municipalityNames: this.muniNames,
      query: '',
      headingLevel: this.headingLevel,
      onOpen: (item, openerId) => this.open(item, openerId),
    });
  }

  protected renderDetail(association: Association, data: FeedData): TemplateResult {
    return renderAssociationDetail(association, {
      locale: this.locale,
      taxonomy: data.taxonomy,
      municipalityNames: this.muniNames,
      source: data.source,
      events: data.events,
      tasks: data.tasks,
      onClose: () => this.closeDetail(),
    });
  }

  // No search, filters or paging: the card, its status and the attribution.
  protected override render(): TemplateResult {
    const data = this.data;
    return html`
      <section class="widget" lang=${this.locale.lang}>
        ${
          this.found && data && this.loadState !== 'error'
            ? html`<div class="single">${this.renderItem(this.found, 0, data)}</div>
                ${this.renderAttribution()}`
            : this.renderBody()
        }
      </section>
      ${this.renderDialog()}
    `;
  }

  protected override renderResults(): TemplateResult | typeof nothing {
    return nothing;
  }
}
