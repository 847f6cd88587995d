/**
 * Kinds of local associations in the demo feed: how they are named in each
 * language, what they do, which codes of the contract's taxonomy they carry.
 * Texts are templates so the same kind reads naturally in every town
 * ("Kempeleen Mieskuoro ry", "Nykarleby Manskör rf").
 */
import type { NameLang } from './places.js';

export type Category =
  | 'politics'
  | 'profession'
  | 'social-health'
  | 'culture'
  | 'leisure'
  | 'sports'
  | 'religion'
  | 'defence-intl'
  | 'other';

export type TargetGroup =
  'children' | 'youth' | 'families' | 'adults' | 'seniors' | 'immigrants' | 'disability' | 'everyone';

export type Theme = 'wellbeing' | 'village-activity' | 'nature';

export type VenueKey =
  | 'hall'
  | 'field'
  | 'school'
  | 'parish'
  | 'club'
  | 'library'
  | 'village'
  | 'youth'
  | 'civic'
  | 'pool'
  | 'range'
  | 'station'
  | 'stable'
  | 'track'
  | 'workers';

/** A place in one language: genitive (or the attributive form), nominative, "in X". */
export interface NameCtx {
  gen: string;
  nom: string;
  loc: string;
  /** Genitive and "in X" of the municipality's region ("Oulun Seudun", "Oulun seudulla"), else of the place. */
  rgen: string;
  rloc: string;
}

/** A place plus the association's meeting day, time and venue in one language. */
export interface TextCtx extends NameCtx {
  day: string;
  time: string;
  venue: string;
}

export type Tpl<C> = string | ((c: C) => string);

export interface KindText {
  /** Name variants without the "ry"/"rf" suffix, which the generator adds. */
  name: readonly Tpl<NameCtx>[];
  short: readonly Tpl<TextCtx>[];
  intro: readonly Tpl<TextCtx>[];
  activity?: readonly Tpl<TextCtx>[];
}

/**
 * Where a kind can be based. `muni`: the municipality or a former one (Haukipudas,
 * Esse). `region`: the municipality only; templates name it after its region
 * with `rgen` when it has one ("Oulun Seudun …"). `local`: also villages. `village`, `district`: only those.
 * `school`: anywhere but the municipality itself. `sami`: places with Sámi names.
 */
export type Scope = 'muni' | 'region' | 'local' | 'village' | 'district' | 'school' | 'sami';

export type RoleSet = 'sports' | 'choir' | 'fire' | 'sami';

export interface Kind {
  key: string;
  weight: number;
  scope: Scope;
  categories: readonly Category[];
  themes?: readonly Theme[];
  targetGroups: readonly TargetGroup[];
  venues: readonly VenueKey[];
  founded: readonly [number, number];
  noun: { fi: string; sv: string; en: string };
  text: Partial<Record<NameLang, KindText>>;
  /** Only in these municipalities. */
  only?: readonly string[];
  /** Weight multipliers per municipality code. */
  weightIn?: Readonly<Record<string, number>>;
  /** Languages of the names, whatever the municipality's profiles say. */
  forceLangs?: (code: string) => readonly NameLang[];
  /** Working languages beyond the name languages; one or two are picked. */
  extraLanguages?: readonly string[];
  /** Accessibility codes that are likely for this kind. */
  accessibility?: readonly string[];
  roles?: RoleSet;
  /** When the association meets (default: evenings). */
  hours?: 'morning' | 'day' | 'evening';
  /** Social media services this kind tends to use, most likely first. */
  social?: readonly string[];
}

const SPORT = { fi: 'Seura', sv: 'Föreningen', en: 'The club' };
const CLUB = { fi: 'Kerho', sv: 'Klubben', en: 'The club' };
const ASSOC = { fi: 'Yhdistys', sv: 'Föreningen', en: 'The association' };
const CHOIR = { fi: 'Kuoro', sv: 'Kören', en: 'The choir' };

const SV_MUNIS = ['598', '599', '893', '272'];
const CITIES = ['564', '272', '598'];

// ---------------------------------------------------------------- sports

