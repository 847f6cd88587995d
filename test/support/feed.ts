/** Small, hand-written contract v1 feeds for element tests. */

export const FEED = 'https://yhdistykset.example/feed.json';

export function envelope(data: unknown[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    feedVersion: '1.0',
    generatedAt: '2026-11-20T06:00:00Z',
    source: { name: { fi: 'Ihimiset.fi', sv: 'Ihimiset.fi' }, url: 'https://ihimiset.example/' },
    license: { id: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
    meta: { count: data.length, next: null },
    data,
    ...extra,
  };
}

const kempele = { code: '244', name: { fi: 'Kempele', sv: 'Kempele' } };
const oulu = { code: '564', name: { fi: 'Oulu', sv: 'Uleåborg' } };
const jakobstad = { code: '598', name: { fi: 'Pietarsaari', sv: 'Jakobstad' } };

export const associations = [
  {
    type: 'association',
    id: 'ihimiset:1042',
    registryNumber: '123.456',
    name: { fi: 'Kempeleen Eläkeläiset ry', sv: 'Kempele pensionärer rf' },
    shortDescription: { fi: 'Liikuntaa, retkiä ja kerhoja eläkeläisille.', sv: 'Motion, utfärder och klubbar för pensionärer.' },
    description: { fi: 'Kokoonnumme tiistaisin seurakuntatalolla.\n\nUudet jäsenet ovat tervetulleita.' },
    categories: ['social-health', 'leisure'],
    themes: ['wellbeing'],
    targetGroups: ['seniors'],
    languages: ['fi'],
    municipality: kempele,
    areaServed: [{ code: '244' }, { code: '564' }],
    address: { street: 'Kirkonkylänkatu 1', postalCode: '90440', postOffice: 'Kempele' },
    geo: { lat: 64.9126, lon: 25.5086 },
    accessibility: ['wheelchair', 'induction-loop'],
    contact: {
      email: 'info@kempeleenelakelaiset.example',
      phone: '+358401234567',
      website: 'https://kempeleenelakelaiset.example/',
      social: [{ service: 'facebook', url: 'https://www.facebook.com/kempeleenelakelaiset.example' }],
    },
    contactPersons: [
      { role: { fi: 'Puheenjohtaja', sv: 'Ordförande', en: 'Chair' }, name: 'Aino Virtanen', email: 'pj@kempeleenelakelaiset.example', consent: true },
      { role: { fi: 'Sihteeri', sv: 'Sekreterare', en: 'Secretary' }, name: 'Salainen Henkilö', phone: '+358501112223' },
    ],
    membership: { openToNewMembers: true, joinUrl: 'https://kempeleenelakelaiset.example/liity' },
    url: 'https://ihimiset.example/yhdistys/1042',
    createdAt: '2019-05-02T09:00:00+03:00',
    updatedAt: '2026-10-14T12:30:00+03:00',
  },
  {
    type: 'association',
    id: 'ihimiset:2001',
    name: { fi: 'Oulun Mieskuoro ry' },
    shortDescription: { fi: 'Mieskuoro, joka laulaa kirkoissa ja konserteissa.' },
    categories: ['culture'],
    targetGroups: ['adults'],
    languages: ['fi'],
    municipality: oulu,
    contact: { website: 'https://mieskuoro.example/' },
    updatedAt: '2026-03-01T10:00:00+02:00',
  },
  {
    type: 'association',
    id: 'ihimiset:2002',
    name: { fi: 'Kempeleen Lentopalloseura ry' },
    shortDescription: { fi: 'Lentopalloa kaikenikäisille. <script>alert(1)</script>' },
    categories: ['sports'],
    targetGroups: ['children', 'youth'],
    languages: ['fi', 'en'],
    municipality: kempele,
    contact: { website: 'javascript:alert(1)', email: 'lentopallo@kempele.example' },
    updatedAt: '2026-11-01T10:00:00+02:00',
  },
  {
    type: 'association',
    id: 'ihimiset:3001',
    name: { sv: 'Jakobstads Idrottsförening rf', fi: 'Pietarsaaren Urheiluseura ry' },
    shortDescription: { sv: 'Friidrott och skidning för barn och unga.' },
    categories: ['sports'],
    targetGroups: ['children'],
    languages: ['sv', 'fi'],
    municipality: jakobstad,
    updatedAt: '2025-06-01T10:00:00+03:00',
  },
  {
    type: 'association',
    id: 'ihimiset:3002',
    name: { sv: 'Jakobstads Manskör rf' },
    shortDescription: { sv: 'Vi sjunger i kören varje torsdag.' },
    categories: ['culture'],
    targetGroups: ['adults', 'seniors'],
    languages: ['sv'],
    municipality: jakobstad,
    updatedAt: '2024-01-15T10:00:00+02:00',
  },
];

/** Items a feed may carry that the directory must skip and report. */
export const brokenItems = [
  { type: 'association', id: 'broken:no-name', categories: ['other'], municipality: kempele, updatedAt: '2026-01-01T00:00:00Z' },
  { type: 'association', id: 'broken:code', name: { fi: 'Väärä kunta' }, categories: ['other'], municipality: { code: '24' }, updatedAt: '2026-01-01T00:00:00Z' },
  'not an object',
  { type: 'event', id: 'event:1', organizerIds: ['ihimiset:1042'], name: { fi: 'Tanssit' }, startTime: '2026-12-01T18:00:00+02:00', location: { onlineUrl: 'https://tanssit.example/' } },
];
