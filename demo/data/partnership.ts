/**
 * The municipality's side of the demo feed (contract 1.1): spaces associations
 * can use, the municipalities' contact points for associations and their
 * meetings with them. Fixed content, so the feed stays deterministic; only the
 * owners of the association-owned halls are picked from the generated
 * associations (the first active one of the place with village activity).
 *
 * Contact points: Kempele has one, Oulu one per field of activity, Pietarsaari
 * and the others none.
 */

type Rec = Record<string, unknown>;

/** What the generator built: an association's id and its contract item. */
export interface HostAssociation {
  id: string;
  status: string;
  item: Rec;
}

const UPDATED = '2026-10-01T08:00:00+03:00';
const kempele = { code: '244', name: { fi: 'Kempele', sv: 'Kempele' } };
const oulu = { code: '564', name: { fi: 'Oulu', sv: 'Uleåborg' } };
const liminka = { code: '425', name: { fi: 'Liminka', sv: 'Limingo' } };
const jakobstad = { code: '598', name: { fi: 'Pietarsaari', sv: 'Jakobstad' } };
const pedersore = { code: '599', name: { fi: 'Pedersöre', sv: 'Pedersöre' } };

/** The first active association of a municipality with village activity, else its first active one. */
function villageAssociation(hosts: readonly HostAssociation[], code: string): HostAssociation | undefined {
  const here = hosts.filter(
    (host) => host.status === 'active' && (host.item['municipality'] as { code?: string } | undefined)?.code === code,
  );
  return (
    here.find((host) => ((host.item['themes'] as string[] | undefined) ?? []).includes('village-activity')) ?? here[0]
  );
}

function ownedBy(hosts: readonly HostAssociation[], code: string, fallback: Rec): Rec {
  const host = villageAssociation(hosts, code);
  return host ? { kind: 'association', associationId: host.id } : fallback;
}

