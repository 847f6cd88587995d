/**
 * Tags a test (or a describe block) with what it shows: WCAG 2.2 success criteria such as
 * `2.4.3`, or the project's checklist rows such as `sami-formats` (listed with the WCAG
 * criteria in `test/a11y/conformance/criteria.json`). The conformance reporter reads these
 * tags from the run's results, so a report row claims only what a passing test shows.
 */
export function criteria(...ids: string[]): string {
  return `[a11y ${ids.join(' ')}]`;
}

/** Tags an axe-core run: the criteria its WCAG 2.2 A/AA rules check come from axe's own rule list. */
export const AXE = '[a11y axe]';
