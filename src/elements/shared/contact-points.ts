import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import type { ContactPoint, FeedData, FeedEvent, Taxonomy } from '../../feed/types.js';
import { formatDate, formatTime, type Locale } from '../../i18n/index.js';
import { eventTexts } from '../../i18n/event-locales.js';
import { contactPointsFor, municipalityScope, nextMeeting } from '../../listing/contacts.js';
import { municipalityNames } from '../../listing/scope.js';
import { parseList } from '../../internal/parse-list.js';
import { headingTag } from './heading.js';
import { contactLinks } from './links.js';
import { label, localized } from './text.js';

/** One contact point: role and unit, the name only where consent was given, e-mail, phone and page. */
function renderPoint(point: ContactPoint, taxonomy: Taxonomy, locale: Locale): TemplateResult {
  const fields = point.categories.map((code) => label(taxonomy.categories, code, locale)).filter((l) => l !== nothing);
  return html`<li>
    <span class="role">${localized(point.role, locale)}</span>
    ${point.unit ? html`<span>${localized(point.unit, locale)}</span>` : nothing}
    ${point.name ? html`<span>${point.name}</span>` : nothing}
    ${contactLinks({ contact: { email: point.email, phone: point.phone, website: point.url } }, locale)}
    ${
      fields.length > 0
        ? html`<span class="info"
            >${eventTexts(locale.lang).contact.fields}:
            ${fields.map((field, i) => html`${i ? ', ' : ''}${field}`)}</span
          >`
        : nothing
    }
  </li>`;
}

/**
 * The municipality's contact points for associations under one heading
 * ("Kunnan yhteyshenkilö yhdistyksille"); nothing when there are none.
 */
function renderContactPoints(
  points: readonly ContactPoint[],
  context: { taxonomy: Taxonomy; locale: Locale; headingLevel: number },
): TemplateResult | typeof nothing {
  if (points.length === 0) return nothing;
  const { locale } = context;
  const tag = headingTag(context.headingLevel);
  return staticHtml`<section class="contact-points" part="contact-points">
    <${tag} class="card-heading">${eventTexts(locale.lang).contact.heading}</${tag}>
    <ul class="people">
      ${points.map((point) => renderPoint(point, context.taxonomy, locale))}
    </ul>
  </section>`;
}

/**
 * "Kunnan ja yhdistysten seuraava tapaaminen: 14.1.2027 klo 17.00, Järjestöilta":
 * the meeting's name links to `href` (the page listing the meetings) or else to
 * the event's own page.
 */
function renderNextMeeting(
  meeting: FeedEvent | undefined,
  locale: Locale,
  href: string | undefined,
): TemplateResult | typeof nothing {
  if (!meeting) return nothing;
  const texts = eventTexts(locale.lang).contact;
  const when = `${formatDate(locale, meeting.startTime)} ${formatTime(locale, Date.parse(meeting.startTime))}`;
  const name = localized(meeting.name, locale);
  const target = href ?? meeting.infoUrl;
  return html`<p class="next-meeting" part="next-meeting">
    ${texts.nextMeeting}: ${when}, ${target ? html`<a href=${target}>${name}</a>` : name}
  </p>`;
}

/** The webmaster's `meetings` address when it is a web page: http(s), a path on the same site, or a part of this page. */
const meetingsPage = (value: string | null) => (value && /^(https?:\/\/|\/(?!\/)|#)/i.test(value) ? value : undefined);

export interface CornerOptions {
  /** The element's `municipality` attribute: codes or names, comma-separated; absent: the whole feed. */
  municipality: string | undefined;
  /** The element's `category` attribute: category codes, comma-separated; absent: every field of activity. */
  category: string | undefined;
  headingLevel: number;
  /** The element's `meetings` attribute: the page that lists the meetings. */
  meetings: string | null;
  /** Said when the municipality has named no contact; without it, nothing is said. */
  none?: string;
}

/**
 * The element's municipalities (undefined: the whole feed), and the contact points
 * of those municipalities and of its fields of activity.
 */
export function cornerScope(
  data: FeedData,
  scope: Pick<CornerOptions, 'municipality' | 'category'>,
): { codes: ReadonlySet<string> | undefined; points: ContactPoint[] } {
  const codes = municipalityScope(scope.municipality, municipalityNames(data.associations));
  return { codes, points: contactPointsFor(data.contactPoints, codes, new Set(parseList(scope.category))) };
}

/**
 * The municipality's corner for associations: its contact points and the next
 * meeting with them; nothing when there is neither (and no `none` to say).
 */
export function renderCorner(data: FeedData, locale: Locale, options: CornerOptions): TemplateResult | typeof nothing {
  const { codes, points } = cornerScope(data, options);
  const meeting = nextMeeting(data.events, codes, new Date());
  if (!points.length && !meeting && !options.none) return nothing;
  return html`<div class="corner">
    ${
      points.length || !options.none
        ? renderContactPoints(points, { taxonomy: data.taxonomy, locale, headingLevel: options.headingLevel })
        : html`<p class="info">${options.none}</p>`
    }
    ${renderNextMeeting(meeting, locale, meetingsPage(options.meetings))}
  </div>`;
}
