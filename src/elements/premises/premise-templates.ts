import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import type { Association, LocalizedText, Premise, Taxonomy } from '../../feed/types.js';
import { formatDate, formatNumber, type Locale } from '../../i18n/index.js';
import { eventTexts } from '../../i18n/event-locales.js';
import { headingTag } from '../shared/heading.js';
import { list, section } from '../shared/association-detail.js';
import { associationLink, contactLinks, externalLink, mapUrl } from '../shared/links.js';
import { label, localized, paragraphs } from '../shared/text.js';

export interface PremiseContext {
  locale: Locale;
  taxonomy: Taxonomy;
  /** The feed's associations by id: who owns a village hall. */
  associations: ReadonlyMap<string, Association>;
  municipalityNames: ReadonlyMap<string, LocalizedText>;
  /** The typed words, to mark in names. */
  query: string;
  headingLevel: number;
  onOpen: (premise: Premise, openerId: string) => void;
  onClose: () => void;
}

/**
 * Who owns the space: an association of the feed linked to its page, the
 * owner's own name, or the municipality by its name; nothing for an owner the feed does not name.
 */
function owner(premise: Premise, ctx: PremiseContext): TemplateResult | typeof nothing {
  const { associationId, name, kind } = premise.owner;
  const association = associationId ? ctx.associations.get(associationId) : undefined;
  if (association) return associationLink(association, ctx.locale);
  return name || kind !== 'municipality' ? localized(name, ctx.locale) : municipality(premise, ctx);
}

function municipality(premise: Premise, ctx: PremiseContext): TemplateResult | typeof nothing {
  const { code, name } = premise.municipality;
  return localized(name ?? ctx.municipalityNames.get(code) ?? { fi: code }, ctx.locale);
}

function spaceTypes(premise: Premise, locale: Locale): string {
  const names = eventTexts(locale.lang).premises.spaceTypes;
  return premise.spaceTypes.map((code) => names[code] ?? code).join(', ');
}

function fact(term: string, value: unknown): TemplateResult {
  return html`<div>
    <dt>${term}</dt>
    <dd>${value}</dd>
  </div>`;
}

/** One space as an `article`: its name opens the detail; owner, place, size and price below it. */
export function renderPremiseItem(premise: Premise, index: number, ctx: PremiseContext): TemplateResult {
  const texts = eventTexts(ctx.locale.lang).premises;
  const tag = headingTag(ctx.headingLevel);
  const pricing = premise.pricing?.forAssociations;
  const types = spaceTypes(premise, ctx.locale);
  const ownedBy = owner(premise, ctx);
  return staticHtml`
      <article class="card" part="card" aria-labelledby=${`open-${index}`}>
        <${tag} class="card-heading" part="card-heading">
          <button id=${`open-${index}`} class="card-button" part="card-button" type="button" aria-haspopup="dialog"
            @click=${() => ctx.onOpen(premise, `open-${index}`)}
          >${localized(premise.name, ctx.locale, ctx.query)}</button>
        </${tag}>
        ${ownedBy !== nothing ? html`<p class="info">${texts.owner}: ${ownedBy}</p>` : nothing}
        <p class="info">${municipality(premise, ctx)}${types ? ` · ${types}` : ''}${
          premise.capacity ? ` · ${texts.persons(formatNumber(ctx.locale, premise.capacity))}` : ''
        }</p>
        ${
          pricing
            ? html`<ul class="tags">
                <li part="tag">${texts.pricing[pricing]}</li>
              </ul>`
            : nothing
        }
      </article>`;
}

/** How to book: the booking link, e-mail and phone, and the owner's instructions. */
function booking(premise: Premise, locale: Locale): TemplateResult | typeof nothing {
  const texts = eventTexts(locale.lang).premises;
  const book = premise.booking;
  if (!book) return nothing;
  const links = contactLinks({ contact: { email: book.email, phone: book.phone } }, locale);
  return section(
    texts.booking,
    html`${book.url ? html`<p>${externalLink(book.url, texts.book)}</p>` : nothing}
    ${links.length > 0 ? list(links, 'links') : nothing} ${paragraphs(book.instructions, locale)}`,
  );
}

/** The detail view: what and whose, where (with a map link), size, price, equipment, hours and booking. */
export function renderPremiseDetail(premise: Premise, ctx: PremiseContext): TemplateResult {
  const locale = ctx.locale;
  const strings = locale.strings;
  const texts = eventTexts(locale.lang).premises;
  const address = premise.address;
  const addressLines = address
    ? [address.street, [address.postalCode, address.postOffice].filter(Boolean).join(' ')].filter(Boolean)
    : [];
  const map = mapUrl(premise);
  const accessibility = premise.accessibility
    .map((code) => label(ctx.taxonomy.accessibility, code, locale))
    .filter((entry) => entry !== nothing);
  const types = spaceTypes(premise, locale);
  const pricing = premise.pricing;
  const ownedBy = owner(premise, ctx);
  return html`
    <div class="detail-body">
      <div class="detail-header">
        <h2 id="detail-heading">${localized(premise.name, locale)}</h2>
        <button class="button secondary close" part="detail-close" type="button" @click=${() => ctx.onClose()}>
          ${strings.close}
        </button>
      </div>
      ${premise.description ? paragraphs(premise.description, locale) : nothing}
      <dl class="facts">
        ${ownedBy !== nothing ? fact(texts.owner, ownedBy) : nothing}
        ${fact(strings.filterGroups.municipality, municipality(premise, ctx))}
        ${
          types || premise.capacity
            ? fact(
                texts.filterGroups.spaceType,
                [types, premise.capacity && texts.persons(formatNumber(locale, premise.capacity))]
                  .filter(Boolean)
                  .join(' · '),
              )
            : nothing
        }
        ${
          pricing
            ? fact(
                texts.filterGroups.pricing,
                html`${pricing.forAssociations ? texts.pricing[pricing.forAssociations] : nothing}${
                  pricing.forAssociations && pricing.price ? '. ' : ''
                }${localized(pricing.price, locale)}`,
              )
            : nothing
        }
      </dl>
      ${
        addressLines.length > 0 || map
          ? section(
              strings.address,
              html`${addressLines.length > 0 ? html`<p>${addressLines.map((line, i) => html`${i ? html`<br />` : nothing}${line}`)}</p>` : nothing}
              ${map ? html`<p>${externalLink(map, strings.showOnMap)}</p>` : nothing}`,
            )
          : nothing
      }
      ${accessibility.length > 0 ? section(strings.accessibility, list(accessibility)) : nothing}
      ${premise.equipment ? section(texts.equipment, paragraphs(premise.equipment, locale)) : nothing}
      ${premise.openingHours ? section(texts.openingHours, paragraphs(premise.openingHours, locale)) : nothing}
      ${booking(premise, locale)} ${premise.url ? html`<p>${externalLink(premise.url, strings.website)}</p>` : nothing}
      <p class="updated">${strings.updated(formatDate(locale, premise.updatedAt))}</p>
    </div>
  `;
}
