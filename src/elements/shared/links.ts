import { html, nothing, type TemplateResult } from 'lit';
import type { Association, ContactPerson } from '../../feed/types.js';
import type { Locale } from '../../i18n/index.js';
import { contactHref, encodeComponent } from '../../internal/links.js';
import { formatPhone } from '../../i18n/phone.js';
import { localized } from './text.js';

/** A link out of the page: it never tells the target where the resident came from. */
export function externalLink(href: string, content: unknown, part = ''): TemplateResult {
  return html`<a href=${href} rel="noopener noreferrer" part=${part || nothing}>${content}</a>`;
}

/** A link to OpenStreetMap: at the coordinates when the feed gives them, else a search for the address. */
export function mapUrl(place: Pick<Association, 'geo' | 'address'>): string | undefined {
  const { geo, address } = place;
  if (geo) {
    const lat = geo.lat.toFixed(5);
    const lon = geo.lon.toFixed(5);
    return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=16/${lat}/${lon}`;
  }
  const parts = [address?.street, address?.postalCode, address?.postOffice].filter(Boolean);
  if (parts.length === 0) return undefined;
  return `https://www.openstreetmap.org/search?query=${encodeComponent(parts.join(', '))}`;
}

/** An association of the feed by its name, linked to its own page where the feed has one. */
export function associationLink(association: Association, locale: Locale): TemplateResult {
  const name = localized(association.name, locale);
  const href = association.url ?? association.contact?.website;
  return href ? externalLink(href, name) : html`${name}`;
}

/** Website, e-mail and phone links, built by the widget from validated values. */
export function contactLinks(association: Pick<Association, 'contact'>, locale: Locale): TemplateResult[] {
  const strings = locale.strings;
  const contact = association.contact;
  const links: TemplateResult[] = [];
  if (contact?.website) links.push(externalLink(contact.website, strings.website));
  const mailto = contact?.email ? contactHref('email', contact.email) : undefined;
  if (contact?.email && mailto) {
    links.push(html`<a href=${mailto}><span class="visually-hidden">${strings.email}: </span>${contact.email}</a>`);
  }
  const tel = contact?.phone ? contactHref('phone', contact.phone) : undefined;
  if (contact?.phone && tel) {
    links.push(
      html`<a href=${tel}><span class="visually-hidden">${strings.phone}: </span>${formatPhone(contact.phone)}</a>`,
    );
  }
  return links;
}

/** Whether a contact person can be reached or named (the feed keeps only the role without consent). */
export function isReachable(person: ContactPerson): boolean {
  return !!(person.name || person.email || person.phone);
}

/** One role-based contact: the role, the name only where consent was given, e-mail and phone links. */
export function contactPerson(person: ContactPerson, locale: Locale): TemplateResult {
  const tel = person.phone ? contactHref('phone', person.phone) : undefined;
  const mailto = person.email ? contactHref('email', person.email) : undefined;
  return html`<span class="role">${localized(person.role, locale)}</span>
    ${person.name ? html`<span>${person.name}</span>` : nothing}
    ${person.email && mailto ? html`<a href=${mailto}>${person.email}</a>` : nothing}
    ${person.phone && tel ? html`<a href=${tel}>${formatPhone(person.phone)}</a>` : nothing}`;
}
