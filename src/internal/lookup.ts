/**
 * Looking things up by a key that comes from outside (a feed, a server's answer,
 * the page address). A plain object answers for keys it never had:
 * `table["constructor"]` is `Object`, `table["__proto__"]` its prototype. Every
 * table keyed by such data is a Map, a null-prototype object from `freshTable`,
 * or is read through `own`.
 */

/** The table's own value under `key`; never one inherited from `Object.prototype`. */
export function own<V>(table: Readonly<Record<string, V>> | undefined, key: string): V | undefined {
  return table !== undefined && Object.hasOwn(table, key) ? table[key] : undefined;
}

/** An empty object with no prototype, safe to fill with outside keys (even `__proto__`). */
export function freshTable<V>(): Record<string, V> {
  return Object.create(null) as Record<string, V>;
}
