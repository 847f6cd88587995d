import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import type { Association, FeedData, FeedEvent } from '../../feed/types.js';
import { languageName, type Locale } from '../../i18n/index.js';
import type { ListTexts } from '../../i18n/strings.js';
import { eventTexts } from '../../i18n/event-locales.js';
import { dateText, dateWords } from '../../i18n/dates.js';
import { dayKey, wallTime } from '../../calendar/helsinki.js';
import { eventToIcs, icsDataUrl, icsFileName } from '../../calendar/ics.js';
import { emit } from '../../internal/events.js';
import { municipalityCodes, municipalityNames, parseList, resolveMunicipalityCodes } from '../../listing/scope.js';
import {
  EVENT_FACETS,
  WHEN_OPTIONS,
  countEventFacets,
  eventTimeText,
  groupByDay,
  matchesEventFilters,
  upcomingEvents,
  type EventFacet,
  type EventFacetCounts,
  type EventFilters,
} from '../../listing/events.js';
import { eventDocument } from '../../listing/documents.js';
import { KumppaniListElement } from '../shared/list-element.js';
import { eventsStyles } from './events.styles.js';
import { codeLabel, filterOptions, type FilterGroup } from '../shared/filters.js';
import { externalLink, headingTag } from '../directory/card.js';
import { mapUrl, paragraphs } from '../directory/detail.js';
import { label, localized } from '../shared/text.js';
import { own } from '../../internal/lookup.js';

/** The filter groups offered as checkboxes; `age` is a number box, a date range two date boxes. */
const CHECKBOX_FACETS = ['when', 'category', 'targetGroup', 'free', 'attendance', 'language', 'municipality'] as const;
const FILTER_KEYS: readonly EventFacet[] = [...CHECKBOX_FACETS, 'age'];
const RANGE = /^(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})$/;

/** A moment as "12.6.2027 klo 12.00" / "12.6.2027 kl. 12.00" / "12 June 2027, 12:00". */
function dateTimeText(iso: string, locale: Locale): string {
  const ms = Date.parse(iso);
  const words = dateWords(locale.lang);
  const wall = wallTime(ms);
  return words.at(dateText(dayKey(ms), locale), words.time(wall.hour, wall.minute));
}

/**
 * Upcoming events of the feed's associations, soonest first under date headings,
 * with search, filters and an "Add to calendar" file made in the browser.
 *
 * @summary Association event calendar.
 *
 * @fires kumppani-load - The feed was loaded: `{ count, total, skipped, dropped, pagingStopped? }`.
 * @fires kumppani-error - The feed could not be shown: `{ kind, status?, message }`.
 * @fires kumppani-select - A resident opened an event (cancelable): `{ event }`.
 * @fires kumppani-change - The search or filters changed: `{ query, filters, count }`.
 *
 * @csspart day-heading - A date heading ("Tänään", "la 14.6.2027").
 * @csspart badge - The "cancelled" or "postponed" mark.
 * @csspart calendar-link - The "Add to calendar" link in the detail view.
 * (and the same parts as `<kumppani-directory>`)
 */
export class KumppaniEvents extends KumppaniListElement<FeedEvent> {
  static override styles = eventsStyles;

  static override properties = {
    ...KumppaniListElement.properties,
    days: { type: Number },
    organizer: {},
    now: { attribute: false },
  };

  /** How many days ahead to list. Default 60. */
  declare days: number;
  /** Only this association's events (its feed id). */
  declare organizer: string | undefined;
  /** The moment the list is drawn for; the current time when unset (for previews and tests). */
  declare now: Date | undefined;

  protected readonly filterKeys = FILTER_KEYS;
  protected readonly sortOrders = ['date'];
  protected readonly urlPrefix = 'e';

  private associations = new Map<string, Association>();
  private scopedMunicipalities = new Set<string>();
  private counts: EventFacetCounts | undefined;

  constructor() {
    super();
    this.days = 60;
  }

