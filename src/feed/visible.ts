/**
 * Whether a text shows anything. `String.prototype.trim` removes white space
 * only: a name made of zero-width spaces, joiners, bidi controls or a Hangul
 * filler passes it and shows as a blank card. Both the hand-written schemas and
 * any replacement call this one rule for names, texts and ids.
 */

/**
 * Characters that draw nothing: white space, default-ignorable code points
 * (zero-width space and joiners, word joiner, soft hyphen, variation selectors,
 * Hangul fillers, BOM), other format and control characters (bidi controls
 * among them) and the blank Braille pattern.
 */
const INVISIBLE = /^[\p{White_Space}\p{Default_Ignorable_Code_Point}\p{Cf}\p{Cc}\u2800]*$/u;

/** True when `text` holds at least one character that shows. */
export function hasVisibleText(text: string): boolean {
  return !INVISIBLE.test(text);
}
