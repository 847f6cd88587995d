/** The demo feed's events and volunteer tasks, made from their templates for the associations that host them. */
import type { Random } from './random.js';
import { enName } from './association-texts.js';
import type { Built } from './associations.js';
import { type EventLang, EVENTS, type EventTemplate, type EventText, TASKS } from './event-templates.js';
import { ID_PREFIX, type LocalizedText } from './feed-model.js';
import { ascii, isoLocal, localToUtc, randomInstant } from './helpers.js';
import type { VenueKey } from './kinds.js';

function localized(text: EventText, langs: readonly string[]): LocalizedText {
  const out: LocalizedText = {};
  for (const l of langs) {
    const v = text[l as EventLang];
    if (v !== undefined) out[l] = v;
  }
  return Object.keys(out).length > 0 ? out : { fi: text.fi };
}

/** Venues as the name of an event's location. */
const VENUE_NAMES: Readonly<Record<VenueKey, EventText>> = {
  hall: { fi: 'Liikuntahalli', sv: 'Idrottshallen', en: 'Sports hall' },
  field: { fi: 'Urheilukenttä', sv: 'Idrottsplanen', en: 'Sports field' },
  school: { fi: 'Koulun juhlasali', sv: 'Skolans festsal', en: 'School hall' },
  parish: { fi: 'Seurakuntatalo', sv: 'Församlingshemmet', en: 'Parish hall' },
  club: { fi: 'Kerhotalo', sv: 'Föreningshuset', en: 'Club house' },
  library: { fi: 'Kirjasto', sv: 'Biblioteket', en: 'Library' },
  village: { fi: 'Kylätalo', sv: 'Byagården', en: 'Village hall' },
  youth: { fi: 'Nuorisoseurantalo', sv: 'Ungdomslokalen', en: 'Youth society hall' },
  civic: { fi: 'Kulttuuritalo', sv: 'Kulturhuset', en: 'Culture centre' },
  pool: { fi: 'Uimahalli', sv: 'Simhallen', en: 'Swimming hall' },
  range: { fi: 'Ampumarata', sv: 'Skyttebanan', en: 'Shooting range' },
  station: { fi: 'Paloasema', sv: 'Brandstationen', en: 'Fire station' },
  stable: { fi: 'Talli', sv: 'Stallet', en: 'Stables' },
  track: { fi: 'Kuntorata', sv: 'Motionsbanan', en: 'Fitness trail' },
  workers: { fi: 'Työväentalo', sv: 'Arbetarhuset', en: "Workers' hall" },
};

function eventLocation(tpl: EventTemplate, host: Built): Record<string, unknown> {
  if (tpl.place === 'online') {
    return {
      onlineUrl: `https://meet.example/${ascii(host.name[host.langs[0] as string] ?? 'kokous').replace(/ /g, '-')}`,
    };
  }
  const { muni, place } = host.ref;
  const fiGen = place.fi?.gen ?? muni.fi?.gen ?? '';
  const svGen = place.sv?.gen ?? muni.sv?.gen ?? '';
  const names: Record<EventTemplate['place'], EventText> = {
    church: { fi: `${fiGen} kirkko`, sv: `${svGen} kyrka`, en: `${enName(host.ref)} Church` },
    own: VENUE_NAMES[host.venue],
    village: { fi: 'Kylätalo', sv: 'Byagården' },
    track: { fi: 'Kuntoradan lähtöpaikka', sv: 'Motionsbanans start', en: 'Fitness trail start' },
    nature: { fi: 'Lintutorni', sv: 'Fågeltornet', en: 'Bird tower' },
    online: { fi: '' },
  };
  const item = host.item;
  const location: Record<string, unknown> = {
    name: localized(names[tpl.place], host.langs),
  };
  if (item['address'] && tpl.place !== 'nature' && tpl.place !== 'track') location['address'] = item['address'];
  if (item['geo']) location['geo'] = item['geo'];
  location['municipality'] = item['municipality'];
  return location;
}

/**
 * Each template with an active host of one of its kinds, a host at most once,
 * until `count` are made, and a serial number that steps on at random from `serial`.
 */
function* hosted<T extends { kinds: readonly string[] }>(
  rng: Random,
  hosts: readonly Built[],
  templates: readonly T[],
  count: number,
  serial: number,
): Generator<[T, Built, number]> {
  const used = new Set<string>();
  const pool = rng.shuffle(hosts.filter((h) => h.status === 'active'));
  for (const tpl of templates) {
    if (used.size >= count) return;
    const host = pool.find((h) => tpl.kinds.includes(h.kind.key) && !used.has(h.id));
    if (!host) continue;
    used.add(host.id);
    serial += rng.int(1, 4);
    yield [tpl, host, serial];
  }
}

