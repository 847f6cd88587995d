import { expect } from '@open-wc/testing';
import type { FeedEvent } from '../../src/feed/types.js';
import { resolveLocale } from '../../src/i18n/locales.js';
import { dateText, dateWords, dayHeading, registerDateWords } from '../../src/i18n/dates.js';
import {
  countEventFacets,
  emptyEventFilters,
  eventSpan,
  eventTimeText,
  groupByDay,
  matchesEventFilters,
  upcomingEvents,
  whenPeriod,
  type EventFacet,
  type EventFilters,
} from '../../src/listing/events.js';

function event(id: string, startTime: string, overrides: Partial<FeedEvent> = {}): FeedEvent {
  return {
    type: 'event',
    id,
    organizerIds: [],
    name: { fi: id },
    startTime,
    location: {},
    eventStatus: 'scheduled',
    categories: [],
    targetGroups: [],
    languages: [],
    accessibility: [],
    ...overrides,
  };
}

const fi = resolveLocale('fi');
const sv = resolveLocale('sv');
const en = resolveLocale('en');
// Wednesday 16 June 2027, 10.00 in Helsinki.
const now = new Date('2027-06-16T10:00:00+03:00');
const ids = (events: readonly FeedEvent[]): string[] => events.map((e) => e.id);

describe('event listing', () => {
  const past = event('past', '2027-06-15T18:00:00+03:00', { endTime: '2027-06-15T20:00:00+03:00' });
  const endedNow = event('endedNow', '2027-06-16T08:00:00+03:00', { endTime: '2027-06-16T10:00:00+03:00' });
  const overnight = event('overnight', '2027-06-15T20:00:00+03:00', { endTime: '2027-06-16T12:00:00+03:00' });
  const morning = event('morning', '2027-06-16T08:00:00+03:00');
  const evening = event('evening', '2027-06-16T18:00:00+03:00', { name: { fi: 'Ö-ilta' } });
  const eveningToo = event('eveningToo', '2027-06-16T15:00:00Z', { name: { fi: 'Akun ilta' } });
  const cancelled = event('cancelled', '2027-06-17T18:00:00+03:00', { eventStatus: 'cancelled' });
  const saturday = event('saturday', '2027-06-19T12:30:00+03:00', { endTime: '2027-06-19T16:30:00+03:00' });
  const later = event('later', '2027-06-23T10:00:00+03:00');
  const all = [later, saturday, cancelled, eveningToo, evening, morning, overnight, endedNow, past];

  it('lists events not yet over within the window, soonest first, ties by name', () => {
    expect(ids(upcomingEvents(all, { now, days: 7 }))).to.deep.equal([
      'overnight',
      'morning',
      'eveningToo',
      'evening',
      'cancelled',
      'saturday',
    ]);
    expect(ids(upcomingEvents(all, { now, days: 1 }))).to.deep.equal(['overnight', 'morning', 'eveningToo', 'evening']);
    // Starting exactly at now + days is outside; 7 days + 1 ms takes "later".
    expect(ids(upcomingEvents([later], { now, days: 7 }))).to.deep.equal([]);
    expect(ids(upcomingEvents([later], { now: new Date(now.getTime() + 1), days: 7 }))).to.deep.equal(['later']);
  });

  it('treats an event without an end as lasting to the end of its Helsinki day', () => {
    expect(eventSpan(morning).end).to.equal(Date.parse('2027-06-17T00:00:00+03:00'));
    const lateNight = new Date('2027-06-16T23:59:59+03:00');
    expect(ids(upcomingEvents([morning], { now: lateNight, days: 1 }))).to.deep.equal(['morning']);
    expect(ids(upcomingEvents([morning], { now: new Date('2027-06-17T00:00:00+03:00'), days: 1 }))).to.deep.equal([]);
    // An unusable end falls back the same way.
    expect(eventSpan(event('bad', '2027-06-16T08:00:00+03:00', { endTime: 'soon' })).end).to.equal(
      Date.parse('2027-06-17T00:00:00+03:00'),
    );
  });

  it('groups by Helsinki day; an event going on since yesterday is under today', () => {
    const groups = groupByDay(upcomingEvents(all, { now, days: 7 }), fi, now);
    expect(groups.map((g) => [g.key, g.heading, ids(g.events)])).to.deep.equal([
      ['2027-06-16', 'Tänään', ['overnight', 'morning', 'eveningToo', 'evening']],
      ['2027-06-17', 'Huomenna', ['cancelled']],
      ['2027-06-19', 'la 19.6.2027', ['saturday']],
    ]);
    // 23.30 UTC on the 16th is already the 17th in Helsinki.
    const utcLate = event('utcLate', '2027-06-16T23:30:00Z');
    expect(groupByDay([utcLate], sv, now).map((g) => [g.key, g.heading])).to.deep.equal([['2027-06-17', 'I morgon']]);
    // A finished event from yesterday (if given) stays on its own day.
    expect(groupByDay([past], en, now).map((g) => [g.key, g.heading])).to.deep.equal([
      ['2027-06-15', 'Tue 15 June 2027'],
    ]);
  });

  it('writes day headings in each language', () => {
    const headings = (locale = fi): string[] =>
      ['2027-06-16', '2027-06-17', '2027-06-19', '2027-06-21', '2028-01-02'].map((key) => dayHeading(key, locale, now));
    expect(headings(fi)).to.deep.equal(['Tänään', 'Huomenna', 'la 19.6.2027', 'ma 21.6.2027', 'su 2.1.2028']);
    expect(headings(sv)).to.deep.equal(['I dag', 'I morgon', 'lö 19.6.2027', 'må 21.6.2027', 'sö 2.1.2028']);
    expect(headings(en)).to.deep.equal([
      'Today',
      'Tomorrow',
      'Sat 19 June 2027',
      'Mon 21 June 2027',
      'Sun 2 January 2028',
    ]);
    const week = ['2027-06-21', '2027-06-22', '2027-06-23', '2027-06-24', '2027-06-25', '2027-06-26', '2027-06-27'];
    expect(week.map((key) => dayHeading(key, fi, now).split(' ')[0])).to.deep.equal([
      'ma',
      'ti',
      'ke',
      'to',
      'pe',
      'la',
      'su',
    ]);
    expect(week.map((key) => dayHeading(key, sv, now).split(' ')[0])).to.deep.equal([
      'må',
      'ti',
      'on',
      'to',
      'fr',
      'lö',
      'sö',
    ]);
    // "Today" follows the Helsinki date: 23.30 UTC on the 16th is the 17th.
    expect(dayHeading('2027-06-17', fi, new Date('2027-06-16T23:30:00Z'))).to.equal('Tänään');
    // Around New Year.
    expect(dayHeading('2028-01-01', fi, new Date('2027-12-31T12:00:00+02:00'))).to.equal('Huomenna');
  });

  it('falls back to Finnish date words for languages of Finland, to English for others, and takes added languages', () => {
    expect(dateWords('sms').today).to.equal('Tänään');
    expect(dateWords('de').today).to.equal('Today');
    expect(dateWords('sv-FI').today).to.equal('I dag');
    expect(dayHeading('2027-06-19', { ...fi, lang: 'krl' }, now)).to.equal('la 19.6.2027');
    expect(dayHeading('2027-06-19', { ...fi, lang: 'xx' }, now)).to.equal('Sat 19 June 2027');
    registerDateWords('se', {
      ...dateWords('fi'),
      today: 'Odne',
      weekdays: ['vu', 'ma', 'ga', 'du', 'be', 'lá', 'so'],
    });
    const se = { ...fi, lang: 'se' };
    expect(dayHeading('2027-06-16', se, now)).to.equal('Odne');
    expect(dayHeading('2027-06-19', se, now)).to.equal('lá 19.6.2027');
    expect(dateText('2027-06-19', en)).to.equal('19 June 2027');
    expect(dateText('2027-06-19', fi, false)).to.equal('19.6.');
  });

  it('writes event times in each language', () => {
    const times = (e: FeedEvent): string[] => [fi, sv, en].map((locale) => eventTimeText(e, locale));
    expect(times(saturday)).to.deep.equal(['12.30–16.30', '12.30–16.30', '12:30–16:30']);
    expect(times(event('x', '2027-06-19T09:05:00+03:00'))).to.deep.equal(['9.05', '9.05', '09:05']);
    expect(times(event('x', '2027-06-19T09:05:00+03:00', { endTime: '2027-06-19T09:05:00+03:00' }))).to.deep.equal([
      '9.05',
      '9.05',
      '09:05',
    ]);
    // All-day-looking: 00:00 and no end.
    expect(times(event('x', '2027-06-18T21:00:00Z'))).to.deep.equal(['19.6.2027', '19.6.2027', '19 June 2027']);
    // Over several days.
    const festival = event('x', '2027-06-14T18:00:00+03:00', { endTime: '2027-06-14T23:00:00Z' });
    expect(times(festival)).to.deep.equal([
      '14.6. klo 18.00 – 15.6. klo 2.00',
      '14.6. kl. 18.00 – 15.6. kl. 2.00',
      '14 June, 18:00 – 15 June, 02:00',
    ]);
    // Over New Year: both years.
    expect(times(event('x', '2027-12-31T20:00:00+02:00', { endTime: '2028-01-01T02:00:00+02:00' }))).to.deep.equal([
      '31.12.2027 klo 20.00 – 1.1.2028 klo 2.00',
      '31.12.2027 kl. 20.00 – 1.1.2028 kl. 2.00',
      '31 December 2027, 20:00 – 1 January 2028, 02:00',
    ]);
    // Ending at midnight stays on the day.
    expect(times(event('x', '2027-06-19T20:00:00+03:00', { endTime: '2027-06-20T00:00:00+03:00' }))).to.deep.equal([
      '20.00–24.00',
      '20.00–24.00',
      '20:00–00:00',
    ]);
  });

  it('shows Helsinki times across the summer-time switches', () => {
    // Night of 27–28 March 2027: 02.00 (+02:00) to 05.00 (+03:00) is two real hours.
    const spring = event('x', '2027-03-28T00:00:00Z', { endTime: '2027-03-28T02:00:00Z' });
    expect(eventTimeText(spring, fi)).to.equal('2.00–5.00');
    // Night of 30–31 October 2027: 03.30 summer time, then 03.30 winter time an hour later.
    const autumn = event('x', '2027-10-31T00:30:00Z', { endTime: '2027-10-31T01:30:00Z' });
    expect(eventTimeText(autumn, en)).to.equal('03:30–03:30');
    expect(eventTimeText(event('x', '2027-01-15T16:00:00Z'), fi)).to.equal('18.00');
    expect(eventTimeText(event('x', '2027-07-15T15:00:00Z'), fi)).to.equal('18.00');
  });
});

