// Builds the conformance report from one test run's results: each WCAG 2.2 A/AA criterion and
// checklist row gets its status from the tests that carry its tag (see test/support/criteria.ts)
// and from the axe-core rules that check it, never from anything the run did not show.
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TEXTS } from './texts.mjs';

const require = createRequire(import.meta.url);
const DATA = JSON.parse(readFileSync(new URL('./criteria.json', import.meta.url), 'utf8'));
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const TAG = /\[a11y ([^\]]+)\]/g;
export const LANGS = ['fi', 'sv', 'en'];

/** Every test of the run with its tags (its own and its describe blocks'), full name and result. */
export function taggedTests(sessions) {
  const found = [];
  const walk = (suite, path, tags) => {
    const own = [...tags, ...[...(suite.name ?? '').matchAll(TAG)].flatMap((match) => match[1].split(/\s+/))];
    const here = suite.name ? [...path, suite.name] : path;
    for (const test of suite.tests ?? []) {
      const testTags = [...own, ...[...test.name.matchAll(TAG)].flatMap((match) => match[1].split(/\s+/))];
      if (testTags.length === 0 || test.skipped) continue;
      const name = [...here, test.name].join(' › ').replace(TAG, '').replace(/\s+/g, ' ').trim();
      found.push({ name, tags: new Set(testTags), passed: !!test.passed });
    }
    for (const child of suite.suites ?? []) walk(child, here, own);
  };
  for (const session of sessions) if (session.testResults) walk(session.testResults, [], []);
  return found;
}

/**
 * Criterion id → the axe-core rules (run with the WCAG 2.2 A/AA tags) that check it, counting
 * only the rules in `applied` (those that found something to check in the run).
 */
export function axeRules(applied) {
  const axe = require('axe-core');
  const byCriterion = new Map();
  for (const rule of axe.getRules(AXE_TAGS)) {
    if (!applied.has(rule.ruleId)) continue;
    for (const tag of rule.tags) {
      const match = /^wcag(\d)(\d)(\d+)$/.exec(tag);
      if (!match) continue;
      const id = `${match[1]}.${match[2]}.${match[3]}`;
      byCriterion.set(id, [...(byCriterion.get(id) ?? []), rule.ruleId]);
    }
  }
  return { version: axe.version, byCriterion };
}

/** One row's status and evidence from the run. */
function assess(entry, tests, axe) {
  const scripted = tests.filter((test) => test.tags.has(entry.id));
  const rules = axe.byCriterion.get(entry.id) ?? [];
  const axeTests = rules.length > 0 ? tests.filter((test) => test.tags.has('axe')) : [];
  const evidence = [...scripted, ...axeTests];
  const failed = evidence.filter((test) => !test.passed);
  let status;
  if (failed.length > 0) status = 'fails';
  else if (entry.applies === false) status = 'not-applicable';
  else if (evidence.length === 0) status = 'not-tested';
  else status = entry.coverage === 'full' ? 'supports' : 'partially-supports';
  return {
    id: entry.id,
    level: entry.level,
    name: entry.name,
    status,
    reason: entry.reason,
    manual: entry.manual,
    axe: axeTests.length > 0 ? { rules, tests: axeTests.length } : undefined,
    scripted: scripted.map((test) => test.name),
    failed: failed.map((test) => test.name),
  };
}

export function buildReport(sessions, { version, date, axeApplied }) {
  const tests = taggedTests(sessions);
  const axe = axeRules(axeApplied);
  const criteria = DATA.criteria.map((entry) => assess(entry, tests, axe));
  const checklist = DATA.checklist.map((entry) => assess({ ...entry, level: '' }, tests, { byCriterion: new Map() }));
  const rows = [...criteria, ...checklist];
  const overall = rows.some((row) => row.status === 'fails')
    ? 'fails'
    : rows.every((row) => row.status === 'supports' || row.status === 'not-applicable')
      ? 'full'
      : 'partial';
  return { version, date, axeVersion: axe.version, overall, criteria, checklist };
}

const escape = (text) =>
  String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

