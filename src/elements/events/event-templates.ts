import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import type { Association, FeedData, FeedEvent, LocalizedText } from '../../feed/types.js';
import { languageName, type Locale } from '../../i18n/index.js';
import { eventTexts } from '../../i18n/event-locales.js';
import { dateText, dateWords } from '../../i18n/dates.js';
import { dayKey, wallTime } from '../../calendar/helsinki.js';
import { eventToIcs, icsDataUrl, icsFileName } from '../../calendar/ics.js';
import { eventTimeText, groupByDay } from '../../listing/events.js';
import { headingTag } from '../shared/heading.js';
import { externalLink, mapUrl } from '../shared/links.js';
import { label, localized, paragraphs, shownTargetGroups } from '../shared/text.js';

export interface EventContext {
  locale: Locale;
  /** The feed's associations by id: the events' organisers. */
  associations: ReadonlyMap<string, Association>;
  municipalityNames: ReadonlyMap<string, LocalizedText>;
  /** The typed words, to mark in names. */
  query: string;
  /** Level of the date headings; event names are one below. */
  headingLevel: number;
  now: Date;
  /** An organiser's name when it is not one of the feed's associations (a real API's publisher). */
  organizerName?: (id: string) => string | undefined;
  onOpen: (event: FeedEvent, openerId: string) => void;
  onClose: () => void;
}

/** A moment as "12.6.2027 klo 12.00" / "12.6.2027 kl. 12.00" / "12 June 2027, 12:00". */
function dateTimeText(iso: string, locale: Locale): string {
  const ms = Date.parse(iso);
  const words = dateWords(locale.lang);
  const wall = wallTime(ms);
  return words.at(dateText(dayKey(ms), locale), words.time(wall.hour, wall.minute));
}

/** The visible events under their date headings. */
export function renderEventDays(visible: readonly FeedEvent[], ctx: EventContext): TemplateResult {
  const dayTag = headingTag(ctx.headingLevel);
  let index = 0;
  return html`<div class="days">
    ${groupByDay(visible, ctx.locale, ctx.now).map(
      (group) => staticHtml`
          <section class="day" aria-labelledby=${`day-${group.key}`}>
            <${dayTag} class="day-heading" part="day-heading" id=${`day-${group.key}`}>${group.heading}</${dayTag}>
            <ul class="list" part="list">
              ${group.events.map((event) => html`<li>${renderEventItem(event, index++, ctx)}</li>`)}
            </ul>
          </section>`,
    )}
  </div>`;
}

/** The "cancelled" or "postponed" mark, in words (not only a colour). */
export function statusBadge(event: FeedEvent, locale: Locale): TemplateResult | typeof nothing {
  const texts = eventTexts(locale.lang).events;
  if (event.eventStatus === 'scheduled') return nothing;
  return html`<strong class="badge" part="badge"
    >${event.eventStatus === 'cancelled' ? texts.cancelled : texts.postponed}</strong
  >`;
}

/** The place's name and municipality, or "online". */
function place(event: FeedEvent, ctx: EventContext): TemplateResult {
  const { location } = event;
  const municipality = location.municipality
    ? (location.municipality.name ?? ctx.municipalityNames.get(location.municipality.code))
    : undefined;
  const parts = [
    location.name ? localized(location.name, ctx.locale) : nothing,
    municipality ? localized(municipality, ctx.locale) : nothing,
    location.onlineUrl && !location.name ? eventTexts(ctx.locale.lang).events.online : nothing,
  ].filter((part) => part !== nothing);
  return html`${parts.map((part, i) => html`${i > 0 ? ', ' : ''}${part}`)}`;
}

/** The organisers' names, linked to their own pages where the feed has them. */
function organizerLinks(event: FeedEvent, ctx: EventContext): TemplateResult[] {
  return event.organizerIds.flatMap((id) => {
    const organizer = ctx.associations.get(id);
    if (!organizer) {
      const name = ctx.organizerName?.(id);
      return name ? [html`${name}`] : [];
    }
    const name = localized(organizer.name, ctx.locale);
    // Linked to the association's own details where the feed has them.
    const href = organizer.url ?? organizer.contact?.website;
    return [href ? externalLink(href, name) : html`${name}`];
  });
}

function priceText(event: FeedEvent, locale: Locale): TemplateResult | string | typeof nothing {
  if (event.offer?.isFree) return eventTexts(locale.lang).events.free;
  return event.offer?.price ? localized(event.offer.price, locale) : nothing;
}

/** One event as an `article`; its name heading holds the button that opens the detail. */
export function renderEventItem(event: FeedEvent, index: number, ctx: EventContext): TemplateResult {
  const texts = eventTexts(ctx.locale.lang).events;
  const tag = headingTag(ctx.headingLevel + 1);
  const organizers = organizerLinks(event, ctx);
  const price = priceText(event, ctx.locale);
  return staticHtml`
      <article class=${`card event ${event.eventStatus}`} part="card" aria-labelledby=${`open-${index}`}>
        <${tag} class="card-heading" part="card-heading">
          <button id=${`open-${index}`} class="card-button" part="card-button" type="button" aria-haspopup="dialog"
            @click=${() => ctx.onOpen(event, `open-${index}`)}
          >${localized(event.name, ctx.locale, ctx.query)}</button>
        </${tag}>
        <p class="when"><time datetime=${event.startTime}>${eventTimeText(event, ctx.locale)}</time> ${statusBadge(event, ctx.locale)}</p>
        <p class="info">${place(event, ctx)}</p>
        ${organizers.length > 0 ? html`<p class="info">${texts.organizers}: ${organizers.map((o, i) => html`${i > 0 ? ', ' : ''}${o}`)}</p>` : nothing}
        ${price !== nothing ? html`<p class="info">${price}</p>` : nothing}
      </article>`;
}

