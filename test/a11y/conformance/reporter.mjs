// A web-test-runner reporter that writes the conformance report (dist/accessibility/) from the
// run that just finished, when KUMPPANI_ACCESSIBILITY_REPORT names the folder (npm test sets it):
// a narrower run does not overwrite the report of a full one.
import { readFileSync } from 'node:fs';
import { buildReport, writeReport } from './report.mjs';
import { appliedAxeRules } from './axe-record.mjs';

export function conformanceReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const dir = process.env.KUMPPANI_ACCESSIBILITY_REPORT;
      if (!dir) return;
      const { version } = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8'));
      const date = new Date().toISOString().slice(0, 10);
      const report = buildReport(sessions, { version, date, axeApplied: appliedAxeRules() });
      writeReport(dir, report);
      const counts = {};
      for (const row of [...report.criteria, ...report.checklist]) counts[row.status] = (counts[row.status] ?? 0) + 1;
      console.log(`accessibility report (${dir}): ${JSON.stringify(counts)}`);
    },
  };
}
