import { expect } from '@open-wc/testing';
import { dayKey, dayStart, helsinkiMidnight, helsinkiOffset, wallTime } from '../../src/calendar/helsinki.js';

describe('Helsinki wall time', () => {
  it('agrees with the browser’s time zone data hour by hour, 2024–2031', () => {
    const intl = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Helsinki',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    const pad = (n: number): string => String(n).padStart(2, '0');
    let checked = 0;
    for (let ms = Date.UTC(2024, 0, 1); ms < Date.UTC(2032, 0, 1); ms += 3_600_000 + 60_000) {
      const t = wallTime(ms);
      expect(`${pad(t.day)}/${pad(t.month)}/${t.year}, ${pad(t.hour)}:${pad(t.minute)}`).to.equal(
        intl.format(ms),
        new Date(ms).toISOString(),
      );
      checked++;
    }
    expect(checked).to.be.greaterThan(60_000);
  });

  it('switches at 01:00 UTC on the last Sundays of March and October', () => {
    expect(helsinkiOffset(Date.parse('2027-03-28T00:59:59.999Z'))).to.equal(120);
    expect(helsinkiOffset(Date.parse('2027-03-28T01:00:00Z'))).to.equal(180);
    expect(helsinkiOffset(Date.parse('2027-10-31T00:59:59.999Z'))).to.equal(180);
    expect(helsinkiOffset(Date.parse('2027-10-31T01:00:00Z'))).to.equal(120);
    expect(wallTime(Date.parse('2027-06-13T21:30:00Z'))).to.deep.equal({
      year: 2027,
      month: 6,
      day: 14,
      hour: 0,
      minute: 30,
      second: 0,
      weekday: 0,
    });
  });

  it('finds the start of Helsinki days, also on switch days and across months', () => {
    expect(new Date(dayStart('2027-06-14')).toISOString()).to.equal('2027-06-13T21:00:00.000Z');
    expect(new Date(dayStart('2027-01-14')).toISOString()).to.equal('2027-01-13T22:00:00.000Z');
    expect(new Date(dayStart('2027-03-28', 1)).toISOString()).to.equal('2027-03-28T21:00:00.000Z');
    expect(dayStart('2027-03-29') - dayStart('2027-03-28')).to.equal(23 * 3_600_000);
    expect(dayStart('2027-11-01') - dayStart('2027-10-31')).to.equal(25 * 3_600_000);
    expect(helsinkiMidnight(2027, 13, 1)).to.equal(dayStart('2028-01-01'));
    expect(dayKey(dayStart('2027-12-31', 1))).to.equal('2028-01-01');
    expect(dayKey(dayStart('2027-12-31', 1) - 1)).to.equal('2027-12-31');
    expect(Number.isNaN(dayStart('not a date'))).to.equal(true);
  });
});
