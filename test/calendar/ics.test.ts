import { expect } from '@open-wc/testing';
import type { FeedEvent } from '../../src/feed/types.js';
import { escapeText, eventToIcs, foldLine, icsDataUrl, icsFileName } from '../../src/calendar/ics.js';

function event(overrides: Partial<FeedEvent> = {}): FeedEvent {
  return {
    type: 'event',
    id: 'e1',
    organizerIds: ['a1'],
    name: { fi: 'Tapahtuma' },
    startTime: '2027-06-14T18:00:00+03:00',
    location: {},
    eventStatus: 'scheduled',
    categories: [],
    targetGroups: [],
    languages: [],
    accessibility: [],
    ...overrides,
  };
}

const now = new Date('2027-06-01T09:30:00Z');
const octets = (line: string): number => new TextEncoder().encode(line).length;
const lines = (ics: string): string[] => ics.replace(/\r\n$/, '').split('\r\n');
const unfold = (ics: string): string => ics.replace(/\r\n /g, '');
/** The VEVENT's (unfolded) property line with this name, or PRODID's. */
function prop(ics: string, name: string): string | undefined {
  const all = lines(unfold(ics));
  return all
    .slice(name === 'PRODID' ? 0 : all.indexOf('BEGIN:VEVENT'))
    .find((line) => line.startsWith(`${name}:`) || line.startsWith(`${name};`));
}

// 200 characters (code points): commas, semicolons, backslashes, ä/ö/å, €, emoji.
const longName =
  'Kesäyön konsertti, osa 1; Pori\\Oulu – Åbo & Öja 🎉 Hyvää kesää äänekkäästi öisin, säveliä 🎶 ' +
  'Tervetuloa kaikki ja 🌞 mukaan tulee kuoro \\ orkesteri; liput 5 € ovelta tai ennakkoon! Öisin, illoin 🎉 aamuin';

const tricky = event({
  id: 'oulu:event/42 ä',
  name: { fi: longName, en: 'Summer night concert' },
  startTime: '2027-06-14T18:00:00+03:00',
  endTime: '2027-06-14T20:30:00Z',
  description: {
    fi: 'Ohjelma: kuoro',
    sv: 'Program: kör, orkester; dans.\r\nTa med egen stol! Väg: C:\\Musik',
  },
  shortDescription: { sv: 'Kort' },
  attendanceMode: 'mixed',
  location: {
    name: { fi: 'Kulttuuritalo Valve', sv: 'Kulturhuset Valve' },
    address: { street: 'Hallituskatu 7, 2. krs', postalCode: '90100', postOffice: 'OULU' },
    municipality: { code: '564', name: { fi: 'Oulu', sv: 'Uleåborg' } },
    onlineUrl: 'https://stream.example.fi/live',
  },
  infoUrl: 'https://example.fi/tapahtumat/42?tags=a,b',
});

