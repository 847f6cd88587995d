/**
 * A labelled search-quality set: Finnish and Swedish queries a resident would
 * type, each with the associations it should find, the one the resident meant
 * first. Shared by the quality test and the bench (which scores the baselines
 * with the same function).
 *
 * The corpus is 240 associations made by the demo generator (frozen in
 * quality-corpus.ts) plus a few written here for cases the generator lacks:
 * a choir known only from its description beside a deaf association of the
 * same municipality ("kuoro" is one letter from "kuuro"), and a choirs' union
 * whose name is one letter from a deaf association's.
 */
import type { SearchDocument, SearchHit } from '../../src/search/index.js';
import { generatedCorpus } from './quality-corpus.js';

const handWritten: SearchDocument[] = [
  {
    id: 'h-kempele-kuurot',
    name: ['Kempeleen Kuurot ry'],
    labels: ['Sosiaali- ja terveysalan yhdistykset', 'Vammaiset henkilöt', 'Kempele'],
    text: ['Viittomakielisten kohtaamispaikka Kempeleessä: kerhoiltoja ja viittomakielen kursseja.'],
  },
  {
    id: 'h-kempele-laulu',
    name: ['Kempeleen Laulu ry'],
    labels: ['Kulttuurialan yhdistykset', 'Aikuiset', 'Kempele'],
    text: [
      'Sekakuoro, joka laulaa kirkkomusiikkia ja kansanlauluja.',
      'Kuoro harjoittelee torstaisin seurakuntatalolla. Uudet laulajat ovat tervetulleita.',
    ],
  },
  {
    id: 'h-oulu-kuorot',
    name: ['Oulun Kuorot ry'],
    labels: ['Kulttuurialan yhdistykset', 'Oulu'],
    text: ['Oulun kuorojen yhteistyöjärjestö: yhteiskonsertteja ja kuoronjohtajien koulutusta.'],
  },
  {
    id: 'h-liminka-lukupiiri',
    name: ['Limingan Lukupiiri ry'],
    labels: ['Kulttuurialan yhdistykset', 'Aikuiset', 'Liminka'],
    text: ['Luemme ja keskustelemme kirjoista kerran kuussa kirjastossa.'],
  },
  {
    id: 'h-vora-brandkar',
    name: ['Vörå Frivilliga Brandkår rf', 'Vöyrin Vapaaehtoinen Palokunta ry'],
    labels: ['Övriga föreningar', 'Muut yhdistykset', 'Vörå', 'Vöyri'],
    text: ['Frivillig brand- och räddningsverksamhet och brandkårsungdomar i Vörå.'],
  },
];

export const qualityCorpus: SearchDocument[] = [...generatedCorpus, ...handWritten];

export type QueryKind =
  'prefix' | 'inflected-fi' | 'inflected-sv' | 'no-diacritics' | 'typo' | 'compound' | 'multi-word' | 'swedish';

export interface LabelledQuery {
  q: string;
  kind: QueryKind;
  /** Ids that should be found; the first `meant` of them are what the resident meant. */
  want: readonly string[];
  /** How many ids at the front of `want` are equally what was meant (default 1). */
  meant?: number;
}