const sports: Kind[] = [
  {
    key: 'sports-general',
    weight: 3,
    scope: 'local',
    categories: ['sports'],
    themes: ['wellbeing'],
    targetGroups: ['children', 'youth', 'adults'],
    venues: ['hall', 'field', 'school'],
    founded: [1905, 1985],
    noun: SPORT,
    roles: 'sports',
    social: ['facebook', 'instagram', 'tiktok'],
    text: {
      fi: {
        name: [(c) => `${c.gen} Urheiluseura`, (c) => `${c.gen} Urheilijat`],
        short: [
          (c) => `Monipuolista liikuntaa ja urheilua kaikenikäisille ${c.loc}.`,
          'Yleisurheilua, hiihtoa ja pesäpalloa lapsille, nuorille ja aikuisille.',
        ],
        intro: [
          (c) =>
            `Seura tarjoaa liikuntamahdollisuuksia ${c.loc} lapsista veteraaneihin. Lajeinamme ovat yleisurheilu, hiihto ja pesäpallo.`,
          (c) =>
            `Olemme ${c.loc} toimiva yleisseura, jonka jaostoissa harrastetaan yleisurheilua, hiihtoa ja salibandya.`,
        ],
        activity: [
          (c) =>
            `Lasten liikuntakerho kokoontuu ${c.day} klo ${c.time} ${c.venue}. Yleisurheilukoulu alkaa toukokuussa, ja seuran kautta pääsee mukaan piirinmestaruuskisoihin.`,
          (c) =>
            `Aikuisten kuntojumppa on ${c.day} klo ${c.time} ${c.venue}. Kesäisin järjestämme lapsille urheilukoulun.`,
        ],
      },
      sv: {
        name: [(c) => `${c.gen} Idrottsförening`, (c) => `${c.gen} Idrottsklubb`],
        short: [
          (c) => `Mångsidig idrott och motion för alla åldrar ${c.loc}.`,
          'Friidrott, skidåkning och bollsporter för barn, unga och vuxna.',
        ],
        intro: [
          'Föreningen erbjuder idrott för alla från barn till veteraner. Våra grenar är friidrott, skidåkning och boboll.',
          (c) => `Vi är en allmän idrottsförening ${c.loc} med sektioner för friidrott, skidåkning och innebandy.`,
        ],
        activity: [
          (c) => `Barnens idrottsskola träffas ${c.day} kl. ${c.time} ${c.venue}. Friidrottsskolan startar i maj.`,
          (c) =>
            `Motionsgympan för vuxna är ${c.day} kl. ${c.time} ${c.venue}. På sommaren ordnar vi idrottsskola för barn.`,
        ],
      },
      en: {
        name: [(c) => `${c.nom} Sports Club`, (c) => `${c.nom} Athletic Club`],
        short: [(c) => `Sports and exercise for all ages ${c.loc}.`],
        intro: ['The club offers athletics, skiing and ball games for children, young people and adults.'],
        activity: [(c) => `The children's sports club meets ${c.day} ${c.time} ${c.venue}.`],
      },
    },
  },
  {
    key: 'volleyball',
    weight: 1.5,
    scope: 'muni',
    categories: ['sports'],
    targetGroups: ['youth', 'adults'],
    venues: ['hall', 'school'],
    founded: [1950, 2005],
    noun: SPORT,
    roles: 'sports',
    social: ['facebook', 'instagram', 'youtube'],
    text: {
      fi: {
        name: [(c) => `${c.gen} Lentopalloseura`, (c) => `${c.gen} Lentopallo`],
        short: [
          (c) => `Lentopalloa junioreista kuntosarjaan ${c.loc}.`,
          'Lentopallon harrastamista kaikentasoisille pelaajille.',
        ],
        intro: [
          'Seuramme joukkueet pelaavat lentopalloa sekä juniorisarjoissa että aikuisten sarjoissa. Edustusjoukkue pelaa 1-sarjassa.',
          'Lentopallo on seuramme ainoa laji, ja panostamme erityisesti tyttö- ja poikajunioreihin.',
        ],
        activity: [
          (c) =>
            `Juniorien harjoitukset ovat ${c.day} klo ${c.time} ${c.venue}. Kuntolentopalloporukkaan pääsee mukaan kokeilemaan ilman sitoutumista.`,
          (c) =>
            `Aikuisten harrasteryhmä pelaa ${c.day} klo ${c.time} ${c.venue}. Pelaajaksi voi tulla myös ilman aiempaa kokemusta.`,
        ],
      },
      sv: {
        name: [(c) => `${c.gen} Volleybollklubb`, (c) => `${c.gen} Volley`],
        short: [
          (c) => `Volleyboll från juniorer till motionsserier ${c.loc}.`,
          'Volleyboll för spelare på alla nivåer.',
        ],
        intro: [
          'Klubbens lag spelar volleyboll i både junior- och seniorserier.',
          'Volleyboll är vår enda gren, och vi satsar särskilt på flick- och pojkjuniorer.',
        ],
        activity: [
          (c) =>
            `Juniorerna tränar ${c.day} kl. ${c.time} ${c.venue}. Du kan pröva på motionsvolleyn utan förpliktelser.`,
        ],
      },
      en: {
        name: [(c) => `${c.nom} Volleyball Club`],
        short: [(c) => `Volleyball from juniors to recreational leagues ${c.loc}.`],
        intro: ['Our teams play in junior and adult leagues, and beginners are welcome in the recreational group.'],
        activity: [(c) => `Junior practice is ${c.day} ${c.time} ${c.venue}.`],
      },
    },
  },
  {
    key: 'football',
    weight: 2,
    scope: 'muni',
    categories: ['sports'],
    targetGroups: ['children', 'youth', 'adults'],
    venues: ['field'],
    founded: [1920, 2000],
    noun: SPORT,
    roles: 'sports',
    social: ['facebook', 'instagram', 'tiktok'],
    text: {
      fi: {
        name: [(c) => `${c.gen} Palloseura`, (c) => `${c.gen} Jalkapalloseura`],
        short: [
          'Jalkapalloa tytöille ja pojille sekä aikuisten harrastesarjoja.',
          (c) => `Futista kaikenikäisille ${c.loc} – joukkueita viisivuotiaista alkaen.`,
        ],
        intro: [
          'Jalkapalloseuramme toiminta painottuu junioreihin: joukkueita on viisivuotiaista alkaen, ja kaikki pääsevät pelaamaan.',
          'Seuran edustusjoukkue pelaa Kolmosessa, ja juniorijoukkueita on kaikissa ikäluokissa.',
        ],
        activity: [
          (c) =>
            `Kesäkaudella harjoittelemme ${c.day} klo ${c.time} ${c.venue}, talvella tekonurmella ja liikuntahallissa. Futisleirit järjestetään kesäkuussa.`,
        ],
      },
      sv: {
        name: [(c) => `${c.gen} Bollklubb`, (c) => `${c.gen} Fotbollsklubb`],
        short: [
          'Fotboll för flickor och pojkar samt motionsfotboll för vuxna.',
          (c) => `Fotboll för alla åldrar ${c.loc} – lag från fem års ålder.`,
        ],
        intro: ['Klubbens verksamhet fokuserar på juniorfotboll med lag från fem års ålder, och alla får spela.'],
        activity: [
          (c) =>
            `Under sommaren tränar vi ${c.day} kl. ${c.time} ${c.venue}, på vintern på konstgräs och i idrottshallen. Fotbollslägret ordnas i juni.`,
        ],
      },
      en: {
        name: [(c) => `${c.nom} Football Club`],
        short: ['Football for girls and boys and recreational football for adults.'],
        intro: ['Our club focuses on junior football, with teams from the age of five.'],
        activity: [(c) => `In summer we train ${c.day} ${c.time} ${c.venue}.`],
      },
    },
  },
  {
    key: 'skiing',
    weight: 1.5,
    scope: 'muni',
    categories: ['sports'],
    themes: ['nature'],
    targetGroups: ['children', 'youth', 'adults'],
    venues: ['track'],
    founded: [1900, 1990],
    noun: SPORT,
    roles: 'sports',
    social: ['facebook', 'instagram'],
    weightIn: { '148': 3, '890': 2, '139': 1.5 },
    text: {
      fi: {
        name: [(c) => `${c.gen} Hiihtoseura`, (c) => `${c.gen} Hiihtäjät`],
        short: [
          (c) => `Hiihtoa, lasten hiihtokoulu ja latujen kunnossapitoa ${c.loc}.`,
          'Murtomaahiihtoa kilpa- ja kuntohiihtäjille.',
        ],
        intro: [
          'Seura ylläpitää valaistuja latuja ja järjestää hiihtokilpailuja koko talven ajan.',
          (c) =>
            `Hiihtoseuramme kasvattaa hiihtäjiä lapsista aikuisiin ja huolehtii ${c.gen} kuntoratojen latupohjista.`,
        ],
        activity: [
          (c) =>
            `Lasten hiihtokoulu kokoontuu ${c.day} klo ${c.time} ${c.venue}. Kesäisin harjoittelemme rullahiihtäen ja sauvakävellen.`,
        ],
      },
      sv: {
        name: [(c) => `${c.gen} Skidklubb`, (c) => `${c.gen} Skidförening`],
        short: [
          (c) => `Skidåkning, skidskola för barn och skötsel av skidspåren ${c.loc}.`,
          'Längdskidåkning för tävlings- och motionsåkare.',
        ],
        intro: [
          'Klubben sköter belysta skidspår och ordnar tävlingar hela vintern.',
          'Vi fostrar skidåkare från barn till vuxna och håller motionsspåren i skick.',
        ],
        activity: [
          (c) =>
            `Barnens skidskola träffas ${c.day} kl. ${c.time} ${c.venue}. På sommaren tränar vi med rullskidor och stavgång.`,
        ],
      },
      en: {
        name: [(c) => `${c.nom} Ski Club`],
        short: ['Cross-country skiing, a ski school for children and trail maintenance.'],
        intro: ['The club maintains lit ski trails and organises races all winter.'],
        activity: [(c) => `The children's ski school meets ${c.day} ${c.time} ${c.venue}.`],
      },
    },
  },
  {
    key: 'orienteering',
    weight: 1,
    scope: 'muni',
    categories: ['sports'],
    themes: ['nature'],
    targetGroups: ['youth', 'adults'],
    venues: ['track'],
    founded: [1945, 2000],
    noun: SPORT,
    roles: 'sports',
    text: {
      fi: {
        name: [(c) => `${c.gen} Suunnistajat`, (c) => `${c.gen} Rastit`],
        short: [
          'Suunnistusta, kuntorasteja ja suunnistuskoulu aloittelijoille.',
          (c) => `Suunnistusta ja rastiretkiä metsässä kaikenikäisille ${c.loc}.`,
        ],
        intro: [
          'Järjestämme kuntorasteja huhtikuusta lokakuuhun ja suunnistuskoulun aloittelijoille.',
          'Seuramme suunnistajat kilpailevat kansallisissa kisoissa ja Jukolan viestissä.',
        ],
        activity: [
          (c) =>
            `Kuntorastit ovat ${c.day} klo ${c.time}; lähtöpaikat ilmoitetaan verkkosivuillamme. Talvella harrastamme hiihtosuunnistusta.`,
        ],
      },
      sv: {
        name: [(c) => `${c.gen} Orienteringsklubb`, (c) => `${c.gen} Orienterare`],
        short: ['Orientering, motionskontroller och orienteringsskola för nybörjare.'],
        intro: [
          'Vi ordnar motionsorienteringar från april till oktober och en orienteringsskola för nybörjare.',
          'Klubbens orienterare tävlar i nationella tävlingar och i Jukola- och Venlakavlen.',
        ],
        activity: [
          (c) =>
            `Motionsorienteringen är ${c.day} kl. ${c.time}; startplatserna meddelas på vår webbplats. På vintern tränar vi skidorientering.`,
        ],
      },
      en: {
        name: [(c) => `${c.nom} Orienteering Club`],
        short: ['Orienteering, weekly training events and a course for beginners.'],
        intro: ['We organise weekly orienteering events from April to October.'],
        activity: [(c) => `Training events are ${c.day} ${c.time}; start locations are announced on our website.`],
      },
    },
  },
  {
    key: 'floorball',
    weight: 1.5,
    scope: 'muni',
    categories: ['sports'],
    targetGroups: ['children', 'youth', 'adults'],
    venues: ['hall', 'school'],
    founded: [1985, 2015],
    noun: SPORT,
    roles: 'sports',
    social: ['instagram', 'tiktok', 'facebook'],
    text: {
      fi: {
        name: [(c) => `${c.gen} Salibandyseura`, (c) => `${c.gen} Salibandy`],
        short: [
          (c) => `Salibandya junioreille ja aikuisille ${c.loc}.`,
          'Salibandyn harrastus- ja kilpajoukkueita tytöille ja pojille.',
        ],
        intro: [
          'Salibandyseuramme joukkueet pelaavat Salibandyliiton sarjoissa F-junioreista aikuisiin.',
          'Panostamme harrastesalibandyyn: meillä pelataan ilman kilpailupaineita.',
        ],
        activity: [
          (c) =>
            `Harjoitukset ovat ${c.day} klo ${c.time} ${c.venue}. Ensimmäisiin harjoituksiin voi lainata mailan seuralta.`,
        ],
      },
      sv: {
        name: [(c) => `${c.gen} Innebandyförening`, (c) => `${c.gen} Innebandyklubb`],
        short: [(c) => `Innebandy för juniorer och vuxna ${c.loc}.`, 'Innebandylag för flickor och pojkar.'],
        intro: [
          'Föreningens lag spelar i serier från F-juniorer till vuxna.',
          'Vi satsar på motionsinnebandy utan tävlingspress.',
        ],
        activity: [
          (c) => `Träningarna är ${c.day} kl. ${c.time} ${c.venue}. Du kan låna en klubba till de första träningarna.`,
        ],
      },
      en: {
        name: [(c) => `${c.nom} Floorball Club`],
        short: ['Floorball for juniors and adults.'],
        intro: ['Our teams play in leagues from under-10s to adults.'],
        activity: [(c) => `Practice is ${c.day} ${c.time} ${c.venue}; you can borrow a stick for your first sessions.`],
      },
    },
  },
  {
    key: 'athletics',
    weight: 1,
    scope: 'muni',
    categories: ['sports'],
    targetGroups: ['children', 'youth'],
    venues: ['field', 'hall'],
    founded: [1920, 1995],
    noun: SPORT,
    roles: 'sports',
    text: {
      fi: {
        name: [(c) => `${c.gen} Yleisurheilijat`],
        short: [
          'Yleisurheilua: juoksua, hyppyjä ja heittoja lapsista aikuisiin.',
          (c) => `Yleisurheilukoulu ja valmennusryhmät ${c.loc}.`,
        ],
        intro: [
          'Seura järjestää yleisurheilukoulua lapsille ja valmentaa nuoria urheilijoita piirin ja SM-tason kilpailuihin.',
        ],
        activity: [
          (c) => `Harjoitukset ovat ${c.day} klo ${c.time} ${c.venue}. Talvella harjoittelemme liikuntahallissa.`,
        ],
      },
      sv: {
        name: [(c) => `${c.gen} Friidrottsklubb`, (c) => `${c.gen} Friidrott`],
        short: ['Friidrott för barn, unga och vuxna: löpning, hopp och kast.'],
        intro: ['Vi ordnar friidrottsskola för barn och tränar unga idrottare inför distrikts- och FM-tävlingar.'],
        activity: [(c) => `Träningarna är ${c.day} kl. ${c.time} ${c.venue}.`],
      },
      en: {
        name: [(c) => `${c.nom} Athletics Club`],
        short: ['Athletics for children, young people and adults.'],
        intro: ['We run an athletics school for children and coach young athletes.'],
        activity: [(c) => `Practice is ${c.day} ${c.time} ${c.venue}.`],
      },
    },
  },
  {
    key: 'gymnastics',
    weight: 1,
    scope: 'muni',
    categories: ['sports'],
    themes: ['wellbeing'],
    targetGroups: ['children', 'families', 'adults'],
    venues: ['hall', 'school'],
    founded: [1900, 1990],
    noun: SPORT,
    roles: 'sports',
    text: {
      fi: {
        name: [(c) => `${c.gen} Voimistelijat`, (c) => `${c.gen} Voimisteluseura`],
        short: ['Voimistelua, temppuilua ja tanssillista liikuntaa lapsille ja aikuisille.'],
        intro: [
          (c) =>
            `Voimisteluseura tarjoaa ${c.loc} perhe- ja lastenjumppaa, telinevoimistelua sekä aikuisten kuntoliikuntaa.`,
        ],
        activity: [
          (c) => `Perheliikunta on ${c.day} klo ${c.time} ${c.venue}. Syyskauden ryhmiin ilmoittaudutaan elokuussa.`,
        ],
      },
      sv: {
        name: [(c) => `${c.gen} Gymnastikförening`],
        short: ['Gymnastik, redskapsgymnastik och dans för barn och vuxna.'],
        intro: [(c) => `Föreningen erbjuder familjegymnastik, redskapsgymnastik och motion för vuxna ${c.loc}.`],
        activity: [
          (c) => `Familjegympan är ${c.day} kl. ${c.time} ${c.venue}. Anmälan till höstens grupper görs i augusti.`,
        ],
      },
      en: {
        name: [(c) => `${c.nom} Gymnastics Club`],
        short: ['Gymnastics, acrobatics and dance for children and adults.'],
        intro: ['We offer family gym, artistic gymnastics and fitness classes for adults.'],
        activity: [(c) => `Family gym is ${c.day} ${c.time} ${c.venue}.`],
      },
    },
  },
  {
    key: 'swimming',
    weight: 1,
    scope: 'region',
    only: ['564', '244', '272', '598'],
    categories: ['sports'],
    themes: ['wellbeing'],
    targetGroups: ['children', 'youth'],
    venues: ['pool'],
    founded: [1930, 1990],
    noun: SPORT,
    roles: 'sports',
    text: {
      fi: {
        name: [(c) => `${c.gen} Uimaseura`, (c) => `${c.gen} Uimarit`],
        short: ['Uimakouluja lapsille ja kilpauintia nuorille.'],
        intro: [(c) => `Uimaseura opettaa ${c.loc} vuosittain satoja lapsia uimaan ja valmentaa kilpauimareita.`],
        activity: [
          (c) => `Uimakoulut ovat ${c.day} klo ${c.time} ${c.venue}. Aikuisten tekniikkaryhmiin mahtuu vielä mukaan.`,
        ],
      },
      sv: {
        name: [(c) => `${c.gen} Simsällskap`, (c) => `${c.gen} Simklubb`],
        short: ['Simskolor för barn och tävlingssimning för unga.'],
        intro: ['Sällskapet lär hundratals barn att simma varje år och tränar tävlingssimmare.'],
        activity: [(c) => `Simskolorna är ${c.day} kl. ${c.time} ${c.venue}.`],
      },
      en: {
        name: [(c) => `${c.nom} Swimming Club`],
        short: ['Swimming lessons for children and competitive swimming for young people.'],
        intro: ['Every year we teach hundreds of children to swim.'],
        activity: [(c) => `Swimming lessons are ${c.day} ${c.time} ${c.venue}.`],
      },
    },
  },
  {
    key: 'riding',
    weight: 0.7,
    scope: 'muni',
    categories: ['sports'],
    themes: ['nature'],
    targetGroups: ['children', 'youth', 'adults'],
    venues: ['stable'],
    founded: [1970, 2010],
    noun: SPORT,
    roles: 'sports',
    text: {
      fi: {
        name: [(c) => `${c.gen} Ratsastajat`, (c) => `${c.gen} Ratsastusseura`],
        short: ['Ratsastusta, hevostaitoja ja kilpailuja hevosharrastajille.'],
        intro: [
          'Seura järjestää valmennuksia, seurakilpailuja ja hevostaitokursseja yhteistyössä paikallisen tallin kanssa.',
        ],
        activity: [(c) => `Kokoonnumme ${c.day} klo ${c.time} ${c.venue}. Ponikerho on tarkoitettu 7–12-vuotiaille.`],
      },
      sv: {
        name: [(c) => `${c.gen} Ryttarförening`, (c) => `${c.gen} Ridklubb`],
        short: ['Ridning, hästkunskap och tävlingar för hästvänner.'],
        intro: ['Föreningen ordnar träningar, klubbtävlingar och kurser i samarbete med ett lokalt stall.'],
        activity: [(c) => `Vi träffas ${c.day} kl. ${c.time} ${c.venue}. Ponnyklubben är för 7–12-åringar.`],
      },
      en: {
        name: [(c) => `${c.nom} Riding Club`],
        short: ['Riding, horse care and competitions.'],
        intro: ['We organise coaching, club competitions and horse care courses with a local stable.'],
        activity: [(c) => `We meet ${c.day} ${c.time} ${c.venue}.`],
      },
    },
  },
  {
    key: 'motor',
    weight: 0.6,
    scope: 'muni',
    categories: ['sports', 'leisure'],
    targetGroups: ['youth', 'adults'],
    venues: ['club'],
    founded: [1955, 2005],
    noun: CLUB,
    text: {
      fi: {
        name: [(c) => `${c.gen} Moottorikerho`, (c) => `${c.gen} Urheiluautoilijat`],
        short: ['Moottoriurheilua: jokamiesluokkaa, kartingia ja rata-ajoa.'],
        intro: ['Kerho järjestää jokamiesluokan kilpailuja, rataharjoituksia ja nuorten mopotallin.'],
        activity: [(c) => `Kerhoilta on ${c.day} klo ${c.time} ${c.venue}. Kilpailukausi alkaa huhtikuussa.`],
      },
      sv: {
        name: [(c) => `${c.gen} Motorklubb`],
        short: ['Motorsport: folkrace, karting och banåkning.'],
        intro: ['Klubben ordnar folkracetävlingar, banträningar och en mopedverkstad för unga.'],
        activity: [(c) => `Klubbkvällen är ${c.day} kl. ${c.time} ${c.venue}. Tävlingssäsongen börjar i april.`],
      },
    },
  },
  {
    key: 'cricket',
    weight: 2,
    scope: 'region',
    only: ['564'],
    forceLangs: () => ['en', 'fi'],
    extraLanguages: ['hi', 'ur'],
    categories: ['sports'],
    targetGroups: ['adults', 'immigrants'],
    venues: ['hall'],
    founded: [2005, 2020],
    noun: SPORT,
    roles: 'sports',
    text: {
      en: {
        name: [(c) => `${c.nom} Cricket Club`],
        short: [(c) => `Cricket ${c.loc} for players of all levels and backgrounds.`],
        intro: ['We play in the national cricket leagues in summer and train indoors in winter.'],
        activity: [(c) => `Indoor nets are ${c.day} ${c.time} ${c.venue}. Kit can be borrowed.`],
      },
      fi: {
        name: [(c) => `${c.gen} Krikettiseura`],
        short: ['Krikettiä kaikentasoisille pelaajille.'],
        intro: ['Pelaamme kesällä kansallisissa krikettisarjoissa ja harjoittelemme talvella sisällä.'],
        activity: [(c) => `Sisäharjoitukset ovat ${c.day} klo ${c.time} ${c.venue}.`],
      },
    },
  },
];

// ---------------------------------------------------------------- nature and hobbies

