declare const __KUMPPANI_VERSION__: string;

/** Replaced at build time; tests and the demo run the sources, where it reads "dev". */
export const VERSION: string = typeof __KUMPPANI_VERSION__ === 'string' ? __KUMPPANI_VERSION__ : 'dev';

/** The tags this copy of kumppani brings: the mount points may name exactly these. */
export const ownTags = new Set<string>();

/**
 * Registers a tag unless it is taken. Two CDN files never get this far (the
 * second one's guard stops it); this covers an app's npm copy beside a CDN
 * file, or another script that took the name: the first definition wins and
 * a second copy only warns.
 */
export function defineElement(
  tag: string,
  constructor: CustomElementConstructor,
  registry: CustomElementRegistry = customElements,
): void {
  ownTags.add(tag);
  const existing = registry.get(tag);
  if (!existing) registry.define(tag, constructor);
  else if (existing !== constructor) {
    console.warn(`kumppani: <${tag}> is already defined; this copy (${VERSION}) is not used.`);
  }
}

/**
 * The attributes a tag of this copy takes, as a CMS mount point or the iframe page may give
 * them: what the element declares, `lang`, which every element follows, and `theme`, which
 * every element's styles read. Undefined for a tag this copy does not bring.
 */
export function ownAttributes(tag: string): readonly string[] | undefined {
  if (!ownTags.has(tag)) return undefined;
  const declared = (customElements.get(tag) as { observedAttributes?: string[] } | undefined)?.observedAttributes;
  return [...(declared ?? []), 'lang', 'theme'];
}
