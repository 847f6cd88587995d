/** Texts of the demo feed's associations: place names in each language, meeting times, and the paragraphs every kind of association shares. */
import { nth, pad } from './helpers.js';
import { type Kind, type NameCtx, type TextCtx, VENUES } from './kinds.js';
import { type MunicipalityDef, type NameLang, type Place, UKRAINIAN_NAMES } from './places.js';

const SV_MAJORITY = new Set(['598', '599', '893']);

export interface PlaceRef {
  muni: MunicipalityDef;
  place: Place;
}

export function enName({ muni, place }: PlaceRef): string {
  if (place === muni) return muni.en;
  const preferred = SV_MAJORITY.has(muni.code) ? place.sv?.nom : place.fi?.nom;
  return preferred ?? place.fi?.nom ?? place.sv?.nom ?? muni.en;
}

export function supports(ref: PlaceRef, lang: NameLang): boolean {
  switch (lang) {
    case 'fi':
      return !!ref.place.fi;
    case 'sv':
      return !!ref.place.sv;
    case 'se':
      return !!ref.place.se;
    case 'uk':
      return ref.place === ref.muni && UKRAINIAN_NAMES[ref.muni.code] !== undefined;
    default:
      return true;
  }
}

export function nameCtx(ref: PlaceRef, lang: NameLang): NameCtx {
  const { muni, place } = ref;
  const region = place === muni ? muni.region : undefined;
  switch (lang) {
    case 'fi': {
      const f = place.fi ?? { nom: enName(ref), gen: enName(ref), loc: enName(ref) };
      return { ...f, rgen: region?.fi.gen ?? f.gen, rloc: region?.fi.loc ?? f.loc };
    }
    case 'sv': {
      const s = place.sv ?? { nom: enName(ref), gen: enName(ref) };
      const loc = `i ${s.nom}`;
      return { gen: s.gen, nom: s.nom, loc, rgen: region?.sv.gen ?? s.gen, rloc: region?.sv.loc ?? loc };
    }
    case 'se': {
      const s = place.se ?? { nom: enName(ref), gen: enName(ref), loc: enName(ref) };
      return { ...s, rgen: s.gen, rloc: s.loc };
    }
    case 'uk': {
      const n = UKRAINIAN_NAMES[muni.code] ?? muni.en;
      return { gen: n, nom: n, loc: n, rgen: n, rloc: n };
    }
    default: {
      const n = enName(ref);
      return { gen: n, nom: n, loc: `in ${n}`, rgen: n, rloc: region ? `in ${region.en}` : `in ${n}` };
    }
  }
}

export function placesFor(kind: Kind, muni: MunicipalityDef): { ref: PlaceRef; weight: number }[] {
  const all: Place[] = [muni, ...muni.places];
  const of = (...sizes: Place['size'][]) => all.filter((p) => sizes.includes(p.size));
  let places: Place[];
  switch (kind.scope) {
    case 'muni':
      places = of('municipality', 'former');
      break;
    case 'region':
      places = [muni];
      break;
    case 'local':
      places = of('municipality', 'former', 'village');
      break;
    case 'village':
      places = of('village');
      break;
    case 'district':
      places = of('district');
      break;
    case 'school':
      places = of('former', 'village', 'district');
      break;
    case 'sami':
      places = all.filter((p) => p.se);
      break;
  }
  return places.map((place) => ({
    ref: { muni, place },
    weight: place.size === 'municipality' ? 3 : place.size === 'former' ? 1.2 : 1,
  }));
}

/** Meeting start times in minutes after midnight. */
export const START_TIMES = {
  morning: [9 * 60 + 30, 10 * 60, 10 * 60],
  day: [10 * 60, 12 * 60, 13 * 60, 13 * 60, 14 * 60],
  evening: [17 * 60, 17 * 60 + 30, 18 * 60, 18 * 60, 18 * 60 + 30, 19 * 60, 19 * 60],
} as const;

const DAYS = {
  fi: ['maanantaisin', 'tiistaisin', 'keskiviikkoisin', 'torstaisin', 'perjantaisin', 'lauantaisin', 'sunnuntaisin'],
  sv: ['på måndagar', 'på tisdagar', 'på onsdagar', 'på torsdagar', 'på fredagar', 'på lördagar', 'på söndagar'],
  en: ['on Mondays', 'on Tuesdays', 'on Wednesdays', 'on Thursdays', 'on Fridays', 'on Saturdays', 'on Sundays'],
} as const;

export interface Schedule {
  day: number;
  startMin: number;
  endMin: number;
}

function clock(min: number): string {
  const h = Math.floor(min / 60);
  const m = min % 60;
  return m === 0 ? String(h) : `${h}.${pad(m)}`;
}

function clock12(min: number): string {
  const h = Math.floor(min / 60);
  const m = min % 60;
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return `${m === 0 ? h12 : `${h12}.${pad(m)}`} ${h < 12 ? 'am' : 'pm'}`;
}

