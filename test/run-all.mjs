// Runs the command-line tests (node --test), the browser tests (web-test-runner) and the
// WordPress test, then prints one closing `all: N passed, N failed, N skipped` line for them
// all, and fails when any failed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const scratch = mkdtempSync(join(tmpdir(), 'kumppani-test-'));

function runSuite(name, command, args, env = {}) {
  const summaryFile = join(scratch, `${name}.json`);
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env, KUMPPANI_SUMMARY_FILE: summaryFile },
  });
  try {
    const totals = JSON.parse(readFileSync(summaryFile, 'utf8'));
    // A suite that failed without a failing test (it crashed) still counts as a failure.
    if (result.status !== 0 && totals.failed === 0) totals.failed = 1;
    return totals;
  } catch {
    console.error(`${name}: ended (${result.status ?? result.signal}) without a summary`);
    return { passed: 0, failed: 1, skipped: 0 };
  }
}

const suites = [
  runSuite('cli', 'npm', ['run', '--silent', 'test:cli']),
  // The full browser run writes the accessibility conformance report from its own results.
  runSuite('browser', join(root, 'node_modules/.bin/web-test-runner'), [], {
    KUMPPANI_ACCESSIBILITY_REPORT: join(root, 'dist/accessibility'),
  }),
  runSuite('wordpress', process.execPath, [join(root, 'test/wordpress/run.mjs')]),
];
rmSync(scratch, { recursive: true, force: true });
const total = (key) => suites.reduce((sum, suite) => sum + suite[key], 0);
console.log(`\nall: ${total('passed')} passed, ${total('failed')} failed, ${total('skipped')} skipped`);
process.exitCode = total('failed') > 0 ? 1 : 0;
