declare const __KUMPPANI_VERSION__: string;

/** Replaced at build time; tests and the demo run the sources, where it reads "dev". */
export const VERSION: string = typeof __KUMPPANI_VERSION__ === 'string' ? __KUMPPANI_VERSION__ : 'dev';

const versionKey = Symbol.for('kumppani.version');

type VersionedConstructor = CustomElementConstructor & { [versionKey]?: string };

/**
 * Registers a tag unless a copy of kumppani already did. A page that loads the
 * bundle twice, or two versions of it, keeps working: the first definition wins
 * and a second copy only warns.
 */
export function defineElement(
  tag: string,
  constructor: CustomElementConstructor,
  registry: CustomElementRegistry = customElements,
): void {
  const existing = registry.get(tag) as VersionedConstructor | undefined;
  if (existing) {
    if (existing !== constructor) {
      const other = existing[versionKey] ?? 'unknown';
      console.warn(
        `kumppani: <${tag}> is already defined (version ${other}); this copy (version ${VERSION}) is not used. Load kumppani once per page.`,
      );
    }
    return;
  }
  (constructor as VersionedConstructor)[versionKey] = VERSION;
  registry.define(tag, constructor);
}
