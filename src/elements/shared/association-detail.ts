import { html, nothing, type TemplateResult } from 'lit';
import type { Association, FeedEvent, FeedSource, LocalizedText, Taxonomy, VolunteerTask } from '../../feed/types.js';
import { formatDate, languageName, pickText, type Locale } from '../../i18n/index.js';
import { activitiesOf } from '../../listing/activities.js';
import { contactLinks, contactPerson, externalLink, isReachable, mapUrl } from './links.js';
import { contactHref } from '../../internal/links.js';
import { label, localized, paragraphs, shownTargetGroups } from './text.js';

export interface DetailContext {
  locale: Locale;
  taxonomy: Taxonomy;
  municipalityNames: ReadonlyMap<string, LocalizedText>;
  source: FeedSource | undefined;
  /** The feed's events and tasks, to list this association's upcoming ones. */
  events: readonly FeedEvent[];
  tasks: readonly VolunteerTask[];
  onClose: () => void;
}

/** A logo that does not load is left out, not shown as a broken image with its alt text. */
function hideBrokenImage(event: Event): void {
  (event.target as HTMLImageElement).hidden = true;
}

export function section(title: string, content: unknown): TemplateResult {
  return html`<section class="detail-section">
    <h3>${title}</h3>
    ${content}
  </section>`;
}

export function list(items: unknown[], className = ''): TemplateResult {
  return html`<ul class=${className || nothing}>
    ${items.map((item) => html`<li>${item}</li>`)}
  </ul>`;
}

