import { html, type TemplateResult } from 'lit';
import type { FeedData } from '../../feed/types.js';
import { collator, type Locale } from '../../i18n/index.js';
import { eventTexts } from '../../i18n/event-locales.js';
import { dateText } from '../../i18n/dates.js';
import { own } from '../../internal/lookup.js';
import { WHEN_OPTIONS, type EventFacet, type EventFacetCounts } from '../../listing/events.js';
import {
  codeLabel,
  filterOptions,
  offeredAsFilter,
  type FilterGroup,
  type FilterOption,
  type LabelSource,
} from '../shared/filters.js';

/** A date range kept as one `when` value, `YYYY-MM-DD/YYYY-MM-DD`. */
export const RANGE = /^(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})$/;

/** The languages an events API can be asked about without counts to tell which occur. */
const ASKABLE_LANGUAGES = ['fi', 'sv', 'en'];

export interface EventFilterContext {
  locale: Locale;
  labels: LabelSource;
  selected: (key: string) => ReadonlySet<string>;
}

/** The checkbox groups of a downloaded feed's events, each value with its count. */
export function countedEventGroups(
  counts: EventFacetCounts,
  offerMunicipalities: boolean,
  ctx: EventFilterContext,
): FilterGroup[] {
  const texts = eventTexts(ctx.locale.lang).events;
  const byLabel = collator(ctx.locale).compare;
  const fixed = (facet: EventFacet, labels: Record<string, string>): FilterGroup => ({
    key: facet,
    legend: texts.filterGroups[facet as keyof typeof texts.filterGroups],
    options: Object.entries(labels)
      .map(([value, text]) => ({ value, label: text, count: counts[facet].get(value) ?? 0 }))
      .filter((option) => option.count > 0 || ctx.selected(facet).has(option.value)),
  });
  const coded = (facet: 'category' | 'targetGroup' | 'language' | 'municipality'): FilterGroup => ({
    key: facet,
    legend: texts.filterGroups[facet],
    options: filterOptions(facet, counts[facet], ctx.selected(facet), ctx.labels, (a, b) => byLabel(a.label, b.label)),
  });
  return [
    fixed('when', Object.fromEntries(WHEN_OPTIONS.map((value) => [value, texts.when[value]]))),
    coded('category'),
    coded('targetGroup'),
    fixed('free', { free: texts.free }),
    fixed('attendance', { online: texts.online, onsite: texts.onsite }),
    coded('language'),
    ...(offerMunicipalities ? [coded('municipality')] : []),
  ];
}

/**
 * The groups of events a server answers per query (Linked Events): only the
 * filters it can express, without counts (it gives none).
 */
export function askedEventGroups(filters: readonly string[], targetGroups: readonly string[], ctx: EventFilterContext) {
  const texts = eventTexts(ctx.locale.lang).events;
  const option = (value: string, label: string): FilterOption => ({ value, label });
  const coded = (facet: 'targetGroup' | 'language', values: readonly string[]): FilterOption[] =>
    values.flatMap((value) => {
      if (!offeredAsFilter(facet, value)) return [];
      const label = codeLabel(facet, value, ctx.labels);
      return label ? [{ value, label: label.text, ...(label.lang ? { lang: label.lang } : {}) }] : [];
    });
  const groups: FilterGroup[] = [
    {
      key: 'when',
      legend: texts.filterGroups.when,
      options: WHEN_OPTIONS.map((value) => option(value, texts.when[value])),
    },
    { key: 'targetGroup', legend: texts.filterGroups.targetGroup, options: coded('targetGroup', targetGroups) },
    { key: 'free', legend: texts.filterGroups.free, options: [option('free', texts.free)] },
    {
      key: 'attendance',
      legend: texts.filterGroups.attendance,
      options: [option('online', texts.online), option('onsite', texts.onsite)],
    },
    { key: 'language', legend: texts.filterGroups.language, options: coded('language', ASKABLE_LANGUAGES) },
  ];
  return groups.filter((group) => filters.includes(group.key));
}

/** A chosen filter value as its removable chip says it. */
export function eventChipLabel(key: string, value: string, data: FeedData, ctx: EventFilterContext): string {
  const texts = eventTexts(ctx.locale.lang).events;
  if (key === 'when') {
    const range = RANGE.exec(value);
    if (range) return `${dateText(range[1]!, ctx.locale)}–${dateText(range[2]!, ctx.locale)}`;
    return own(texts.when, value) ?? value;
  }
  if (key === 'free') return texts.free;
  if (key === 'attendance') return value === 'online' ? texts.online : texts.onsite;
  if (key === 'age') return `${texts.age} ${value}`;
  return codeLabel(key as 'category', value, { ...ctx.labels, taxonomy: data.taxonomy })?.text ?? value;
}

/**
 * The date range (a group of its own, named apart from the quick "when" choices) and
 * the age box (one field, so no group around it) inside the filter disclosure.
 */
export function renderDateAndAge(
  locale: Locale,
  state: { from: string; to: string; age: string; onRange: () => void; onAge: (event: Event) => void },
): TemplateResult {
  const texts = eventTexts(locale.lang).events;
  return html`
    <fieldset class="filter-group" part="filter-group">
      <legend>${texts.filterGroups.dates}</legend>
      <div class="field">
        <label for="date-from">${texts.dateFrom}</label>
        <input id="date-from" type="date" .value=${state.from} @change=${state.onRange} />
      </div>
      <div class="field">
        <label for="date-to">${texts.dateTo}</label>
        <input id="date-to" type="date" .value=${state.to} @change=${state.onRange} />
      </div>
    </fieldset>
    <div class="filter-group field age">
      <label for="age">${texts.age}</label>
      <input id="age" type="number" inputmode="numeric" min="0" max="120" .value=${state.age} @change=${state.onAge} />
    </div>
  `;
}
