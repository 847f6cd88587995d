// Loose folding for the baselines, tuned for speed the way a developer would
// write it (lower case, drop diacritics), with the same letter map as
// kumppani's foldLoose so every engine sees the same words.
const SPECIAL = /[đðŋŧʒøæœßłıþʹ]/g;
const MAP = {
  đ: 'd',
  ð: 'd',
  ŋ: 'n',
  ŧ: 't',
  ʒ: 'z',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ł: 'l',
  ı: 'i',
  þ: 'th',
  ʹ: '',
};
const MARKS = /\p{M}+/gu;
const ASCII = /^[\x00-\x7f]*$/;

export function looseFold(text) {
  const lower = text.toLowerCase();
  if (ASCII.test(lower)) return lower;
  return lower
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(SPECIAL, (ch) => MAP[ch]);
}