const hobbies: Kind[] = [
  {
    key: 'hunting',
    weight: 2,
    scope: 'local',
    categories: ['leisure'],
    themes: ['nature'],
    targetGroups: ['adults'],
    venues: ['range'],
    founded: [1930, 1990],
    noun: SPORT,
    weightIn: { '148': 2, '890': 2, '139': 1.5, '599': 1.5, '893': 1.5 },
    text: {
      fi: {
        name: [(c) => `${c.gen} Metsästysseura`, (c) => `${c.gen} Erämiehet`],
        short: [
          (c) => `Metsästystä, riistanhoitoa ja ampumaharjoittelua ${c.loc}.`,
          'Hirvenmetsästystä, riistanhoitoa ja yhteisiä peijaisia.',
        ],
        intro: [
          'Seuran vuokraamilla metsästysalueilla metsästetään hirveä, metsäkanalintuja ja vesilintuja. Hirviseurue kokoontuu syyskuun alussa.',
        ],
        activity: [
          (c) =>
            `Ampumaradan harjoitusvuorot ovat ${c.day} klo ${c.time}. Seura osallistuu myös riistakolmiolaskentoihin ja pienpetopyyntiin.`,
        ],
      },
      sv: {
        name: [(c) => `${c.gen} Jaktförening`, (c) => `${c.gen} Jaktklubb`],
        short: [(c) => `Jakt, viltvård och skytteträning ${c.loc}.`, 'Älgjakt, viltvård och gemensamma jaktfester.'],
        intro: [
          'Föreningen jagar älg, skogsfågel och sjöfågel på arrenderade marker. Älgjaktslaget samlas i början av september.',
        ],
        activity: [
          (c) =>
            `Skyttebanan är öppen för medlemmar ${c.day} kl. ${c.time}. Vi deltar också i viltinventeringar och småviltsjakt.`,
        ],
      },
    },
  },
  {
    key: 'fishing',
    weight: 1,
    scope: 'local',
    categories: ['leisure'],
    themes: ['nature'],
    targetGroups: ['everyone'],
    venues: ['club', 'village'],
    founded: [1950, 2000],
    noun: SPORT,
    weightIn: { '890': 3, '148': 2 },
    text: {
      fi: {
        name: [(c) => `${c.gen} Kalastusseura`, (c) => `${c.gen} Kalamiehet`],
        short: [
          'Kalastusta, kalastuskilpailuja ja vesistöjen hoitoa.',
          (c) => `Pilkkiä, heittokalastusta ja kalavesien hoitoa ${c.loc}.`,
        ],
        intro: [
          'Seura järjestää talvella pilkkikilpailuja ja kesällä vetouistelukisoja sekä istuttaa vuosittain kalanpoikasia.',
        ],
        activity: [(c) => `Kerhoilta on ${c.day} klo ${c.time} ${c.venue}. Lasten onkikisat pidetään kesäkuussa.`],
      },
      sv: {
        name: [(c) => `${c.gen} Fiskeklubb`, (c) => `${c.gen} Fiskevårdsförening`],
        short: ['Fiske, fisketävlingar och vattenvård.'],
        intro: [
          'Klubben ordnar pimpeltävlingar på vintern och trollingtävlingar på sommaren och planterar fiskyngel varje år.',
        ],
        activity: [(c) => `Klubbkvällen är ${c.day} kl. ${c.time} ${c.venue}. Metetävlingen för barn hålls i juni.`],
      },
      en: {
        name: [(c) => `${c.nom} Angling Club`],
        short: ['Ice fishing, angling and caring for local waters.'],
        intro: ['We organise ice fishing competitions in winter and trolling competitions in summer.'],
        activity: [(c) => `Club evenings are ${c.day} ${c.time} ${c.venue}.`],
      },
    },
  },
  {
    key: 'nature',
    weight: 1,
    scope: 'region',
    categories: ['other'],
    themes: ['nature'],
    targetGroups: ['everyone'],
    venues: ['library', 'club'],
    founded: [1970, 2010],
    noun: ASSOC,
    text: {
      fi: {
        name: [(c) => `${c.rgen} Luonnonsuojeluyhdistys`, (c) => `${c.rgen} Luonto`],
        short: [
          (c) => `Luonnon ja ympäristön suojelua, retkiä ja luontoiltoja ${c.rloc}.`,
          'Lintu- ja kasviretkiä, luontokartoituksia ja ympäristökasvatusta.',
        ],
        intro: [
          'Yhdistys seuraa kaavoitusta, tekee luontokartoituksia ja järjestää lintu- ja kasviretkiä.',
          (c) => `Toimimme ${c.rloc} arvokkaiden luontokohteiden, kuten soiden ja rantaniittyjen, puolesta.`,
        ],
        activity: [
          (c) => `Luontoillat ovat ${c.day} klo ${c.time} ${c.venue}. Kevään linturetkille ei tarvitse ilmoittautua.`,
        ],
      },
      sv: {
        name: [(c) => `${c.rgen} Naturskyddsförening`, (c) => `${c.rgen} Natur och Miljö`],
        short: [
          (c) => `Natur- och miljöskydd, utfärder och naturkvällar ${c.rloc}.`,
          'Fågel- och växtexkursioner, naturinventeringar och miljöfostran.',
        ],
        intro: ['Föreningen följer med planläggningen, inventerar naturvärden och ordnar fågel- och växtexkursioner.'],
        activity: [
          (c) => `Naturkvällarna är ${c.day} kl. ${c.time} ${c.venue}. Vårens fågelexkursioner kräver ingen anmälan.`,
        ],
      },
      en: {
        name: [(c) => `${c.nom} Nature Society`],
        short: ['Nature conservation, excursions and nature evenings.'],
        intro: [(c) => `We work to protect valuable natural sites ${c.loc}, such as mires and coastal meadows.`],
        activity: [(c) => `Nature evenings are ${c.day} ${c.time} ${c.venue}.`],
      },
    },
  },
  {
    key: 'gardening',
    weight: 0.7,
    scope: 'muni',
    categories: ['leisure'],
    themes: ['nature'],
    targetGroups: ['adults', 'seniors'],
    venues: ['library', 'club'],
    founded: [1950, 2005],
    noun: SPORT,
    text: {
      fi: {
        name: [(c) => `${c.gen} Puutarhaseura`],
        short: ['Puutarhanhoitoa, taimienvaihtoa ja puutarhamatkoja.'],
        intro: ['Seura järjestää luentoja, taimien vaihtotoreja ja opintomatkoja kotipuutarhureille.'],
        activity: [(c) => `Kokoonnumme ${c.day} klo ${c.time} ${c.venue}. Kevään taimitori pidetään toukokuussa.`],
      },
      sv: {
        name: [(c) => `${c.gen} Trädgårdsförening`],
        short: ['Trädgårdsskötsel, plantbyte och trädgårdsresor.'],
        intro: ['Föreningen ordnar föreläsningar, plantbytardagar och studieresor för hemträdgårdsodlare.'],
        activity: [(c) => `Vi träffas ${c.day} kl. ${c.time} ${c.venue}. Vårens plantbytardag hålls i maj.`],
      },
      en: {
        name: [(c) => `${c.nom} Garden Society`],
        short: ['Gardening talks, plant swaps and garden trips.'],
        intro: ['We organise talks, plant swaps and study trips for home gardeners.'],
        activity: [(c) => `We meet ${c.day} ${c.time} ${c.venue}.`],
      },
    },
  },
  {
    key: 'dogs',
    weight: 0.8,
    scope: 'muni',
    categories: ['leisure'],
    themes: ['nature'],
    targetGroups: ['everyone'],
    venues: ['field'],
    founded: [1965, 2015],
    noun: CLUB,
    text: {
      fi: {
        name: [(c) => `${c.gen} Koirakerho`, (c) => `${c.gen} Koiraharrastajat`],
        short: ['Koirien koulutusta, agilityä ja rally-tokoa.'],
        intro: [
          'Kerho järjestää pentukursseja, tottelevaisuuskoulutusta ja agilityharjoituksia kaikenrotuisille koirille.',
        ],
        activity: [
          (c) => `Harjoitukset ovat ${c.day} klo ${c.time} ${c.venue}. Pentukurssit alkavat keväällä ja syksyllä.`,
        ],
      },
      sv: {
        name: [(c) => `${c.gen} Hundklubb`],
        short: ['Hundträning, agility och rallylydnad.'],
        intro: ['Klubben ordnar valpkurser, lydnadsträning och agility för hundar av alla raser.'],
        activity: [(c) => `Träningarna är ${c.day} kl. ${c.time} ${c.venue}. Valpkurserna börjar på våren och hösten.`],
      },
      en: {
        name: [(c) => `${c.nom} Dog Club`],
        short: ['Dog training, agility and rally obedience.'],
        intro: ['We run puppy courses, obedience training and agility for dogs of all breeds.'],
        activity: [(c) => `Training is ${c.day} ${c.time} ${c.venue}.`],
      },
    },
  },
  {
    key: 'photo',
    weight: 0.7,
    scope: 'muni',
    categories: ['leisure'],
    targetGroups: ['adults'],
    venues: ['library', 'civic'],
    founded: [1950, 2010],
    noun: CLUB,
    social: ['instagram', 'facebook'],
    text: {
      fi: {
        name: [(c) => `${c.gen} Kameraseura`],
        short: ['Valokuvausta, näyttelyitä ja kuvauskävelyjä.'],
        intro: [
          'Kameraseura kokoaa yhteen valokuvauksen harrastajat aloittelijoista konkareihin. Järjestämme kuvakilpailuja ja vuosittaisen näyttelyn.',
        ],
        activity: [(c) => `Seurailta on ${c.day} klo ${c.time} ${c.venue}. Kuvauskävelyt tehdään kerran kuukaudessa.`],
      },
      sv: {
        name: [(c) => `${c.gen} Fotoklubb`],
        short: ['Fotografering, utställningar och fotopromenader.'],
        intro: [
          'Klubben samlar fotointresserade från nybörjare till veteraner. Vi ordnar fototävlingar och en årlig utställning.',
        ],
        activity: [(c) => `Klubbkvällen är ${c.day} kl. ${c.time} ${c.venue}.`],
      },
      en: {
        name: [(c) => `${c.nom} Camera Club`],
        short: ['Photography, exhibitions and photo walks.'],
        intro: ['The club brings together photographers from beginners to veterans.'],
        activity: [(c) => `Club nights are ${c.day} ${c.time} ${c.venue}.`],
      },
    },
  },
  {
    key: 'chess',
    weight: 0.6,
    scope: 'muni',
    categories: ['leisure'],
    targetGroups: ['children', 'youth', 'adults'],
    venues: ['library', 'club'],
    founded: [1930, 2010],
    noun: CLUB,
    text: {
      fi: {
        name: [(c) => `${c.gen} Shakkikerho`],
        short: ['Shakkia kaikentasoisille pelaajille, myös junioreille.'],
        intro: ['Kerho järjestää viikoittaisia pikashakkiturnauksia ja osallistuu shakin joukkuekilpailuihin.'],
        activity: [(c) => `Pelaamme ${c.day} klo ${c.time} ${c.venue}. Junioreille on oma opetusryhmä.`],
      },
      sv: {
        name: [(c) => `${c.gen} Schackklubb`],
        short: ['Schack för spelare på alla nivåer, också juniorer.'],
        intro: ['Klubben ordnar veckoturneringar i snabbschack och deltar i lagtävlingar.'],
        activity: [(c) => `Vi spelar ${c.day} kl. ${c.time} ${c.venue}. Juniorerna har en egen undervisningsgrupp.`],
      },
      en: {
        name: [(c) => `${c.nom} Chess Club`],
        short: ['Chess for players of all levels, juniors included.'],
        intro: ['We hold weekly rapid tournaments and play in team competitions.'],
        activity: [(c) => `We play ${c.day} ${c.time} ${c.venue}.`],
      },
    },
  },
  {
    key: 'scouts',
    weight: 1.2,
    scope: 'muni',
    categories: ['leisure'],
    themes: ['nature'],
    targetGroups: ['children', 'youth'],
    venues: ['club', 'parish', 'school'],
    founded: [1920, 2000],
    noun: { fi: 'Lippukunta', sv: 'Kåren', en: 'The scout group' },
    text: {
      fi: {
        name: [(c) => `${c.gen} Partiolaiset`, (c) => `${c.gen} Eräveikot`],
        short: ['Partiota 7–22-vuotiaille: retkiä, leirejä ja taitoja luonnossa.'],
        intro: [
          'Lippukunta tarjoaa partio-ohjelmaa sudenpennuista vaeltajiin. Kesäisin lähdemme leirille ja syksyllä vaeltamaan.',
        ],
        activity: [
          (c) =>
            `Sudenpentujen kokoukset ovat ${c.day} klo ${c.time} ${c.venue}. Uudet partiolaiset pääsevät mukaan syys- ja kevätkauden alussa.`,
        ],
      },
      sv: {
        name: [(c) => `${c.gen} Scouter`, (c) => `${c.gen} Scoutkår`],
        short: ['Scouting för 7–22-åringar: hajker, läger och friluftsliv.'],
        intro: ['Kåren erbjuder scoutprogram från vargungar till roverscouter. På sommaren åker vi på läger.'],
        activity: [(c) => `Vargungarna träffas ${c.day} kl. ${c.time} ${c.venue}.`],
      },
      en: {
        name: [(c) => `${c.nom} Scouts`],
        short: ['Scouting for ages 7–22: hikes, camps and outdoor skills.'],
        intro: ['We offer scouting from cubs to rovers, with summer camps and autumn hikes.'],
        activity: [(c) => `Cub meetings are ${c.day} ${c.time} ${c.venue}.`],
      },
    },
  },
  {
    key: 'four-h',
    weight: 1,
    scope: 'muni',
    categories: ['leisure'],
    targetGroups: ['children', 'youth'],
    venues: ['school', 'club'],
    founded: [1950, 1990],
    noun: ASSOC,
    text: {
      fi: {
        name: [(c) => `${c.gen} 4H-yhdistys`],
        short: ['4H-kerhoja ja työelämätaitoja 7–28-vuotiaille.'],
        intro: ['4H-yhdistys järjestää kokki-, eräily- ja käsityökerhoja sekä työllistää nuoria kesätöihin.'],
        activity: [
          (c) =>
            `Kerhot kokoontuvat ${c.day} ${c.venue}. Kesäleirit ja 4H-yrityskoulutus ovat avoimia kaikille nuorille.`,
        ],
      },
      sv: {
        name: [(c) => `${c.gen} 4H`],
        short: ['4H-klubbar och arbetslivsfärdigheter för 7–28-åringar.'],
        intro: ['Föreningen ordnar mat-, friluftslivs- och hantverksklubbar och sysselsätter unga på sommaren.'],
        activity: [(c) => `Klubbarna träffas ${c.day} ${c.venue}. Sommarlägren är öppna för alla unga.`],
      },
      en: {
        name: [(c) => `${c.nom} 4-H Club`],
        short: ['4-H clubs and work-life skills for ages 7–28.'],
        intro: ['We run cooking, outdoor and craft clubs and offer summer jobs for young people.'],
        activity: [(c) => `Clubs meet ${c.day} ${c.venue}.`],
      },
    },
  },
];

