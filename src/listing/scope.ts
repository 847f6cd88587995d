import type { Association, LocalizedText } from '../feed/types.js';
import { foldLoose } from '../search/index.js';

/** Splits a comma-separated attribute value into trimmed, non-empty parts. */
export function parseList(value: string | null | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}

/** Every municipality name the feed gives, by code, merged over all items. */
export function municipalityNames(associations: readonly Association[]): Map<string, LocalizedText> {
  const names = new Map<string, LocalizedText>();
  for (const association of associations) {
    for (const municipality of [association.municipality, ...association.areaServed]) {
      if (!municipality.name) continue;
      names.set(municipality.code, { ...municipality.name, ...names.get(municipality.code) });
    }
  }
  return names;
}

/**
 * Turns the `municipality` attribute's entries into codes: "244", "91" (→ "091"),
 * or a name in any language the feed knows ("Jakobstad", "pietarsaari", "Anár").
 * A name the feed does not know matches nothing.
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
      const code = byName.get(foldLoose(entry));
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

function overlaps(values: readonly string[], wanted: ReadonlySet<string>): boolean {
  return wanted.size === 0 || values.some((value) => wanted.has(value));
}

// Feed data is read-only once loaded, so each association's codes are worked out once.
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

/** Whether a webmaster's scope includes an association. Only active associations are listed. */
export function inScope(association: Association, scope: Scope): boolean {
  return (
    association.status === 'active' &&
    overlaps(municipalityCodes(association), scope.municipalities) &&
    overlaps(association.categories, scope.categories) &&
    overlaps(association.targetGroups, scope.targetGroups)
  );
}