export function renderAssociationDetail(association: Association, context: DetailContext): TemplateResult {
  const { locale, taxonomy } = context;
  const strings = locale.strings;
  const municipalityName = (code: string, name?: LocalizedText) =>
    localized(name ?? context.municipalityNames.get(code) ?? { fi: code }, locale);

  const tags = [
    ...association.categories.map((code) => label(taxonomy.categories, code, locale)),
    ...association.themes.map((code) => label(taxonomy.themes, code, locale)),
    ...shownTargetGroups(association.targetGroups).map((code) => label(taxonomy.targetGroups, code, locale)),
  ].filter((entry) => entry !== nothing);
  const accessibility = association.accessibility
    .map((code) => label(taxonomy.accessibility, code, locale))
    .filter((entry) => entry !== nothing);
  const address = association.address;
  const addressLines = address
    ? [address.street, [address.postalCode, address.postOffice].filter(Boolean).join(' ')].filter(Boolean)
    : [];
  const map = mapUrl(association);
  const links = contactLinks(association, locale);
  const social = association.contact?.social ?? [];
  const membership = association.membership;
  const sourceName = pickText(context.source?.name, locale.lang)?.text;
  const logoAlt = pickText(association.logo?.alt, locale.lang)?.text;
  const activities = activitiesOf(association.id, context.events, context.tasks, Date.now());

  return html`
    <div class="detail-body">
      <div class="detail-header">
        <h2 id="detail-heading">${localized(association.name, locale)}</h2>
        <button class="button secondary close" part="detail-close" type="button" @click=${context.onClose}>
          ${strings.close}
        </button>
      </div>
      ${
        association.logo
          ? html`<img
              class="logo"
              src=${association.logo.url}
              alt=${logoAlt ?? ''}
              loading="lazy"
              decoding="async"
              referrerpolicy="no-referrer"
              @error=${hideBrokenImage}
            />`
          : nothing
      }
      ${
        association.shortDescription
          ? html`<p class="lead">${localized(association.shortDescription, locale)}</p>`
          : nothing
      }
      ${
        tags.length > 0
          ? html`<ul class="tags">
              ${tags.map((tag) => html`<li part="tag">${tag}</li>`)}
            </ul>`
          : nothing
      }
      ${association.description ? section(strings.description, paragraphs(association.description, locale)) : nothing}
      ${
        links.length > 0 || addressLines.length > 0
          ? section(
              strings.contact,
              html`${
                addressLines.length > 0
                  ? html`<p class="address">
                      <span class="visually-hidden">${strings.address}: </span>${addressLines.map(
                        (line, index) => html`${index > 0 ? html`<br />` : nothing}${line}`,
                      )}
                    </p>`
                  : nothing
              }
              ${map ? html`<p>${externalLink(map, strings.showOnMap)}</p>` : nothing}
              ${links.length > 0 ? list(links, 'links') : nothing}`,
            )
          : nothing
      }
      ${accessibility.length > 0 ? section(strings.accessibility, list(accessibility)) : nothing}
      ${
        social.length > 0
          ? section(
              strings.social,
              list(
                social.map((link) => externalLink(link.url, strings.socialServices[link.service])),
                'links',
              ),
            )
          : nothing
      }
      ${renderContactPersons(association, locale)}
      ${
        membership && (membership.openToNewMembers !== undefined || membership.joinUrl)
          ? section(
              strings.membership,
              html`${
                membership.openToNewMembers === true
                  ? html`<p>${strings.openToNewMembers}</p>`
                  : membership.openToNewMembers === false
                    ? html`<p>${strings.notTakingMembers}</p>`
                    : nothing
              }
              ${membership.joinUrl ? html`<p>${externalLink(membership.joinUrl, strings.join)}</p>` : nothing}`,
            )
          : nothing
      }
      ${
        activities.events.length > 0
          ? section(
              strings.upcomingEvents,
              list(
                activities.events.map((event) => {
                  const name = localized(event.name, locale);
                  return html`<time datetime=${event.startTime}>${formatDate(locale, event.startTime)}</time>
                    ${event.infoUrl ? externalLink(event.infoUrl, name) : name}`;
                }),
                'people',
              ),
            )
          : nothing
      }
      ${
        activities.tasks.length > 0
          ? section(
              strings.volunteerTasks,
              list(
                activities.tasks.map((task) =>
                  task.applyUrl
                    ? externalLink(task.applyUrl, localized(task.title, locale))
                    : localized(task.title, locale),
                ),
              ),
            )
          : nothing
      }
      <dl class="facts">
        <div>
          <dt>${strings.homeMunicipality}</dt>
          <dd>${municipalityName(association.municipality.code, association.municipality.name)}</dd>
        </div>
        ${
          association.areaServed.length > 0
            ? html`<div>
                <dt>${strings.areaServed}</dt>
                <dd>
                  ${association.areaServed.map(
                    (area, index) => html`${index > 0 ? ', ' : ''}${municipalityName(area.code, area.name)}`,
                  )}
                </dd>
              </div>`
            : nothing
        }
        ${
          association.languages.length > 0
            ? html`<div>
                <dt>${strings.languages}</dt>
                <dd>${association.languages.map((code) => languageName(locale, code)).join(', ')}</dd>
              </div>`
            : nothing
        }
        ${
          association.registryNumber
            ? html`<div>
                <dt>${strings.registryNumber}</dt>
                <dd>${association.registryNumber}</dd>
              </div>`
            : nothing
        }
      </dl>
      <p class="updated">${strings.updated(formatDate(locale, association.updatedAt))}</p>
      ${
        association.url && sourceName
          ? html`<p>${externalLink(association.url, strings.sourcePage(sourceName))}</p>`
          : association.url
            ? html`<p>${externalLink(association.url, strings.sourcePage(new URL(association.url).host))}</p>`
            : nothing
      }
    </div>
  `;
}

/**
 * The contact persons who can be reached; those whose details are withheld (no consent)
 * as their roles with the association's e-mail, or not at all when it has none.
 */
function renderContactPersons(association: Association, locale: Locale): TemplateResult | typeof nothing {
  const strings = locale.strings;
  const reachable = association.contactPersons.filter(isReachable);
  const withheld = association.contactPersons.filter((person) => !isReachable(person));
  const email = association.contact?.email;
  const mailto = email ? contactHref('email', email) : undefined;
  const roles = new Intl.ListFormat(locale.intl, { type: 'conjunction' }).format(
    withheld.map((person) => pickText(person.role, locale.lang)?.text ?? '').filter(Boolean),
  );
  const viaAssociation =
    roles && mailto ? html`<p>${strings.contactVia(roles)} <a href=${mailto}>${email}</a></p>` : nothing;
  if (reachable.length === 0 && viaAssociation === nothing) return nothing;
  return section(
    strings.contactPersons,
    html`${
      reachable.length > 0
        ? list(
            reachable.map((person) => contactPerson(person, locale)),
            'people',
          )
        : nothing
    }
    ${viaAssociation}`,
  );
}