function howTested(row, t) {
  const parts = [];
  if (row.axe) parts.push(`<p>${escape(t.axe(row.axe.rules.join(', '), row.axe.tests))}</p>`);
  if (row.scripted.length > 0) {
    parts.push(
      `<p>${escape(t.scripted(row.scripted.length))}</p><ul>${row.scripted.map((name) => `<li>${escape(name)}</li>`).join('')}</ul>`,
    );
  }
  if (parts.length === 0) parts.push(`<p>${escape(row.status === 'not-applicable' ? '–' : t.manualOnly)}</p>`);
  return parts.join('');
}

function rowHtml(row, lang, t, withLevel) {
  const still = row.status === 'not-applicable' ? row.reason?.[lang] : row.manual?.[lang];
  return `<tr id="c-${escape(row.id)}"><th scope="row">${withLevel ? `${escape(row.id)} ` : ''}${escape(row.name[lang])}</th>${
    withLevel ? `<td>${escape(row.level)}</td>` : ''
  }<td>${escape(t.status[row.status])}</td><td>${howTested(row, t)}</td><td>${escape(still ?? '–')}</td></tr>`;
}

export function renderHtml(report, lang) {
  const t = TEXTS[lang];
  const [criterion, level, status, how, still] = t.columns;
  const failed = [...report.criteria, ...report.checklist].flatMap((row) =>
    row.failed.map((name) => `${row.id}: ${name}`),
  );
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(t.title)}</title>
<style>body{font-family:system-ui,sans-serif;line-height:1.5;max-width:72rem;margin:0 auto;padding:1rem}table{border-collapse:collapse;width:100%}th,td{border:1px solid #6e6e6e;padding:.4rem;text-align:start;vertical-align:top}td ul,td p{margin:0 0 .3rem}caption{text-align:start;font-weight:600}</style>
</head>
<body>
<main>
<h1>${escape(t.title)}</h1>
<p>${escape(t.intro(report.version, report.date))}</p>
<nav><p>${LANGS.map((other) => `<a href="report-${other}.html" hreflang="${other}" lang="${other}">${other === 'fi' ? 'suomi' : other === 'sv' ? 'svenska' : 'English'}</a>`).join(' · ')}</p></nav>
<h2>${escape(t.statusHeading)}</h2>
<p>${escape(t.overall[report.overall])}</p>
<p>${escape(t.statusNote)}</p>
<h2>${escape(t.limitationsHeading)}</h2>
<ul>${t.limitations.map((item) => `<li>${escape(item)}</li>`).join('')}</ul>
${failed.length > 0 ? `<h3>${escape(t.failedHeading)}</h3><ul>${failed.map((name) => `<li>${escape(name)}</li>`).join('')}</ul>` : ''}
<h2>${escape(t.tableHeading)}</h2>
<table>
<thead><tr><th scope="col">${escape(criterion)}</th><th scope="col">${escape(level)}</th><th scope="col">${escape(status)}</th><th scope="col">${escape(how)}</th><th scope="col">${escape(still)}</th></tr></thead>
<tbody>
${report.criteria.map((row) => rowHtml(row, lang, t, true)).join('\n')}
</tbody>
</table>
<h2>${escape(t.checklistHeading)}</h2>
<table>
<thead><tr><th scope="col">${escape(criterion)}</th><th scope="col">${escape(status)}</th><th scope="col">${escape(how)}</th><th scope="col">${escape(still)}</th></tr></thead>
<tbody>
${report.checklist.map((row) => rowHtml(row, lang, t, false)).join('\n')}
</tbody>
</table>
<h2>${escape(t.preparationHeading)}</h2>
<p>${escape(t.preparation(report.date, report.axeVersion))}</p>
<h2>${escape(t.feedbackHeading)}</h2>
<p>${escape(t.feedback)}</p>
<h2>${escape(t.enforcementHeading)}</h2>
<p>${escape(t.enforcement)}</p>
</main>
</body>
</html>
`;
}

/** Writes report-fi.html, report-sv.html, report-en.html and report.json into `dir`. */
export function writeReport(dir, report) {
  mkdirSync(dir, { recursive: true });
  for (const lang of LANGS) writeFileSync(join(dir, `report-${lang}.html`), renderHtml(report, lang));
  writeFileSync(join(dir, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
}
