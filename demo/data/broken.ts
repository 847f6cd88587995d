/** The broken and hostile entries of contract §5 that the demo feed carries on request, with what a widget must report of each. */
import type { Random } from './random.js';
import type { AssociationBuilder } from './association-builder.js';
import { SOURCE_URL } from './feed-model.js';
import { isoLocal, randomInstant } from './helpers.js';
import { MUNICIPALITIES } from './places.js';

interface Special {
  item: unknown;
  skip?: string;
  drops?: { field: string; reason: string }[];
  markup?: boolean;
}

function muniRef(code: string): { code: string; name: Record<string, string> } {
  const m = MUNICIPALITIES.find((x) => x.code === code);
  return { code, name: { ...(m?.names ?? {}) } };
}

export function buildBroken(builder: AssociationBuilder, rng: Random): Special[] {
  const stamp = (): string => isoLocal(randomInstant(rng, Date.UTC(2025, 0, 1), Date.UTC(2026, 10, 19)));
  const id = (): string => builder.nextId();
  const markupDescription = {
    fi:
      'Koodikerhossa opetellaan tekemään verkkosivuja ja pelejä. Ensimmäisellä kerralla kokeillaan, mitä tapahtuu, kun sivulle kirjoittaa <script>alert(1)</script> – hyvin tehdyllä sivulla se näkyy pelkkänä tekstinä.' +
      '\n\nToisella kerralla tutustutaan kuviin: <img src=x onerror=alert(1)> ei ole kuva vaan esimerkki tietoturva-aukosta. Tule oppimaan & pitämään hauskaa!',
    en:
      'Our code club teaches children to build web pages and games. In the first session we try what happens when you type <script>alert(1)</script> on a page – a well-made page shows it as plain text.' +
      '\n\nNext we look at images: <img src=x onerror=alert(1)> is not a picture but an example of a security hole. Come and learn & have fun!',
  };
  const mushroomId = id();
  return [
    {
      skip: 'missing name',
      item: {
        type: 'association',
        id: id(),
        registryNumber: '214.377',
        shortDescription: { fi: 'Kuntopiiri ja sauvakävelyä aikuisille.' },
        categories: ['sports'],
        targetGroups: ['adults'],
        municipality: muniRef('244'),
        contact: { email: 'kuntopiiri@sahkoposti.example' },
        updatedAt: stamp(),
      },
    },
    {
      skip: 'invalid municipality code "24"',
      item: {
        type: 'association',
        id: id(),
        name: { fi: 'Kempeleen Kuntoilijat ry' },
        shortDescription: { fi: 'Kuntosaliryhmiä ja lenkkeilyä kaikenkuntoisille.' },
        categories: ['sports'],
        municipality: { code: '24', name: { fi: 'Kempele', sv: 'Kempele' } },
        updatedAt: stamp(),
      },
    },
    {
      skip: 'no categories',
      item: {
        type: 'association',
        id: id(),
        name: { fi: 'Limingan Lukupiiri ry' },
        shortDescription: { fi: 'Luemme ja keskustelemme kirjoista kerran kuussa kirjastossa.' },
        categories: [],
        municipality: muniRef('425'),
        updatedAt: stamp(),
      },
    },
    { skip: 'not an object', item: 'Iin Kalakerho ry' },
    {
      drops: [{ field: 'contact.website', reason: 'javascript: URL' }],
      item: {
        type: 'association',
        id: mushroomId,
        status: 'active',
        name: { fi: 'Muhoksen Sienestäjät ry' },
        shortDescription: { fi: 'Sieniretkiä, sienineuvontaa ja sienten säilöntää.' },
        description: {
          fi: 'Teemme syksyisin sieniretkiä Muhoksen metsiin ja järjestämme sienineuvontaa torilla.\n\nUudet sienestäjät ovat tervetulleita!',
        },
        categories: ['leisure'],
        themes: ['nature'],
        targetGroups: ['everyone'],
        languages: ['fi'],
        municipality: muniRef('494'),
        contact: { email: 'info@muhoksensienestajat.example', website: 'javascript:alert(document.domain)' },
        url: `${SOURCE_URL}yhdistykset/${mushroomId.split(':')[1] ?? ''}`,
        createdAt: '2023-09-04T10:15:00+03:00',
        updatedAt: stamp(),
      },
    },
    {
      drops: [{ field: 'contact.email', reason: 'malformed e-mail address' }],
      item: {
        type: 'association',
        id: id(),
        name: { sv: 'Pedersöre Bridgeklubb rf' },
        shortDescription: { sv: 'Bridge för nybörjare och erfarna spelare varje vecka.' },
        categories: ['leisure'],
        targetGroups: ['adults', 'seniors'],
        languages: ['sv', 'fi'],
        municipality: muniRef('599'),
        address: { street: 'Skolvägen 12', postalCode: '68910', postOffice: 'Bennäs' },
        contact: { email: 'ordforande.pedersorebridge.example', phone: '+358505550123' },
        updatedAt: stamp(),
      },
    },
    {
      drops: [
        { field: 'logo.url', reason: 'data: URL' },
        { field: 'membership.joinUrl', reason: 'relative URL' },
      ],
      item: {
        type: 'association',
        id: id(),
        name: { fi: 'Kokkolan Kirjoittajat ry', sv: 'Karleby Skribenter rf' },
        shortDescription: {
          fi: 'Kirjoittajapiirejä, runoiltoja ja antologioita.',
          sv: 'Skrivarcirklar, poesikvällar och antologier.',
        },
        categories: ['culture'],
        targetGroups: ['adults'],
        languages: ['fi', 'sv'],
        municipality: muniRef('272'),
        membership: { openToNewMembers: true, joinUrl: 'liity.html' },
        logo: {
          url: 'data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciLz4=',
          alt: { fi: 'Logo' },
        },
        updatedAt: stamp(),
      },
    },
    {
      markup: true,
      item: {
        type: 'association',
        id: id(),
        name: { fi: 'Oulun Koodikerho ry', en: 'Oulu Code Club <Kids & Teens>' },
        shortDescription: {
          fi: 'Ohjelmointia lapsille ja nuorille: <b>HTML</b>, JavaScript ja pelit.',
          en: 'Coding for children and young people: <b>HTML</b>, JavaScript and games.',
        },
        description: markupDescription,
        categories: ['leisure'],
        targetGroups: ['children', 'youth'],
        languages: ['fi', 'en'],
        municipality: muniRef('564'),
        contact: { website: 'https://oulunkoodikerho.example/' },
        updatedAt: stamp(),
      },
    },
  ];
}