// ---------------------------------------------------------------- culture

const culture: Kind[] = [
  {
    key: 'male-choir',
    weight: 1.5,
    scope: 'muni',
    categories: ['culture'],
    targetGroups: ['adults'],
    venues: ['parish', 'school', 'civic'],
    founded: [1890, 1990],
    noun: CHOIR,
    roles: 'choir',
    social: ['facebook', 'youtube'],
    text: {
      fi: {
        name: [(c) => `${c.gen} Mieskuoro`],
        short: [
          'Mieskuorolaulua, konsertteja ja laulumatkoja.',
          (c) => `Perinteistä ja uutta mieskuoromusiikkia ${c.loc}.`,
        ],
        intro: [
          'Kuoro esiintyy kevät- ja joulukonserteissa sekä juhlatilaisuuksissa. Ohjelmistoon kuuluu sekä suomalaisia kuoroklassikoita että uutta musiikkia.',
        ],
        activity: [
          (c) =>
            `Harjoittelemme ${c.day} klo ${c.time} ${c.venue}. Uudet laulajat, erityisesti tenorit, ovat tervetulleita – pyydämme vain lyhyen koelaulun kuoronjohtajalle.`,
        ],
      },
      sv: {
        name: [(c) => `${c.gen} Manskör`, (c) => `${c.gen} Sångarbröder`],
        short: ['Manskörsång, konserter och sångresor.', (c) => `Traditionell och ny manskörsmusik ${c.loc}.`],
        intro: [
          'Kören uppträder på vår- och julkonserter samt vid fester. Repertoaren består av nordiska körklassiker och nyare musik.',
        ],
        activity: [
          (c) =>
            `Vi övar ${c.day} kl. ${c.time} ${c.venue}. Nya sångare, särskilt tenorer, är välkomna att provsjunga för dirigenten.`,
        ],
      },
      en: {
        name: [(c) => `${c.nom} Male Voice Choir`],
        short: ['Male voice choir singing, concerts and choir tours.'],
        intro: ['The choir performs at spring and Christmas concerts and at festivities.'],
        activity: [(c) => `Rehearsals are ${c.day} ${c.time} ${c.venue}. New singers, especially tenors, are welcome.`],
      },
    },
  },
  {
    key: 'mixed-choir',
    weight: 1.5,
    scope: 'muni',
    categories: ['culture'],
    targetGroups: ['adults'],
    venues: ['parish', 'school', 'civic'],
    founded: [1960, 2015],
    noun: CHOIR,
    roles: 'choir',
    social: ['facebook', 'youtube', 'instagram'],
    text: {
      fi: {
        name: [(c) => `${c.gen} Kamarikuoro`, (c) => `${c.gen} Sekakuoro`],
        short: [
          'Kamarikuoro, joka laulaa kaikkea renessanssista pop-sovituksiin.',
          (c) => `Sekakuorolaulua ja konsertteja ${c.loc}.`,
        ],
        intro: [
          'Kuoron ohjelmisto ulottuu renessanssimusiikista uusiin suomalaisiin sävellyksiin. Konsertoimme useita kertoja vuodessa ja osallistumme kuorokatselmuksiin.',
        ],
        activity: [
          (c) => `Harjoitukset ovat ${c.day} klo ${c.time} ${c.venue}. Etsimme erityisesti bassoja ja tenoreita.`,
        ],
      },
      sv: {
        name: [(c) => `${c.gen} Kammarkör`, (c) => `${c.gen} Blandade Kör`],
        short: ['Kammarkör som sjunger allt från renässans till pop.', (c) => `Körsång och konserter ${c.loc}.`],
        intro: ['Körens repertoar sträcker sig från renässansmusik till nya finländska verk.'],
        activity: [(c) => `Vi övar ${c.day} kl. ${c.time} ${c.venue}. Vi söker särskilt basar och tenorer.`],
      },
      en: {
        name: [(c) => `${c.nom} Chamber Choir`, (c) => `${c.nom} Mixed Choir`],
        short: ['A chamber choir singing everything from Renaissance to pop.'],
        intro: ['Our repertoire ranges from Renaissance music to new Finnish compositions.'],
        activity: [(c) => `Rehearsals are ${c.day} ${c.time} ${c.venue}.`],
      },
    },
  },
  {
    key: 'womens-choir',
    weight: 1,
    scope: 'muni',
    categories: ['culture'],
    targetGroups: ['adults'],
    venues: ['parish', 'school'],
    founded: [1920, 2000],
    noun: CHOIR,
    roles: 'choir',
    text: {
      fi: {
        name: [(c) => `${c.gen} Naiskuoro`, (c) => `${c.gen} Naislaulajat`],
        short: ['Naiskuorolaulua ja esiintymisiä juhlissa ja konserteissa.'],
        intro: [
          'Naiskuoro laulaa kansanlauluja, hengellistä musiikkia ja viihdettä. Esiinnymme muun muassa itsenäisyyspäivän juhlassa.',
        ],
        activity: [(c) => `Harjoittelemme ${c.day} klo ${c.time} ${c.venue}. Nuotinlukutaitoa ei vaadita.`],
      },
      sv: {
        name: [(c) => `${c.gen} Damkör`],
        short: ['Damkörsång och uppträdanden på fester och konserter.'],
        intro: [
          'Kören sjunger folkvisor, andlig musik och populärmusik och uppträder bland annat på självständighetsfesten.',
        ],
        activity: [(c) => `Vi övar ${c.day} kl. ${c.time} ${c.venue}. Du behöver inte kunna läsa noter.`],
      },
      en: {
        name: [(c) => `${c.nom} Women's Choir`],
        short: ['Women’s choir singing at concerts and celebrations.'],
        intro: ['We sing folk songs, sacred music and popular songs.'],
        activity: [(c) => `Rehearsals are ${c.day} ${c.time} ${c.venue}. You don't need to read music.`],
      },
    },
  },
  {
    key: 'theatre',
    weight: 1.3,
    scope: 'muni',
    categories: ['culture'],
    targetGroups: ['everyone'],
    venues: ['youth', 'civic', 'workers'],
    founded: [1900, 2000],
    noun: { fi: 'Teatteri', sv: 'Teatern', en: 'The theatre' },
    social: ['facebook', 'instagram'],
    text: {
      fi: {
        name: [
          (c) => `${c.gen} Harrastajateatteri`,
          (c) => `${c.gen} Kesäteatteri`,
          (c) => `${c.gen} Työväen Näyttämö`,
        ],
        short: [
          'Harrastajateatteria: kesäteatteria ja teatterikerhoja lapsille ja aikuisille.',
          (c) => `Kesäteatteria ${c.loc} jo vuosikymmenten ajan.`,
        ],
        intro: [
          'Teatteri tekee vuosittain kesänäytelmän ja lasten jouluesityksen. Ohjaajina toimivat ammattilaiset, näyttelijät ovat harrastajia.',
        ],
        activity: [
          (c) =>
            `Näyttelijät harjoittelevat ${c.day} klo ${c.time} ${c.venue}. Mukaan tarvitaan myös lavastajia, puvustajia ja lipunmyyjiä.`,
        ],
      },
      sv: {
        name: [(c) => `${c.gen} Amatörteater`, (c) => `${c.gen} Teaterförening`],
        short: [
          'Amatörteater: sommarteater och teaterklubbar för barn och vuxna.',
          (c) => `Sommarteater ${c.loc} sedan årtionden.`,
        ],
        intro: [
          'Teatern sätter varje år upp en sommarpjäs och en julföreställning för barn. Regissörerna är proffs, skådespelarna amatörer.',
        ],
        activity: [
          (c) =>
            `Skådespelarna repeterar ${c.day} kl. ${c.time} ${c.venue}. Vi behöver också scenbyggare, kostymörer och biljettförsäljare.`,
        ],
      },
      en: {
        name: [(c) => `${c.nom} Amateur Theatre`],
        short: ['Amateur theatre: a summer play every year and drama clubs.'],
        intro: ['Every year we stage a summer play and a Christmas show for children.'],
        activity: [(c) => `Rehearsals are ${c.day} ${c.time} ${c.venue}.`],
      },
    },
  },
  {
    key: 'folk-music',
    weight: 0.8,
    scope: 'muni',
    categories: ['culture'],
    targetGroups: ['adults', 'seniors'],
    venues: ['youth', 'club'],
    founded: [1960, 2010],
    noun: ASSOC,
    weightIn: { '425': 2, '599': 2, '893': 2, '272': 1.5 },
    text: {
      fi: {
        name: [(c) => `${c.gen} Pelimannit`, (c) => `${c.gen} Kansanmusiikkiyhdistys`],
        short: ['Kansanmusiikkia ja pelimannisoittoa viuluilla, haitareilla ja kanteleilla.'],
        intro: ['Soitamme pohjalaisia polskia, valsseja ja jenkkoja sekä esiinnymme kesäjuhlilla ja tansseissa.'],
        activity: [
          (c) => `Soittoharjoitukset ovat ${c.day} klo ${c.time} ${c.venue}. Kaikki soittimet ovat tervetulleita.`,
        ],
      },
      sv: {
        name: [(c) => `${c.gen} Spelmansgille`, (c) => `${c.gen} Spelmän`],
        short: ['Folkmusik och spelmansmusik på fiol, dragspel och nyckelharpa.'],
        intro: ['Vi spelar österbottniska polskor, valser och schottisar och uppträder på sommarfester och danser.'],
        activity: [(c) => `Vi spelar ${c.day} kl. ${c.time} ${c.venue}. Alla instrument är välkomna.`],
      },
      en: {
        name: [(c) => `${c.nom} Folk Musicians`],
        short: ['Folk music on fiddles, accordions and kanteles.'],
        intro: ['We play Ostrobothnian polskas, waltzes and schottisches at summer fêtes and dances.'],
        activity: [(c) => `We play ${c.day} ${c.time} ${c.venue}.`],
      },
    },
  },
  {
    key: 'local-heritage',
    hours: 'day',
    weight: 1.3,
    scope: 'local',
    categories: ['culture'],
    themes: ['village-activity'],
    targetGroups: ['everyone'],
    venues: ['library', 'village'],
    founded: [1920, 1990],
    noun: ASSOC,
    text: {
      fi: {
        name: [(c) => `${c.gen} Kotiseutuyhdistys`, (c) => `${c.gen} Kotiseutuseura`],
        short: [
          'Kotiseudun historian, perinteiden ja rakennusten vaalimista.',
          (c) => `Kotiseutumuseo ja paikallishistoriaa ${c.loc}.`,
        ],
        intro: [(c) => `Yhdistys ylläpitää kotiseutumuseota ja kerää vanhoja valokuvia ja muistitietoa ${c.loc}.`],
        activity: [
          (c) => `Museo on avoinna kesäisin ${c.day} klo ${c.time}. Talvella järjestämme kotiseutuiltoja ${c.venue}.`,
        ],
      },
      sv: {
        name: [(c) => `${c.gen} Hembygdsförening`],
        short: ['Hembygdens historia, traditioner och byggnader.', (c) => `Hembygdsmuseum och lokalhistoria ${c.loc}.`],
        intro: ['Föreningen sköter hembygdsmuseet och samlar gamla fotografier och berättelser.'],
        activity: [
          (c) => `Museet är öppet på sommaren ${c.day} kl. ${c.time}. På vintern ordnar vi hembygdskvällar ${c.venue}.`,
        ],
      },
      en: {
        name: [(c) => `${c.nom} Local Heritage Society`],
        short: ['Local history, traditions and heritage buildings.'],
        intro: [(c) => `We run the local heritage museum and collect old photographs and memories ${c.loc}.`],
        activity: [(c) => `The museum is open in summer ${c.day} ${c.time}.`],
      },
    },
  },
  {
    key: 'youth-society',
    weight: 1.6,
    scope: 'local',
    categories: ['culture', 'leisure'],
    themes: ['village-activity'],
    targetGroups: ['children', 'youth', 'everyone'],
    venues: ['youth'],
    founded: [1890, 1930],
    noun: ASSOC,
    weightIn: { '599': 2.5, '893': 2.5, '598': 1.5, '425': 2, '272': 1.5 },
    text: {
      fi: {
        name: [(c) => `${c.gen} Nuorisoseura`],
        short: ['Nuorisoseurantalolla tanssia, teatteria ja kerhoja kaikenikäisille.'],
        intro: ['Nuorisoseura ylläpitää seurantaloa, jossa järjestetään tansseja, teatteria ja lasten kerhoja.'],
        activity: [
          (c) =>
            `Lasten teatterikerho kokoontuu ${c.day} klo ${c.time} ${c.venue}. Talon voi vuokrata myös juhlakäyttöön.`,
        ],
      },
      sv: {
        name: [(c) => `${c.gen} Ungdomsförening`],
        short: ['Ungdomsföreningens lokal med dans, teater och klubbar för alla åldrar.'],
        intro: ['Föreningen sköter föreningshuset där det ordnas dans, teater och barnklubbar.'],
        activity: [
          (c) => `Barnens teaterklubb träffas ${c.day} kl. ${c.time} ${c.venue}. Lokalen kan också hyras för fester.`,
        ],
      },
    },
  },
  {
    key: 'swedish-club',
    weight: 2,
    scope: 'region',
    only: ['564'],
    forceLangs: () => ['sv'],
    extraLanguages: ['fi'],
    categories: ['culture'],
    targetGroups: ['everyone'],
    venues: ['library', 'civic'],
    founded: [1900, 1960],
    noun: ASSOC,
    text: {
      sv: {
        name: [(c) => `${c.gen} Svenska Förening`],
        short: [(c) => `Svenskspråkig verksamhet ${c.loc}: föredrag, kulturkvällar och utfärder.`],
        intro: ['Föreningen samlar svenskspråkiga och alla som vill använda svenska i vardagen.'],
        activity: [(c) => `Vi träffas ${c.day} kl. ${c.time} ${c.venue}.`],
      },
    },
  },
];

