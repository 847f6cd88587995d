import { LitElement, html, nothing, type TemplateResult } from 'lit';
import type { Association, FeedData } from '../../feed/types.js';
import { municipalityNames } from '../../listing/scope.js';
import { emit } from '../../internal/events.js';
import { LocaleController } from '../../controllers/locale.js';
import { FocusController } from '../../controllers/focus.js';
import { ScrollOffsetController } from '../../controllers/page-fit.js';
import { FeedController } from '../../controllers/feed.js';
import { DialogController } from '../../controllers/dialog.js';
import { LiveStatusController } from '../../controllers/status.js';
import { UrlStateController } from '../../controllers/url-state.js';
import { listStyles } from '../shared/list.styles.js';
import { renderAttribution, renderFeedError, renderLoading, renderStatusSlot } from '../shared/list-view.js';
import { renderCard } from '../shared/association-card.js';
import { renderAssociationDetail } from '../shared/association-detail.js';
import { loadFromSource, sourceVariant } from '../shared/source-readers.js';
import { sourceFormat } from '../../sources/format.js';
import { loadLinkedEventsOrganizer } from '../../sources/linkedevents/organizer.js';

/**
 * One association on its own, e.g. a sports department's partner club: its card,
 * and the same detail view as the directory.
 *
 * @tagname kumppani-card
 * @summary A single association's card from the feed.
 *
 * @attribute theme - `neutral` (default), `hds` or `suomifi`, with `dark` for the dark variant or `auto` for it when the device asks for dark.
 * @attribute lang - `fi`, `sv` or `en`; without it, the closest ancestor's `lang`, then the page's.
 *
 * @fires kumppani-load - The feed was loaded: `{ count (1 or 0), total, skipped, dropped }`.
 * @fires kumppani-error - The feed could not be shown: `{ kind, status?, message }`.
 * @fires kumppani-select - A resident opened the detail (cancelable): `{ association }`.
 *
 * @slot status - Holds the element's own polite status line (added by the element).
 *
 * @csspart card - The association's card.
 * @csspart card-heading - The heading that holds its name.
 * @csspart card-button - The name button that opens the detail view.
 * @csspart tag - A category or target-group label on the card.
 * @csspart status - The loading or "not found" line.
 * @csspart error - The error message.
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
 * @cssprop --kumppani-loading-height - Space the widget keeps while it loads, so what is below does not jump. Default 6rem.
 * @cssprop --kumppani-scroll-margin-top - Room kept above a focused control for a sticky header. Default the `scroll-offset` attribute, else 0.
 */
export class KumppaniCard extends LitElement {
  static override styles = listStyles;

  static override properties = {
    feed: { reflect: true },
    association: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    format: {},
    municipality: {},
    feedbackUrl: { attribute: 'feedback-url' },
    scrollOffset: { attribute: 'scroll-offset' },
  };

  /** URL of the feed's first page (required). */
  declare feed: string | undefined;
  /** The association's id in the feed, e.g. `ihimiset:1042`; with `format="linkedevents"`, the organizer's id. */
  declare association: string | undefined;
  /** Level of the card's name heading, 1–6. Default 3. */
  declare headingLevel: number;
  /**
   * `kumppani` (a feed in the contract, the default), `ptv` (the Finnish Service Catalogue's API at
   * `feed`) or `linkedevents` (an organizer of the Linked Events API at `feed`, with its next events).
   */
  declare format: string | undefined;
  /**
   * With `format="ptv"`: the association's municipality (code or name), which PTV is asked about.
   * With `format="linkedevents"`: the organizer's home (default: where most of its next events are).
   */
  declare municipality: string | undefined;

  /** Address (http(s) or `mailto:`) of the page's accessibility feedback channel: adds a "Report an accessibility problem" link. */
  declare feedbackUrl: string | undefined;
  /** Height in CSS px of the page's sticky header, so focused controls scroll clear of it. Default 0. */
  declare scrollOffset: string | undefined;