function premises(hosts: readonly HostAssociation[]): Rec[] {
  return [
    {
      type: 'premise',
      id: 'kempele:tila-kaisla',
      name: { fi: 'Kokoushuone Kaisla', sv: 'Mötesrum Kaisla', en: 'Meeting room Kaisla' },
      owner: { kind: 'municipality' },
      municipality: kempele,
      address: { street: 'Kirkonkylänkatu 1', postalCode: '90440', postOffice: 'Kempele' },
      geo: { lat: 64.9126, lon: 25.5086 },
      spaceTypes: ['meeting-room'],
      capacity: 20,
      accessibility: ['wheelchair', 'induction-loop', 'accessible-toilet'],
      equipment: {
        fi: 'Näyttö ja videotykki, langaton verkko, kahvinkeitin.',
        sv: 'Skärm och projektor, trådlöst nätverk, kaffebryggare.',
        en: 'Screen and projector, wireless network, coffee maker.',
      },
      openingHours: { fi: 'Ma–to 8–21, pe 8–16', sv: 'Mån–tors 8–21, fre 8–16', en: 'Mon–Thu 8–21, Fri 8–16' },
      pricing: {
        forAssociations: 'free',
        price: {
          fi: 'Maksuton kempeleläisille rekisteröidyille yhdistyksille.',
          sv: 'Avgiftsfri för registrerade föreningar i Kempele.',
          en: 'Free for registered associations of Kempele.',
        },
      },
      booking: {
        url: 'https://varaamo.kempele.example/tilat/kaisla',
        email: 'tilavaraukset@kempele.example',
        instructions: {
          fi: 'Varaa viimeistään viikkoa ennen. Avain haetaan kunnantalon palvelupisteestä.',
          sv: 'Boka senast en vecka i förväg. Nyckeln hämtas vid kommungårdens servicepunkt.',
          en: 'Book at least a week ahead. Collect the key at the town hall service point.',
        },
      },
      updatedAt: UPDATED,
    },
    {
      type: 'premise',
      id: 'kempele:valtuustosali',
      name: { fi: 'Kunnantalon valtuustosali', sv: 'Kommungårdens fullmäktigesal' },
      owner: { kind: 'municipality' },
      municipality: kempele,
      address: { street: 'Kirkonkylänkatu 1', postalCode: '90440', postOffice: 'Kempele' },
      geo: { lat: 64.9127, lon: 25.5089 },
      spaceTypes: ['hall'],
      capacity: 60,
      accessibility: ['wheelchair', 'induction-loop'],
      equipment: { fi: 'Äänentoisto, kaksi näyttöä, puhujakoroke.' },
      pricing: { forAssociations: 'discounted', price: { fi: '40 €/ilta, yhdistyksille 15 €/ilta.' } },
      booking: { url: 'https://varaamo.kempele.example/tilat/valtuustosali' },
      updatedAt: UPDATED,
    },
    {
      type: 'premise',
      id: 'kempele:seurakuntatalo',
      name: { fi: 'Kempeleen seurakuntatalon kerhohuone' },
      owner: { kind: 'parish', name: { fi: 'Kempeleen seurakunta', sv: 'Kempele församling' } },
      municipality: kempele,
      address: { street: 'Kirkkotie 5', postalCode: '90440', postOffice: 'Kempele' },
      spaceTypes: ['meeting-room', 'kitchen'],
      capacity: 30,
      accessibility: ['wheelchair'],
      pricing: { forAssociations: 'on-request' },
      booking: { phone: '+358405551234', email: 'kanslia@kempeleenseurakunta.example' },
      updatedAt: UPDATED,
    },
    {
      type: 'premise',
      id: 'kempele:kylatalo',
      name: { fi: 'Ketunmaan kylätalo' },
      owner: ownedBy(hosts, '244', { kind: 'association', name: { fi: 'Ketunmaan kyläyhdistys ry' } }),
      municipality: kempele,
      spaceTypes: ['hall', 'kitchen'],
      capacity: 80,
      accessibility: [],
      description: { fi: 'Vanha koulu, jossa sali, keittiö ja piha. Portaat sisäänkäynnissä.' },
      pricing: { forAssociations: 'paid', price: { fi: '80 €/vrk, jäsenyhdistyksille 50 €/vrk.' } },
      booking: { email: 'kylatalo@ketunmaa.example' },
      updatedAt: UPDATED,
    },
    {
      type: 'premise',
      id: 'oulu:tuiran-nuorisotalo',
      name: { fi: 'Tuiran nuorisotalon kokoustila', sv: 'Tuira ungdomsgårds mötesrum' },
      owner: { kind: 'municipality' },
      municipality: oulu,
      address: { street: 'Tuiran puistotie 2', postalCode: '90500', postOffice: 'Oulu' },
      geo: { lat: 65.0285, lon: 25.4717 },
      spaceTypes: ['meeting-room', 'kitchen'],
      capacity: 25,
      accessibility: ['wheelchair', 'accessible-toilet'],
      openingHours: { fi: 'Iltaisin ja viikonloppuisin, kun nuorisotalo on kiinni.' },
      pricing: { forAssociations: 'free' },
      booking: { url: 'https://varaamo.ouka.example/tuira' },
      updatedAt: UPDATED,
    },
    {
      type: 'premise',
      id: 'oulu:pikisaari',
      name: { fi: 'Pikisaaren kokoushuone' },
      owner: { kind: 'municipality' },
      municipality: oulu,
      address: { street: 'Pikisaarentie 4', postalCode: '90100', postOffice: 'Oulu' },
      spaceTypes: ['meeting-room'],
      capacity: 15,
      accessibility: [],
      description: { fi: 'Toisessa kerroksessa, ei hissiä.' },
      pricing: { forAssociations: 'paid', price: { fi: '25 €/h' } },
      booking: { url: 'https://varaamo.ouka.example/pikisaari' },
      updatedAt: UPDATED,
    },
    {
      type: 'premise',
      id: 'liminka:kylatalo',
      name: { fi: 'Ängeslevän kylätalo' },
      owner: ownedBy(hosts, '425', { kind: 'association', name: { fi: 'Ängeslevän kyläyhdistys ry' } }),
      municipality: liminka,
      spaceTypes: ['hall', 'kitchen', 'outdoor'],
      capacity: 50,
      accessibility: ['wheelchair'],
      pricing: { forAssociations: 'on-request' },
      booking: { phone: '+358405557788' },
      updatedAt: UPDATED,
    },
    {
      type: 'premise',
      id: 'jakobstad:skutan',
      name: { sv: 'Mötesrummet Skutan', fi: 'Kokoushuone Skutan' },
      owner: { kind: 'municipality' },
      municipality: jakobstad,
      address: { street: 'Storgatan 6', postalCode: '68600', postOffice: 'Jakobstad' },
      spaceTypes: ['meeting-room'],
      capacity: 12,
      accessibility: ['wheelchair', 'induction-loop'],
      pricing: { forAssociations: 'free' },
      booking: { email: 'lokaler@jakobstad.example' },
      updatedAt: UPDATED,
    },
    {
      type: 'premise',
      id: 'pedersore:ungdomslokal',
      name: { sv: 'Ungdomsföreningens lokal i Bennäs' },
      owner: ownedBy(hosts, '599', { kind: 'association', name: { sv: 'Bennäs ungdomsförening rf' } }),
      municipality: pedersore,
      spaceTypes: ['hall', 'kitchen'],
      capacity: 120,
      accessibility: ['wheelchair', 'accessible-toilet'],
      pricing: { forAssociations: 'discounted' },
      booking: { email: 'lokalen@bennas.example' },
      updatedAt: UPDATED,
    },
  ];
}