// ---------------------------------------------------------------- villages and neighbourhoods

const community: Kind[] = [
  {
    key: 'village',
    weight: 4,
    scope: 'village',
    categories: ['other'],
    themes: ['village-activity'],
    targetGroups: ['everyone'],
    venues: ['village'],
    founded: [1970, 2015],
    noun: ASSOC,
    text: {
      fi: {
        name: [(c) => `${c.gen} Kyläyhdistys`, (c) => `${c.gen} Kyläseura`],
        short: [
          (c) => `Kylätoimintaa, talkoita ja tapahtumia ${c.loc}.`,
          'Kyläyhdistys pitää huolta kylätalosta ja järjestää kylätapahtumia.',
        ],
        intro: [
          'Kyläyhdistys ylläpitää kylätaloa, jota voi vuokrata juhliin ja kokouksiin. Järjestämme kesällä kyläjuhlat ja talvella laskiaisriehan.',
          (c) => `Teemme ${c.gen} kylästä viihtyisän paikan asua: hoidamme uimarantaa, latuja ja kylän ilmoitustaulua.`,
        ],
        activity: [
          (c) => `Talkoot ovat ${c.day} klo ${c.time} ${c.venue}. Kaikki kyläläiset ovat tervetulleita kyläkahveille.`,
        ],
      },
      sv: {
        name: [(c) => `${c.gen} Byaförening`, (c) => `${c.gen} Byaråd`],
        short: [
          (c) => `Byaverksamhet, talko och evenemang ${c.loc}.`,
          'Byaföreningen sköter byagården och ordnar evenemang i byn.',
        ],
        intro: [
          'Föreningen sköter byagården, som kan hyras för fester och möten. På sommaren ordnar vi byadag och på vintern fastlagsfest.',
          (c) =>
            `Vi gör ${c.nom} till en trivsam by att bo i: vi sköter badstranden, skidspåren och byns anslagstavla.`,
        ],
        activity: [(c) => `Talkona hålls ${c.day} kl. ${c.time} ${c.venue}. Alla bybor är välkomna på kaffe.`],
      },
    },
  },
  {
    key: 'residents',
    weight: 3,
    scope: 'district',
    categories: ['other'],
    themes: ['village-activity'],
    targetGroups: ['everyone'],
    venues: ['school', 'library', 'club'],
    founded: [1975, 2015],
    noun: ASSOC,
    text: {
      fi: {
        name: [(c) => `${c.gen} Asukasyhdistys`],
        short: [(c) => `Asukastoimintaa ja yhteisiä tapahtumia ${c.loc}.`],
        intro: [
          (c) =>
            `Asukasyhdistys tuo ${c.gen} asukkaiden äänen kuuluviin kaavoituksessa ja järjestää yhteisiä tapahtumia.`,
        ],
        activity: [
          (c) => `Asukasilta on ${c.day} klo ${c.time} ${c.venue}. Keväällä siivoamme yhdessä lähiympäristöä.`,
        ],
      },
      sv: {
        name: [(c) => `${c.gen} Invånarförening`],
        short: [(c) => `Invånarverksamhet och gemensamma evenemang ${c.loc}.`],
        intro: ['Föreningen för fram invånarnas synpunkter i planläggningen och ordnar gemensamma evenemang.'],
        activity: [
          (c) => `Invånarkvällen är ${c.day} kl. ${c.time} ${c.venue}. På våren städar vi närmiljön tillsammans.`,
        ],
      },
    },
  },
  {
    key: 'parents',
    weight: 2.5,
    scope: 'school',
    categories: ['other'],
    targetGroups: ['families', 'children'],
    venues: ['school'],
    founded: [1975, 2020],
    noun: ASSOC,
    text: {
      fi: {
        name: [(c) => `${c.gen} koulun vanhempainyhdistys`],
        short: ['Koulun ja kotien yhteistyötä sekä retkiä ja tapahtumia oppilaille.'],
        intro: [
          'Vanhempainyhdistys tukee koulun ja kotien yhteistyötä ja kerää varoja oppilaiden retkiin ja leirikouluun.',
        ],
        activity: [
          'Järjestämme koululla syysdiskon, joulumyyjäiset ja kevätjuhlan kahvion. Hallitus kokoontuu kerran kuukaudessa koululla.',
        ],
      },
      sv: {
        name: [(c) => `Hem och skola vid ${c.nom} skola`],
        short: ['Samarbete mellan hem och skola, utfärder och evenemang för eleverna.'],
        intro: [
          'Föreningen stöder samarbetet mellan hem och skola och samlar in pengar till elevernas utfärder och lägerskola.',
        ],
        activity: [
          'Vi ordnar höstdisco, julbasar och kafé på vårfesten. Styrelsen träffas en gång i månaden i skolan.',
        ],
      },
    },
  },
  {
    key: 'marthas',
    weight: 1.5,
    scope: 'local',
    categories: ['leisure'],
    themes: ['wellbeing'],
    targetGroups: ['adults', 'families'],
    venues: ['club', 'village', 'parish'],
    founded: [1905, 1990],
    noun: ASSOC,
    weightIn: { '599': 2, '893': 2, '598': 1.5 },
    text: {
      fi: {
        name: [(c) => `${c.gen} Martat`, (c) => `${c.gen} Marttayhdistys`],
        short: ['Ruokaa, kodinhoitoa ja yhdessä tekemistä marttailloissa.'],
        intro: ['Marttayhdistys järjestää ruoka- ja leivontakursseja, sienineuvontaa ja marttailtoja.'],
        activity: [
          (c) =>
            `Marttaillat ovat ${c.day} klo ${c.time} ${c.venue}. Syksyllä teemme sieniretken ja ennen joulua pidämme myyjäiset.`,
        ],
      },
      sv: {
        name: [(c) => `${c.gen} Marthaförening`],
        short: ['Mat, hushåll och gemenskap på marthakvällar.'],
        intro: ['Marthaföreningen ordnar mat- och bakkurser, svamprådgivning och marthakvällar.'],
        activity: [
          (c) =>
            `Marthakvällarna är ${c.day} kl. ${c.time} ${c.venue}. På hösten gör vi en svamputflykt och före jul ordnar vi basar.`,
        ],
      },
    },
  },
  {
    key: 'fire-brigade',
    weight: 1.5,
    scope: 'muni',
    categories: ['other'],
    targetGroups: ['youth', 'adults'],
    venues: ['station'],
    founded: [1890, 1960],
    noun: { fi: 'Palokunta', sv: 'Brandkåren', en: 'The brigade' },
    roles: 'fire',
    text: {
      fi: {
        name: [(c) => `${c.gen} VPK`, (c) => `${c.gen} Vapaaehtoinen Palokunta`],
        short: ['Vapaaehtoista palo- ja pelastustoimintaa sekä palokuntanuoria.'],
        intro: [(c) => `Palokunta osallistuu sopimuspalokuntana pelastuslaitoksen hälytystehtäviin ${c.loc}.`],
        activity: [
          (c) =>
            `Palokuntanuoret (10–17-vuotiaat) harjoittelevat ${c.day} klo ${c.time} ${c.venue}. Hälytysosastoon pääsee mukaan peruskurssin jälkeen.`,
        ],
      },
      sv: {
        name: [(c) => `${c.gen} FBK`, (c) => `${c.gen} Frivilliga Brandkår`],
        short: ['Frivillig brand- och räddningsverksamhet samt brandkårsungdomar.'],
        intro: [(c) => `Brandkåren deltar som avtalsbrandkår i räddningsverkets larmuppdrag ${c.loc}.`],
        activity: [
          (c) =>
            `Brandkårsungdomarna (10–17 år) övar ${c.day} kl. ${c.time} ${c.venue}. Efter grundkursen kan du gå med i larmavdelningen.`,
        ],
      },
      en: {
        name: [(c) => `${c.nom} Volunteer Fire Brigade`],
        short: ['Volunteer firefighting and rescue, and a fire brigade youth group.'],
        intro: [(c) => `The brigade responds to rescue service call-outs ${c.loc} under contract.`],
        activity: [(c) => `The youth group (ages 10–17) trains ${c.day} ${c.time} ${c.venue}.`],
      },
    },
  },
];

// ---------------------------------------------------------------- social and health

