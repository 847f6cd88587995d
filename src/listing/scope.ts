import type { Association, LocalizedText } from '../feed/types.js';
import { allMunicipalities, findMunicipality, municipalityText } from '../municipalities/index.js';
import { foldLoose } from '../search/index.js';

// Feed data is read-only once loaded, so what is derived from it is worked out once per feed.
const namesOf = new WeakMap<readonly Association[], ReadonlyMap<string, LocalizedText>>();

/**
 * Every municipality name the feed gives, by code, merged over all items (the
 * first item's text wins), then completed from the national table: every code
 * has a name in fi, sv and en even when the feed names none.
 */
export function municipalityNames(associations: readonly Association[]): ReadonlyMap<string, LocalizedText> {
  const known = namesOf.get(associations);
  if (known) return known;
  const names = new Map<string, LocalizedText>();
  const merge = (code: string, name: LocalizedText | undefined): void => {
    if (!name) return;
    const before = names.get(code);
    // Most items repeat a name already known: copy only when it adds a language.
    if (!before) names.set(code, name);
    else if (Object.keys(name).some((lang) => !Object.hasOwn(before, lang))) names.set(code, { ...name, ...before });
  };
  for (const association of associations) {
    merge(association.municipality.code, association.municipality.name);
    for (const area of association.areaServed) merge(area.code, area.name);
  }
  for (const { code } of allMunicipalities()) merge(code, municipalityText(code));
  namesOf.set(associations, names);
  return names;
}

/**
 * Turns the `municipality` attribute's entries into codes: "244", "91" (→ "091"),
 * or a name in any language the feed knows ("Jakobstad", "pietarsaari", "Anár")
 * or the national table has in Finnish or Swedish. Any other name matches nothing.
 */
export function resolveMunicipalityCodes(
  entries: readonly string[],
  names: ReadonlyMap<string, LocalizedText>,
): Set<string> {
  const byName = new Map<string, string>();
  for (const [code, name] of names) {
    for (const value of Object.values(name)) byName.set(foldLoose(value), code);
  }
  const codes = new Set<string>();
  for (const entry of entries) {
    if (/^\d{1,3}$/.test(entry)) codes.add(entry.padStart(3, '0'));
    else {
      const code = byName.get(foldLoose(entry)) ?? findMunicipality(entry)?.code;
      if (code) codes.add(code);
    }
  }
  return codes;
}

export interface Scope {
  /** Empty: every municipality. */
  municipalities: ReadonlySet<string>;
  categories: ReadonlySet<string>;
  targetGroups: ReadonlySet<string>;
}

const codesOf = new WeakMap<Association, readonly string[]>();

/** The codes of the home municipality and of every area served. */
export function municipalityCodes(association: Association): readonly string[] {
  let codes = codesOf.get(association);
  if (!codes) {
    const list = [association.municipality.code];
    for (const area of association.areaServed) if (!list.includes(area.code)) list.push(area.code);
    codesOf.set(association, (codes = list));
  }
  return codes;
}

/** Whether the scope spans more than one municipality, so choosing among them makes sense. */
export function spansMunicipalities(scoped: readonly Association[], wanted: ReadonlySet<string>): boolean {
  const codes = new Set<string>();
  for (const association of scoped) {
    for (const code of municipalityCodes(association)) {
      if (wanted.size === 0 || wanted.has(code)) codes.add(code);
    }
    if (codes.size > 1) return true;
  }
  return false;
}
