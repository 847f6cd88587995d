import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import type { Association, FeedData, VolunteerTask } from '../../feed/types.js';
import { contactHref } from '../../internal/links.js';
import { collator, formatDate, languageName, pickText } from '../../i18n/index.js';
import type { ListTexts } from '../../i18n/strings.js';
import { eventTexts } from '../../i18n/event-locales.js';
import { emit } from '../../internal/events.js';
import { municipalityNames, parseList, resolveMunicipalityCodes } from '../../listing/scope.js';
import {
  TASK_FACETS,
  activeTasks,
  countTaskFacets,
  matchesTaskFilters,
  taskDates,
  type TaskFacetCounts,
  type TaskFilters,
} from '../../listing/volunteering.js';
import { taskDocument } from '../../listing/documents.js';
import { KumppaniListElement } from '../shared/list-element.js';
import { eventsStyles } from '../events/events.styles.js';
import { codeLabel, filterOptions, type FilterGroup } from '../shared/filters.js';
import { externalLink, headingTag } from '../directory/card.js';
import { paragraphs } from '../directory/detail.js';
import { label, localized } from '../shared/text.js';

const SORT_ORDERS = ['relevance', 'name', 'updated'] as const;

/**
 * Open volunteer tasks of the feed's associations, with search and filters for
 * remote work, tasks for under-18s, theme and municipality.
 *
 * @summary Volunteer tasks of local associations.
 *
 * @fires kumppani-load - The feed was loaded: `{ count, total, skipped, dropped, pagingStopped? }`.
 * @fires kumppani-error - The feed could not be shown: `{ kind, status?, message }`.
 * @fires kumppani-select - A resident opened a task (cancelable): `{ task }`.
 * @fires kumppani-change - The search or filters changed: `{ query, filters, count }`.
 *
 * (the same parts as `<kumppani-directory>`)
 */
export class KumppaniVolunteering extends KumppaniListElement<VolunteerTask> {
  static override styles = eventsStyles;

  static override properties = {
    ...KumppaniListElement.properties,
    now: { attribute: false },
  };

  /** The day the list is drawn for; today when unset (for previews and tests). */
  declare now: Date | undefined;

  protected readonly filterKeys = TASK_FACETS;
  protected readonly sortOrders = SORT_ORDERS;
  protected readonly urlPrefix = 'v';

  private associations = new Map<string, Association>();
  private counts: TaskFacetCounts | undefined;

  protected texts(): ListTexts {
    return eventTexts(this.locale.lang).volunteering.list;
  }