  protected texts(): ListTexts {
    return eventTexts(this.locale.lang).events.list;
  }

  protected override feedTotal(data: FeedData): number {
    return data.events.length;
  }

  private get clock(): Date {
    return this.now ?? new Date();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (['days', 'organizer', 'now'].some((key) => changed.has(key))) {
      this.computeScope(this.data);
      this.computeResults();
    }
    super.willUpdate(changed);
  }

  protected computeScope(data: FeedData | undefined): void {
    if (!data) return;
    this.associations = new Map(data.associations.map((association) => [association.id, association]));
    const names = new Map(municipalityNames(data.associations));
    for (const event of data.events) {
      const municipality = event.location.municipality;
      if (municipality?.name) names.set(municipality.code, { ...municipality.name, ...names.get(municipality.code) });
    }
    this.muniNames = names;
    const requested = parseList(this.municipality);
    const municipalities = resolveMunicipalityCodes(requested, this.muniNames);
    const categories = new Set(parseList(this.category));
    const targetGroups = new Set(parseList(this.targetGroup));
    const overlaps = (values: readonly string[], wanted: ReadonlySet<string>) =>
      wanted.size === 0 || values.some((value) => wanted.has(value));
    // An event is in a municipality by its place; an online one by its organisers' municipalities.
    const inMunicipality = (event: FeedEvent): boolean => {
      if (requested.length === 0) return true;
      const code = event.location.municipality?.code;
      if (code) return municipalities.has(code);
      return event.organizerIds.some((id) => {
        const organizer = this.associations.get(id);
        return !!organizer && municipalityCodes(organizer).some((c) => municipalities.has(c));
      });
    };
    const scoped = upcomingEvents(data.events, {
      now: this.clock,
      days: this.days > 0 ? this.days : 60,
      lang: this.locale.lang,
    }).filter(
      (event) =>
        (!this.organizer || event.organizerIds.includes(this.organizer)) &&
        overlaps(event.categories, categories) &&
        overlaps(event.targetGroups, targetGroups) &&
        inMunicipality(event),
    );
    this.scopedMunicipalities = new Set(
      scoped.flatMap((event) => (event.location.municipality ? [event.location.municipality.code] : [])),
    );
    this.setScope(scoped, (event) => eventDocument(event, data.taxonomy, this.muniNames, this.associations));
  }

  protected computeResults(): void {
    // Events stay in time order under their dates (the scope's order); the search only chooses which.
    const matches = this.matchIndexes();
    const matched = matches ? Array.from(matches.sort(), (index) => this.scoped[index]!) : this.scoped;
    const filters = this.filters();
    this.counts = countEventFacets(matched, filters, this.clock);
    this.results = matched.filter((event) => matchesEventFilters(event, filters, this.clock));
  }

  private filters(): EventFilters {
    return Object.fromEntries(EVENT_FACETS.map((key) => [key, this.selected(key)])) as EventFilters;
  }

  protected filterGroups(data: FeedData): FilterGroup[] {
    const counts = this.counts;
    if (!counts) return [];
    const texts = eventTexts(this.locale.lang).events;
    const source = this.labelSource(data);
    const fixed = (facet: EventFacet, labels: Record<string, string>): FilterGroup => ({
      key: facet,
      legend: texts.filterGroups[facet as keyof typeof texts.filterGroups],
      options: Object.entries(labels)
        .map(([value, text]) => ({ value, label: text, count: counts[facet].get(value) ?? 0 }))
        .filter((option) => option.count > 0 || this.selected(facet).has(option.value)),
    });
    const coded = (facet: 'category' | 'targetGroup' | 'language' | 'municipality'): FilterGroup => ({
      key: facet,
      legend: texts.filterGroups[facet],
      options: filterOptions(facet, counts[facet], this.selected(facet), source, this.byLabel),
    });
    return [
      fixed('when', Object.fromEntries(WHEN_OPTIONS.map((value) => [value, texts.when[value]]))),
      coded('category'),
      coded('targetGroup'),
      fixed('free', { free: texts.free }),
      fixed('attendance', { online: texts.online, onsite: texts.onsite }),
      coded('language'),
      ...(this.scopedMunicipalities.size > 1 ? [coded('municipality')] : []),
    ];
  }