function contactPoints(): Rec[] {
  return [
    {
      type: 'contactPoint',
      id: 'kempele:jarjestoyhteys',
      municipality: kempele,
      role: { fi: 'Järjestöyhdyshenkilö', sv: 'Kontaktperson för föreningar', en: 'Liaison for associations' },
      unit: { fi: 'Hyvinvointipalvelut', sv: 'Välfärdstjänster', en: 'Wellbeing services' },
      email: 'jarjestot@kempele.example',
      phone: '+358401234567',
      url: 'https://www.kempele.example/yhdistykset',
      name: 'Maija Meikäläinen',
      consent: true,
      updatedAt: UPDATED,
    },
    {
      type: 'contactPoint',
      id: 'oulu:liikuntajarjestot',
      municipality: oulu,
      role: { fi: 'Liikuntajärjestöjen yhdyshenkilö', sv: 'Kontaktperson för idrottsföreningar' },
      unit: { fi: 'Liikuntapalvelut', sv: 'Idrottstjänster' },
      email: 'liikuntajarjestot@ouka.example',
      categories: ['sports'],
      updatedAt: UPDATED,
    },
    {
      type: 'contactPoint',
      id: 'oulu:kulttuurijarjestot',
      municipality: oulu,
      role: { fi: 'Kulttuurijärjestöjen yhdyshenkilö', sv: 'Kontaktperson för kulturföreningar' },
      unit: { fi: 'Kulttuuripalvelut', sv: 'Kulturtjänster' },
      email: 'kulttuurijarjestot@ouka.example',
      phone: '+358401000310',
      categories: ['culture'],
      // No consent: a widget never shows this name.
      name: 'Ei Näytetä',
      updatedAt: UPDATED,
    },
    {
      type: 'contactPoint',
      id: 'oulu:sotejarjestot',
      municipality: oulu,
      role: { fi: 'Sosiaali- ja terveysjärjestöjen yhdyshenkilö' },
      unit: { fi: 'Hyvinvointialueen järjestöyhteistyö' },
      url: 'https://www.ouka.example/jarjestot',
      categories: ['social-health'],
      updatedAt: UPDATED,
    },
  ];
}

/** A meeting of the municipality with its associations (target group `associations`). */
function meeting(id: string, municipality: Rec, start: string, name: Rec, place: Rec, infoUrl?: string): Rec {
  return {
    type: 'event',
    id,
    organizerIds: [`${id.split(':')[0]}:kunta`],
    name,
    startTime: start,
    endTime: start.replace(/T(\d\d)/, (_, hour: string) => `T${String(Number(hour) + 2).padStart(2, '0')}`),
    location: { name: place, municipality },
    targetGroups: ['associations'],
    categories: [],
    offer: { isFree: true },
    ...(infoUrl ? { infoUrl } : {}),
    updatedAt: UPDATED,
  };
}

function meetings(): Rec[] {
  const hall = { fi: 'Kunnantalo, valtuustosali', sv: 'Kommungården, fullmäktigesalen' };
  return [
    meeting(
      'kempele:jarjestoilta-2026-12',
      kempele,
      '2026-12-10T17:00:00+02:00',
      {
        fi: 'Kunnan ja yhdistysten järjestöilta',
        sv: 'Kommunens och föreningarnas föreningskväll',
        en: 'Evening for associations',
      },
      hall,
      'https://www.kempele.example/yhdistykset/jarjestoilta',
    ),
    meeting(
      'kempele:jarjestoilta-2027-02',
      kempele,
      '2027-02-11T17:00:00+02:00',
      { fi: 'Järjestöilta: avustukset ja tilat', sv: 'Föreningskväll: bidrag och lokaler' },
      hall,
    ),
    meeting(
      'oulu:jarjestofoorumi-2027-01',
      oulu,
      '2027-01-19T17:30:00+02:00',
      { fi: 'Oulun järjestöfoorumi', sv: 'Uleåborgs föreningsforum' },
      { fi: 'Oulun kaupungintalo' },
      'https://www.ouka.example/jarjestofoorumi',
    ),
    meeting(
      'jakobstad:foreningstraff-2027-01',
      jakobstad,
      '2027-01-27T18:00:00+02:00',
      { sv: 'Föreningsträff i stadshuset', fi: 'Yhdistystapaaminen kaupungintalolla' },
      { sv: 'Stadshuset', fi: 'Kaupungintalo' },
    ),
  ];
}

/** Spaces, contact points and meetings, in this order. */
export function buildPartnership(hosts: readonly HostAssociation[]): Rec[] {
  return [...premises(hosts), ...contactPoints(), ...meetings()];
}
