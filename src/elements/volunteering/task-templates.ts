import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import type { Association, FeedData, LocalizedText, VolunteerTask } from '../../feed/types.js';
import { formatDate, languageName, type Locale } from '../../i18n/index.js';
import { eventTexts } from '../../i18n/event-locales.js';
import { taskDates } from '../../listing/volunteering.js';
import { headingTag } from '../shared/heading.js';
import { associationLink as linkedName, contactPerson, externalLink } from '../shared/links.js';
import { label, localized, paragraphs } from '../shared/text.js';

export interface TaskContext {
  locale: Locale;
  /** The feed's associations by id: whom the tasks are for. */
  associations: ReadonlyMap<string, Association>;
  municipalityNames: ReadonlyMap<string, LocalizedText>;
  /** The typed words, to mark in titles. */
  query: string;
  headingLevel: number;
  /** The name of whom the task is for when it is not one of the feed's associations (a real API's publisher). */
  organizerName?: (id: string) => string | undefined;
  onOpen: (task: VolunteerTask, openerId: string) => void;
  onClose: () => void;
}

/** The task's municipality, "remote", or both. */
function where(task: VolunteerTask, ctx: TaskContext): TemplateResult | string | typeof nothing {
  const texts = eventTexts(ctx.locale.lang).volunteering;
  const municipality = task.municipality
    ? localized(
        task.municipality.name ?? ctx.municipalityNames.get(task.municipality.code) ?? { fi: task.municipality.code },
        ctx.locale,
      )
    : nothing;
  if (task.remote && municipality !== nothing) return html`${municipality} · ${texts.remote}`;
  return task.remote ? texts.remote : municipality;
}

/** The association the task is for, linked to its own page where the feed has one. */
function associationLink(task: VolunteerTask, ctx: TaskContext): TemplateResult | typeof nothing {
  const association = ctx.associations.get(task.associationId);
  if (!association) {
    const name = ctx.organizerName?.(task.associationId);
    return name ? html`${name}` : nothing;
  }
  return linkedName(association, ctx.locale);
}

/** One task as an `article`; its title heading holds the button that opens the detail. */
export function renderTaskItem(task: VolunteerTask, index: number, ctx: TaskContext): TemplateResult {
  const texts = eventTexts(ctx.locale.lang).volunteering;
  const tag = headingTag(ctx.headingLevel);
  const association = associationLink(task, ctx);
  const dates = taskDates(task, ctx.locale);
  return staticHtml`
      <article class="card" part="card" aria-labelledby=${`open-${index}`}>
        <${tag} class="card-heading" part="card-heading">
          <button id=${`open-${index}`} class="card-button" part="card-button" type="button" aria-haspopup="dialog"
            @click=${() => ctx.onOpen(task, `open-${index}`)}
          >${localized(task.title, ctx.locale, ctx.query)}</button>
        </${tag}>
        ${association !== nothing ? html`<p class="info">${texts.association}: ${association}</p>` : nothing}
        <p class="info">${where(task, ctx)}${dates ? html` · ${dates}` : nothing}</p>
        ${task.timeCommitment ? html`<p class="info">${texts.timeCommitment}: ${localized(task.timeCommitment, ctx.locale)}</p>` : nothing}
        ${
          task.suitableForUnder18
            ? html`<ul class="tags">
                <li part="tag">${texts.under18}</li>
              </ul>`
            : nothing
        }
      </article>`;
}

/** The task's detail view: what, where, when, for whom, whom to contact and how to apply. */
export function renderTaskDetail(task: VolunteerTask, data: FeedData, ctx: TaskContext): TemplateResult {
  const locale = ctx.locale;
  const strings = locale.strings;
  const texts = eventTexts(locale.lang).volunteering;
  const association = associationLink(task, ctx);
  const dates = taskDates(task, locale);
  const themes = task.themes
    .map((code) => label(data.taxonomy.themes, code, locale))
    .filter((entry) => entry !== nothing);
  return html`
    <div class="detail-body">
      <div class="detail-header">
        <h2 id="detail-heading">${localized(task.title, locale)}</h2>
        <button class="button secondary close" part="detail-close" type="button" @click=${() => ctx.onClose()}>
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
          <dd>${where(task, ctx)}</dd>
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
                ${task.contact.map((person) => html`<li>${contactPerson(person, locale)}</li>`)}
              </ul>
            </section>`
          : nothing
      }
      ${task.applyUrl ? html`<p>${externalLink(task.applyUrl, texts.apply)}</p>` : nothing}
      <p class="updated">${strings.updated(formatDate(locale, task.updatedAt))}</p>
    </div>
  `;
}