const social: Kind[] = [
  {
    key: 'pensioners',
    hours: 'day',
    weight: 2.5,
    scope: 'muni',
    categories: ['social-health', 'leisure'],
    themes: ['wellbeing'],
    targetGroups: ['seniors'],
    venues: ['parish', 'club', 'civic'],
    founded: [1960, 2000],
    noun: ASSOC,
    accessibility: ['wheelchair', 'accessible-toilet', 'induction-loop'],
    text: {
      fi: {
        name: [(c) => `${c.gen} Eläkeläiset`, (c) => `${c.gen} Eläkkeensaajat`, (c) => `${c.gen} Seniorit`],
        short: [
          (c) => `Liikuntaa, retkiä ja kerhoja eläkeläisille ${c.loc}.`,
          'Kerhopäiviä, tanssia ja teatterimatkoja ikääntyneille.',
        ],
        intro: [
          'Yhdistys järjestää eläkeläisille kuntosalivuoroja, tanssi-iltapäiviä, teatterimatkoja ja virkistyspäiviä.',
          'Toimintamme tavoitteena on, ettei kukaan ikääntynyt jää yksin. Kerhoissa liikutaan, lauletaan ja keskustellaan.',
        ],
        activity: [
          (c) =>
            `Kerhopäivä on ${c.day} klo ${c.time} ${c.venue}. Päivään kuuluu kahvit, ajankohtainen alustus ja yhteislaulua.`,
        ],
      },
      sv: {
        name: [(c) => `${c.gen} Pensionärsförening`, (c) => `${c.gen} Pensionärer`],
        short: [
          (c) => `Motion, resor och klubbar för pensionärer ${c.loc}.`,
          'Klubbdagar, dans och teaterresor för äldre.',
        ],
        intro: [
          'Föreningen ordnar gympass, danseftermiddagar, teaterresor och rekreationsdagar för pensionärer.',
          'Vårt mål är att ingen äldre ska bli ensam. I klubbarna rör vi på oss, sjunger och samtalar.',
        ],
        activity: [
          (c) => `Klubbdagen är ${c.day} kl. ${c.time} ${c.venue} med kaffe, ett aktuellt föredrag och allsång.`,
        ],
      },
      en: {
        name: [(c) => `${c.nom} Senior Citizens' Club`],
        short: ['Exercise, trips and clubs for retired people.'],
        intro: ['We organise gym sessions, dance afternoons and theatre trips for older people.'],
        activity: [(c) => `Club day is ${c.day} ${c.time} ${c.venue}.`],
      },
    },
  },
  {
    key: 'visually-impaired',
    hours: 'day',
    weight: 2,
    scope: 'region',
    only: CITIES,
    categories: ['social-health'],
    targetGroups: ['disability'],
    venues: ['civic', 'club'],
    founded: [1940, 1990],
    noun: ASSOC,
    accessibility: ['wheelchair', 'induction-loop', 'accessible-toilet'],
    text: {
      fi: {
        name: [(c) => `${c.rgen} Näkövammaiset`],
        short: ['Vertaistukea, neuvontaa ja virkistystä näkövammaisille ja heidän läheisilleen.'],
        intro: ['Yhdistys tarjoaa näkövammaisille vertaistukea, apuvälineneuvontaa ja kuntoutusta tukevaa toimintaa.'],
        activity: [
          (c) =>
            `Jäsenillat ovat ${c.day} klo ${c.time} ${c.venue}. Tiedotteet ovat saatavilla myös äänitteinä ja pistekirjoituksella.`,
        ],
      },
      sv: {
        name: [(c) => `${c.rgen} Synskadade`],
        short: ['Kamratstöd, rådgivning och rekreation för synskadade och deras närstående.'],
        intro: ['Föreningen erbjuder kamratstöd, hjälpmedelsrådgivning och rehabiliterande verksamhet för synskadade.'],
        activity: [
          (c) =>
            `Medlemskvällarna är ${c.day} kl. ${c.time} ${c.venue}. Informationen finns också inläst och på punktskrift.`,
        ],
      },
    },
  },
  {
    key: 'deaf',
    weight: 2,
    scope: 'region',
    only: CITIES,
    categories: ['social-health', 'culture'],
    targetGroups: ['disability'],
    venues: ['civic', 'club'],
    founded: [1930, 1985],
    noun: ASSOC,
    extraLanguages: ['fse'],
    // "sign-language" is not in the feed's taxonomy: the widget keeps the entry and hides the chip.
    accessibility: ['induction-loop', 'sign-language', 'wheelchair'],
    text: {
      fi: {
        name: [(c) => `${c.rgen} Kuurot`],
        short: ['Viittomakielisten kohtaamispaikka: kerhoja, retkiä ja viittomakielen kursseja.'],
        intro: [
          (c) =>
            `Yhdistys kokoaa yhteen ${c.rloc} asuvat kuurot ja viittomakieliset. Tapahtumissamme on aina viittomakielinen ohjelma.`,
        ],
        activity: [
          (c) => `Kerhoilta on ${c.day} klo ${c.time} ${c.venue}. Viittomakielen alkeiskurssi alkaa syyskuussa.`,
        ],
      },
      sv: {
        name: [(c) => `${c.rgen} Döva`],
        short: ['Mötesplats för teckenspråkiga: klubbar, utfärder och kurser i teckenspråk.'],
        intro: ['Föreningen samlar döva och teckenspråkiga i regionen. Alla våra evenemang är på teckenspråk.'],
        activity: [(c) => `Klubbkvällen är ${c.day} kl. ${c.time} ${c.venue}.`],
      },
    },
  },
  {
    key: 'hearing',
    hours: 'day',
    weight: 1,
    scope: 'region',
    categories: ['social-health'],
    targetGroups: ['disability', 'seniors'],
    venues: ['civic', 'library'],
    founded: [1950, 2000],
    noun: ASSOC,
    accessibility: ['induction-loop', 'wheelchair'],
    text: {
      fi: {
        name: [(c) => `${c.rgen} Kuuloyhdistys`],
        short: ['Tukea huonokuuloisille: kuulolaiteneuvontaa ja vertaisryhmiä.'],
        intro: ['Kuuloyhdistys auttaa kuulolaitteiden käytössä ja kertoo kuuloa helpottavista apuvälineistä.'],
        activity: [
          (c) => `Kuulolähipalvelu päivystää ${c.day} klo ${c.time} ${c.venue}. Tiloissa on induktiosilmukka.`,
        ],
      },
      sv: {
        name: [(c) => `${c.rgen} Hörselförening`],
        short: ['Stöd för hörselskadade: hörapparatsrådgivning och kamratgrupper.'],
        intro: ['Föreningen hjälper till med hörapparater och informerar om hörhjälpmedel.'],
        activity: [(c) => `Hörselrådgivningen har jour ${c.day} kl. ${c.time} ${c.venue}. Lokalen har hörslinga.`],
      },
    },
  },
  {
    key: 'heart',
    hours: 'day',
    weight: 1,
    scope: 'region',
    categories: ['social-health'],
    themes: ['wellbeing'],
    targetGroups: ['adults', 'seniors'],
    venues: ['civic', 'hall'],
    founded: [1960, 2000],
    noun: ASSOC,
    text: {
      fi: {
        name: [(c) => `${c.rgen} Sydänyhdistys`],
        short: ['Sydänterveyttä, liikuntaa ja vertaistukea sydänsairaille ja heidän läheisilleen.'],
        intro: [
          'Sydänyhdistys järjestää kuntoliikuntaryhmiä, luentoja ja vertaistukea sydänsairauksien kanssa eläville.',
        ],
        activity: [(c) => `Sydänjumppa on ${c.day} klo ${c.time} ${c.venue}. Mukaan voi tulla myös ilman jäsenyyttä.`],
      },
      sv: {
        name: [(c) => `${c.rgen} Hjärtförening`],
        short: ['Hjärthälsa, motion och kamratstöd för hjärtsjuka och deras närstående.'],
        intro: ['Föreningen ordnar motionsgrupper, föreläsningar och kamratstöd för personer med hjärtsjukdom.'],
        activity: [(c) => `Hjärtgympan är ${c.day} kl. ${c.time} ${c.venue}.`],
      },
    },
  },
  {
    key: 'diabetes',
    weight: 0.8,
    scope: 'region',
    categories: ['social-health'],
    themes: ['wellbeing'],
    targetGroups: ['adults', 'families'],
    venues: ['civic', 'library'],
    founded: [1960, 2000],
    noun: ASSOC,
    text: {
      fi: {
        name: [(c) => `${c.rgen} Diabetesyhdistys`],
        short: ['Tietoa, vertaistukea ja liikuntaa diabeetikoille ja heidän läheisilleen.'],
        intro: ['Yhdistys järjestää luentoja, ruokakursseja ja vertaistukiryhmiä tyypin 1 ja tyypin 2 diabeetikoille.'],
        activity: [(c) => `Vertaistukiryhmä kokoontuu ${c.day} klo ${c.time} ${c.venue}.`],
      },
      sv: {
        name: [(c) => `${c.rgen} Diabetesförening`],
        short: ['Information, kamratstöd och motion för diabetiker och deras närstående.'],
        intro: [
          'Föreningen ordnar föreläsningar, matkurser och kamratgrupper för personer med typ 1- och typ 2-diabetes.',
        ],
        activity: [(c) => `Kamratgruppen träffas ${c.day} kl. ${c.time} ${c.venue}.`],
      },
    },
  },
  {
    key: 'mobility',
    hours: 'day',
    weight: 1,
    scope: 'region',
    categories: ['social-health'],
    targetGroups: ['disability'],
    venues: ['pool'],
    founded: [1945, 1990],
    noun: ASSOC,
    accessibility: ['wheelchair', 'accessible-toilet'],
    text: {
      fi: {
        name: [(c) => `${c.rgen} Invalidit`],
        short: ['Liikuntarajoitteisten edunvalvontaa, kuntoutusta ja virkistystä.'],
        intro: ['Yhdistys valvoo liikuntavammaisten etuja ja järjestää allasjumppaa, retkiä ja vertaistukea.'],
        activity: [(c) => `Allasjumppa on ${c.day} klo ${c.time} ${c.venue}.`],
      },
      sv: {
        name: [(c) => `${c.rgen} Invalidförening`],
        short: ['Intressebevakning, rehabilitering och rekreation för rörelsehindrade.'],
        intro: ['Föreningen bevakar rörelsehindrades intressen och ordnar bassänggymnastik, utfärder och kamratstöd.'],
        activity: [(c) => `Bassänggympan är ${c.day} kl. ${c.time} ${c.venue}.`],
      },
    },
  },
  {
    key: 'carers',
    hours: 'day',
    weight: 1,
    scope: 'region',
    categories: ['social-health'],
    themes: ['wellbeing'],
    targetGroups: ['adults', 'seniors'],
    venues: ['parish', 'civic'],
    founded: [1990, 2012],
    noun: ASSOC,
    text: {
      fi: {
        name: [(c) => `${c.rgen} Omaishoitajat`],
        short: ['Tukea, tietoa ja virkistystä omaishoitajille.'],
        intro: ['Yhdistys tukee läheistään hoitavia vertaisryhmien, neuvonnan ja virkistyspäivien avulla.'],
        activity: [
          (c) =>
            `Vertaisryhmä kokoontuu ${c.day} klo ${c.time} ${c.venue}. Hoidettavalle voi järjestää sijaisen tapaamisen ajaksi.`,
        ],
      },
      sv: {
        name: [(c) => `${c.rgen} Närståendevårdare`],
        short: ['Stöd, information och rekreation för närståendevårdare.'],
        intro: ['Föreningen stöder närståendevårdare genom kamratgrupper, rådgivning och rekreationsdagar.'],
        activity: [(c) => `Kamratgruppen träffas ${c.day} kl. ${c.time} ${c.venue}.`],
      },
    },
  },
  {
    key: 'intellectual-disability',
    weight: 1.2,
    scope: 'region',
    categories: ['social-health'],
    targetGroups: ['disability', 'families'],
    venues: ['club', 'civic'],
    founded: [1960, 1995],
    noun: ASSOC,
    accessibility: ['wheelchair', 'accessible-toilet'],
    text: {
      fi: {
        name: [(c) => `${c.rgen} Kehitysvammaisten Tuki`],
        short: ['Kehitysvammaisten ja heidän perheidensä tukea ja harrastustoimintaa.'],
        intro: ['Yhdistys järjestää kehitysvammaisille harrastuskerhoja, leirejä ja perheiden vertaistapaamisia.'],
        activity: [(c) => `Harrastekerho kokoontuu ${c.day} klo ${c.time} ${c.venue}.`],
      },
    },
  },
  {
    key: 'mental-health',
    weight: 1,
    scope: 'region',
    categories: ['social-health'],
    themes: ['wellbeing'],
    targetGroups: ['adults', 'youth'],
    venues: ['club', 'civic'],
    founded: [1970, 2010],
    noun: ASSOC,
    text: {
      fi: {
        name: [(c) => `${c.rgen} Mielenterveysseura`],
        short: ['Mielenterveyttä tukevaa toimintaa, kriisiapua ja vertaisryhmiä.'],
        intro: ['Yhdistys tarjoaa matalan kynnyksen kohtaamispaikan, vertaisryhmiä ja tietoa mielenterveyden tueksi.'],
        activity: [
          (c) => `Olohuone on avoinna ${c.day} klo ${c.time} ${c.venue}. Kahville voi tulla ilman ajanvarausta.`,
        ],
      },
    },
  },
  {
    key: 'mll',
    hours: 'morning',
    weight: 1.8,
    scope: 'muni',
    categories: ['social-health'],
    themes: ['wellbeing'],
    targetGroups: ['families', 'children'],
    venues: ['parish', 'civic', 'club'],
    founded: [1920, 1990],
    noun: ASSOC,
    text: {
      fi: {
        name: [(c) => `Mannerheimin Lastensuojeluliiton ${c.gen} yhdistys`],
        short: [(c) => `Perhekahvilaa, lastenhoitoapua ja tukea lapsiperheille ${c.loc}.`],
        intro: ['Yhdistys ylläpitää perhekahvilaa, välittää lastenhoitajia ja järjestää tapahtumia lapsiperheille.'],
        activity: [
          (c) =>
            `Perhekahvila on avoinna ${c.day} klo ${c.time} ${c.venue}. Kahvilaan voi tulla ilman ilmoittautumista.`,
        ],
      },
      sv: {
        name: [(c) => `Mannerheims Barnskyddsförbunds lokalförening i ${c.nom}`],
        short: [(c) => `Familjecafé, barnvakter och stöd för barnfamiljer ${c.loc}.`],
        intro: ['Föreningen driver ett familjecafé, förmedlar barnvakter och ordnar evenemang för barnfamiljer.'],
        activity: [(c) => `Familjecaféet är öppet ${c.day} kl. ${c.time} ${c.venue}.`],
      },
    },
  },
  {
    key: 'folkhalsan',
    hours: 'morning',
    weight: 2,
    scope: 'muni',
    only: SV_MUNIS,
    categories: ['social-health'],
    themes: ['wellbeing'],
    targetGroups: ['families', 'children', 'seniors'],
    venues: ['civic', 'parish', 'pool'],
    founded: [1925, 1990],
    noun: ASSOC,
    text: {
      sv: {
        name: [(c) => `Folkhälsan i ${c.nom}`],
        short: ['Hälsa och välfärd: babyrytmik, familjecafé och seniorgympa.'],
        intro: ['Lokalföreningen ordnar verksamhet för alla åldrar, från babyrytmik och simskolor till seniorgympa.'],
        activity: [(c) => `Familjecaféet är öppet ${c.day} kl. ${c.time} ${c.venue}.`],
      },
    },
  },
];

// ---------------------------------------------------------------- immigrants and international

