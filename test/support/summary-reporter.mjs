// Prints one closing `N passed, N failed, N skipped` line that agrees with the run's result,
// and hands the totals to test/run-all.mjs when it asks (KUMPPANI_SUMMARY_FILE).
import { writeFileSync } from 'node:fs';

function count(suite, totals) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites ?? []) count(child, totals);
}

export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      let brokenFiles = 0;
      for (const session of sessions) {
        if (session.testResults) count(session.testResults, totals);
        // A file that failed to load or threw outside a test has errors but no failing test.
        if (!session.passed && (session.errors?.length ?? 0) > 0) brokenFiles += 1;
      }
      totals.failed += brokenFiles;
      if (process.env.KUMPPANI_SUMMARY_FILE) writeFileSync(process.env.KUMPPANI_SUMMARY_FILE, JSON.stringify(totals));
      // Printed after the default reporter's last output so it stays the closing line.
      setTimeout(() => {
        console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
      }, 0);
    },
  };
}