describe('event filters', () => {
  const filters = (partial: Partial<Record<EventFacet, string[]>>): EventFilters => {
    const result = emptyEventFilters();
    for (const [facet, values] of Object.entries(partial)) result[facet as EventFacet] = new Set(values);
    return result;
  };
  const match = (e: FeedEvent, partial: Partial<Record<EventFacet, string[]>>): boolean =>
    matchesEventFilters(e, filters(partial), now);

  const oulu = { code: '564', name: { fi: 'Oulu' } };
  const kempele = { code: '244', name: { fi: 'Kempele' } };
  const concert = event('concert', '2027-06-16T18:00:00+03:00', {
    categories: ['culture', 'music'],
    targetGroups: ['families'],
    languages: ['fi', 'sv'],
    organizerIds: ['assoc-1', 'assoc-2'],
    ageMin: 7,
    ageMax: 12,
    offer: { isFree: true },
    attendanceMode: 'offline',
    location: { name: { fi: 'Valve' }, municipality: oulu },
  });
  const webinar = event('webinar', '2027-06-20T12:00:00+03:00', {
    categories: ['education'],
    languages: ['en'],
    organizerIds: ['assoc-3'],
    ageMin: 18,
    offer: { isFree: false, price: { fi: '5 €' } },
    location: { onlineUrl: 'https://meet.example.fi/1', municipality: kempele },
  });
  const hybrid = event('hybrid', '2027-06-30T22:00:00+03:00', {
    endTime: '2027-07-01T02:00:00+03:00',
    attendanceMode: 'mixed',
    categories: ['culture'],
    location: { onlineUrl: 'https://meet.example.fi/2', address: { street: 'Katu 1' }, municipality: oulu },
  });
  const nextMonth = event('nextMonth', '2027-07-02T12:00:00+03:00', {
    attendanceMode: 'online',
    location: { name: { fi: 'Studio' } },
  });
  const ongoing = event('ongoing', '2027-06-07T10:00:00+03:00', { endTime: '2027-06-16T16:00:00+03:00' });
  const all = [concert, webinar, hybrid, nextMonth, ongoing];
  const passing = (partial: Partial<Record<EventFacet, string[]>>): string[] =>
    ids(all.filter((e) => match(e, partial)));

  it('filters by when: today, this Monday–Sunday week, this month, date ranges', () => {
    expect(passing({ when: ['today'] })).to.deep.equal(['concert', 'ongoing']);
    expect(passing({ when: ['week'] })).to.deep.equal(['concert', 'webinar', 'ongoing']);
    expect(passing({ when: ['month'] })).to.deep.equal(['concert', 'webinar', 'hybrid', 'ongoing']);
    expect(passing({ when: ['2027-07-01/2027-07-02'] })).to.deep.equal(['hybrid', 'nextMonth']);
    expect(passing({ when: ['2027-07-02'] })).to.deep.equal(['nextMonth']);
    expect(passing({ when: ['2027-06-17/2027-06-19'] })).to.deep.equal([]);
    expect(passing({ when: ['today', '2027-07-02'] })).to.deep.equal(['concert', 'nextMonth', 'ongoing']);
    expect(passing({ when: ['someday'] })).to.deep.equal([]);
    // Sunday 20 June is still this week; Monday 21 June starts the next.
    expect(new Date(whenPeriod('week', now)?.[1] ?? 0).toISOString()).to.equal('2027-06-20T21:00:00.000Z');
    expect(new Date(whenPeriod('week', now)?.[0] ?? 0).toISOString()).to.equal('2027-06-13T21:00:00.000Z');
    // On a Sunday the week is the one ending that day.
    const sunday = new Date('2027-06-20T23:30:00+03:00');
    expect(new Date(whenPeriod('week', sunday)?.[0] ?? 0).toISOString()).to.equal('2027-06-13T21:00:00.000Z');
    // The month follows the Helsinki date: 22.30 UTC on 30 June is already July.
    const julyFirst = new Date('2027-06-30T22:30:00Z');
    expect(new Date(whenPeriod('month', julyFirst)?.[0] ?? 0).toISOString()).to.equal('2027-06-30T21:00:00.000Z');
    // A point-in-time event at midnight belongs to that day.
    const atMidnight = event('m', '2027-06-16T00:00:00+03:00', { endTime: '2027-06-16T00:00:00+03:00' });
    expect(match(atMidnight, { when: ['today'] })).to.equal(true);
    expect(match(atMidnight, { when: ['2027-06-15'] })).to.equal(false);
  });

  it('filters by category, target group, language, municipality and organizer (OR within, AND across)', () => {
    expect(passing({ category: ['culture'] })).to.deep.equal(['concert', 'hybrid']);
    expect(passing({ category: ['music', 'education'] })).to.deep.equal(['concert', 'webinar']);
    expect(passing({ targetGroup: ['families'] })).to.deep.equal(['concert']);
    expect(passing({ language: ['sv', 'en'] })).to.deep.equal(['concert', 'webinar']);
    expect(passing({ municipality: ['564'] })).to.deep.equal(['concert', 'hybrid']);
    expect(passing({ organizer: ['assoc-2', 'assoc-3'] })).to.deep.equal(['concert', 'webinar']);
    expect(passing({ category: ['culture'], municipality: ['564'], when: ['today'] })).to.deep.equal(['concert']);
    expect(passing({ category: ['culture'], language: ['en'] })).to.deep.equal([]);
  });

  it('filters by age, free of charge and attendance', () => {
    expect(passing({ age: ['7'] })).to.deep.equal(['concert', 'hybrid', 'nextMonth', 'ongoing']);
    expect(passing({ age: ['13'] })).to.deep.equal(['hybrid', 'nextMonth', 'ongoing']);
    expect(passing({ age: ['40'] })).to.deep.equal(['webinar', 'hybrid', 'nextMonth', 'ongoing']);
    expect(passing({ age: ['5', '18'] })).to.deep.equal(['webinar', 'hybrid', 'nextMonth', 'ongoing']);
    expect(passing({ age: ['', 'x'] })).to.deep.equal([]);
    expect(passing({ free: ['free'] })).to.deep.equal(['concert']);
    // Online: online or mixed, or no mode with only an online address.
    expect(passing({ attendance: ['online'] })).to.deep.equal(['webinar', 'hybrid', 'nextMonth']);
    // On-site: offline or mixed, or no mode and a place; a stated mode wins over the location.
    expect(passing({ attendance: ['onsite'] })).to.deep.equal(['concert', 'hybrid']);
    expect(passing({ attendance: ['online', 'onsite'] })).to.deep.equal(['concert', 'webinar', 'hybrid', 'nextMonth']);
    const unstated = event('u', '2027-06-16T18:00:00+03:00', {
      location: { name: { fi: 'Talo' }, onlineUrl: 'https://example.fi/live' },
    });
    expect(match(unstated, { attendance: ['online'] }) && match(unstated, { attendance: ['onsite'] })).to.equal(true);
  });

  it('leaves one filter group out on request', () => {
    const f = filters({ category: ['education'], municipality: ['564'] });
    expect(matchesEventFilters(webinar, f, now)).to.equal(false);
    expect(matchesEventFilters(webinar, f, now, 'municipality')).to.equal(true);
    expect(matchesEventFilters(webinar, f, now, 'category')).to.equal(false);
  });

  it('counts what each value would give, leaving a group’s own selection out', () => {
    const none = countEventFacets(all, emptyEventFilters(), now);
    expect(Object.fromEntries(none.when)).to.deep.equal({ today: 2, week: 3, month: 4 });
    expect(Object.fromEntries(none.category)).to.deep.equal({ culture: 2, music: 1, education: 1 });
    expect(Object.fromEntries(none.attendance)).to.deep.equal({ onsite: 2, online: 3 });
    expect(Object.fromEntries(none.free)).to.deep.equal({ free: 1 });
    expect(Object.fromEntries(none.municipality)).to.deep.equal({ '564': 2, '244': 1 });
    expect(Object.fromEntries(none.organizer)).to.deep.equal({ 'assoc-1': 1, 'assoc-2': 1, 'assoc-3': 1 });
    expect(Object.fromEntries(none.language)).to.deep.equal({ fi: 1, sv: 1, en: 1 });
    expect(none.age.size).to.equal(0);

    const some = countEventFacets(
      all,
      filters({ category: ['culture'], age: ['10'], when: ['2027-07-01/2027-07-31'] }),
      now,
    );
    // Category counts ignore the category choice but respect age and the range.
    expect(Object.fromEntries(some.category)).to.deep.equal({ culture: 1 });
    // Age counts respect category and range: only hybrid is culture and in July.
    expect(Object.fromEntries(some.age)).to.deep.equal({ '10': 1 });
    expect(Object.fromEntries(some.when)).to.deep.equal({ today: 1, week: 1, month: 2, '2027-07-01/2027-07-31': 1 });
    expect(Object.fromEntries(some.municipality)).to.deep.equal({ '564': 1 });
    // Ticking a counted value gives exactly that many.
    expect(passing({ category: ['culture'], age: ['10'], when: ['month'] })).to.have.length(2);
  });

  it('finds an event for everyone under each group of residents, not among the meetings for associations', () => {
    const start = '2027-06-20T10:00:00+03:00';
    const events = [
      event('kids', start, { targetGroups: ['children'] }),
      event('fair', start, { targetGroups: ['everyone'] }),
      event('dance', start, { targetGroups: ['seniors', 'everyone'] }),
      event('forum', start, { targetGroups: ['associations'] }),
    ];
    const children = filters({ targetGroup: ['children'] });
    expect(ids(events.filter((e) => matchesEventFilters(e, children, now)))).to.deep.equal(['kids', 'fair', 'dance']);
    const meetings = filters({ targetGroup: ['associations'] });
    expect(ids(events.filter((e) => matchesEventFilters(e, meetings, now)))).to.deep.equal(['forum']);
    const counts = countEventFacets(events, emptyEventFilters(), now);
    expect(Object.fromEntries(counts.targetGroup)).to.deep.equal({
      children: 3,
      everyone: 2,
      seniors: 2,
      associations: 1,
    });
  });
});
