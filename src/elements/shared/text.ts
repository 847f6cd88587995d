import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizedText } from '../../feed/types.js';
import { pickText, type Locale } from '../../i18n/index.js';
import { highlight } from '../../search/index.js';
import { EVERYONE } from '../../feed/taxonomy.js';

/**
 * Feed text in the UI language where it exists, marked with its own language
 * where it falls back to another. Query matches are wrapped in <mark>. Only
 * text nodes are made: feed text is never parsed as HTML.
 */
export function localized(
  text: LocalizedText | undefined,
  locale: Locale,
  query = '',
): TemplateResult | typeof nothing {
  const picked = pickText(text, locale.lang);
  if (!picked) return nothing;
  const lang = picked.lang !== locale.lang ? picked.lang : nothing;
  return html`<span lang=${lang}>${marked(picked.text, query)}</span>`;
}

export function marked(text: string, query: string): TemplateResult | string {
  if (!query) return text;
  return html`${highlight(text, query).map((part) => (part.match ? html`<mark>${part.text}</mark>` : part.text))}`;
}

/** A label from the taxonomy, or nothing for an unknown code (the contract hides those). */
export function label(
  labels: ReadonlyMap<string, LocalizedText>,
  code: string,
  locale: Locale,
): TemplateResult | typeof nothing {
  return localized(labels.get(code), locale);
}

/** The target groups worth a label: all but "everyone". */
export function shownTargetGroups(codes: readonly string[]): string[] {
  return codes.filter((code) => code !== EVERYONE);
}

/** Feed paragraphs are separated by a blank line; single newlines stay line breaks (CSS pre-line). */
export function paragraphs(text: LocalizedText | undefined, locale: Locale): TemplateResult | typeof nothing {
  const picked = pickText(text, locale.lang);
  if (!picked) return nothing;
  const lang = picked.lang !== locale.lang ? picked.lang : nothing;
  return html`<div class="description" lang=${lang}>
    ${picked.text
      .split(/\n\s*\n/)
      .filter((paragraph) => paragraph.trim())
      .map((paragraph) => html`<p>${paragraph.trim()}</p>`)}
  </div>`;
}