describe('calendar file (iCalendar)', () => {
  it('writes the golden file: escaping, folding inside multi-byte text, time zone, language fallback', () => {
    expect([...longName].length).to.equal(200);
    // Folds by hand (RFC 5545 §3.1, 75 octets a line including the leading space):
    // SUMMARY line 1 is 75 octets, the next "ä" would make 77; line 2 is 73, "🌞" would make 77;
    // line 3 is 74, "Ö" would make 76. DESCRIPTION folds between ASCII characters at 75 octets,
    // splitting "\\" + "M" and "examp" + "le"; LOCATION at 75 octets after "Uleåbo".
    const expected = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//kumppani//kumppani//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'BEGIN:VTIMEZONE',
      'TZID:Europe/Helsinki',
      'BEGIN:DAYLIGHT',
      'TZOFFSETFROM:+0200',
      'TZOFFSETTO:+0300',
      'TZNAME:EEST',
      'DTSTART:19700329T030000',
      'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
      'END:DAYLIGHT',
      'BEGIN:STANDARD',
      'TZOFFSETFROM:+0300',
      'TZOFFSETTO:+0200',
      'TZNAME:EET',
      'DTSTART:19701025T040000',
      'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
      'END:STANDARD',
      'END:VTIMEZONE',
      'BEGIN:VEVENT',
      'UID:oulu%3Aevent%2F42%20%C3%A4@kumppani',
      'DTSTAMP:20270601T093000Z',
      'DTSTART;TZID=Europe/Helsinki:20270614T180000',
      'DTEND;TZID=Europe/Helsinki:20270614T233000',
      'SUMMARY:Kesäyön konsertti\\, osa 1\\; Pori\\\\Oulu – Åbo & Öja 🎉 Hyvä',
      ' ä kesää äänekkäästi öisin\\, säveliä 🎶 Tervetuloa kaikki ja ',
      ' 🌞 mukaan tulee kuoro \\\\ orkesteri\\; liput 5 € ovelta tai ennakkoon! ',
      ' Öisin\\, illoin 🎉 aamuin',
      'DESCRIPTION:Program: kör\\, orkester\\; dans.\\nTa med egen stol! Väg: C:\\\\M',
      ' usik\\n\\nhttps://example.fi/tapahtumat/42?tags=a\\,b\\n\\nhttps://stream.examp',
      ' le.fi/live',
      'LOCATION:Kulturhuset Valve\\, Hallituskatu 7\\, 2. krs\\, 90100 OULU\\, Uleåbo',
      ' rg',
      'URL:https://example.fi/tapahtumat/42?tags=a,b',
      'STATUS:CONFIRMED',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ].join('\r\n');
    expect(eventToIcs(tricky, { lang: 'sv', now })).to.equal(expected);
  });

  it('keeps every line within 75 octets and unfolding restores the text', () => {
    const ics = eventToIcs(tricky, { lang: 'sv', now });
    for (const line of lines(ics)) expect(octets(line), line).to.be.at.most(75);
    expect(ics).not.to.match(/\r(?!\n)|(?<!\r)\n/);
    expect(prop(ics, 'SUMMARY')).to.equal(`SUMMARY:${escapeText(longName)}`);

    for (const text of ['ä'.repeat(100), '🎉'.repeat(60), `x${'€'.repeat(50)}`, 'a'.repeat(300)]) {
      const folded = foldLine(`SUMMARY:${text}`);
      for (const line of folded.split('\r\n')) {
        expect(octets(line)).to.be.at.most(75);
        expect(line).not.to.include('\uFFFD');
      }
      expect(
        folded
          .split('\r\n')
          .slice(1)
          .every((line) => line.startsWith(' ')),
      ).to.equal(true);
      expect(unfold(folded)).to.equal(`SUMMARY:${text}`);
    }
  });

  it('folds before a character that would cross 75 octets, never inside it', () => {
    expect(foldLine('a'.repeat(75))).to.equal('a'.repeat(75));
    expect(foldLine('a'.repeat(76))).to.equal(`${'a'.repeat(75)}\r\n a`);
    expect(foldLine(`${'a'.repeat(74)}ä`)).to.equal(`${'a'.repeat(74)}\r\n ä`);
    expect(foldLine(`${'a'.repeat(73)}ä`)).to.equal(`${'a'.repeat(73)}ä`);
    expect(foldLine(`${'a'.repeat(72)}🎉`)).to.equal(`${'a'.repeat(72)}\r\n 🎉`);
    expect(foldLine(`${'a'.repeat(71)}🎉`)).to.equal(`${'a'.repeat(71)}🎉`);
    // A continuation holds 74 octets after its space: 37 two-octet characters.
    expect(foldLine(`${'a'.repeat(75)}${'ö'.repeat(38)}`)).to.equal(`${'a'.repeat(75)}\r\n ${'ö'.repeat(37)}\r\n ö`);
  });

  it('escapes TEXT values', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).to.equal('a\\\\b\\;c\\,d\\ne\\nf\\ng');
    expect(escapeText('tab\there\u0000\u0007\u001f\u007f!')).to.equal('tab\there!');
    expect(escapeText('broken \uD83D end \uDE00 🎉')).to.equal('broken \uFFFD end \uFFFD 🎉');
    expect(escapeText('🎉 ok: "quoted" 1:2')).to.equal('🎉 ok: "quoted" 1:2');
  });

  it('converts the feed offset to Helsinki wall time across summer time', () => {
    const start = (startTime: string): string | undefined =>
      prop(eventToIcs(event({ startTime, endTime: startTime }), { lang: 'fi', now }), 'DTSTART');
    expect(start('2027-06-14T18:00:00+03:00')).to.equal('DTSTART;TZID=Europe/Helsinki:20270614T180000');
    expect(start('2027-06-14T15:00:00Z')).to.equal('DTSTART;TZID=Europe/Helsinki:20270614T180000');
    expect(start('2027-06-14T17:00:00+02:00')).to.equal('DTSTART;TZID=Europe/Helsinki:20270614T180000');
    // Winter, given in UTC: +02:00.
    expect(start('2027-01-15T16:00:00Z')).to.equal('DTSTART;TZID=Europe/Helsinki:20270115T180000');
    expect(start('2027-12-31T22:30:00Z')).to.equal('DTSTART;TZID=Europe/Helsinki:20280101T003000');
    // 28 March 2027: clocks go 03:00 → 04:00 at 01:00 UTC.
    expect(start('2027-03-28T00:59:59Z')).to.equal('DTSTART;TZID=Europe/Helsinki:20270328T025959');
    expect(start('2027-03-28T01:00:00Z')).to.equal('DTSTART;TZID=Europe/Helsinki:20270328T040000');
    // 31 October 2027: clocks go 04:00 → 03:00 at 01:00 UTC.
    expect(start('2027-10-31T00:59:59Z')).to.equal('DTSTART;TZID=Europe/Helsinki:20271031T035959');
    expect(start('2027-10-31T01:00:00Z')).to.equal('DTSTART;TZID=Europe/Helsinki:20271031T030000');
    // An event over the October switch keeps both ends right.
    const night = eventToIcs(event({ startTime: '2027-10-30T22:00:00+03:00', endTime: '2027-10-31T02:00:00Z' }), {
      lang: 'fi',
      now,
    });
    expect(prop(night, 'DTSTART')).to.equal('DTSTART;TZID=Europe/Helsinki:20271030T220000');
    expect(prop(night, 'DTEND')).to.equal('DTEND;TZID=Europe/Helsinki:20271031T040000');
  });

  it('writes cancelled and postponed events with their status', () => {
    expect(prop(eventToIcs(event({ eventStatus: 'cancelled' }), { lang: 'fi', now }), 'STATUS')).to.equal(
      'STATUS:CANCELLED',
    );
    expect(prop(eventToIcs(event({ eventStatus: 'postponed' }), { lang: 'fi', now }), 'STATUS')).to.equal(
      'STATUS:TENTATIVE',
    );
    expect(prop(eventToIcs(event(), { lang: 'fi', now }), 'STATUS')).to.equal('STATUS:CONFIRMED');
  });

  it('makes no end up: no DTEND without an end time; 00:00 without an end is an all-day event', () => {
    const timed = eventToIcs(event(), { lang: 'fi', now });
    expect(prop(timed, 'DTSTART')).to.equal('DTSTART;TZID=Europe/Helsinki:20270614T180000');
    expect(prop(timed, 'DTEND')).to.equal(undefined);
    const allDay = eventToIcs(event({ startTime: '2027-06-13T21:00:00Z' }), { lang: 'fi', now });
    expect(prop(allDay, 'DTSTART')).to.equal('DTSTART;VALUE=DATE:20270614');
    expect(prop(allDay, 'DTEND')).to.equal(undefined);
  });

  it('puts an online event’s address in LOCATION and skips empty properties', () => {
    const online = eventToIcs(
      event({ attendanceMode: 'online', location: { onlineUrl: 'https://meet.example.fi/a;b' } }),
      { lang: 'en', now },
    );
    expect(prop(online, 'LOCATION')).to.equal('LOCATION:https://meet.example.fi/a\\;b');
    expect(prop(online, 'DESCRIPTION')).to.equal(undefined);
    expect(prop(online, 'URL')).to.equal(undefined);
    expect(prop(online, 'SUMMARY')).to.equal('SUMMARY:Tapahtuma');
  });

  it('leaves out a municipality that repeats the post office, and uses the short description as a fallback', () => {
    const ics = eventToIcs(
      event({
        name: { fi: 'Kuoro', en: 'Choir' },
        shortDescription: { en: 'Singing' },
        location: {
          name: { fi: 'Kirkko' },
          address: { postalCode: '90100', postOffice: 'Oulu' },
          municipality: { code: '564', name: { fi: 'OULU' } },
        },
      }),
      { lang: 'en', now },
    );
    expect(prop(ics, 'LOCATION')).to.equal('LOCATION:Kirkko\\, 90100 Oulu');
    expect(prop(ics, 'DESCRIPTION')).to.equal('DESCRIPTION:Singing');
    expect(prop(ics, 'SUMMARY')).to.equal('SUMMARY:Choir');
  });

  it('makes a safe, unique-looking UID and uses the given PRODID and clock', () => {
    const ics = eventToIcs(event({ id: 'a@b;c,d\\e f' }), {
      lang: 'fi',
      now: new Date('2027-12-31T23:59:58.123Z'),
      productId: '-//Oulun kaupunki//Tapahtumat, kumppani//FI',
    });
    expect(prop(ics, 'UID')).to.equal('UID:a%40b%3Bc%2Cd%5Ce%20f@kumppani');
    expect(prop(eventToIcs(event({ id: 'x\uD800' }), { lang: 'fi', now }), 'UID')).to.equal('UID:x%EF%BF%BD@kumppani');
    expect(prop(ics, 'DTSTAMP')).to.equal('DTSTAMP:20271231T235958Z');
    expect(prop(ics, 'PRODID')).to.equal('PRODID:-//Oulun kaupunki//Tapahtumat\\, kumppani//FI');
  });

  it('offers the file as a data: URL and a safe ASCII file name', () => {
    const ics = eventToIcs(tricky, { lang: 'fi', now });
    const url = icsDataUrl(ics);
    expect(url.startsWith('data:text/calendar;charset=utf-8,')).to.equal(true);
    expect(url).to.match(/^[\x21-\x7e]+$/);
    expect(decodeURIComponent(url.slice(url.indexOf(',') + 1))).to.equal(ics);

    expect(icsFileName(event({ name: { fi: 'Kesäkonsertti: Åbo & Öja!' } }))).to.equal(
      '2027-06-14-kesakonsertti-abo-oja.ics',
    );
    expect(icsFileName(event({ name: { fi: 'Kesä', sv: 'Sommar' } }), 'sv')).to.equal('2027-06-14-sommar.ics');
    expect(icsFileName(event({ name: { fi: '🎉🎉' }, startTime: '2027-06-14T23:30:00+03:00' }))).to.equal(
      '2027-06-14.ics',
    );
    const long = icsFileName(tricky);
    expect(long).to.match(/^[a-z0-9-]+\.ics$/);
    expect(long.length).to.be.at.most(75);
    expect(long.startsWith('2027-06-14-kesayon-konsertti-osa-1-pori-oulu-abo-oja-hyvaa-')).to.equal(true);
  });
});
