import { LitElement, html, nothing, type TemplateResult } from 'lit';
import type { FeedData } from '../../feed/types.js';
import { partnershipTexts } from '../../i18n/partnership.js';
import type { ListTexts } from '../../i18n/strings.js';
import { parseList } from '../../internal/parse-list.js';
import { contactPointsFor } from '../../listing/contacts.js';
import { municipalityNames, resolveMunicipalityCodes } from '../../listing/scope.js';
import { LocaleController } from '../../controllers/locale.js';
import { FeedController } from '../../controllers/feed.js';
import { LiveStatusController } from '../../controllers/status.js';
import { renderContactPoints } from '../shared/contact-points.js';
import { renderAttribution, renderFeedError, renderLoading, renderStatusSlot } from '../shared/list-view.js';
import { listStyles } from '../shared/list.styles.js';

/**
 * The municipality's contact point(s) for associations from the feed: role,
 * unit, e-mail, phone and page, the person's name only with their consent,
 * and the fields of activity each covers when there are several.
 *
 * @tagname kumppani-contact
 * @summary The municipality's contact for associations.
 *
 * @attribute lang - `fi`, `sv` or `en`; without it, the closest ancestor's `lang`, then the page's.
 *
 * @fires kumppani-load - The feed was loaded: `{ count, total, skipped, dropped, pagingStopped? }`.
 * @fires kumppani-error - The feed could not be shown: `{ kind, status?, message }`.
 *
 * @slot status - Holds the element's own polite status line (added by the element).
 *
 * @csspart contact-points - The section holding the contact points.
 * @csspart error - The error message.
 * @csspart attribution - The data source line.
 *
 * @cssprop --kumppani-color-accent - Links, buttons and selected controls. Default #005a9c.
 * @cssprop --kumppani-color-on-accent - Text on accent-coloured buttons. Default #ffffff.
 * @cssprop --kumppani-color-surface - Card and dialog background. Default #ffffff.
 * @cssprop --kumppani-color-border - Borders of cards and controls. Default #6e6e6e.
 * @cssprop --kumppani-color-text-muted - Secondary text. Default #4f4f4f.
 * @cssprop --kumppani-color-focus - The focus outline. Default #005a9c.
 * @cssprop --kumppani-color-error - The error message's border. Default #b00020.
 * @cssprop --kumppani-radius - Corner radius. Default 0.375rem.
 * @cssprop --kumppani-spacing - The base spacing unit. Default 1rem.
 */
export class KumppaniContact extends LitElement {
  static override styles = listStyles;

  static override properties = {
    feed: { reflect: true },
    municipality: {},
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  /** URL of the feed's first page (required). */
  declare feed: string | undefined;
  /** Statistics Finland codes or municipality names, comma-separated. Absent: every contact point of the feed. */
  declare municipality: string | undefined;
  /** Level of the heading over the contact points, 1–6. Default 2. */
  declare headingLevel: number;

  readonly #language = new LocaleController(this);
  readonly #feedLoader = new FeedController(this, {
    url: () => this.feed,
    serverThreshold: () => undefined,
    counts: (data) => ({ count: this.#points(data).length, total: data.contactPoints.length }),
  });

  constructor() {
    super();
    this.headingLevel = 2;
    new LiveStatusController(
      this,
      () => this.#statusText(),
      () => this.#language.locale.lang,
    );
  }

  /** Fetches the feed again (a CMS preview may call it after changing the feed's content). */
  reload(): Promise<void> {
    return this.#feedLoader.reload();
  }

  #points(data: FeedData) {
    const names = municipalityNames(data.associations);
    return contactPointsFor(data.contactPoints, resolveMunicipalityCodes(parseList(this.municipality), names));
  }

  #errorTexts(): ListTexts {
    const texts = partnershipTexts(this.#language.locale.lang);
    return { ...texts.premises.list, errors: texts.errors(texts.about.contact) };
  }

  /** Loading, or that the municipality has named no one; the contact points speak for themselves. */
  #statusText(): string {
    const texts = partnershipTexts(this.#language.locale.lang).contact;
    const data = this.#feedLoader.data;
    if (this.#feedLoader.state === 'loading' && !data) return texts.loading;
    if (!data || this.#feedLoader.state === 'error') return '';
    return this.#points(data).length === 0 ? texts.none : '';
  }

  protected override render(): TemplateResult {
    const locale = this.#language.locale;
    const data = this.#feedLoader.data;
    return html`<section class="widget" lang=${locale.lang}>
      ${renderStatusSlot()}
      ${renderFeedError(this.#feedLoader, locale, this.#errorTexts(), () => void this.#feedLoader.reload())}
      ${
        data
          ? renderContactPoints(this.#points(data), {
              taxonomy: data.taxonomy,
              locale,
              headingLevel: this.headingLevel,
            })
          : this.#feedLoader.state === 'error'
            ? nothing
            : renderLoading()
      }
      ${renderAttribution(data, locale)}
    </section>`;
  }
}
