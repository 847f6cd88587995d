/** Contract 1.1 items for the premises and contact tests: spaces, contact points and meetings. */

const kempele = { code: '244', name: { fi: 'Kempele', sv: 'Kempele' } };
const oulu = { code: '564', name: { fi: 'Oulu', sv: 'Uleåborg' } };

export const premises = [
  {
    type: 'premise',
    id: 'kempele:tila-12',
    name: { fi: 'Kokoushuone Kaisla', sv: 'Mötesrum Kaisla', en: 'Meeting room Kaisla' },
    owner: { kind: 'municipality' },
    municipality: kempele,
    address: { street: 'Kirkonkylänkatu 1', postalCode: '90440', postOffice: 'Kempele' },
    geo: { lat: 64.9126, lon: 25.5086 },
    spaceTypes: ['meeting-room'],
    capacity: 20,
    accessibility: ['wheelchair', 'induction-loop'],
    equipment: { fi: 'Näyttö, videotykki ja kahvinkeitin', sv: 'Skärm, projektor och kaffebryggare' },
    openingHours: { fi: 'Ma–pe 8–21' },
    pricing: { forAssociations: 'free', price: { fi: 'Maksuton rekisteröidyille yhdistyksille' } },
    booking: {
      url: 'https://varaamo.example/kaisla',
      email: 'tilat@kempele.example',
      instructions: { fi: 'Varaa viimeistään viikkoa ennen.' },
    },
    updatedAt: '2026-10-01T08:00:00+03:00',
  },
  {
    type: 'premise',
    id: 'kempele:nuorisotila',
    name: { fi: 'Nuorisotalon sali' },
    owner: { kind: 'municipality' },
    municipality: kempele,
    spaceTypes: ['hall', 'kitchen'],
    capacity: 80,
    accessibility: [],
    pricing: { forAssociations: 'discounted', price: { fi: '20 €/h, yhdistyksille 10 €/h' } },
    booking: { phone: '+358401234000' },
    updatedAt: '2026-09-01T08:00:00+03:00',
  },
  {
    type: 'premise',
    id: 'ihimiset:kylatalo',
    name: { fi: 'Zatelliitin kylätalo' },
    owner: { kind: 'association', associationId: 'ihimiset:1042' },
    municipality: kempele,
    spaceTypes: ['meeting-room', 'kitchen'],
    capacity: 12,
    accessibility: ['wheelchair'],
    pricing: { forAssociations: 'paid' },
    booking: { url: 'javascript:alert(1)', email: 'kylatalo@zatelliitti.example' },
    updatedAt: '2026-08-01T08:00:00+03:00',
  },
  {
    type: 'premise',
    id: 'oulu:seurakuntatalo',
    name: { fi: 'Tuiran seurakuntatalon kerhohuone' },
    owner: { kind: 'parish', name: { fi: 'Oulun seurakuntayhtymä' } },
    municipality: oulu,
    spaceTypes: ['meeting-room'],
    capacity: 30,
    accessibility: ['wheelchair', 'accessible-toilet'],
    pricing: { forAssociations: 'free' },
    updatedAt: '2026-07-01T08:00:00+03:00',
  },
  // Invalid: no owner. Skipped and reported, the rest still shown.
  {
    type: 'premise',
    id: 'rikki:1',
    name: { fi: 'Rikkinäinen tila' },
    municipality: kempele,
    updatedAt: '2026-07-01T08:00:00+03:00',
  },
];

export const contactPoints = [
  {
    type: 'contactPoint',
    id: 'kempele:jarjestoyhteys',
    municipality: { code: '244' },
    role: { fi: 'Järjestöyhdyshenkilö', sv: 'Kontaktperson för föreningar', en: 'Liaison for associations' },
    unit: { fi: 'Hyvinvointipalvelut', sv: 'Välfärdstjänster' },
    email: 'jarjestot@kempele.example',
    phone: '+358401234567',
    url: 'https://www.kempele.example/yhdistykset',
    name: 'Maija Meikäläinen',
    consent: true,
    updatedAt: '2026-10-01T08:00:00+03:00',
  },
  {
    type: 'contactPoint',
    id: 'oulu:liikunta',
    municipality: { code: '564' },
    role: { fi: 'Liikuntajärjestöjen yhdyshenkilö' },
    email: 'liikunta@ouka.example',
    categories: ['sports'],
    name: 'Ei Suostumusta',
    updatedAt: '2026-10-01T08:00:00+03:00',
  },
  {
    type: 'contactPoint',
    id: 'oulu:kulttuuri',
    municipality: { code: '564' },
    role: { fi: 'Kulttuurijärjestöjen yhdyshenkilö' },
    phone: '+358447031234',
    categories: ['culture'],
    updatedAt: '2026-10-01T08:00:00+03:00',
  },
];

/** Meetings of the municipality with its associations, relative to `now`. */
export function meetings(now: Date): unknown[] {
  const at = (days: number) => new Date(now.getTime() + days * 86_400_000).toISOString();
  return [
    {
      type: 'event',
      id: 'kempele:jarjestoilta-1',
      organizerIds: ['kempele'],
      name: { fi: 'Järjestöilta', sv: 'Föreningskväll', en: 'Evening for associations' },
      startTime: at(9),
      location: { name: { fi: 'Kunnantalo' }, municipality: { code: '244' } },
      targetGroups: ['associations'],
      infoUrl: 'https://www.kempele.example/jarjestoilta',
      updatedAt: '2026-10-01T08:00:00+03:00',
    },
    {
      type: 'event',
      id: 'kempele:jarjestoilta-2',
      organizerIds: ['kempele'],
      name: { fi: 'Kevään järjestöilta' },
      startTime: at(40),
      location: { name: { fi: 'Kunnantalo' }, municipality: { code: '244' } },
      targetGroups: ['associations'],
      updatedAt: '2026-10-01T08:00:00+03:00',
    },
    {
      type: 'event',
      id: 'kempele:konsertti',
      organizerIds: ['ihimiset:1042'],
      name: { fi: 'Konsertti' },
      startTime: at(3),
      location: { name: { fi: 'Kirkko' }, municipality: { code: '244' } },
      targetGroups: ['everyone'],
      updatedAt: '2026-10-01T08:00:00+03:00',
    },
  ];
}