export function textCtx(ref: PlaceRef, lang: NameLang, schedule: Schedule, venue: Kind['venues'][number]): TextCtx {
  const base = nameCtx(ref, lang);
  const l = lang === 'sv' ? 'sv' : lang === 'en' ? 'en' : 'fi';
  const time =
    l === 'en'
      ? `from ${clock12(schedule.startMin)} to ${clock12(schedule.endMin)}`
      : `${clock(schedule.startMin)}–${clock(schedule.endMin)}`;
  return { ...base, day: DAYS[l][schedule.day] ?? '', time, venue: VENUES[venue][l] };
}

export interface Generic {
  founded: number;
  members: number;
  fee: number;
  history: number;
  join: number;
  withFee: boolean;
  withHistory: boolean;
  together: boolean;
  /** How many of the longer "about us" paragraphs to add, and from which. */
  extra: number;
  extraFrom: number;
}

const ABOUT: Readonly<Record<'fi' | 'sv' | 'en', readonly string[]>> = {
  fi: [
    'Toimintaamme rahoitetaan jäsenmaksuilla, talkootuotoilla ja kunnan avustuksella. Vuosikokous pidetään keväällä, ja kaikilla jäsenillä on siellä puhe- ja äänioikeus.',
    'Olemme mukana kunnan järjestöyhteistyössä ja osallistumme vuosittain järjestöjen toritapahtumaan. Tiedotamme tapahtumistamme verkkosivuillamme, sosiaalisessa mediassa ja paikallislehden seurapalstalla.',
    'Tilaisuuksiin voi tulla avustajan kanssa maksutta. Kerro meille etukäteen, jos tarvitset tulkkausta tai muuta tukea osallistumiseen.',
  ],
  sv: [
    'Verksamheten finansieras med medlemsavgifter, talkointäkter och kommunens understöd. Årsmötet hålls på våren, och alla medlemmar har där yttrande- och rösträtt.',
    'Vi deltar i kommunens föreningssamarbete och i den årliga föreningsdagen på torget. Vi informerar om evenemangen på webbplatsen, i sociala medier och i lokaltidningens föreningsspalt.',
    'Du kan ta med en assistent gratis. Meddela oss i förväg om du behöver tolkning eller annat stöd för att delta.',
  ],
  en: [
    'Our activities are funded by membership fees, volunteer work and a grant from the municipality. The annual meeting is held in spring, and every member may speak and vote.',
    'We take part in the municipality’s cooperation between associations and in the yearly associations’ day at the market square.',
    'You are welcome to bring an assistant free of charge. Let us know in advance if you need interpretation or other support to take part.',
  ],
};

/** History, "about us" and joining paragraphs; `noun` is the subject ("Seura", "Kören"). */
export function genericParagraphs(lang: NameLang, g: Generic & { noun: string }): string[] {
  let history: string[];
  let join: string[];
  let fee: string;
  if (lang === 'fi') {
    history = [
      `${g.noun} on perustettu vuonna ${g.founded}.`,
      `${g.noun} perustettiin vuonna ${g.founded}, ja nykyään jäseniä on noin ${g.members}.`,
      `Toimintamme alkoi vuonna ${g.founded}. Jäseniä on tällä hetkellä noin ${g.members}.`,
    ];
    join = [
      'Uudet jäsenet ovat aina tervetulleita!',
      'Tule mukaan – aiempaa kokemusta ei tarvita.',
      'Jäseneksi voit liittyä verkkosivujemme kautta tai paikan päällä.',
      'Ota rohkeasti yhteyttä hallitukseen, niin kerromme lisää toiminnastamme.',
    ];
    fee = `Jäsenmaksu on ${g.fee} euroa vuodessa.`;
  } else if (lang === 'sv') {
    history = [
      `${g.noun} grundades år ${g.founded}.`,
      `${g.noun} grundades år ${g.founded} och har i dag omkring ${g.members} medlemmar.`,
      `Verksamheten inleddes år ${g.founded}. I dag har vi omkring ${g.members} medlemmar.`,
    ];
    join = [
      'Nya medlemmar är alltid välkomna!',
      'Kom med – ingen tidigare erfarenhet behövs.',
      'Du kan bli medlem via vår webbplats eller på plats.',
      'Kontakta gärna styrelsen så berättar vi mer om verksamheten.',
    ];
    fee = `Medlemsavgiften är ${g.fee} euro per år.`;
  } else if (lang === 'en') {
    history = [
      `${g.noun} was founded in ${g.founded}.`,
      `${g.noun} was founded in ${g.founded} and today has about ${g.members} members.`,
    ];
    join = [
      'New members are always welcome!',
      'Come along – no previous experience needed.',
      'You can join through our website or in person.',
      'Get in touch with the board to find out more.',
    ];
    fee = `The membership fee is ${g.fee} euros a year.`;
  } else {
    return [];
  }
  const about = Array.from({ length: g.extra }, (_, i) => nth(ABOUT[lang], g.extraFrom + i));
  const joinText = nth(join, g.join) + (g.withFee ? ` ${fee}` : '');
  if (!g.withHistory) return [...about, joinText];
  const historyText = nth(history, g.history);
  return g.together ? [...about, `${historyText} ${joinText}`] : [historyText, ...about, joinText];
}