const international: Kind[] = [
  {
    key: 'multicultural',
    weight: 3,
    scope: 'region',
    only: ['564', '272', '598', '244'],
    forceLangs: (code) => (code === '598' ? ['sv', 'fi', 'en'] : code === '272' ? ['fi', 'sv', 'en'] : ['fi', 'en']),
    extraLanguages: ['ar', 'so', 'ru', 'fa'],
    categories: ['social-health', 'culture'],
    targetGroups: ['immigrants', 'families'],
    venues: ['library', 'civic'],
    founded: [1995, 2020],
    noun: ASSOC,
    social: ['facebook', 'instagram'],
    text: {
      fi: {
        name: [(c) => `${c.gen} Monikulttuurinen Yhdistys`],
        short: ['Kotoutumista tukevaa toimintaa, kielikahviloita ja kulttuuritapahtumia.'],
        intro: [
          (c) =>
            `Yhdistys kokoaa yhteen ${c.loc} asuvia eri kulttuureista tulevia ihmisiä ja tukee uusien asukkaiden kotoutumista.`,
        ],
        activity: [
          (c) =>
            `Kielikahvila kokoontuu ${c.day} klo ${c.time} ${c.venue}. Siellä voi harjoitella suomea rennossa seurassa.`,
        ],
      },
      sv: {
        name: [(c) => `Mångkulturella föreningen i ${c.nom}`],
        short: ['Integrationsstöd, språkcaféer och kulturevenemang.'],
        intro: [
          (c) =>
            `Föreningen samlar människor från olika kulturer som bor ${c.loc} och stöder nyinflyttades integration.`,
        ],
        activity: [(c) => `Språkcaféet träffas ${c.day} kl. ${c.time} ${c.venue}. Där kan du öva svenska och finska.`],
      },
      en: {
        name: [(c) => `Multicultural Association of ${c.nom}`],
        short: ['Integration support, language cafés and cultural events.'],
        intro: [
          (c) =>
            `The association brings together people from different cultures living ${c.loc} and helps newcomers settle in.`,
        ],
        activity: [
          (c) =>
            `Our language café meets ${c.day} ${c.time} ${c.venue}, where you can practise Finnish in a relaxed setting.`,
        ],
      },
    },
  },
  {
    key: 'ukrainians',
    weight: 3,
    scope: 'region',
    only: ['564', '272', '598'],
    forceLangs: (code) =>
      code === '598' ? ['sv', 'fi', 'en', 'uk'] : code === '272' ? ['fi', 'sv', 'en', 'uk'] : ['fi', 'en', 'uk'],
    extraLanguages: ['ru'],
    categories: ['social-health'],
    targetGroups: ['immigrants', 'families'],
    venues: ['library', 'parish', 'civic'],
    founded: [2014, 2023],
    noun: ASSOC,
    social: ['facebook', 'instagram'],
    text: {
      fi: {
        name: [(c) => `Ukrainalaiset ${c.loc}`],
        short: ['Vertaistukea ja yhteisöllistä toimintaa Ukrainasta tulleille.'],
        intro: [
          'Yhdistys järjestää ukrainalaisille perheille vertaistukea, suomen kielen opiskelua ja lasten kerhoja.',
        ],
        activity: [(c) => `Tapaamme ${c.day} klo ${c.time} ${c.venue}. Ukrainan itsenäisyyspäivää juhlimme elokuussa.`],
      },
      sv: {
        name: [(c) => `Ukrainare ${c.loc}`],
        short: ['Kamratstöd och gemenskap för personer från Ukraina.'],
        intro: ['Föreningen ordnar kamratstöd, språkstudier och barnklubbar för ukrainska familjer.'],
        activity: [(c) => `Vi träffas ${c.day} kl. ${c.time} ${c.venue}.`],
      },
      en: {
        name: [(c) => `Ukrainians ${c.loc}`],
        short: ['Peer support and community activities for people from Ukraine.'],
        intro: ["We offer peer support, Finnish language practice and children's clubs for Ukrainian families."],
        activity: [(c) => `We meet ${c.day} ${c.time} ${c.venue}.`],
      },
      uk: {
        // The name comes from UKRAINIAN_NAMES.
        name: [(c) => c.nom],
        short: ['Взаємопідтримка та спільні заходи для українців.'],
        intro: ['Взаємопідтримка та спільні заходи для українців.'],
        activity: ['Ласкаво просимо!'],
      },
    },
  },
  {
    key: 'international-women',
    hours: 'morning',
    weight: 2,
    scope: 'region',
    only: ['564'],
    forceLangs: () => ['en', 'fi'],
    categories: ['culture', 'leisure'],
    targetGroups: ['immigrants', 'adults'],
    venues: ['library', 'civic'],
    founded: [1975, 2005],
    noun: { fi: 'Klubi', sv: 'Klubben', en: 'The club' },
    text: {
      en: {
        name: [(c) => `International Women's Club of ${c.nom}`],
        short: ['A friendly meeting place for women of all nationalities.'],
        intro: [
          (c) =>
            `We welcome women of all nationalities living ${c.loc}. Activities include coffee mornings, walks, a book club and excursions.`,
        ],
        activity: [(c) => `Coffee mornings are ${c.day} ${c.time} ${c.venue}.`],
      },
      fi: {
        name: [(c) => `${c.gen} Kansainvälinen Naistenklubi`],
        short: ['Kohtaamispaikka kaikenmaalaisille naisille.'],
        intro: [
          (c) =>
            `Toivotamme tervetulleiksi kaikenmaalaiset ${c.loc} asuvat naiset. Toimintaan kuuluu kahviaamuja, kävelyretkiä, lukupiiri ja retkiä.`,
        ],
        activity: [(c) => `Kahviaamut ovat ${c.day} klo ${c.time} ${c.venue}.`],
      },
    },
  },
  {
    key: 'somali',
    weight: 1.5,
    scope: 'region',
    only: ['564'],
    forceLangs: () => ['fi', 'en'],
    extraLanguages: ['so', 'ar'],
    categories: ['social-health', 'culture'],
    targetGroups: ['immigrants', 'families', 'youth'],
    venues: ['library', 'school'],
    founded: [1995, 2015],
    noun: ASSOC,
    text: {
      fi: {
        name: [(c) => `${c.gen} Somaliyhdistys`],
        short: ['Somalialaistaustaisten perheiden yhteisö: läksykerhoja, urheilua ja juhlia.'],
        intro: [
          'Yhdistys tukee lasten koulunkäyntiä, järjestää nuorille liikuntavuoroja ja kokoaa perheet yhteisiin juhliin.',
        ],
        activity: [(c) => `Läksykerho on ${c.day} klo ${c.time} ${c.venue}.`],
      },
      en: {
        name: [(c) => `Somali Association of ${c.nom}`],
        short: ['A community for families with Somali roots: homework clubs, sports and celebrations.'],
        intro: ["We support children's schooling, organise sports sessions for young people and celebrate together."],
        activity: [(c) => `Homework club is ${c.day} ${c.time} ${c.venue}.`],
      },
    },
  },
  {
    key: 'twin-towns',
    weight: 0.8,
    scope: 'region',
    categories: ['defence-intl'],
    targetGroups: ['everyone'],
    venues: ['library', 'civic'],
    founded: [1950, 1995],
    noun: ASSOC,
    text: {
      fi: {
        name: [(c) => `${c.gen} Ystävyyskuntayhdistys`],
        short: ['Ystävyyskuntatoimintaa ja vierailuja Pohjoismaihin ja Baltiaan.'],
        intro: [
          'Yhdistys ylläpitää yhteyksiä ystävyyskuntiin ja järjestää vierailuja, kulttuurivaihtoa ja nuorisoleirejä.',
        ],
        activity: [(c) => `Jäsenillat ovat ${c.day} klo ${c.time} ${c.venue}.`],
      },
      sv: {
        name: [(c) => `${c.gen} Vänortsförening`],
        short: ['Vänortssamarbete och besök i Norden och Baltikum.'],
        intro: ['Föreningen håller kontakt med vänorterna och ordnar besök, kulturutbyte och ungdomsläger.'],
        activity: [(c) => `Medlemskvällarna är ${c.day} kl. ${c.time} ${c.venue}.`],
      },
      en: {
        name: [(c) => `${c.nom} Twin Town Association`],
        short: ['Twin town links, exchange visits and youth camps.'],
        intro: ['We keep in touch with our twin towns and organise visits, cultural exchange and youth camps.'],
        activity: [(c) => `Members' evenings are ${c.day} ${c.time} ${c.venue}.`],
      },
    },
  },
  {
    key: 'un-association',
    weight: 1,
    scope: 'region',
    only: ['564'],
    categories: ['defence-intl'],
    targetGroups: ['everyone'],
    venues: ['library'],
    founded: [1960, 2000],
    noun: ASSOC,
    text: {
      fi: {
        name: [(c) => `${c.gen} YK-yhdistys`],
        short: ['YK:n tavoitteita, ihmisoikeuksia ja kestävää kehitystä tutuksi.'],
        intro: ['Yhdistys järjestää keskustelutilaisuuksia ja YK-päivän tapahtuman sekä vierailee kouluissa.'],
        activity: [(c) => `Kokoonnumme ${c.day} klo ${c.time} ${c.venue}.`],
      },
      en: {
        name: [(c) => `UN Association of ${c.nom}`],
        short: ['Promoting the goals of the United Nations, human rights and sustainable development.'],
        intro: ['We hold public discussions and a UN Day event and visit schools.'],
        activity: [(c) => `We meet ${c.day} ${c.time} ${c.venue}.`],
      },
    },
  },
];

// ---------------------------------------------------------------- national defence

const defence: Kind[] = [
  {
    key: 'reserve-officers',
    weight: 1,
    scope: 'muni',
    categories: ['defence-intl'],
    targetGroups: ['adults'],
    venues: ['range'],
    founded: [1930, 1970],
    noun: CLUB,
    text: {
      fi: {
        name: [(c) => `${c.gen} Reserviupseerit`],
        short: ['Maanpuolustustahtoa, ammuntaa ja reserviläisten koulutusta.'],
        intro: [
          'Kerho järjestää ammuntaharjoituksia, marsseja ja maanpuolustuskoulutusta yhdessä paikallisten reserviläisten kanssa.',
        ],
        activity: [
          (c) =>
            `Ammuntavuorot ovat ${c.day} klo ${c.time} ${c.venue}. Syksyllä osallistumme ${c.loc} järjestettävään maastomarssiin.`,
        ],
      },
      sv: {
        name: [(c) => `${c.gen} Reservofficerare`],
        short: ['Försvarsvilja, skytte och utbildning för reservister.'],
        intro: ['Klubben ordnar skytteövningar, marscher och försvarsutbildning tillsammans med lokala reservister.'],
        activity: [(c) => `Skyttet är ${c.day} kl. ${c.time} ${c.venue}.`],
      },
    },
  },
  {
    key: 'reservists',
    weight: 1,
    scope: 'muni',
    categories: ['defence-intl'],
    targetGroups: ['adults'],
    venues: ['range'],
    founded: [1955, 1990],
    noun: ASSOC,
    text: {
      fi: {
        name: [(c) => `${c.gen} Reserviläiset`],
        short: ['Reserviläisten ampumaharrastusta, koulutusta ja veteraaniperinteen vaalimista.'],
        intro: [
          'Yhdistys tarjoaa reserviläisille ammuntaa, ase- ja maastokoulutusta sekä vaalii sotiemme veteraanien perinnettä.',
        ],
        activity: [(c) => `Ampumaillat ovat ${c.day} klo ${c.time} ${c.venue}.`],
      },
      sv: {
        name: [(c) => `${c.gen} Reservister`],
        short: ['Skytte, utbildning och veterantraditioner för reservister.'],
        intro: [
          'Föreningen erbjuder skytte och terrängutbildning för reservister och för veteranernas traditioner vidare.',
        ],
        activity: [(c) => `Skyttekvällarna är ${c.day} kl. ${c.time} ${c.venue}.`],
      },
    },
  },
  {
    key: 'defence-women',
    weight: 0.8,
    scope: 'region',
    categories: ['defence-intl'],
    targetGroups: ['adults'],
    venues: ['club', 'civic'],
    founded: [1990, 2010],
    noun: ASSOC,
    text: {
      fi: {
        name: [(c) => `${c.rgen} Maanpuolustusnaiset`],
        short: ['Naisten maanpuolustuskoulutusta, ensiapua ja varautumista.'],
        intro: [
          'Yhdistys järjestää naisille varautumis- ja turvallisuuskoulutusta, ensiapukursseja ja maastoharjoituksia.',
        ],
        activity: [(c) => `Kokoonnumme ${c.day} klo ${c.time} ${c.venue}.`],
      },
    },
  },
];

// ---------------------------------------------------------------- professions

const professions: Kind[] = [
  {
    key: 'entrepreneurs',
    weight: 1.5,
    scope: 'muni',
    categories: ['profession'],
    targetGroups: ['adults'],
    venues: ['civic', 'club'],
    founded: [1930, 1990],
    noun: ASSOC,
    social: ['linkedin', 'facebook'],
    text: {
      fi: {
        name: [(c) => `${c.gen} Yrittäjät`],
        short: [(c) => `Paikallisten yrittäjien edunvalvontaa, verkostoja ja tapahtumia ${c.loc}.`],
        intro: [
          (c) =>
            `Yhdistys on ${c.loc} toimivien yrittäjien etujärjestö ja osa yrittäjäjärjestöjen valtakunnallista verkostoa.`,
        ],
        activity: ['Järjestämme yrittäjäaamuja, yritysvierailuja ja vuosittaisen yrittäjägaalan.'],
      },
      sv: {
        name: [(c) => `Företagarna i ${c.nom}`],
        short: [(c) => `Intressebevakning, nätverk och evenemang för företagare ${c.loc}.`],
        intro: ['Föreningen är de lokala företagarnas intresseorganisation.'],
        activity: ['Vi ordnar företagarfrukostar, företagsbesök och en årlig företagargala.'],
      },
      en: {
        name: [(c) => `${c.nom} Entrepreneurs`],
        short: ['Advocacy, networking and events for local businesses.'],
        intro: [(c) => `We represent entrepreneurs working ${c.loc}.`],
        activity: ['We organise business breakfasts, company visits and an annual gala.'],
      },
    },
  },
  {
    key: 'farmers',
    weight: 1,
    scope: 'muni',
    categories: ['profession'],
    themes: ['nature'],
    targetGroups: ['adults'],
    venues: ['club', 'civic'],
    founded: [1917, 1970],
    noun: ASSOC,
    weightIn: { '425': 2.5, '494': 2, '599': 2, '893': 2, '139': 1.5 },
    text: {
      fi: {
        name: [(c) => `MTK-${c.nom}`],
        short: ['Maanviljelijöiden ja metsänomistajien paikallinen etujärjestö.'],
        intro: [
          'Yhdistys valvoo alueen maa- ja metsätalousyrittäjien etuja ja järjestää koulutuksia ja opintomatkoja.',
        ],
        activity: ['Syksyllä järjestämme pellonpiennarpäivän, ja talvella kokoonnumme ajankohtaisiltoihin.'],
      },
      sv: {
        name: [(c) => `${c.gen} Producentförening`],
        short: ['Lokal intresseorganisation för jord- och skogsbrukare.'],
        intro: ['Föreningen bevakar jord- och skogsbrukarnas intressen och ordnar kurser och studieresor.'],
        activity: ['På hösten ordnar vi en åkerrensdag, och på vintern träffas vi på aktualitetskvällar.'],
      },
    },
  },
];

// ---------------------------------------------------------------- politics

interface Party {
  key: string;
  fiName: (gen: string) => string;
  fiGen: string;
  svName: (nom: string) => string;
  svGen: string;
  weight: number;
  founded: readonly [number, number];
  weightIn?: Readonly<Record<string, number>>;
  only?: readonly string[];
  forceLangs?: Kind['forceLangs'];
}

const PARTIES: readonly Party[] = [
  {
    key: 'centre',
    fiName: (g) => `${g} Keskusta`,
    fiGen: 'Keskustan',
    svName: (n) => `Centern i ${n}`,
    svGen: 'Centerns',
    weight: 1,
    founded: [1920, 1970],
    weightIn: { '244': 1.5, '425': 1.5, '494': 1.5, '139': 1.5, '148': 1.5, '890': 1.5 },
  },
  {
    key: 'coalition',
    fiName: (g) => `${g} Kokoomus`,
    fiGen: 'Kokoomuksen',
    svName: (n) => `Samlingspartiet i ${n}`,
    svGen: 'Samlingspartiets',
    weight: 0.8,
    founded: [1920, 1980],
  },
  {
    key: 'sdp',
    fiName: (g) => `${g} Sosialidemokraatit`,
    fiGen: 'SDP:n',
    svName: (n) => `Socialdemokraterna i ${n}`,
    svGen: 'SDP:s',
    weight: 0.8,
    founded: [1906, 1970],
  },
  {
    key: 'greens',
    fiName: (g) => `${g} Vihreät`,
    fiGen: 'Vihreiden',
    svName: (n) => `De Gröna i ${n}`,
    svGen: 'De Grönas',
    weight: 0.6,
    founded: [1988, 2010],
  },
  {
    key: 'left',
    fiName: (g) => `${g} Vasemmistoliitto`,
    fiGen: 'Vasemmistoliiton',
    svName: (n) => `Vänsterförbundet i ${n}`,
    svGen: 'Vänsterförbundets',
    weight: 0.6,
    founded: [1990, 2005],
  },
  {
    key: 'finns',
    fiName: (g) => `${g} Perussuomalaiset`,
    fiGen: 'Perussuomalaisten',
    svName: (n) => `Sannfinländarna i ${n}`,
    svGen: 'Sannfinländarnas',
    weight: 0.7,
    founded: [1996, 2015],
  },
  {
    key: 'christian-democrats',
    fiName: (g) => `${g} Kristillisdemokraatit`,
    fiGen: 'Kristillisdemokraattien',
    svName: (n) => `Kristdemokraterna i ${n}`,
    svGen: 'Kristdemokraternas',
    weight: 0.5,
    founded: [1970, 2005],
  },
  {
    key: 'swedish-peoples-party',
    fiName: (g) => `RKP:n ${g} paikallisosasto`,
    fiGen: 'RKP:n',
    svName: (n) => `Svenska folkpartiet i ${n}`,
    svGen: 'Svenska folkpartiets',
    weight: 2,
    founded: [1906, 1950],
    only: SV_MUNIS,
    forceLangs: () => ['sv'],
  },
];

