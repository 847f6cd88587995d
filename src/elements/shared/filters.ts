import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizedText, Taxonomy } from '../../feed/types.js';
import { formatNumber, languageName, pickText, type Locale } from '../../i18n/index.js';
import { municipalityName } from '../../municipalities/index.js';
import { EVERYONE } from '../../feed/taxonomy.js';
import { intlLocale } from '../../i18n/intl-locale.js';

export interface FilterOption {
  value: string;
  label: string;
  /** The label's language when it is not the UI's. */
  lang?: string;
  /** Absent when unknown (a server-searched feed gives no counts). */
  count?: number;
}

export interface FilterGroup {
  key: string;
  legend: string;
  options: FilterOption[];
}

/** Where filter values get their labels: the feed's taxonomy, its municipality names, Intl. */
export interface LabelSource {
  locale: Locale;
  taxonomy: Taxonomy;
  municipalityNames: ReadonlyMap<string, LocalizedText>;
}

export type LabelKind = 'category' | 'targetGroup' | 'theme' | 'language' | 'municipality';

/** The text a filter value is shown with, or undefined for a code the taxonomy does not know. */
export function codeLabel(
  kind: LabelKind,
  code: string,
  source: LabelSource,
): { text: string; lang?: string } | undefined {
  const { locale, taxonomy } = source;
  const fromMap = (map: ReadonlyMap<string, LocalizedText>) => {
    const picked = pickText(map.get(code), locale.lang);
    if (!picked) return undefined;
    return picked.lang === locale.lang ? { text: picked.text } : { text: picked.text, lang: picked.lang };
  };
  const mapName = (text: string | undefined) => (text ? { text } : undefined);
  switch (kind) {
    case 'category':
      return fromMap(taxonomy.categories);
    case 'targetGroup':
      return fromMap(taxonomy.targetGroups);
    case 'theme':
      return fromMap(taxonomy.themes);
    case 'municipality':
      // The feed's name in the UI language, else the national table's, else the feed's in another language.
      if (source.municipalityNames.get(code)?.[locale.lang]) return fromMap(source.municipalityNames);
      return mapName(municipalityName(code, locale.lang)) ?? fromMap(source.municipalityNames) ?? { text: code };
    case 'language': {
      const name = languageName(locale, code);
      return { text: name.charAt(0).toLocaleUpperCase(intlLocale(locale, 'DisplayNames')) + name.slice(1) };
    }
  }
}

/** Whether a value is offered as a filter: not the target group "everyone" (it filters out nothing useful). */
export function offeredAsFilter(kind: LabelKind, code: string): boolean {
  return !(kind === 'targetGroup' && code === EVERYONE);
}

/** Options for one group from its counts, labelled, in the order `compare` gives. */
export function filterOptions(
  kind: LabelKind,
  counts: ReadonlyMap<string, number>,
  selected: ReadonlySet<string>,
  source: LabelSource,
  compare: (a: FilterOption, b: FilterOption) => number,
): FilterOption[] {
  const options: FilterOption[] = [];
  for (const value of new Set([...counts.keys(), ...selected])) {
    // A value chosen earlier (from a shared address) stays, so it can be cleared.
    if (!offeredAsFilter(kind, value) && !selected.has(value)) continue;
    const label = codeLabel(kind, value, source);
    if (label)
      options.push({
        value,
        count: counts.get(value) ?? 0,
        label: label.text,
        ...(label.lang ? { lang: label.lang } : {}),
      });
  }
  return options.sort(compare);
}

export interface FiltersContext {
  locale: Locale;
  groups: FilterGroup[];
  selected: (key: string) => ReadonlySet<string>;
  activeCount: number;
  onToggle: (key: string, value: string, on: boolean) => void;
  /** Extra controls inside the disclosure, after the first group (e.g. a date range after "when"). */
  extra?: TemplateResult;
}

/**
 * One fieldset per filter group, each listing the values present (and any that
 * are selected) with their counts; native checkboxes in a disclosure.
 */
export function renderFilters(context: FiltersContext): TemplateResult {
  const { locale } = context;
  const shown = context.groups.filter((group) => group.options.length > 0);
  const renderGroup = (group: FilterGroup) => html`
    <fieldset class="filter-group" part="filter-group">
      <legend>${group.legend}</legend>
      ${group.options.map((option) => {
        const id = `filter-${group.key}-${option.value}`.replace(/[^A-Za-z0-9_-]/g, '_');
        return html`<div class="option">
          <input
            type="checkbox"
            id=${id}
            .checked=${context.selected(group.key).has(option.value)}
            @change=${(event: Event) =>
              context.onToggle(group.key, option.value, (event.target as HTMLInputElement).checked)}
          />
          <label for=${id}
            ><span lang=${option.lang ?? nothing}>${option.label}</span>${
              option.count === undefined ? nothing : renderCount(formatNumber(locale, option.count))
            }</label
          >
        </div>`;
      })}
    </fieldset>
  `;
  return html`
    <details class="filters" part="filters">
      <summary>${locale.strings.filtersSummary(context.activeCount)}</summary>
      <div class="filter-groups">
        ${shown.slice(0, 1).map(renderGroup)} ${context.extra ?? nothing} ${shown.slice(1).map(renderGroup)}
      </div>
    </details>
  `;
}

/**
 * A value's count: "(23)" on screen, ", 23" in its accessible name (the brackets' alternative
 * text, in the styles), so that a screen reader says "Poliittiset yhdistykset, 23".
 */
function renderCount(count: string): TemplateResult {
  return html`<span class="count">${count}</span>`;
}

export interface Chip {
  key: string;
  value: string;
  label: string;
}

/** The active filters as removable chips, with one button that clears them all. */
export function renderChips(
  locale: Locale,
  chips: readonly Chip[],
  onRemove: (chip: Chip, index: number) => void,
  onClear: () => void,
): TemplateResult | typeof nothing {
  if (chips.length === 0) return nothing;
  const strings = locale.strings;
  return html`
    <div class="chips">
      <ul part="chips" aria-label=${strings.activeFilters}>
        ${chips.map(
          (chip, index) =>
            html`<li>
              <button
                class="chip"
                part="chip"
                type="button"
                aria-label=${strings.removeFilter(chip.label)}
                @click=${() => onRemove(chip, index)}
              >
                ${chip.label}<span class="chip-x" aria-hidden="true">×</span>
              </button>
            </li>`,
        )}
      </ul>
      <button class="button secondary" type="button" @click=${onClear}>${strings.clearFilters}</button>
    </div>
  `;
}
