import type { Locale } from '../../i18n/index.js';
import { parseList } from '../../internal/parse-list.js';
import { findMunicipality, municipalityName } from '../../municipalities/index.js';

/**
 * The name of a widget's landmarks, so that several widgets on one page can be told apart
 * in a screen reader's list of landmarks: the page's own `label`, else the widget's kind
 * with the municipalities it shows ("Yhdistyshaku: Kempele"), else the kind alone.
 */
export function landmarkName(
  kind: string,
  label: string | undefined,
  municipality: string | undefined,
  locale: Locale,
) {
  const own = label?.trim();
  if (own) return own;
  const places = parseList(municipality).map((codeOrName) => {
    const found = findMunicipality(codeOrName);
    return (found && municipalityName(found.code, locale.lang)) ?? codeOrName;
  });
  if (places.length === 0) return kind;
  return `${kind}: ${new Intl.ListFormat(locale.intl, { type: 'conjunction' }).format(places)}`;
}