  protected chipLabel(key: string, value: string, data: FeedData): string {
    const texts = eventTexts(this.locale.lang).events;
    if (key === 'when') {
      const range = RANGE.exec(value);
      if (range) return `${dateText(range[1]!, this.locale)}–${dateText(range[2]!, this.locale)}`;
      return own(texts.when, value) ?? value;
    }
    if (key === 'free') return texts.free;
    if (key === 'attendance') return value === 'online' ? texts.online : texts.onsite;
    if (key === 'age') return `${texts.age} ${value}`;
    return codeLabel(key as 'category', value, this.labelSource(data))?.text ?? value;
  }

  // ---------------------------------------------------------------- age and date range

  private range(): [string, string] | undefined {
    for (const value of this.selected('when')) {
      const match = RANGE.exec(value);
      if (match) return [match[1]!, match[2]!];
    }
    return undefined;
  }

  private onRange(): void {
    const from = this.renderRoot.querySelector<HTMLInputElement>('#date-from')?.value ?? '';
    const to = this.renderRoot.querySelector<HTMLInputElement>('#date-to')?.value ?? '';
    const when = new Set([...this.selected('when')].filter((value) => !RANGE.test(value)));
    if (from || to) {
      const start = from || dayKey(this.clock.getTime());
      const end = to || start;
      when.add(start <= end ? `${start}/${end}` : `${end}/${start}`);
    }
    this.selections = { ...this.selections, when };
    this.pages = 1;
    void this.announceChange();
  }

  private onAge(event: Event): void {
    const value = (event.target as HTMLInputElement).value.trim();
    const age = Number(value);
    this.selections = {
      ...this.selections,
      age: new Set(value !== '' && Number.isInteger(age) && age >= 0 && age <= 120 ? [String(age)] : []),
    };
    this.pages = 1;
    void this.announceChange();
  }

  protected override extraFilters(): TemplateResult {
    const texts = eventTexts(this.locale.lang).events;
    const [from, to] = this.range() ?? ['', ''];
    const age = [...this.selected('age')][0] ?? '';
    return html`
      <fieldset class="filter-group" part="filter-group">
        <legend>${texts.filterGroups.when}</legend>
        <div class="field">
          <label for="date-from">${texts.dateFrom}</label>
          <input id="date-from" type="date" .value=${from} @change=${this.onRange} />
        </div>
        <div class="field">
          <label for="date-to">${texts.dateTo}</label>
          <input id="date-to" type="date" .value=${to} @change=${this.onRange} />
        </div>
        <div class="field">
          <label for="age">${texts.age}</label>
          <input id="age" type="number" inputmode="numeric" min="0" max="120" .value=${age} @change=${this.onAge} />
        </div>
      </fieldset>
    `;
  }

  // ---------------------------------------------------------------- items

  protected announceSelect(event: FeedEvent): boolean {
    return emit(this, 'kumppani-select', { event }, { cancelable: true });
  }

  protected override renderList(visible: readonly FeedEvent[]): TemplateResult {
    const dayTag = headingTag(this.headingLevel);
    let index = 0;
    return html`<div class="days">
      ${groupByDay(visible, this.locale, this.clock).map(
        (group) => staticHtml`
          <section class="day" aria-labelledby=${`day-${group.key}`}>
            <${dayTag} class="day-heading" part="day-heading" id=${`day-${group.key}`}>${group.heading}</${dayTag}>
            <ul class="list" part="list">
              ${group.events.map((event) => html`<li>${this.renderItem(event, index++)}</li>`)}
            </ul>
          </section>`,
      )}
    </div>`;
  }