  protected override feedTotal(data: FeedData): number {
    return data.tasks.length;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('now')) {
      this.computeScope(this.data);
      this.computeResults();
    }
    super.willUpdate(changed);
  }

  private taskTitle(task: VolunteerTask): string {
    return pickText(task.title, this.locale.lang)?.text ?? '';
  }

  protected computeScope(data: FeedData | undefined): void {
    if (!data) return;
    this.associations = new Map(data.associations.map((association) => [association.id, association]));
    const names = new Map(municipalityNames(data.associations));
    for (const task of data.tasks) {
      const municipality = task.municipality;
      if (municipality?.name) names.set(municipality.code, { ...municipality.name, ...names.get(municipality.code) });
    }
    this.muniNames = names;
    const requested = parseList(this.municipality);
    const municipalities = resolveMunicipalityCodes(requested, this.muniNames);
    const categories = new Set(parseList(this.category));
    const compare = collator(this.locale).compare;
    // Remote tasks can be done from anywhere: they belong to every municipality's page.
    const scoped = activeTasks(data.tasks, this.now ?? new Date())
      .filter(
        (task) =>
          (requested.length === 0 ||
            task.remote ||
            (!!task.municipality && municipalities.has(task.municipality.code))) &&
          (categories.size === 0 ||
            (this.associations.get(task.associationId)?.categories ?? []).some((code) => categories.has(code))),
      )
      .sort((a, b) => compare(this.taskTitle(a), this.taskTitle(b)));
    this.setScope(scoped, (task) => taskDocument(task, data.taxonomy, this.muniNames, this.associations));
  }

  protected computeResults(): void {
    const matches = this.matchIndexes();
    // Matches come best-first; "name" puts them back in the scope's order, which is by title.
    if (matches && this.sort === 'name') matches.sort();
    const matched = matches ? Array.from(matches, (index) => this.scoped[index]!) : this.scoped;
    const filters = this.selections as TaskFilters;
    this.counts = countTaskFacets(matched, filters);
    const filtered = matched.filter((task) => matchesTaskFilters(task, filters));
    if (this.sort === 'updated') filtered.sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt));
    this.results = filtered;
  }

  protected filterGroups(data: FeedData): FilterGroup[] {
    const counts = this.counts;
    if (!counts) return [];
    const texts = eventTexts(this.locale.lang).volunteering;
    const source = this.labelSource(data);
    const flag = (key: 'remote' | 'under18', text: string): FilterGroup => ({
      key,
      legend: texts.filterGroups[key],
      options:
        counts[key].get(key) || this.selected(key).has(key)
          ? [{ value: key, label: text, count: counts[key].get(key) ?? 0 }]
          : [],
    });
    return [
      flag('remote', texts.remote),
      flag('under18', texts.under18),
      {
        key: 'theme',
        legend: texts.filterGroups.theme,
        options: filterOptions('theme', counts.theme, this.selected('theme'), source, this.byLabel),
      },
      {
        key: 'municipality',
        legend: texts.filterGroups.municipality,
        options:
          counts.municipality.size > 1
            ? filterOptions('municipality', counts.municipality, this.selected('municipality'), source, this.byLabel)
            : [],
      },
    ];
  }

  protected chipLabel(key: string, value: string, data: FeedData): string {
    const texts = eventTexts(this.locale.lang).volunteering;
    if (key === 'remote') return texts.remote;
    if (key === 'under18') return texts.under18;
    return codeLabel(key as 'theme' | 'municipality', value, this.labelSource(data))?.text ?? value;
  }

  protected announceSelect(task: VolunteerTask): boolean {
    return emit(this, 'kumppani-select', { task }, { cancelable: true });
  }

  private where(task: VolunteerTask): TemplateResult | string | typeof nothing {
    const texts = eventTexts(this.locale.lang).volunteering;
    const municipality = task.municipality
      ? localized(
          task.municipality.name ?? this.muniNames.get(task.municipality.code) ?? { fi: task.municipality.code },
          this.locale,
        )
      : nothing;
    if (task.remote && municipality !== nothing) return html`${municipality} · ${texts.remote}`;
    return task.remote ? texts.remote : municipality;
  }

  private association(task: VolunteerTask): TemplateResult | typeof nothing {
    const association = this.associations.get(task.associationId);
    if (!association) return nothing;
    const name = localized(association.name, this.locale);
    const href = association.url ?? association.contact?.website;
    return href ? externalLink(href, name) : name;
  }

  protected renderItem(task: VolunteerTask, index: number): TemplateResult {
    const texts = eventTexts(this.locale.lang).volunteering;
    const tag = headingTag(this.headingLevel);
    const association = this.association(task);
    const dates = taskDates(task, this.locale);
    return staticHtml`
      <article class="card" part="card" aria-labelledby=${`open-${index}`}>
        <${tag} class="card-heading" part="card-heading">
          <button id=${`open-${index}`} class="card-button" part="card-button" type="button" aria-haspopup="dialog"
            @click=${() => this.open(task, `open-${index}`)}
          >${localized(task.title, this.locale, this.query.trim())}</button>
        </${tag}>
        ${association !== nothing ? html`<p class="info">${texts.association}: ${association}</p>` : nothing}
        <p class="info">${this.where(task)}${dates ? html` · ${dates}` : nothing}</p>
        ${task.timeCommitment ? html`<p class="info">${texts.timeCommitment}: ${localized(task.timeCommitment, this.locale)}</p>` : nothing}
        ${
          task.suitableForUnder18
            ? html`<ul class="tags">
                <li part="tag">${texts.under18}</li>
              </ul>`
            : nothing
        }
      </article>`;
  }

  protected renderDetail(task: VolunteerTask, data: FeedData): TemplateResult {
    const locale = this.locale;
    const strings = locale.strings;
    const texts = eventTexts(locale.lang).volunteering;
    const association = this.association(task);
    const dates = taskDates(task, locale);
    const themes = task.themes
      .map((code) => label(data.taxonomy.themes, code, locale))
      .filter((entry) => entry !== nothing);
    return html`
      <div class="detail-body">
        <div class="detail-header">
          <h2 id="detail-heading">${localized(task.title, locale)}</h2>
          <button class="button secondary close" part="detail-close" type="button" @click=${() => this.closeDetail()}>
            ${strings.close}
          </button>
        </div>
        ${
          themes.length > 0
            ? html`<ul class="tags">
                ${themes.map((theme) => html`<li part="tag">${theme}</li>`)}
              </ul>`
            : nothing
        }
        ${task.description ? paragraphs(task.description, locale) : nothing}
        <dl class="facts">
          ${
            association !== nothing
              ? html`<div>
                  <dt>${texts.association}</dt>
                  <dd>${association}</dd>
                </div>`
              : nothing
          }
          <div>
            <dt>${texts.filterGroups.municipality}</dt>
            <dd>${this.where(task)}</dd>
          </div>
          ${
            dates
              ? html`<div>
                  <dt>${texts.dates}</dt>
                  <dd>${dates}</dd>
                </div>`
              : nothing
          }
          ${
            task.timeCommitment
              ? html`<div>
                  <dt>${texts.timeCommitment}</dt>
                  <dd>${localized(task.timeCommitment, locale)}</dd>
                </div>`
              : nothing
          }
          ${
            task.suitableForUnder18
              ? html`<div>
                  <dt>${texts.filterGroups.under18}</dt>
                  <dd>${texts.under18}</dd>
                </div>`
              : nothing
          }
          ${
            task.languagesNeeded.length > 0
              ? html`<div>
                  <dt>${texts.languagesNeeded}</dt>
                  <dd>${task.languagesNeeded.map((code) => languageName(locale, code)).join(', ')}</dd>
                </div>`
              : nothing
          }
        </dl>
        ${
          task.contact.length > 0
            ? html`<section class="detail-section">
                <h3>${texts.contact}</h3>
                <ul class="people">
                  ${task.contact.map((person) => {
                    const tel = person.phone ? contactHref('phone', person.phone) : undefined;
                    const mail = person.email ? contactHref('email', person.email) : undefined;
                    return html`<li>
                      <span class="role">${localized(person.role, locale)}</span>
                      ${person.name ? html`<span>${person.name}</span>` : nothing}
                      ${person.email && mail ? html`<a href=${mail}>${person.email}</a>` : nothing}
                      ${person.phone && tel ? html`<a href=${tel}>${person.phone}</a>` : nothing}
                    </li>`;
                  })}
                </ul>
              </section>`
            : nothing
        }
        ${task.applyUrl ? html`<p>${externalLink(task.applyUrl, texts.apply)}</p>` : nothing}
        <p class="updated">${strings.updated(formatDate(locale, task.updatedAt))}</p>
      </div>
    `;
  }
}
