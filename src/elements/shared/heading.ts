import { literal, type StaticValue } from 'lit/static-html.js';

const HEADINGS: readonly StaticValue[] = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** The heading tag for a `heading-level` attribute (1–6, else 3), for lit's static templates. */
export function headingTag(level: number): StaticValue {
  const index = Number.isFinite(level) ? Math.min(6, Math.max(1, Math.round(level))) - 1 : 2;
  return HEADINGS[index] ?? literal`h3`;
}