/** The event's detail view, with the "Add to calendar" file made in the browser. */
export function renderEventDetail(event: FeedEvent, data: FeedData, ctx: EventContext): TemplateResult {
  const locale: Locale = ctx.locale;
  const strings = locale.strings;
  const texts = eventTexts(locale.lang).events;
  const start = Date.parse(event.startTime);
  const tags = [
    ...event.categories.map((code) => label(data.taxonomy.categories, code, locale)),
    ...shownTargetGroups(event.targetGroups).map((code) => label(data.taxonomy.targetGroups, code, locale)),
  ].filter((entry) => entry !== nothing);
  const accessibility = event.accessibility
    .map((code) => label(data.taxonomy.accessibility, code, locale))
    .filter((entry) => entry !== nothing);
  const organizers = organizerLinks(event, ctx);
  const price = priceText(event, ctx.locale);
  const registration = event.registration;
  const map = mapUrl(event.location);
  const ics = eventToIcs(event, { lang: locale.lang, now: ctx.now });
  const address = event.location.address;
  const ages =
    event.ageMin !== undefined || event.ageMax !== undefined
      ? texts.ages(
          event.ageMin === undefined ? '' : String(event.ageMin),
          event.ageMax === undefined ? '' : String(event.ageMax),
        )
      : undefined;
  return html`
    <div class="detail-body">
      <div class="detail-header">
        <h2 id="detail-heading">${localized(event.name, locale)}</h2>
        <button class="button secondary close" part="detail-close" type="button" @click=${() => ctx.onClose()}>
          ${strings.close}
        </button>
      </div>
      <p class="when">
        <time datetime=${event.startTime}>${dateText(dayKey(start), locale)} ${eventTimeText(event, locale)}</time>
        ${statusBadge(event, ctx.locale)}
      </p>
      ${event.shortDescription ? html`<p class="lead">${localized(event.shortDescription, locale)}</p>` : nothing}
      ${
        tags.length > 0
          ? html`<ul class="tags">
              ${tags.map((tag) => html`<li part="tag">${tag}</li>`)}
            </ul>`
          : nothing
      }
      ${
        event.description
          ? html`<section class="detail-section">
              <h3>${strings.description}</h3>
              ${paragraphs(event.description, locale)}
            </section>`
          : nothing
      }
      <dl class="facts">
        <div>
          <dt>${texts.place}</dt>
          <dd>${place(event, ctx)}${address?.street ? html`, ${address.street}` : nothing}</dd>
        </div>
        ${
          organizers.length > 0
            ? html`<div>
                <dt>${texts.organizers}</dt>
                <dd>${organizers.map((o, i) => html`${i > 0 ? ', ' : ''}${o}`)}</dd>
              </div>`
            : nothing
        }
        ${
          price !== nothing
            ? html`<div>
                <dt>${texts.price}</dt>
                <dd>${price}</dd>
              </div>`
            : nothing
        }
        ${
          ages
            ? html`<div>
                <dt>${texts.age}</dt>
                <dd>${ages}</dd>
              </div>`
            : nothing
        }
        ${
          event.languages.length > 0
            ? html`<div>
                <dt>${strings.languages}</dt>
                <dd>${event.languages.map((code) => languageName(locale, code)).join(', ')}</dd>
              </div>`
            : nothing
        }
        ${
          registration?.required || registration?.url
            ? html`<div>
                <dt>${texts.registration}</dt>
                <dd>
                  ${registration.required ? texts.registrationRequired : nothing}
                  ${
                    registration.deadline
                      ? texts.registrationDeadline(dateTimeText(registration.deadline, locale))
                      : nothing
                  }
                  ${registration.url ? html` ${externalLink(registration.url, texts.register)}` : nothing}
                </dd>
              </div>`
            : nothing
        }
      </dl>
      ${
        accessibility.length > 0
          ? html`<section class="detail-section">
              <h3>${strings.accessibility}</h3>
              <ul>
                ${accessibility.map((a) => html`<li>${a}</li>`)}
              </ul>
            </section>`
          : nothing
      }
      <ul class="links">
        ${event.location.onlineUrl ? html`<li>${externalLink(event.location.onlineUrl, texts.online)}</li>` : nothing}
        ${map ? html`<li>${externalLink(map, strings.showOnMap)}</li>` : nothing}
        ${(event.infoUrl ?? event.offer?.infoUrl) ? html`<li>${externalLink((event.infoUrl ?? event.offer?.infoUrl)!, texts.moreInfo)}</li>` : nothing}
        <li>
          <a part="calendar-link" href=${icsDataUrl(ics)} download=${icsFileName(event, locale.lang)}
            >${texts.addToCalendar}</a
          >
        </li>
      </ul>
    </div>
  `;
}
