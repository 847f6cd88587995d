import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import type { ContactPoint, FeedEvent, Taxonomy } from '../../feed/types.js';
import { formatDate, formatTime, type Locale } from '../../i18n/index.js';
import { partnershipTexts } from '../../i18n/partnership.js';
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
            >${partnershipTexts(locale.lang).contact.fields}:
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
export function renderContactPoints(
  points: readonly ContactPoint[],
  context: { taxonomy: Taxonomy; locale: Locale; headingLevel: number },
): TemplateResult | typeof nothing {
  if (points.length === 0) return nothing;
  const { locale } = context;
  const tag = headingTag(context.headingLevel);
  return staticHtml`<section class="contact-points" part="contact-points">
    <${tag} class="card-heading">${partnershipTexts(locale.lang).contact.heading}</${tag}>
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
export function renderNextMeeting(
  meeting: FeedEvent | undefined,
  locale: Locale,
  href: string | undefined,
): TemplateResult | typeof nothing {
  if (!meeting) return nothing;
  const texts = partnershipTexts(locale.lang).contact;
  const when = `${formatDate(locale, meeting.startTime)} ${formatTime(locale, Date.parse(meeting.startTime))}`;
  const name = localized(meeting.name, locale);
  const target = href ?? meeting.infoUrl;
  return html`<p class="next-meeting" part="next-meeting">
    ${texts.nextMeeting}: ${when}, ${target ? html`<a href=${target}>${name}</a>` : name}
  </p>`;
}
