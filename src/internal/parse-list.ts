/** A comma-separated attribute or address value (or several) as trimmed, non-empty parts. */
export function parseList(value: string | readonly string[] | null | undefined): string[] {
  const text = Array.isArray(value) ? value.join(',') : ((value as string | null | undefined) ?? '');
  return text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}
