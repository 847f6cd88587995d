import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizedText, Taxonomy } from '../../feed/types.js';
import { collator, formatNumber, languageName, pickText, type Locale } from '../../i18n/index.js';
import { FACETS, activeFilterCount, type Facet, type FacetCounts, type Filters } from '../../listing/facets.js';

interface LabelSource {
  locale: Locale;
  taxonomy: Taxonomy;
  municipalityNames: ReadonlyMap<string, LocalizedText>;
}

/** The text a filter value is shown with, and its language when not the UI's. */
export function facetLabel(facet: Facet, code: string, source: LabelSource): { text: string; lang?: string } | undefined {
  const { locale, taxonomy } = source;
  const fromMap = (map: ReadonlyMap<string, LocalizedText>) => {
    const picked = pickText(map.get(code), locale.lang);
    if (!picked) return undefined;
    return picked.lang === locale.lang ? { text: picked.text } : { text: picked.text, lang: picked.lang };
  };
  switch (facet) {
    case 'category':
      return fromMap(taxonomy.categories);
    case 'targetGroup':
      return fromMap(taxonomy.targetGroups);
    case 'municipality':
      return fromMap(source.municipalityNames) ?? { text: code };
    case 'language': {
      const name = languageName(locale, code);
      return { text: name.charAt(0).toLocaleUpperCase(locale.intl) + name.slice(1) };
    }
  }
}

export interface FiltersContext extends LabelSource {
  counts: FacetCounts;
  filters: Filters;
  showMunicipalities: boolean;
  onToggle: (facet: Facet, value: string, on: boolean) => void;
}

/**
 * One fieldset per filter group, each listing only the values present in the
 * results (and any that are selected), with their counts. Native checkboxes.
 */
export function renderFilters(context: FiltersContext): TemplateResult {
  const { locale, counts, filters } = context;
  const strings = locale.strings;
  const compare = collator(locale).compare;
  const categoryOrder = [...context.taxonomy.categories.keys()];
  const groups = FACETS.filter((facet) => facet !== 'municipality' || context.showMunicipalities).map((facet) => {
    const codes = new Set([...counts[facet].keys(), ...filters[facet]]);
    const options = [...codes]
      .map((code) => ({ code, label: facetLabel(facet, code, context), count: counts[facet].get(code) ?? 0 }))
      .filter((option): option is typeof option & { label: { text: string; lang?: string } } => !!option.label)
      // Categories keep the taxonomy's order; the rest read best alphabetically.
      .sort((a, b) =>
        facet === 'category'
          ? categoryOrder.indexOf(a.code) - categoryOrder.indexOf(b.code)
          : compare(a.label.text, b.label.text),
      );
    return { facet, options };
  });
  const active = activeFilterCount(filters);
  return html`
    <details class="filters" part="filters">
      <summary>${strings.filtersSummary(active)}</summary>
      <div class="filter-groups">
        ${groups
          .filter((group) => group.options.length > 0)
          .map(
            ({ facet, options }) => html`
              <fieldset class="filter-group" part="filter-group">
                <legend>${strings.filterGroups[facet]}</legend>
                ${options.map(({ code, label, count }) => {
                  const id = `filter-${facet}-${code}`.replace(/[^A-Za-z0-9_-]/g, '_');
                  return html`<div class="option">
                    <input
                      type="checkbox"
                      id=${id}
                      .checked=${filters[facet].has(code)}
                      @change=${(event: Event) =>
                        context.onToggle(facet, code, (event.target as HTMLInputElement).checked)}
                    />
                    <label for=${id}
                      ><span lang=${label.lang ?? nothing}>${label.text}</span>
                      <span class="count">(${formatNumber(locale, count)})</span></label
                    >
                  </div>`;
                })}
              </fieldset>
            `,
          )}
      </div>
    </details>
  `;
}

export interface ChipsContext extends LabelSource {
  filters: Filters;
  onRemove: (facet: Facet, value: string, index: number) => void;
  onClear: () => void;
}

/** The active filters as removable chips, with one button that clears them all. */
export function renderChips(context: ChipsContext): TemplateResult | typeof nothing {
  const { locale, filters } = context;
  const strings = locale.strings;
  const chips = FACETS.flatMap((facet) =>
    [...filters[facet]].map((code) => ({ facet, code, label: facetLabel(facet, code, context)?.text ?? code })),
  );
  if (chips.length === 0) return nothing;
  return html`
    <div class="chips">
      <ul part="chips" aria-label=${strings.activeFilters}>
        ${chips.map(
          (chip, index) => html`<li>
            <button
              class="chip"
              part="chip"
              type="button"
              aria-label=${strings.removeFilter(chip.label)}
              @click=${() => context.onRemove(chip.facet, chip.code, index)}
            >
              ${chip.label}<span class="chip-x" aria-hidden="true">×</span>
            </button>
          </li>`,
        )}
      </ul>
      <button class="button secondary" type="button" @click=${context.onClear}>${strings.clearFilters}</button>
    </div>
  `;
}
