/** The demo feed's events and volunteer tasks as templates: dates, names and texts in their languages. */

export type EventLang = 'fi' | 'sv' | 'en' | 'se';
export type EventText = Partial<Record<EventLang, string>> & { fi: string };

export interface EventTemplate {
  kinds: readonly string[];
  date: string;
  start: string;
  hours: number;
  name: EventText;
  short: EventText;
  place: 'church' | 'own' | 'online' | 'village' | 'track' | 'nature';
  price?: EventText;
  registration?: string;
  eventStatus?: 'cancelled' | 'postponed';
  ageMin?: number;
  ageMax?: number;
}

export const EVENTS: readonly EventTemplate[] = [
  {
    kinds: ['male-choir', 'mixed-choir', 'womens-choir'],
    date: '2026-12-13',
    start: '18:00',
    hours: 1.5,
    name: { fi: 'Joulukonsertti', sv: 'Julkonsert', en: 'Christmas concert' },
    short: {
      fi: 'Perinteinen joulukonsertti: kauneimpia joululauluja ja yhteislaulua.',
      sv: 'Traditionell julkonsert med de vackraste julsångerna och allsång.',
      en: 'A traditional Christmas concert with carols and community singing.',
    },
    place: 'church',
    price: { fi: '15 €, lapset ilmaiseksi', sv: '15 €, barn gratis', en: '€15, children free' },
  },
  {
    kinds: ['marthas', 'mission', 'parents'],
    date: '2026-11-28',
    start: '10:00',
    hours: 4,
    name: { fi: 'Joulumyyjäiset', sv: 'Julbasar' },
    short: {
      fi: 'Leivonnaisia, käsitöitä, arpajaiset ja joulupuuro.',
      sv: 'Bakverk, handarbeten, lotteri och julgröt.',
    },
    place: 'own',
  },
  {
    kinds: ['sami-association'],
    date: '2027-02-06',
    start: '12:00',
    hours: 4,
    name: {
      fi: 'Saamelaisten kansallispäivän juhla',
      se: 'Sámi álbmotbeaivi',
      sv: 'Samernas nationaldag',
      en: 'Sámi National Day',
    },
    short: {
      fi: 'Juhlimme saamelaisten kansallispäivää joiuin, puhein ja yhteisellä ruokailulla.',
      se: 'Ávvudit sámi álbmotbeaivvi.',
      sv: 'Vi firar samernas nationaldag med jojk, tal och gemensam måltid.',
      en: 'We celebrate Sámi National Day with joik, speeches and a shared meal.',
    },
    place: 'own',
  },
  {
    kinds: ['village', 'youth-society'],
    date: '2026-12-05',
    start: '17:00',
    hours: 3,
    name: { fi: 'Kylän pikkujoulu', sv: 'Byns lillajul' },
    short: {
      fi: 'Pikkujoulu kylätalolla: joulupukki, puuro ja ohjelmaa koko perheelle.',
      sv: 'Lillajul på byagården med julgubbe, gröt och program för hela familjen.',
    },
    place: 'village',
  },
  {
    kinds: ['skiing', 'sports-general'],
    date: '2027-02-20',
    start: '10:00',
    hours: 4,
    name: { fi: 'Seuran hiihtokilpailut', sv: 'Klubbens skidtävling', en: 'Club ski race' },
    short: {
      fi: 'Perinteiset hiihtokilpailut kaikille ikäluokille, pienimmille oma hiihtotemppurata.',
      sv: 'Skidtävling för alla åldersklasser och en egen lekbana för de minsta.',
      en: 'Ski races for all age groups, with a fun track for the youngest.',
    },
    place: 'track',
    registration: '2027-02-17T23:59:00+02:00',
    price: { fi: '5 €, alle 10-vuotiaat ilmaiseksi', sv: '5 €, gratis under 10 år', en: '€5, free under 10' },
  },
  {
    kinds: ['theatre'],
    date: '2026-12-12',
    start: '13:00',
    hours: 1.5,
    name: {
      fi: 'Lasten jouluteatteri: Tonttujen yö',
      sv: 'Barnens julteater: Tomtarnas natt',
      en: "Children's Christmas play",
    },
    short: {
      fi: 'Koko perheen jouluesitys, jossa tontut etsivät kadonnutta joulukirjettä.',
      sv: 'Julföreställning för hela familjen där tomtarna letar efter ett försvunnet julbrev.',
      en: 'A Christmas play for the whole family.',
    },
    place: 'own',
    price: { fi: '8 €', sv: '8 €', en: '€8' },
    ageMin: 3,
  },
  {
    kinds: ['pensioners'],
    date: '2027-01-14',
    start: '13:00',
    hours: 3,
    name: { fi: 'Tanssi-iltapäivä', sv: 'Danseftermiddag', en: 'Dance afternoon' },
    short: {
      fi: 'Lavatansseja elävän musiikin tahdissa, kahvio avoinna.',
      sv: 'Dans till levande musik, kaféet är öppet.',
      en: 'Dancing to live music; the café is open.',
    },
    place: 'own',
    price: { fi: '10 € (sis. kahvit)', sv: '10 € (inkl. kaffe)', en: '€10 (coffee included)' },
  },
  {
    kinds: ['nature'],
    date: '2027-05-08',
    start: '06:00',
    hours: 3,
    name: { fi: 'Kevään linturetki', sv: 'Fågelexkursion i maj', en: 'Spring birdwatching walk' },
    short: {
      fi: 'Aamuvarhainen linturetki kosteikolle oppaan johdolla. Ota kiikarit mukaan!',
      sv: 'Fågelexkursion till våtmarken tidigt på morgonen med guide. Ta med kikare!',
      en: 'An early-morning guided walk to the wetland. Bring binoculars!',
    },
    place: 'nature',
  },
  {
    kinds: ['multicultural', 'ukrainians'],
    date: '2027-01-20',
    start: '18:00',
    hours: 1.5,
    name: { fi: 'Kielikahvila verkossa', sv: 'Språkcafé på nätet', en: 'Online language café' },
    short: {
      fi: 'Harjoittele suomea rennosti etäyhteydellä.',
      sv: 'Öva finska och svenska avslappnat på distans.',
      en: 'Practise Finnish in a relaxed online meeting.',
    },
    place: 'online',
  },
  {
    kinds: ['athletics', 'football', 'floorball'],
    date: '2027-03-13',
    start: '11:00',
    hours: 2,
    name: {
      fi: 'Avoimet harjoitukset: tule kokeilemaan!',
      sv: 'Öppen träning: kom och prova!',
      en: 'Open training session',
    },
    short: {
      fi: 'Maksuton kokeilukerta 7–12-vuotiaille. Peruttu hallin vesivahingon vuoksi.',
      sv: 'Gratis prova på för 7–12-åringar. Inställt på grund av vattenskada i hallen.',
      en: 'A free taster session for ages 7–12. Cancelled due to water damage at the hall.',
    },
    place: 'own',
    eventStatus: 'cancelled',
    ageMin: 7,
    ageMax: 12,
  },
  {
    kinds: ['entrepreneurs'],
    date: '2027-03-10',
    start: '07:30',
    hours: 1.5,
    name: { fi: 'Yrittäjien aamukahvit', sv: 'Företagarnas morgonkaffe', en: 'Business breakfast' },
    short: {
      fi: 'Aamukahvit ja ajankohtaiskatsaus. Tilaisuus siirtyy myöhempään ajankohtaan.',
      sv: 'Morgonkaffe och aktuell översikt. Evenemanget flyttas till ett senare datum.',
      en: 'Breakfast and current affairs. The event has been postponed.',
    },
    place: 'own',
    eventStatus: 'postponed',
  },
  {
    kinds: ['fire-brigade'],
    date: '2027-04-17',
    start: '11:00',
    hours: 3,
    name: { fi: 'Paloaseman avoimet ovet', sv: 'Öppet hus på brandstationen', en: 'Fire station open day' },
    short: {
      fi: 'Tutustu paloautoihin, kokeile sammutusta ja kysy palokuntanuorten toiminnasta.',
      sv: 'Bekanta dig med brandbilarna, prova på släckning och fråga om brandkårsungdomarna.',
      en: 'See the fire engines, try a fire extinguisher and ask about the youth group.',
    },
    place: 'own',
  },
  {
    kinds: ['local-heritage', 'folk-music'],
    date: '2027-06-05',
    start: '12:00',
    hours: 5,
    name: { fi: 'Kotiseutupäivä', sv: 'Hembygdsdag', en: 'Local heritage day' },
    short: {
      fi: 'Museo avoinna, pelimannimusiikkia, perinneruokaa ja lasten pihaleikkejä.',
      sv: 'Museet är öppet, spelmansmusik, traditionell mat och gårdslekar för barn.',
      en: 'The museum is open, with folk music, traditional food and games for children.',
    },
    place: 'own',
  },
];

