import 'axe-core/axe.min.js';
import type { AxeResults, RunOptions } from 'axe-core';
import { executeServerCommand } from '@web/test-runner-commands';

declare global {
  interface Window {
    axe: { run(context: Element | Document, options: RunOptions): Promise<AxeResults> };
  }
}

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe-core (WCAG 2.2 AA tags) over the element, its shadow root and the page around it. */
export async function axeViolations(
  context: Element | Document = document,
  axe: Window['axe'] = window.axe,
): Promise<string[]> {
  const results = await axe.run(context, { runOnly: { type: 'tag', values: TAGS }, resultTypes: ['violations'] });
  // The conformance report credits a criterion only to rules that had something to check.
  await executeServerCommand(
    'axe-rules-applied',
    [...results.passes, ...results.violations].map((rule) => rule.id),
  );
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} — ${violation.nodes
        .slice(0, 3)
        .map((node) => JSON.stringify(node.target))
        .join(', ')}`,
  );
}
