// What the bench types, character by character: a resident's searches of every
// kind the engine handles. Each prefix of each query is one keystroke.
export const typedQueries = [
  'lentopallo', // word start, then the whole word
  'kuoro oulu', // compound part (mieskuoro), two words
  'urheiluseuroille', // Finnish inflection
  'eläkeläisille muhos', // inflection + place
  'kylayhdistys', // no ä
  'pedersore', // no ö
  'metsästyssuera', // swapped letters
  'mieskuorro', // extra letter
  'partiolaiset kempele', // two words
  'idrottsföreningen', // Swedish, definite form
  'manskör', // Swedish compound
  'byaförening jeppo', // Swedish + village
  'haukipudas', // nominative of Haukiputaan (gradation)
  'saamelaisyhdistys', // long compound
];