const politics: Kind[] = PARTIES.map((p): Kind => ({
  key: `party-${p.key}`,
  weight: p.weight,
  scope: 'muni',
  categories: ['politics'],
  targetGroups: ['everyone'],
  venues: ['club', 'library', 'civic'],
  founded: p.founded,
  noun: { fi: 'Yhdistys', sv: 'Lokalavdelningen', en: 'The branch' },
  social: ['facebook', 'instagram', 'x'],
  ...(p.weightIn ? { weightIn: p.weightIn } : {}),
  ...(p.only ? { only: p.only } : {}),
  ...(p.forceLangs ? { forceLangs: p.forceLangs } : {}),
  text: {
    fi: {
      name: [(c) => p.fiName(c.gen)],
      short: [
        (c) => `${p.fiGen} paikallisyhdistys ${c.loc}.`,
        (c) => `Kunnallispolitiikkaa ja keskustelua ${c.loc} – tervetuloa mukaan!`,
      ],
      intro: [
        `Yhdistys on ${p.fiGen} perusjärjestö, joka osallistuu kunnalliseen päätöksentekoon ja valmistelee kunta- ja aluevaaleja.`,
      ],
      activity: [
        (c) =>
          `Avoimet jäsenillat ovat ${c.day} klo ${c.time} ${c.venue}. Valtuutettumme kertovat niissä ajankohtaisista asioista.`,
      ],
    },
    sv: {
      name: [(c) => p.svName(c.nom)],
      short: [(c) => `${p.svGen} lokalavdelning ${c.loc}.`],
      intro: [
        'Lokalavdelningen deltar i det kommunala beslutsfattandet och förbereder kommunal- och välfärdsområdesval.',
      ],
      activity: [
        (c) =>
          `Öppna medlemskvällar hålls ${c.day} kl. ${c.time} ${c.venue}, där våra fullmäktigeledamöter berättar om aktuella frågor.`,
      ],
    },
  },
}));

// ---------------------------------------------------------------- religion

const religion: Kind[] = [
  {
    key: 'peace-association',
    weight: 1.2,
    scope: 'muni',
    categories: ['religion'],
    targetGroups: ['everyone', 'families'],
    venues: ['club'],
    founded: [1905, 1960],
    noun: ASSOC,
    weightIn: { '244': 3, '425': 3, '494': 2, '139': 2, '564': 1.5, '598': 0.3, '599': 0.3, '893': 0.3 },
    text: {
      fi: {
        name: [(c) => `${c.gen} Rauhanyhdistys`],
        short: ['Vanhoillislestadiolaista toimintaa: seuroja, pyhäkoulua ja nuortenilloja.'],
        intro: [(c) => `Rauhanyhdistys järjestää ${c.loc} seuroja, raamattuluokkia, pyhäkouluja ja nuortenilloja.`],
        activity: [
          (c) => `Seurat pidetään ${c.day} klo ${c.time} rauhanyhdistyksen talolla. Kaikki ovat tervetulleita.`,
        ],
      },
    },
  },
  {
    key: 'ymca',
    weight: 1,
    scope: 'region',
    only: ['564', '272', '598', '244'],
    categories: ['religion', 'leisure'],
    targetGroups: ['children', 'youth'],
    venues: ['hall', 'club'],
    founded: [1890, 1990],
    noun: ASSOC,
    text: {
      fi: {
        name: [(c) => `${c.gen} NMKY`],
        short: ['Nuorten kristillinen yhdistys: kerhoja, leirejä ja koripalloa.'],
        intro: ['NMKY tarjoaa lapsille ja nuorille turvallisia harrastuksia, leirejä ja avoimia iltoja.'],
        activity: [(c) => `Koripallokerho on ${c.day} klo ${c.time} ${c.venue}.`],
      },
      sv: {
        name: [(c) => `KFUM i ${c.nom}`],
        short: ['KFUM: klubbar, läger och basket för barn och unga.'],
        intro: ['KFUM erbjuder barn och unga trygga fritidsaktiviteter, läger och öppna kvällar.'],
        activity: [(c) => `Basketklubben är ${c.day} kl. ${c.time} ${c.venue}.`],
      },
      en: {
        name: [(c) => `${c.nom} YMCA`],
        short: ['Clubs, camps and basketball for children and young people.'],
        intro: ['We offer safe hobbies, camps and open evenings for children and young people.'],
        activity: [(c) => `Basketball club is ${c.day} ${c.time} ${c.venue}.`],
      },
    },
  },
  {
    key: 'mission',
    hours: 'day',
    weight: 1,
    scope: 'local',
    categories: ['religion'],
    targetGroups: ['adults', 'seniors'],
    venues: ['parish'],
    founded: [1890, 1970],
    noun: ASSOC,
    text: {
      fi: {
        name: [(c) => `${c.gen} Lähetysyhdistys`, (c) => `${c.gen} Lähetysseura`],
        short: ['Lähetystyön tukemista, myyjäisiä ja rukouspiirejä.'],
        intro: ['Yhdistys tukee lähetystyötä keräyksin ja myyjäisin sekä järjestää raamattupiirejä.'],
        activity: [(c) => `Lähetyspiiri kokoontuu ${c.day} klo ${c.time} ${c.venue}.`],
      },
      sv: {
        name: [(c) => `${c.gen} Missionsförening`],
        short: ['Stöd för missionsarbetet, basarer och bönegrupper.'],
        intro: ['Föreningen stöder missionsarbetet med insamlingar och basarer och ordnar bibelstudiegrupper.'],
        activity: [(c) => `Missionskretsen träffas ${c.day} kl. ${c.time} ${c.venue}.`],
      },
    },
  },
  {
    key: 'evangelical',
    weight: 0.6,
    scope: 'local',
    categories: ['religion'],
    targetGroups: ['everyone'],
    venues: ['parish', 'youth'],
    founded: [1900, 1960],
    noun: ASSOC,
    weightIn: { '599': 4, '893': 4, '598': 2, '272': 1.5 },
    text: {
      fi: {
        name: [(c) => `${c.gen} Evankelinen Yhdistys`],
        short: ['Evankelista toimintaa: lauluhetkiä, raamattupiirejä ja nuortenilloja.'],
        intro: [
          'Yhdistys kuuluu evankeliseen herätysliikkeeseen ja järjestää lauluhetkiä, raamattupiirejä ja leirejä.',
        ],
        activity: [(c) => `Lauluhetki on ${c.day} klo ${c.time} ${c.venue}.`],
      },
      sv: {
        name: [(c) => `${c.gen} Evangeliska Förening`],
        short: ['Evangelisk verksamhet: sångstunder, bibelstudier och ungdomskvällar.'],
        intro: ['Föreningen hör till den evangeliska väckelserörelsen och ordnar sångstunder, bibelstudier och läger.'],
        activity: [(c) => `Sångstunden är ${c.day} kl. ${c.time} ${c.venue}.`],
      },
    },
  },
];

// ---------------------------------------------------------------- Sámi

const samiLangs = (code: string): readonly NameLang[] => (code === '890' ? ['se', 'fi'] : ['fi', 'se']);

const sami: Kind[] = [
  {
    key: 'sami-association',
    weight: 6,
    scope: 'sami',
    only: ['148', '890'],
    forceLangs: samiLangs,
    extraLanguages: ['smn', 'sms'],
    categories: ['culture'],
    targetGroups: ['everyone'],
    venues: ['civic', 'school'],
    founded: [1960, 2000],
    noun: ASSOC,
    roles: 'sami',
    text: {
      fi: {
        name: [(c) => `${c.gen} Saamelaisyhdistys`],
        short: [(c) => `Saamelaiskulttuurin, saamen kielten ja perinteiden vaalimista ${c.loc}.`],
        intro: [
          (c) =>
            `Yhdistys edistää saamen kielten käyttöä ja saamelaista kulttuuria ${c.loc}. Järjestämme kielipesän tukitoimintaa, duodjikursseja ja yhteisiä juhlia.`,
        ],
        activity: [
          'Saamelaisten kansallispäivää vietetään yhdessä 6. helmikuuta, ja kesällä teemme retkiä tuntureille.',
        ],
      },
      se: {
        name: [(c) => `${c.gen} Sámiid Searvi`],
        short: [(c) => `Searvi ovddida sámegiela ja sámi kultuvrra ${c.loc}.`],
        intro: [(c) => `Searvi ovddida sámegiela ja sámi kultuvrra ${c.loc}.`],
        activity: ['Bures boahtin searvvi doaimmaide!'],
      },
    },
  },
  {
    key: 'sami-crafts',
    weight: 5,
    scope: 'sami',
    only: ['148', '890'],
    forceLangs: samiLangs,
    categories: ['culture', 'profession'],
    targetGroups: ['adults'],
    venues: ['civic', 'school'],
    founded: [1975, 2010],
    noun: ASSOC,
    roles: 'sami',
    text: {
      fi: {
        name: [(c) => `${c.gen} Saamenkäsityöläiset`],
        short: ['Saamenkäsityö eli duodji: kursseja, materiaalihankintoja ja myyntinäyttelyitä.'],
        intro: [(c) => `Yhdistys kokoaa yhteen ${c.loc} ja lähikylissä toimivia duojáreja eli saamenkäsityöläisiä.`],
        activity: [
          (c) =>
            `Kurssit pidetään ${c.day} ${c.venue}. Opettelemme nahka-, luu- ja tinalankatöitä sekä gáktin ompelua.`,
        ],
      },
      se: {
        name: [(c) => `${c.gen} Duojárat`],
        short: [(c) => `Duodjekurssat ja duodjeoahpahus ${c.loc}.`],
        intro: [(c) => `Duodjekurssat ja duodjeoahpahus ${c.loc}.`],
        activity: ['Bures boahtin!'],
      },
    },
  },
  {
    key: 'sami-youth',
    weight: 4,
    scope: 'sami',
    only: ['148', '890'],
    forceLangs: samiLangs,
    categories: ['culture', 'leisure'],
    targetGroups: ['youth'],
    venues: ['youth', 'school'],
    founded: [1990, 2018],
    noun: ASSOC,
    social: ['instagram', 'tiktok', 'facebook'],
    text: {
      fi: {
        name: [(c) => `${c.gen} Saamelaisnuoret`],
        short: ['Saamelaisnuorten kohtaamispaikka: kieltä, musiikkia ja yhdessäoloa.'],
        intro: ['Järjestämme nuorille joikutyöpajoja, leirejä ja kielikahviloita saameksi.'],
        activity: [(c) => `Nuortenilta on ${c.day} klo ${c.time} ${c.venue}.`],
      },
      se: {
        name: [(c) => `${c.gen} Sámenuorat`],
        short: [(c) => `Sámenuoraid doaimmat ${c.loc}.`],
        intro: [(c) => `Sámenuoraid doaimmat ${c.loc}.`],
        activity: ['Bures boahtin!'],
      },
    },
  },
];

export const KINDS: readonly Kind[] = [
  ...sports,
  ...hobbies,
  ...culture,
  ...community,
  ...social,
  ...international,
  ...defence,
  ...professions,
  ...politics,
  ...religion,
  ...sami,
];

export const VENUES: Readonly<Record<VenueKey, { fi: string; sv: string; en: string }>> = {
  hall: { fi: 'liikuntahallissa', sv: 'i idrottshallen', en: 'at the sports hall' },
  field: { fi: 'urheilukentällä', sv: 'på idrottsplanen', en: 'at the sports field' },
  school: { fi: 'koululla', sv: 'i skolan', en: 'at the school' },
  parish: { fi: 'seurakuntatalolla', sv: 'i församlingshemmet', en: 'at the parish hall' },
  club: { fi: 'kerhohuoneella', sv: 'i klubblokalen', en: 'in our clubroom' },
  library: { fi: 'kirjastossa', sv: 'på biblioteket', en: 'at the library' },
  village: { fi: 'kylätalolla', sv: 'på byagården', en: 'at the village hall' },
  youth: { fi: 'nuorisoseurantalolla', sv: 'i ungdomsföreningens lokal', en: 'at the youth society hall' },
  civic: { fi: 'kulttuuritalolla', sv: 'i kulturhuset', en: 'at the culture centre' },
  pool: { fi: 'uimahallissa', sv: 'i simhallen', en: 'at the swimming hall' },
  range: { fi: 'ampumaradalla', sv: 'på skyttebanan', en: 'at the shooting range' },
  station: { fi: 'paloasemalla', sv: 'på brandstationen', en: 'at the fire station' },
  stable: { fi: 'tallilla', sv: 'i stallet', en: 'at the stables' },
  track: { fi: 'kuntoradan lähtöpaikalla', sv: 'vid motionsbanan', en: 'at the start of the fitness trail' },
  workers: { fi: 'työväentalolla', sv: 'på arbetarhuset', en: "at the workers' hall" },
};
