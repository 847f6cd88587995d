// The conformance report claims only what the run's tests show: a criterion is supported only
// when tests tagged with it ran and passed, fails as soon as one of them failed, and without a
// test it says it was not checked by machine.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { buildReport, writeReport } from '../a11y/conformance/report.mjs';

/** A run's results as web-test-runner hands them to reporters. */
function run(tests) {
  return [
    {
      testResults: {
        name: '',
        tests: [],
        suites: [{ name: 'a suite [a11y 2.4.7]', tests, suites: [] }],
      },
    },
  ];
}

const row = (report, id) => [...report.criteria, ...report.checklist].find((entry) => entry.id === id);
// The axe rules that found something to check in the run.
const meta = {
  version: '9.9.9',
  date: '2026-12-02',
  axeApplied: new Set(['color-contrast', 'button-name', 'target-size']),
};

test('a criterion is supported only by passing tests that carry its tag', () => {
  const report = buildReport(
    run([
      { name: 'reflow [a11y 1.4.10]', passed: true },
      { name: 'axe run [a11y axe]', passed: true },
      { name: 'keyboard [a11y 2.1.1]', passed: true },
    ]),
    meta,
  );
  assert.equal(row(report, '1.4.10').status, 'supports');
  assert.deepEqual(row(report, '1.4.10').scripted, ['a suite › reflow']);
  // Inherited from the describe block.
  assert.equal(row(report, '2.4.7').status, 'supports');
  // Tested, but the criterion needs a person too.
  assert.equal(row(report, '2.1.1').status, 'partially-supports');
  // Checked by axe's rules only.
  assert.equal(row(report, '1.4.3').status, 'partially-supports');
  assert.deepEqual(row(report, '1.4.3').axe.rules, ['color-contrast']);
  // A rule that checked nothing (document-title inside a widget) shows nothing.
  assert.equal(row(report, '2.4.2').status, 'not-tested');
  // No test at all.
  assert.equal(row(report, '2.4.6').status, 'not-tested');
  assert.equal(row(report, 'sami-formats').status, 'not-tested');
  assert.equal(row(report, '1.2.2').status, 'not-applicable');
  assert.equal(report.overall, 'partial');
  assert.equal(report.criteria.length, 55);
});

test('one failing test makes its criteria fail, and the whole report says so', () => {
  const report = buildReport(
    run([
      { name: 'reflow [a11y 1.4.10]', passed: true },
      { name: 'reflow again [a11y 1.4.10 1.4.12]', passed: false },
      { name: 'axe run [a11y axe]', passed: false },
    ]),
    meta,
  );
  assert.equal(row(report, '1.4.10').status, 'fails');
  assert.equal(row(report, '1.4.12').status, 'fails');
  assert.equal(row(report, '4.1.2').status, 'fails');
  assert.equal(row(report, '2.4.2').status, 'not-tested');
  assert.equal(report.overall, 'fails');
});

test('skipped tests show nothing', () => {
  const report = buildReport(run([{ name: 'reflow [a11y 1.4.10]', passed: false, skipped: true }]), meta);
  assert.equal(row(report, '1.4.10').status, 'not-tested');
});

test('writes the report in Finnish, Swedish and English with version, date and every criterion', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kumppani-report-'));
  try {
    writeReport(dir, buildReport(run([{ name: 'reflow <b>x</b> [a11y 1.4.10]', passed: true }]), meta));
    const words = { fi: 'Täyttää', sv: 'Uppfyller', en: 'Supports' };
    for (const lang of ['fi', 'sv', 'en']) {
      const html = readFileSync(join(dir, `report-${lang}.html`), 'utf8');
      assert.match(html, new RegExp(`<html lang="${lang}">`));
      assert.ok(html.includes('9.9.9') && html.includes('2026-12-02'), lang);
      assert.equal((html.match(/<tr id="c-\d/g) ?? []).length, 55, lang);
      assert.match(html, new RegExp(`<tr id="c-1\\.4\\.10">.*?<td>AA</td><td>${words[lang]}</td>`));
      // Test names are text, never markup.
      assert.ok(html.includes('reflow &lt;b&gt;x&lt;/b&gt;') && !html.includes('<b>x</b>'), lang);
    }
    assert.equal(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')).version, '9.9.9');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
