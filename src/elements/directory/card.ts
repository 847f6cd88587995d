import { nothing, type TemplateResult } from 'lit';
import { html, literal, type StaticValue } from 'lit/static-html.js';

/* eslint-disable lit/binding-positions, lit/no-invalid-html -- the heading's tag is a static literal, which these rules cannot see */
import type { Association, LocalizedText, Taxonomy } from '../../feed/types.js';
import { contactHref } from '../../internal/links.js';
import { languageName, type Locale } from '../../i18n/index.js';
import { localized, label } from '../shared/text.js';

const HEADINGS: readonly StaticValue[] = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

export function headingTag(level: number): StaticValue {
  const index = Number.isFinite(level) ? Math.min(6, Math.max(1, Math.round(level))) - 1 : 2;
  return HEADINGS[index] ?? literal`h3`;
}

export interface CardContext {
  locale: Locale;
  taxonomy: Taxonomy;
  municipalityNames: ReadonlyMap<string, LocalizedText>;
  query: string;
  headingLevel: number;
  onOpen: (association: Association, openerId: string) => void;
}

export function externalLink(href: string, content: unknown, part = ''): TemplateResult {
  return html`<a href=${href} rel="noopener noreferrer" part=${part || nothing}>${content}</a>`;
}

/** Website, e-mail and phone links, built by the widget from validated values. */
export function contactLinks(association: Association, locale: Locale): TemplateResult[] {
  const strings = locale.strings;
  const contact = association.contact;
  const links: TemplateResult[] = [];
  if (contact?.website) links.push(externalLink(contact.website, strings.website));
  const mail = contact?.email ? contactHref('email', contact.email) : undefined;
  if (contact?.email && mail) {
    links.push(html`<a href=${mail}><span class="visually-hidden">${strings.email}: </span>${contact.email}</a>`);
  }
  const tel = contact?.phone ? contactHref('phone', contact.phone) : undefined;
  if (contact?.phone && tel) {
    links.push(html`<a href=${tel}><span class="visually-hidden">${strings.phone}: </span>${contact.phone}</a>`);
  }
  return links;
}

/**
 * One association as `article`: the name heading holds the one button that opens
 * the detail; contact links sit beside it, never inside it.
 */
export function renderCard(association: Association, index: number, context: CardContext): TemplateResult {
  const { locale, taxonomy } = context;
  const strings = locale.strings;
  const tag = headingTag(context.headingLevel);
  const openerId = `open-${index}`;
  const labels = [
    ...association.categories.map((code) => label(taxonomy.categories, code, locale)),
    ...association.targetGroups.map((code) => label(taxonomy.targetGroups, code, locale)),
  ].filter((entry) => entry !== nothing);
  const municipality = association.municipality.name ?? context.municipalityNames.get(association.municipality.code);
  const links = contactLinks(association, locale);
  const languages = association.languages.map((code) => languageName(locale, code)).join(', ');

  return html`
    <article class="card" part="card" aria-labelledby=${openerId}>
      <${tag} class="card-heading" part="card-heading">
        <button
          id=${openerId}
          class="card-button"
          part="card-button"
          type="button"
          aria-haspopup="dialog"
          @click=${() => context.onOpen(association, openerId)}
        >${localized(association.name, locale, context.query)}</button>
      </${tag}>
      ${
        association.shortDescription
          ? html`<p class="short">${localized(association.shortDescription, locale, context.query)}</p>`
          : nothing
      }
      <p class="meta">
        ${municipality ? html`<span>${localized(municipality, locale)}</span>` : nothing}
        ${languages ? html`<span>${strings.languagesList(languages)}</span>` : nothing}
      </p>
      ${
        labels.length > 0
          ? html`<ul class="tags" aria-label=${strings.labelsOf}>
              ${labels.map((entry) => html`<li part="tag">${entry}</li>`)}
            </ul>`
          : nothing
      }
      ${
        links.length > 0
          ? html`<ul class="links" aria-label=${strings.contactLinks}>
              ${links.map((link) => html`<li>${link}</li>`)}
            </ul>`
          : nothing
      }
    </article>
  `;
}