interface TaskTemplate {
  kinds: readonly string[];
  title: EventText;
  description: EventText;
  time: EventText;
  under18: boolean;
  remote?: boolean;
  period?: readonly [string, string];
}

export const TASKS: readonly TaskTemplate[] = [
  {
    kinds: ['football', 'volleyball', 'floorball', 'sports-general'],
    title: {
      fi: 'Kioskimyyjiä kotiotteluihin',
      sv: 'Kioskförsäljare till hemmamatcherna',
      en: 'Kiosk volunteers for home games',
    },
    description: {
      fi: 'Myyt kahvia ja makkaraa kotiotteluissa. Perehdytämme kassan käyttöön.',
      sv: 'Du säljer kaffe och korv på hemmamatcherna. Vi lär dig använda kassan.',
      en: 'You sell coffee and snacks at home games. We will show you how the till works.',
    },
    time: { fi: '2–3 tuntia kerrallaan', sv: '2–3 timmar åt gången', en: '2–3 hours at a time' },
    under18: true,
  },
  {
    kinds: ['village', 'youth-society'],
    title: { fi: 'Talkoolaisia kyläjuhlaan', sv: 'Talkofolk till byadagen' },
    description: {
      fi: 'Tarvitsemme apua kahvion pitoon, arpajaisiin ja pihan siivoukseen.',
      sv: 'Vi behöver hjälp med kaféet, lotteriet och städningen av gården.',
    },
    time: { fi: 'Yksi päivä', sv: 'En dag' },
    under18: true,
    period: ['2027-06-01', '2027-06-30'],
  },
  {
    kinds: ['pensioners', 'carers'],
    title: {
      fi: 'Ulkoiluystäväksi ikäihmiselle',
      sv: 'Friluftsvän för en äldre person',
      en: 'Outdoor buddy for an older person',
    },
    description: {
      fi: 'Lähde kävelylle ikäihmisen kanssa kerran viikossa. Saat perehdytyksen ja vertaistukea.',
      sv: 'Gå på promenad med en äldre person en gång i veckan. Du får introduktion och stöd.',
      en: 'Go for a walk with an older person once a week. Training and support are provided.',
    },
    time: { fi: '1–2 tuntia viikossa', sv: '1–2 timmar i veckan', en: '1–2 hours a week' },
    under18: false,
  },
  {
    kinds: ['multicultural', 'somali', 'ukrainians'],
    title: { fi: 'Läksykerhon vapaaehtoisia', sv: 'Frivilliga till läxhjälpen', en: 'Homework club volunteers' },
    description: {
      fi: 'Auta koululaisia läksyissä ja suomen kielessä. Opettajan koulutusta ei tarvita.',
      sv: 'Hjälp skolelever med läxor och språk. Ingen lärarutbildning behövs.',
      en: 'Help schoolchildren with homework and Finnish. No teaching qualification needed.',
    },
    time: {
      fi: 'Kerran viikossa iltapäivisin',
      sv: 'En gång i veckan på eftermiddagen',
      en: 'Once a week in the afternoon',
    },
    under18: false,
  },
  {
    kinds: ['theatre'],
    title: {
      fi: 'Lipunmyyjiä ja järjestyksenvalvojia kesäteatteriin',
      sv: 'Biljettförsäljare och ordningsvakter till sommarteatern',
    },
    description: {
      fi: 'Kesäteatterin näytöksiin tarvitaan lipunmyyjiä, pysäköinninohjaajia ja kahvionpitäjiä.',
      sv: 'Till sommarteaterns föreställningar behövs biljettförsäljare, parkeringsvakter och kaféskötare.',
    },
    time: { fi: 'Näytösiltoina 3–4 tuntia', sv: '3–4 timmar under föreställningskvällar' },
    under18: true,
    period: ['2027-06-15', '2027-08-10'],
  },
  {
    kinds: ['four-h', 'scouts', 'sami-youth', 'mll'],
    title: {
      fi: 'Somepäivittäjä etänä',
      sv: 'Uppdaterare av sociala medier på distans',
      en: 'Social media volunteer (remote)',
    },
    description: {
      fi: 'Päivitä yhdistyksen Instagramia ja Facebookia kuvilla ja tapahtumilla. Työn voi tehdä kotoa käsin.',
      sv: 'Uppdatera föreningens Instagram och Facebook med bilder och evenemang. Du kan jobba hemifrån.',
      en: "Post photos and events on the association's Instagram and Facebook from home.",
    },
    time: { fi: 'Noin tunti viikossa', sv: 'Cirka en timme i veckan', en: 'About an hour a week' },
    under18: true,
    remote: true,
  },
  {
    kinds: ['fire-brigade'],
    title: {
      fi: 'Apukouluttajia palokuntanuorille',
      sv: 'Hjälpledare för brandkårsungdomarna',
      en: 'Assistant instructors for the youth group',
    },
    description: {
      fi: 'Ohjaa 10–17-vuotiaita palokuntanuoria yhdessä kokeneen kouluttajan kanssa.',
      sv: 'Led brandkårsungdomar i åldern 10–17 år tillsammans med en erfaren instruktör.',
      en: 'Lead the youth group (ages 10–17) together with an experienced instructor.',
    },
    time: { fi: 'Yksi ilta viikossa', sv: 'En kväll i veckan', en: 'One evening a week' },
    under18: false,
  },
  {
    kinds: ['nature', 'village', 'fishing'],
    title: {
      fi: 'Vieraslajitalkoot: jättipalsamin kitkentä',
      sv: 'Talko mot främmande arter: jättebalsamin',
      en: 'Invasive species work party',
    },
    description: {
      fi: 'Kitkemme jättipalsamia joenvarresta ennen kuin se siementää. Hanskat ja kahvit tarjotaan.',
      sv: 'Vi rycker jättebalsamin längs ån innan den fröar av sig. Handskar och kaffe bjuds.',
      en: 'We pull Himalayan balsam along the river before it sets seed. Gloves and coffee provided.',
    },
    time: { fi: 'Muutama tunti', sv: 'Några timmar', en: 'A few hours' },
    under18: true,
    period: ['2027-07-01', '2027-07-31'],
  },
];