  private status(event: FeedEvent): TemplateResult | typeof nothing {
    const texts = eventTexts(this.locale.lang).events;
    if (event.eventStatus === 'scheduled') return nothing;
    return html`<strong class="badge" part="badge"
      >${event.eventStatus === 'cancelled' ? texts.cancelled : texts.postponed}</strong
    >`;
  }

  private place(event: FeedEvent): TemplateResult {
    const { location } = event;
    const municipality = location.municipality
      ? (location.municipality.name ?? this.muniNames.get(location.municipality.code))
      : undefined;
    const parts = [
      location.name ? localized(location.name, this.locale) : nothing,
      municipality ? localized(municipality, this.locale) : nothing,
      location.onlineUrl && !location.name ? eventTexts(this.locale.lang).events.online : nothing,
    ].filter((part) => part !== nothing);
    return html`${parts.map((part, i) => html`${i > 0 ? ', ' : ''}${part}`)}`;
  }

  private organizers(event: FeedEvent): TemplateResult[] {
    return event.organizerIds.flatMap((id) => {
      const organizer = this.associations.get(id);
      if (!organizer) return [];
      const name = localized(organizer.name, this.locale);
      // Linked to the association's own details where the feed has them.
      const href = organizer.url ?? organizer.contact?.website;
      return [href ? externalLink(href, name) : html`${name}`];
    });
  }

  private price(event: FeedEvent): TemplateResult | string | typeof nothing {
    if (event.offer?.isFree) return eventTexts(this.locale.lang).events.free;
    return event.offer?.price ? localized(event.offer.price, this.locale) : nothing;
  }

  protected renderItem(event: FeedEvent, index: number): TemplateResult {
    const texts = eventTexts(this.locale.lang).events;
    const tag = headingTag(this.headingLevel + 1);
    const organizers = this.organizers(event);
    const price = this.price(event);
    return staticHtml`
      <article class=${`card event ${event.eventStatus}`} part="card" aria-labelledby=${`open-${index}`}>
        <${tag} class="card-heading" part="card-heading">
          <button id=${`open-${index}`} class="card-button" part="card-button" type="button" aria-haspopup="dialog"
            @click=${() => this.open(event, `open-${index}`)}
          >${localized(event.name, this.locale, this.query.trim())}</button>
        </${tag}>
        <p class="when"><time datetime=${event.startTime}>${eventTimeText(event, this.locale)}</time> ${this.status(event)}</p>
        <p class="info">${this.place(event)}</p>
        ${organizers.length > 0 ? html`<p class="info">${texts.organizers}: ${organizers.map((o, i) => html`${i > 0 ? ', ' : ''}${o}`)}</p>` : nothing}
        ${price !== nothing ? html`<p class="info">${price}</p>` : nothing}
      </article>`;
  }

  protected renderDetail(event: FeedEvent, data: FeedData): TemplateResult {
    const locale: Locale = this.locale;
    const strings = locale.strings;
    const texts = eventTexts(locale.lang).events;
    const start = Date.parse(event.startTime);
    const tags = [
      ...event.categories.map((code) => label(data.taxonomy.categories, code, locale)),
      ...event.targetGroups.map((code) => label(data.taxonomy.targetGroups, code, locale)),
    ].filter((entry) => entry !== nothing);
    const accessibility = event.accessibility
      .map((code) => label(data.taxonomy.accessibility, code, locale))
      .filter((entry) => entry !== nothing);
    const organizers = this.organizers(event);
    const price = this.price(event);
    const registration = event.registration;
    const map = mapUrl(event.location);
    const ics = eventToIcs(event, { lang: locale.lang, now: this.clock });
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
          <button class="button secondary close" part="detail-close" type="button" @click=${() => this.closeDetail()}>
            ${strings.close}
          </button>
        </div>
        <p class="when">
          <time datetime=${event.startTime}>${dateText(dayKey(start), locale)} ${eventTimeText(event, locale)}</time>
          ${this.status(event)}
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
            <dd>${this.place(event)}${address?.street ? html`, ${address.street}` : nothing}</dd>
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
}
