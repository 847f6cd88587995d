import { nothing, type TemplateResult } from 'lit';
import { html } from 'lit/static-html.js';

/* eslint-disable lit/binding-positions, lit/no-invalid-html -- the heading's tag is a static literal, which these rules cannot see */
import type { Association, LocalizedText, Taxonomy } from '../../feed/types.js';
import { languageName, type Locale } from '../../i18n/index.js';
import { localized, label, shownTargetGroups } from './text.js';
import { headingTag } from './heading.js';
import { contactLinks } from './links.js';

export interface CardContext {
  locale: Locale;
  taxonomy: Taxonomy;
  municipalityNames: ReadonlyMap<string, LocalizedText>;
  query: string;
  headingLevel: number;
  onOpen: (association: Association, openerId: string) => void;
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
    ...shownTargetGroups(association.targetGroups).map((code) => label(taxonomy.targetGroups, code, locale)),
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
