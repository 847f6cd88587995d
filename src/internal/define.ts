import { soon } from './tasks.js';

declare const __KUMPPANI_VERSION__: string;
declare const __KUMPPANI_CDN__: boolean;

/** Replaced at build time; tests and the demo run the sources, where it reads "dev". */
export const VERSION: string = typeof __KUMPPANI_VERSION__ === 'string' ? __KUMPPANI_VERSION__ : 'dev';

/** The elements this copy of kumppani brings, by tag: the mount points may name exactly these. */
export const ownElements = new Map<string, CustomElementConstructor>();

/**
 * A CDN file defines its elements in a task of its own, after the one that ran
 * the script: upgrading and first drawing a widget is the longest work of a page
 * load on a phone, and need not add to running the whole file. An app's bundle
 * (the npm package) and the tests define them at once.
 */
const DEFINE_IN_NEXT_TASK = typeof __KUMPPANI_CDN__ === 'boolean' && __KUMPPANI_CDN__;

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
  ownElements.set(tag, constructor);
  const define = () => {
    const existing = registry.get(tag);
    if (!existing) registry.define(tag, constructor);
    else if (existing !== constructor) {
      console.warn(`kumppani: <${tag}> is already defined; this copy (${VERSION}) is not used.`);
    }
  };
  if (DEFINE_IN_NEXT_TASK) soon(define);
  else define();
}

/**
 * The attributes a tag of this copy takes, as a CMS mount point or the iframe page may give
 * them: what the element declares, `lang`, which every element follows, and `theme`, which
 * every element's styles read. Undefined for a tag this copy does not bring.
 */
export function ownAttributes(tag: string): readonly string[] | undefined {
  const own = ownElements.get(tag) as { observedAttributes?: string[] } | undefined;
  if (!own) return undefined;
  const declared = own.observedAttributes;
  return [...(declared ?? []), 'lang', 'theme'];
}
