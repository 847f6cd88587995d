/**
 * An adapter's mapped record as a JSON document would hold it: keys whose value is
 * `undefined` are left out (JSON has no undefined), so the contract's reader sees an
 * absent optional field exactly as in a feed.
 */
export function asJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(asJson);
  if (typeof value !== 'object' || value === null) return value;
  const result: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value)) if (entry !== undefined) result[key] = asJson(entry);
  return result;
}