export const qualityQueries: readonly LabelledQuery[] = [
  // Word starts while typing.
  { kind: 'prefix', q: 'oulun miesk', want: ['g1434'] },
  { kind: 'prefix', q: 'kempeleen lentop', want: ['g1048'] },
  { kind: 'prefix', q: 'haukiputaan metsä', want: ['g1006'] },
  { kind: 'prefix', q: 'pedersöre skid', want: ['g1109'] },
  { kind: 'prefix', q: 'nykarleby mans', want: ['g1029'] },
  { kind: 'prefix', q: 'sarkkir', want: ['g1396'] },
  { kind: 'prefix', q: 'ylikiimingin hiih', want: ['g1218'] },
  { kind: 'prefix', q: 'kaamas', want: ['g1330'] },
  { kind: 'prefix', q: 'ohcejoga duo', want: ['g1116'] },
  { kind: 'prefix', q: 'limingan kesäte', want: ['g1314'] },
  { kind: 'prefix', q: 'jakobstads inneb', want: ['g1461'] },
  { kind: 'prefix', q: 'näkövam', want: ['g1273', 'g1357'], meant: 2 },
  { kind: 'prefix', q: 'uleåborgs sv', want: ['g1202'] },

  // Finnish case and plural forms.
  { kind: 'inflected-fi', q: 'uimareille oulu', want: ['g1136'] },
  { kind: 'inflected-fi', q: 'utsjoen metsästysseuraan', want: ['g1336'] },
  { kind: 'inflected-fi', q: 'eläkeläisille muhos', want: ['g1062'] },
  { kind: 'inflected-fi', q: 'olhavan kyläyhdistyksen', want: ['g1092'] },
  { kind: 'inflected-fi', q: 'kokkolan lentopalloseuran', want: ['g1257'] },
  { kind: 'inflected-fi', q: 'kiimingin hiihtäjille', want: ['g1156'] },
  { kind: 'inflected-fi', q: 'rantakylän nuorisoseuralle', want: ['g1221'] },
  { kind: 'inflected-fi', q: 'kempeleen sydänyhdistyksessä', want: ['g1445'] },
  { kind: 'inflected-fi', q: 'kälviän martoille', want: ['g1284'] },
  { kind: 'inflected-fi', q: 'kuurojen yhdistys', want: ['g1409', 'g1016', 'h-kempele-kuurot'], meant: 3 },
  { kind: 'inflected-fi', q: 'saamelaisnuorille', want: ['g1164'] },
  // A place typed in the nominative, named in the genitive (with consonant gradation).
  { kind: 'inflected-fi', q: 'haukipudas kalastusseura', want: ['g1427'] },
  { kind: 'inflected-fi', q: 'kiiminki mieskuoro', want: ['g1256'] },
  { kind: 'inflected-fi', q: 'kuivaniemi yleisurheilu', want: ['g1096'] },
  { kind: 'inflected-fi', q: 'ylikiiminki nuorisoseura', want: ['g1261'] },
  { kind: 'inflected-fi', q: 'oulunsalo eläkkeensaajat', want: ['g1457'] },

  // Swedish definite, plural and genitive forms.
  { kind: 'inflected-sv', q: 'manskören i nykarleby', want: ['g1029'] },
  { kind: 'inflected-sv', q: 'jakobstads pensionärerna', want: ['g1087'] },
  { kind: 'inflected-sv', q: 'byaföreningen jeppo', want: ['g1017'] },
  { kind: 'inflected-sv', q: 'hembygdsföreningen nykarleby', want: ['g1200'] },
  { kind: 'inflected-sv', q: 'skidklubben', want: ['g1109'] },
  { kind: 'inflected-sv', q: 'kållby ungdomsföreningens', want: ['g1170'] },
  { kind: 'inflected-sv', q: 'jaktklubbar pedersöre', want: ['g1176'] },

  // Typed without ä, ö or å.
  { kind: 'no-diacritics', q: 'ahtavan urheilijat', want: ['g1368'] },
  { kind: 'no-diacritics', q: 'kalvian martat', want: ['g1284'] },
  { kind: 'no-diacritics', q: 'pedersore jaktklubb', want: ['g1176'] },
  { kind: 'no-diacritics', q: 'limingan elakelaiset', want: ['g1008'] },
  { kind: 'no-diacritics', q: 'iin sydanyhdistys', want: ['g1324'] },
  { kind: 'no-diacritics', q: 'oulun seudun nakovammaiset', want: ['g1273'] },
  { kind: 'no-diacritics', q: 'kallby byaforening', want: ['g1444'] },
  { kind: 'no-diacritics', q: 'jaalin urheiluseura', want: ['g1187'] },
  { kind: 'no-diacritics', q: 'mangkulturella', want: ['g1332'] },
  { kind: 'no-diacritics', q: 'vora brandkar', want: ['h-vora-brandkar'] },

  // One typo: letter missing, extra, swapped or wrong.
  { kind: 'typo', q: 'kempeleen lentopalo', want: ['g1048'] },
  { kind: 'typo', q: 'oulun mieskuorro', want: ['g1434'] },
  { kind: 'typo', q: 'haukiputaan metsästyssuera', want: ['g1006'] },
  { kind: 'typo', q: 'nykarleby schackklub', want: ['g1041'] },
  { kind: 'typo', q: 'kokkolan yrittjät', want: ['g1184'] },
  { kind: 'typo', q: 'partiolaiest oulu', want: ['g1206'] },
  { kind: 'typo', q: 'ratsatusseura', want: ['g1319'] },
  { kind: 'typo', q: 'kempeleen puutarhaseuta', want: ['g1382'] },
  { kind: 'typo', q: 'limingan diabetesyhsistys', want: ['g1460'] },
  { kind: 'typo', q: 'ivalon salibandu', want: ['g1430'] },
  { kind: 'typo', q: 'lukupiri', want: ['h-liminka-lukupiiri'] },

  // A part of a compound word.
  { kind: 'compound', q: 'naiskuoro', want: ['g1032', 'g1309', 'g1393'], meant: 3 },
  { kind: 'compound', q: 'kuoro kempele', want: ['h-kempele-laulu'] },
  { kind: 'compound', q: 'kuoro oulu', want: ['g1434', 'g1183', 'h-oulu-kuorot', 'g1309'], meant: 4 },
  { kind: 'compound', q: 'palokunta', want: ['g1259', 'g1464', 'h-vora-brandkar', 'g1271', 'g1363'], meant: 3 },
  { kind: 'compound', q: 'teatteri oulunsalo', want: ['g1104'] },
  { kind: 'compound', q: 'käsityö saame', want: ['g1116', 'g1404'], meant: 2 },
  { kind: 'compound', q: 'kör pedersöre', want: ['g1032', 'g1131'], meant: 2 },
  { kind: 'compound', q: 'bandy jakobstad', want: ['g1461'] },
  { kind: 'compound', q: 'lastensuojelu', want: ['g1018', 'g1054'], meant: 2 },
  { kind: 'compound', q: 'kameraseura kokkola', want: ['g1262'] },

  // Several words.
  { kind: 'multi-word', q: 'oulun lentopalloseura', want: ['g1053'] },
  { kind: 'multi-word', q: 'limingan 4h', want: ['g1387'] },
  { kind: 'multi-word', q: 'kokkolan seudun invalidit', want: ['g1429'] },
  { kind: 'multi-word', q: 'iin eräveikot', want: ['g1296'] },
  { kind: 'multi-word', q: 'oulu jalkapallo', want: ['g1360'] },
  { kind: 'multi-word', q: 'kempele reservister', want: ['g1347'] },
  { kind: 'multi-word', q: 'utsjoki lentopallo', want: ['g1139'] },
  { kind: 'multi-word', q: 'jakobstad natur', want: ['g1425'] },
  { kind: 'multi-word', q: 'oulun kuorot', want: ['h-oulu-kuorot'] },
  { kind: 'multi-word', q: 'oulun seudun kuurot', want: ['g1409'] },

  // Swedish words.
  { kind: 'swedish', q: 'idrottsförening', want: ['g1209'] },
  { kind: 'swedish', q: 'hundklubb', want: ['g1112'] },
  { kind: 'swedish', q: 'gymnastik', want: ['g1401'] },
  { kind: 'swedish', q: 'företagarna jakobstad', want: ['g1146'] },
  { kind: 'swedish', q: 'marthaförening esse', want: ['g1312'] },
  { kind: 'swedish', q: 'missionsförening', want: ['g1065', 'g1379'], meant: 2 },
  { kind: 'swedish', q: 'hjärtförening', want: ['g1391'] },
  { kind: 'swedish', q: 'reservofficerare', want: ['g1038'] },
  { kind: 'swedish', q: 'amatörteater', want: ['g1452'] },
  { kind: 'swedish', q: 'frivilliga brandkår', want: ['h-vora-brandkar'] },
  { kind: 'swedish', q: 'sámiid searvi', want: ['g1424', 'g1021'], meant: 2 },
];