export function buildEvents(rng: Random, hosts: readonly Built[], count: number): unknown[] {
  const out: unknown[] = [];
  for (const [tpl, host, serial] of hosted(rng, hosts, EVENTS, count, 500)) {
    const [y, m, d] = tpl.date.split('-').map(Number) as [number, number, number];
    const [hh, mm] = tpl.start.split(':').map(Number) as [number, number];
    const startMs = localToUtc(y, m, d, hh, mm);
    const langs = host.langs.filter((l) => l !== 'uk');
    const event: Record<string, unknown> = {
      type: 'event',
      id: `${ID_PREFIX}:event-${serial}`,
      organizerIds: [host.id],
      name: localized(tpl.name, langs),
      shortDescription: localized(tpl.short, langs),
      startTime: isoLocal(startMs),
      endTime: isoLocal(startMs + tpl.hours * 3_600_000),
      eventStatus: tpl.eventStatus ?? 'scheduled',
      attendanceMode: tpl.place === 'online' ? 'online' : 'offline',
      location: eventLocation(tpl, host),
      categories: [...host.kind.categories],
      targetGroups: [...host.kind.targetGroups],
      languages: [...langs],
    };
    if (tpl.ageMin !== undefined) event['ageMin'] = tpl.ageMin;
    if (tpl.ageMax !== undefined) event['ageMax'] = tpl.ageMax;
    event['offer'] = tpl.price ? { isFree: false, price: localized(tpl.price, langs) } : { isFree: true };
    const website = (host.item['contact'] as { website?: string } | undefined)?.website;
    const svFirst = host.langs[0] === 'sv';
    if (tpl.registration) {
      event['registration'] = {
        required: true,
        ...(website ? { url: `${website}${svFirst ? 'anmalan' : 'ilmoittaudu'}` } : {}),
        deadline: tpl.registration,
      };
    }
    if (website)
      event['infoUrl'] = `${website}${svFirst ? 'evenemang' : host.langs[0] === 'en' ? 'events' : 'tapahtumat'}`;
    event['updatedAt'] = isoLocal(randomInstant(rng, Date.UTC(2026, 8, 1), Date.UTC(2026, 10, 19)));
    out.push(event);
  }
  return out;
}

export function buildTasks(rng: Random, hosts: readonly Built[], count: number): unknown[] {
  const out: unknown[] = [];
  for (const [tpl, host, serial] of hosted(rng, hosts, TASKS, count, 700)) {
    const langs = host.langs.filter((l) => l !== 'uk' && l !== 'se');
    const task: Record<string, unknown> = {
      type: 'volunteerTask',
      id: `${ID_PREFIX}:task-${serial}`,
      associationId: host.id,
      title: localized(tpl.title, langs),
      description: localized(tpl.description, langs),
      themes: [...(host.kind.themes ?? ['wellbeing'])],
      suitableForUnder18: tpl.under18,
      languagesNeeded: langs.length > 0 ? [...langs] : ['fi'],
      timeCommitment: localized(tpl.time, langs),
    };
    if (tpl.period) {
      task['startDate'] = tpl.period[0];
      task['endDate'] = tpl.period[1];
    } else {
      task['ongoing'] = true;
    }
    const website = (host.item['contact'] as { website?: string } | undefined)?.website;
    if (website) task['applyUrl'] = `${website}${host.langs[0] === 'sv' ? 'frivillig' : 'vapaaehtoiseksi'}`;
    const mailDomain = website ? new URL(website).hostname : 'sahkoposti.example';
    task['contact'] = {
      role: { fi: 'Vapaaehtoiskoordinaattori', sv: 'Frivilligkoordinator', en: 'Volunteer coordinator' },
      email: `${host.langs[0] === 'sv' ? 'frivilliga' : 'vapaaehtoiset'}@${mailDomain}`,
    };
    if (tpl.remote) task['remote'] = true;
    else task['municipality'] = host.item['municipality'];
    task['updatedAt'] = isoLocal(randomInstant(rng, Date.UTC(2026, 8, 1), Date.UTC(2026, 10, 19)));
    out.push(task);
  }
  return out;
}
