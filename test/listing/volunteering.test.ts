import { expect } from '@open-wc/testing';
import type { VolunteerTask } from '../../src/feed/types.js';
import { resolveLocale } from '../../src/i18n/locales.js';
import {
  activeTasks,
  countTaskFacets,
  emptyTaskFilters,
  matchesTaskFilters,
  taskDates,
  type TaskFacet,
  type TaskFilters,
} from '../../src/listing/volunteering.js';

function task(id: string, overrides: Partial<VolunteerTask> = {}): VolunteerTask {
  return {
    type: 'volunteerTask',
    id,
    associationId: 'a1',
    title: { fi: id },
    updatedAt: '2027-01-01T12:00:00+02:00',
    remote: false,
    themes: [],
    languagesNeeded: [],
    contact: [],
    ...overrides,
  };
}

const fi = resolveLocale('fi');
const sv = resolveLocale('sv');
const en = resolveLocale('en');
const ids = (tasks: readonly VolunteerTask[]): string[] => tasks.map((t) => t.id);
const oulu = { code: '564', name: { fi: 'Oulu' } };
const kempele = { code: '244', name: { fi: 'Kempele' } };

describe('volunteer tasks', () => {
  it('hides tasks whose end date has passed in Helsinki, keeps ongoing and future ones', () => {
    const tasks = [
      task('ended', { endDate: '2027-06-15' }),
      task('endsToday', { endDate: '2027-06-16' }),
      task('running', { startDate: '2027-06-01', endDate: '2027-08-31' }),
      task('future', { startDate: '2027-09-01' }),
      task('ongoing', { ongoing: true }),
      task('undated'),
    ];
    const wanted = ['endsToday', 'running', 'future', 'ongoing', 'undated'];
    expect(ids(activeTasks(tasks, new Date('2027-06-16T10:00:00+03:00')))).to.deep.equal(wanted);
    // 21.30 UTC on the 15th is already the 16th in Helsinki.
    expect(ids(activeTasks(tasks, new Date('2027-06-15T21:30:00Z')))).to.deep.equal(wanted);
    expect(ids(activeTasks(tasks, new Date('2027-06-15T20:30:00Z')))).to.deep.equal(['ended', ...wanted]);
    expect(ids(activeTasks(tasks, new Date('2027-06-17T00:00:00+03:00')))).to.deep.equal(wanted.slice(1));
  });

  describe('filters', () => {
    const snow = task('snow', { municipality: oulu, themes: ['environment'], suitableForUnder18: true });
    const help = task('help', { municipality: kempele, themes: ['social', 'elderly'] });
    const web = task('web', { remote: true, themes: ['digital'], suitableForUnder18: true });
    const phone = task('phone', { remote: true, municipality: oulu, themes: ['social'] });
    const all = [snow, help, web, phone];
    const filters = (partial: Partial<Record<TaskFacet, string[]>>): TaskFilters => {
      const result = emptyTaskFilters();
      for (const [facet, values] of Object.entries(partial)) result[facet as TaskFacet] = new Set(values);
      return result;
    };
    const passing = (partial: Partial<Record<TaskFacet, string[]>>): string[] =>
      ids(all.filter((t) => matchesTaskFilters(t, filters(partial))));

    it('filters by remote, under-18s, theme and municipality', () => {
      expect(passing({})).to.deep.equal(['snow', 'help', 'web', 'phone']);
      expect(passing({ remote: ['remote'] })).to.deep.equal(['web', 'phone']);
      expect(passing({ under18: ['under18'] })).to.deep.equal(['snow', 'web']);
      expect(passing({ theme: ['social'] })).to.deep.equal(['help', 'phone']);
      expect(passing({ theme: ['environment', 'digital'] })).to.deep.equal(['snow', 'web']);
      expect(passing({ theme: ['social'], under18: ['under18'] })).to.deep.equal([]);
    });

    it('lets a remote task fit every municipality', () => {
      expect(passing({ municipality: ['244'] })).to.deep.equal(['help', 'web', 'phone']);
      expect(passing({ municipality: ['564'] })).to.deep.equal(['snow', 'web', 'phone']);
      expect(passing({ municipality: ['999'] })).to.deep.equal(['web', 'phone']);
      expect(passing({ municipality: ['244'], remote: ['remote'] })).to.deep.equal(['web', 'phone']);
      const f = filters({ municipality: ['244'], theme: ['environment'] });
      expect(matchesTaskFilters(snow, f)).to.equal(false);
      expect(matchesTaskFilters(snow, f, 'municipality')).to.equal(true);
    });

    it('counts what each value would give, remote tasks for every municipality', () => {
      const none = countTaskFacets(all, emptyTaskFilters());
      expect(Object.fromEntries(none.municipality)).to.deep.equal({ '564': 3, '244': 3 });
      expect(Object.fromEntries(none.remote)).to.deep.equal({ remote: 2 });
      expect(Object.fromEntries(none.under18)).to.deep.equal({ under18: 2 });
      expect(Object.fromEntries(none.theme)).to.deep.equal({ environment: 1, social: 2, elderly: 1, digital: 1 });

      const some = countTaskFacets(all, filters({ theme: ['social'], municipality: ['091'] }));
      // A selected municipality no task names still gets the remote tasks' count.
      expect(Object.fromEntries(some.municipality)).to.deep.equal({ '091': 1, '564': 1, '244': 2 });
      expect(Object.fromEntries(some.theme)).to.deep.equal({ digital: 1, social: 1 });
      expect(Object.fromEntries(some.remote)).to.deep.equal({ remote: 1 });
      expect(some.under18.size).to.equal(0);
      expect(passing({ theme: ['social'], municipality: ['091'] })).to.deep.equal(['phone']);
    });
  });

  it('writes task dates in each language', () => {
    const dates = (t: VolunteerTask): string[] => [fi, sv, en].map((locale) => taskDates(t, locale));
    expect(dates(task('x', { startDate: '2027-03-01', endDate: '2027-05-31' }))).to.deep.equal([
      '1.3.–31.5.2027',
      '1.3.–31.5.2027',
      '1 March – 31 May 2027',
    ]);
    expect(dates(task('x', { startDate: '2026-12-01', endDate: '2027-05-31' }))).to.deep.equal([
      '1.12.2026–31.5.2027',
      '1.12.2026–31.5.2027',
      '1 December 2026 – 31 May 2027',
    ]);
    expect(dates(task('x', { ongoing: true }))).to.deep.equal(['Jatkuva', 'Fortlöpande', 'Ongoing']);
    expect(dates(task('x', { ongoing: true, startDate: '2027-03-01' }))).to.deep.equal([
      'Jatkuva',
      'Fortlöpande',
      'Ongoing',
    ]);
    expect(dates(task('x', { startDate: '2027-03-01' }))).to.deep.equal([
      '1.3.2027 alkaen',
      'Från 1.3.2027',
      'From 1 March 2027',
    ]);
    expect(dates(task('x', { endDate: '2027-05-31', ongoing: true }))).to.deep.equal([
      '31.5.2027 asti',
      'Till 31.5.2027',
      'Until 31 May 2027',
    ]);
    expect(dates(task('x'))).to.deep.equal(['', '', '']);
    // A language without its own words: a language of Finland reads Finnish, any other English.
    expect(taskDates(task('x', { ongoing: true }), { ...fi, lang: 'smn' })).to.equal('Jatkuva');
    expect(taskDates(task('x', { ongoing: true }), { ...fi, lang: 'de' })).to.equal('Ongoing');
  });
});
