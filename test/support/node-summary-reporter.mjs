// For `node --test`: prints one closing `N passed, N failed, N skipped` line, as
// the browser tests' summary reporter does, counting tests (not the describe
// blocks around them), and hands the totals to test/run-all.mjs when it asks.
import { writeFileSync } from 'node:fs';

export default async function* summary(source) {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    if (event.data.details?.type === 'suite') continue;
    if (event.data.skip || event.data.todo) totals.skipped += 1;
    else if (event.type === 'test:pass') totals.passed += 1;
    else totals.failed += 1;
  }
  if (process.env.KUMPPANI_SUMMARY_FILE) writeFileSync(process.env.KUMPPANI_SUMMARY_FILE, JSON.stringify(totals));
  yield `\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`;
}
