/**
 * Light suffix trimming for Finnish and Swedish query words. Not a real
 * stemmer: for each common inflectional ending the word has, it offers what is
 * left (the stem) for the matcher to find as a word start or a compound part.
 * Consonant gradation (kirkon ~ kirkko) is left to the typo tolerance.
 */

/** Finnish case, plural, possessive and clitic endings (front and back vowel forms). */
const FINNISH = [
  // plural + case
  'isiin',
  'ihin',
  'issa',
  'issä',
  'ista',
  'istä',
  'illa',
  'illä',
  'ilta',
  'iltä',
  'ille',
  'iksi',
  'itten',
  'iden',
  'ien',
  'jen',
  'ina',
  'inä',
  'ita',
  'itä',
  'ja',
  'jä',
  'iin',
  'ine',
  // singular cases
  'seen',
  'ssa',
  'ssä',
  'sta',
  'stä',
  'lla',
  'llä',
  'lta',
  'ltä',
  'lle',
  'ksi',
  'tta',
  'ttä',
  'tten',
  'ten',
  'na',
  'nä',
  'ta',
  'tä',
  'an',
  'än',
  'en',
  'in',
  'on',
  'un',
  'yn',
  'ön',
  'han',
  'hen',
  'hin',
  'hon',
  'hun',
  'hyn',
  'hän',
  'hön',
  'a',
  'ä',
  'n',
  't',
  // possessive suffixes and clitics
  'ssaan',
  'ssään',
  'staan',
  'stään',
  'llaan',
  'llään',
  'lleen',
  'kseen',
  'mme',
  'nne',
  'nsa',
  'nsä',
  'ni',
  'si',
  'kin',
  'kaan',
  'kään',
];

/** Swedish definite and plural endings, and the genitive s. */
const SWEDISH = [
  'arnas',
  'ernas',
  'ornas',
  'arna',
  'erna',
  'orna',
  'ens',
  'ets',
  'ar',
  'er',
  'or',
  'en',
  'et',
  'na',
  's',
];

/** Longest first, so the first ending tried removes the most. */
const ENDINGS: readonly string[] = [...new Set([...FINNISH, ...SWEDISH])].sort((a, b) => b.length - a.length);

/** Endings that are a bare vowel: what is left is often not a word (seura → seur). */
const VOWEL_ENDINGS = new Set(['a', 'ä']);

const VOWELS = 'aeiouyäöå';

export function isVowel(ch: string | undefined): boolean {
  return ch !== undefined && ch.length === 1 && VOWELS.includes(ch);
}

/** Query words shorter than this are not trimmed. */
export const MIN_STEMMED_WORD = 5;
/** A stem must keep this many letters; a 3-letter stem only matches a whole word or compound end. */
export const MIN_STEM = 4;
/** How many letters may follow a stem that is likely not a word by itself. */
export const SHORT_REST = 3;

export type StemKind =
  /** Matches a word start or a compound part; `rest` limits what may follow. */
  | 'stem'
  /** Three letters: only a whole word or the end of a compound (kören → kör, kyrkokör). */
  | 'tail'
  /** Stem minus its last vowel, plus any vowel: seuro(ille) ~ seura, kyli(ssä) ~ kylä. */
  | 'vowel';

export interface Stem {
  kind: StemKind;
  text: string;
  /** Most letters a matching word may have after the stem (Infinity: any). */
  rest: number;
}

/** Candidate stems of a folded query word, longest first. */
export function stems(word: string): Stem[] {
  if (word.length < MIN_STEMMED_WORD) return [];
  const out: Stem[] = [];
  const add = (kind: StemKind, text: string, rest: number): void => {
    const same = out.find((s) => s.kind === kind && s.text === text);
    if (same) same.rest = Math.max(same.rest, rest);
    else out.push({ kind, text, rest });
  };
  const addStem = (text: string, rest: number): void => {
    if (text.length < MIN_STEM - 1) return;
    if (text.length === MIN_STEM - 1) {
      add('tail', text, 0);
      return;
    }
    add('stem', text, rest);
    // yhdistykse(n), yhdistyks(et) ~ yhdistys
    const ks = /kse?$/.exec(text);
    if (ks && text.length - ks[0].length >= MIN_STEM - 1) add('stem', `${text.slice(0, ks.index)}s`, rest);
    // kansainvälise(n), eläkeläise(t) ~ …inen
    if (text.endsWith('ise')) add('stem', `${text.slice(0, -2)}nen`, rest);
    const last = text[text.length - 1];
    if (isVowel(last) && text.length - 1 >= MIN_STEM - 1) add('vowel', text.slice(0, -1), SHORT_REST - 1);
  };
  // eläkeläinen ~ eläkeläis(et)
  if (word.endsWith('nen') && word.length - 3 >= MIN_STEM - 1) addStem(`${word.slice(0, -3)}s`, SHORT_REST);
  for (const ending of ENDINGS) {
    if (!word.endsWith(ending)) continue;
    addStem(word.slice(0, -ending.length), VOWEL_ENDINGS.has(ending) ? SHORT_REST : Infinity);
  }
  // Longest stems first: the first one that matches marks the most of the word.
  return out.sort((a, b) => b.text.length - a.text.length);
}