export interface QualityScore {
  queries: number;
  /** Mean share of the wanted ids (at most 10) found in the first 10 hits. */
  recallAt10: number;
  /** Mean of 1 / rank of the best-ranked meant id, 0 when it is not in the first 10. */
  mrr: number;
}

export interface QueryScore {
  query: LabelledQuery;
  recall: number;
  reciprocalRank: number;
  top: string[];
}

export function scoreQuery(query: LabelledQuery, hits: readonly SearchHit[]): QueryScore {
  const top = hits.slice(0, 10).map((h) => h.id);
  const found = query.want.filter((id) => top.includes(id)).length;
  const meant = query.want.slice(0, query.meant ?? 1);
  const rank = top.findIndex((id) => meant.includes(id));
  return {
    query,
    recall: found / Math.min(10, query.want.length),
    reciprocalRank: rank < 0 ? 0 : 1 / (rank + 1),
    top,
  };
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

export function summarize(scores: readonly QueryScore[]): QualityScore {
  return {
    queries: scores.length,
    recallAt10: mean(scores.map((s) => s.recall)),
    mrr: mean(scores.map((s) => s.reciprocalRank)),
  };
}

/** Scores an engine (already built on `qualityCorpus`) on every labelled query, overall and per kind. */
export function evaluate(search: (query: string) => readonly SearchHit[]): {
  all: QualityScore;
  byKind: Record<QueryKind, QualityScore>;
  perQuery: QueryScore[];
} {
  const perQuery = qualityQueries.map((q) => scoreQuery(q, search(q.q)));
  const kinds = [...new Set(qualityQueries.map((q) => q.kind))];
  const byKind = Object.fromEntries(
    kinds.map((kind) => [kind, summarize(perQuery.filter((s) => s.query.kind === kind))]),
  ) as Record<QueryKind, QualityScore>;
  return { all: summarize(perQuery), byKind, perQuery };
}
