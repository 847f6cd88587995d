import type { SearchDocument } from '../../src/search/index.js';

/** A small made-up directory of Finnish, Swedish and Sámi associations. */
export const corpus: SearchDocument[] = [
  {
    id: 'kempele-urheilu',
    name: ['Kempeleen Urheiluseura ry'],
    labels: ['Urheilu ja liikunta', 'Lapset ja nuoret', 'Kempele'],
    text: ['Yleisurheilua, hiihtoa ja suunnistusta kaikenikäisille. Harjoitukset Sarkkirannan kentällä.'],
  },
  {
    id: 'oulu-mieskuoro',
    name: ['Oulun Mieskuoro ry'],
    labels: ['Kulttuuri', 'Musiikki', 'Oulu'],
    text: ['Neliääninen miesten laulukokoonpano, joka esiintyy konserteissa ja juhlissa.'],
  },
  {
    id: 'jakobstad-idrott',
    name: ['Jakobstads Idrottsförening rf', 'Pietarsaaren Urheiluseura'],
    labels: ['Idrott', 'Urheilu ja liikunta', 'Jakobstad', 'Pietarsaari'],
    text: ['Fotboll och friidrott för barn och unga.', 'Jalkapalloa ja yleisurheilua lapsille.'],
  },
  {
    id: 'pedersore-kyla',
    name: ['Pedersöre Kyläyhdistys', 'Pedersöre byaförening'],
    labels: ['Kylätoiminta', 'Pedersöre'],
    text: ['Kylä- ja asukastoimintaa, talkoita ja kesäjuhlat.'],
  },
  {
    id: 'kempele-lentopallo',
    name: ['Lentopalloseura Kempele'],
    labels: ['Urheilu ja liikunta', 'Kempele'],
    text: ['Lentopalloa junioreille ja aikuisille, kaksi joukkuetta sarjassa.'],
  },
  {
    id: 'liminka-elakelaiset',
    name: ['Limingan Eläkeläiset ry'],
    labels: ['Eläkeläiset', 'Liminka'],
    text: ['Retkiä, kerhoja ja liikuntaa eläkeläisille. Kerhopäivä tiistaisin.'],
  },
  {
    id: 'nykarleby-pensionarer',
    name: ['Svenska pensionärsföreningen i Nykarleby', 'Uudenkaarlepyyn ruotsinkieliset eläkeläiset'],
    labels: ['Pensionärer', 'Nykarleby', 'Uusikaarlepyy'],
    text: ['Vi ordnar utfärder, dans och föredrag varje månad.'],
  },
  {
    id: 'inari-saamelaiset',
    name: ['Inarin saamelaisyhdistys', 'Anára sämisiärváš'],
    labels: ['Kulttuuri', 'Sápmi', 'Inari'],
    text: ['Sámi kulttuuri, duodji ja giđđadoalut. Čoahkkin juohke mánnu.'],
  },
  {
    id: 'nykarleby-manskor',
    name: ['Nykarleby Manskör rf'],
    labels: ['Musik', 'Nykarleby'],
    text: ['Vi sjunger fyrstämmigt och uppträder på högtider.'],
  },
  {
    id: 'oulu-kuoro-aurora',
    name: ['Kuoro Aurora'],
    labels: ['Musiikki', 'Oulu'],
    text: ['Sekakuoro Oulun keskustassa.'],
  },
  {
    id: 'oulu-kuorolaulu',
    name: ['Kuorolaulun ystävät ry'],
    labels: ['Musiikki', 'Oulu'],
    text: ['Yhteislaulua ja konsertteja.'],
  },
  {
    id: 'hirvikoski-kyla',
    // The producer typed the name without ä.
    name: ['Hirvikosken kylayhdistys'],
    labels: ['Kylätoiminta', 'Liminka'],
    text: ['Kylätalon vuokraus ja talkoot.'],
  },
  {
    id: 'oulu-lentopallo',
    name: ['Oulun Lentopallo ry'],
    labels: ['Urheilu ja liikunta', 'Oulu'],
    text: ['Harrastesarja aikuisille.'],
  },
  {
    id: 'kempele-4h',
    name: ['Kempeleen 4H-yhdistys'],
    labels: ['Lapset ja nuoret', 'Kempele'],
    text: ['Kesätyötä ja kerhoja 7–17-vuotiaille.'],
  },
  {
    id: 'liminka-cafe',
    name: ['Café Kultur rf'],
    labels: ['Kulttuuri', 'Liminka'],
    text: ['Kahvila ja kamarimusiikkia. Kuoro vierailee keväisin.'],
  },
  {
    id: 'liminka-laulajat',
    name: ['Limingan Laulajat'],
    labels: ['Kirkko ja hengellisyys', 'Liminka'],
    text: ['Laulamme jumalanpalveluksissa ja konserteissa.'],
  },
];

export const ids = (hits: readonly { id: string }[]): string[] => hits.map((h) => h.id);
