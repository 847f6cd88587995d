import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { ScrollOffsetController } from '../../controllers/page-fit.js';
import { eventTexts } from '../../i18n/event-locales.js';
import { LocaleController } from '../../controllers/locale.js';
import { FeedController } from '../../controllers/feed.js';
import { cornerScope, renderCorner } from '../shared/contact-points.js';
import { renderAttribution, renderFeedError, renderLoading } from '../shared/list-view.js';
import { listStyles } from '../shared/list.styles.js';

/**
 * The municipality's contact point(s) for associations from the feed: role,
 * unit, e-mail, phone and page, the person's name only with their consent,
 * and the fields of activity each covers when there are several; below them
 * the next meeting of the municipality with its associations.
 *
 * @tagname kumppani-contact
 * @summary The municipality's contact for associations.
 *
 * @attribute lang - `fi`, `sv` or `en`; without it, the closest ancestor's `lang`, then the page's.
 * @attribute theme - `neutral` (default), `hds` or `suomifi`, with `dark` for the dark variant or `auto` for it when the device asks for dark.
 *
 * @fires kumppani-load - The feed was loaded: `{ count, total, skipped, dropped, pagingStopped? }`.
 * @fires kumppani-error - The feed could not be shown: `{ kind, status?, message }`.
 *
 * @csspart contact-points - The section holding the contact points.
 * @csspart next-meeting - The line naming the next meeting for associations.
 * @csspart error - The error message.
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
export class KumppaniContact extends LitElement {
  static override styles = listStyles;

  static override properties = {
    feed: { reflect: true },
    municipality: {},
    category: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    meetings: {},
    feedbackUrl: { attribute: 'feedback-url' },
    scrollOffset: { attribute: 'scroll-offset' },
  };

  /** URL of the feed's first page (required). */
  declare feed: string | undefined;
  /** Address (http(s) or `mailto:`) of the page's accessibility feedback channel: adds a "Report an accessibility problem" link. */
  declare feedbackUrl: string | undefined;
  /** Height in CSS px of the page's sticky header, so focused controls scroll clear of it. Default 0. */
  declare scrollOffset: string | undefined;
  /** Statistics Finland codes or municipality names, comma-separated. Absent: every contact point of the feed. */
  declare municipality: string | undefined;
  /** Category codes, comma-separated: only the contact points for these fields of activity (and those for every field). Absent: all. */
  declare category: string | undefined;
  /** Level of the heading over the contact points, 1–6. Default 2. */
  declare headingLevel: number;
  /** Address of the page that lists the meetings for associations; the next meeting links there. */
  declare meetings: string | undefined;

  readonly #language = new LocaleController(this);
  readonly #feedLoader = new FeedController(this, {
    url: () => this.feed,
    serverThreshold: () => undefined,
    counts: (data) => ({
      count: cornerScope(data, this).points.length,
      total: data.contactPoints.length,
    }),
  });

  constructor() {
    super();
    new ScrollOffsetController(this, () => this.scrollOffset);
    this.headingLevel = 2;
  }

  /** Fetches the feed again (a CMS preview may call it after changing the feed's content). */
  reload(): Promise<void> {
    return this.#feedLoader.reload();
  }

  protected override render(): TemplateResult {
    const locale = this.#language.locale;
    const data = this.#feedLoader.data;
    return html`<section class="widget" lang=${locale.lang}>
      ${renderFeedError(this.#feedLoader, locale, eventTexts(locale.lang).premises.list, () => void this.#feedLoader.reload())}
      ${
        data
          ? renderCorner(data, locale, {
              municipality: this.municipality,
              category: this.category,
              headingLevel: this.headingLevel,
              meetings: this.meetings ?? null,
              none: eventTexts(locale.lang).contact.none,
            })
          : this.#feedLoader.state === 'error'
            ? nothing
            : renderLoading('single')
      }
      ${renderAttribution(data, locale, this.feedbackUrl)}
    </section>`;
  }
}