  readonly #language = new LocaleController(this);
  readonly #focusMover = new FocusController(this);
  readonly #feedLoader = new FeedController(this, {
    url: () => this.feed,
    serverThreshold: () => undefined,
    load: (url, signal) =>
      this.#linkedEvents
        ? loadLinkedEventsOrganizer(url, this.association ?? '', { signal, municipality: this.municipality })
        : loadFromSource('associations', this.format, url, this.municipality, signal),
    variant: () =>
      this.#linkedEvents
        ? `linkedevents ${this.association ?? ''} ${this.municipality ?? ''}`
        : sourceVariant(this.format, this.municipality),
    counts: (data) => ({ count: this.#found(data) ? 1 : 0, total: data.associations.length }),
  });
  readonly #dialog = new DialogController(this, this.#focusMover, {
    has: (id) => !!this.#feedLoader.data && this.#found(this.#feedLoader.data)?.id === id,
    openerOf: () => 'open-0',
    fallback: () => null,
  });

  constructor() {
    super();
    new ScrollOffsetController(this, () => this.scrollOffset);
    this.headingLevel = 3;
    new LiveStatusController(
      this,
      () => this.#statusText(),
      () => this.#locale.lang,
    );
    new UrlStateController(this, {
      prefix: 'c',
      read: (state) => this.#dialog.restore(typeof state['open'] === 'string' ? state['open'] : undefined),
      write: () => ({ open: this.#dialog.openId }),
      ready: () => this.#feedLoader.state === 'ready',
    });
  }

  /** Fetches the feed again (a CMS preview may call it after changing the feed's content). */
  reload(): Promise<void> {
    return this.#feedLoader.reload();
  }

  /** An organizer of Linked Events rather than an association of a feed or PTV. */
  get #linkedEvents(): boolean {
    return sourceFormat(this.format) === 'linkedevents';
  }

  get #locale() {
    return this.#language.locale;
  }

  /** The association, when the feed has it and it is active. */
  #found(data: FeedData): Association | undefined {
    return data.associations.find(
      (association) => association.id === this.association && association.status === 'active',
    );
  }

  #statusText(): string {
    const { state, data } = this.#feedLoader;
    if (data && state !== 'error' && !this.#found(data)) return this.#locale.strings.associationNotFound;
    return state === 'loading' && !data ? this.#locale.strings.directory.loading : '';
  }

  #labels(data: FeedData) {
    return { locale: this.#locale, taxonomy: data.taxonomy, municipalityNames: municipalityNames(data.associations) };
  }

  #open(association: Association, openerId: string): void {
    if (emit(this, 'kumppani-select', { association }, { cancelable: true }))
      this.#dialog.open(association.id, openerId);
  }

  protected override render(): TemplateResult {
    const { data, state } = this.#feedLoader;
    const association = data ? this.#found(data) : undefined;
    const retry = () =>
      void this.#feedLoader.reload().then(() => {
        if (this.#feedLoader.state === 'error') this.renderRoot.querySelector<HTMLElement>('#retry')?.focus();
      });
    return html`
      <section class="widget" lang=${this.#locale.lang}>
        ${
          association && data && state !== 'error'
            ? html`<div class="single">
                  ${renderCard(association, 0, {
                    ...this.#labels(data),
                    query: '',
                    headingLevel: this.headingLevel,
                    onOpen: (item, openerId) => this.#open(item, openerId),
                  })}
                </div>
                ${renderAttribution(data, this.#locale, this.feedbackUrl)}`
            : html`${renderStatusSlot()}
              ${
                state === 'error'
                  ? renderFeedError(this.#feedLoader, this.#locale, this.#locale.strings.directory, retry)
                  : data
                    ? nothing
                    : renderLoading('single')
              }
              ${renderAttribution(undefined, this.#locale, this.feedbackUrl)}`
        }
      </section>
      ${this.#dialog.render(this.#locale.lang, () =>
        association && data
          ? renderAssociationDetail(association, {
              ...this.#labels(data),
              source: data.source,
              events: data.events,
              tasks: data.tasks,
              onClose: () => this.#dialog.close(),
            })
          : nothing,
      )}
    `;
  }
}
