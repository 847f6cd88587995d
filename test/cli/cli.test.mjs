// The kumppani-feed command run as a process, as a producer runs it: every exit
// code, the --json output, and a feed of several pages served over HTTP on
// 127.0.0.1. Runs against the built command (`npm run build`).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'dist/cli/kumppani-feed.js');
const fixture = (name) => join(root, 'test/fixtures', name);

/** Runs the command; resolves with its exit code and output (never rejects on a non-zero exit). */
function run(...args) {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { cwd: root, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? error.code : 0, stdout, stderr });
    });
  });
}

const association = (id, extra = {}) => ({
  type: 'association',
  id,
  name: { fi: `Yhdistys ${id}` },
  categories: ['leisure'],
  municipality: { code: '564' },
  updatedAt: '2026-10-14T12:30:00+03:00',
  ...extra,
});

const page = (data, next = null) => ({
  feedVersion: '1.1',
  generatedAt: '2026-11-20T06:00:00Z',
  source: { name: { fi: 'Testi' } },
  meta: { count: data.length, next },
  data,
});

let dir;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kumppani-feed-'));
});

async function file(name, content) {
  const path = join(dir, name);
  await writeFile(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

describe('validate', () => {
  test('a valid feed: exit 0, and --json says valid', async () => {
    const path = await file('valid.json', page([association('a:1'), association('a:2')]));
    const text = await run('validate', path);
    assert.equal(text.code, 0, text.stderr);
    assert.match(text.stdout, /Result: 0 invalid items, 0 dropped fields/);
    const json = await run('validate', path, '--json');
    assert.equal(json.code, 0);
    const report = JSON.parse(json.stdout);
    assert.equal(report.valid, true);
    assert.deepEqual(report.items, { total: 2, valid: 2, otherTypes: 0 });
  });

  test('invalid items: exit 1, each with its path, id and reason', async () => {
    const { code, stdout } = await run('validate', fixture('feed/invalid-items.json'), '--json');
    assert.equal(code, 1);
    const report = JSON.parse(stdout);
    assert.equal(report.valid, false);
    assert.equal(report.invalidItems.length, 18);
    assert.deepEqual(report.invalidItems[1], {
      page: 1,
      index: 2,
      id: 'bad:no-name',
      path: 'data[2]',
      reason: 'name: required',
    });
    assert.deepEqual(report.invalidItems[0], { page: 1, index: 1, path: 'data[1]', reason: 'id: required' });
  });

  test('a dropped field alone: exit 1, with the field’s full path', async () => {
    const path = await file(
      'dropped.json',
      page([association('a:1'), association('a:2', { contact: { website: 'javascript:alert(1)', email: 'a@b.fi' } })]),
    );
    const { code, stdout } = await run('validate', path, '--json');
    assert.equal(code, 1);
    const report = JSON.parse(stdout);
    assert.deepEqual(report.invalidItems, []);
    assert.deepEqual(report.droppedFields, [
      { page: 1, index: 1, id: 'a:2', path: 'data[1].contact.website', reason: 'not an http(s) URL' },
    ]);
    const text = await run('validate', path);
    assert.match(text.stdout, /data\[1\]\.contact\.website \(id "a:2"\): not an http\(s\) URL/);
  });

  test('warnings for producers do not fail the feed', async () => {
    const path = await file(
      'warnings.json',
      page([
        association('w:1', {
          categories: ['leisure', 'knitting'],
          municipality: { code: '999' },
          updatedAt: '2020-01-01T00:00:00Z',
          contactPersons: [{ role: { fi: 'PJ' }, email: 'pj@x.fi' }],
          url: 'http://palvelu.example/w1',
        }),
        association('w:2', { municipality: { code: '091' } }),
      ]),
    );
    const { code, stdout } = await run('validate', path, '--json');
    assert.equal(code, 0);
    const byKind = Object.fromEntries(JSON.parse(stdout).warnings.map((w) => [w.kind, w]));
    assert.deepEqual(Object.keys(byKind).sort(), [
      'http-link',
      'municipality-code',
      'old-update',
      'personal-data',
      'swedish',
      'unknown-code',
    ]);
    assert.equal(byKind['unknown-code'].path, 'data[0].categories');
    assert.match(byKind['unknown-code'].message, /knitting/);
    assert.equal(byKind['municipality-code'].path, 'data[0].municipality');
    assert.equal(byKind['personal-data'].path, 'data[0].contactPersons[0]');
    assert.equal(byKind['http-link'].path, 'data[0].url');
    assert.deepEqual([byKind.swedish.id, byKind.swedish.path], ['w:2', 'data[1].name']);
  });

  test('an unusable feed: exit 2 (not JSON, another major version, no data, a missing file)', async () => {
    const cases = {
      'not JSON': await file('broken.json', '{"feedVersion": "1.0", "data": ['),
      'version 2': await file('v2.json', { ...page([]), feedVersion: '2.0' }),
      'no data': await file('nodata.json', { ...page([]), data: undefined }),
      'missing file': join(dir, 'nowhere.json'),
    };
    for (const [what, path] of Object.entries(cases)) {
      const { code, stdout, stderr } = await run('validate', path, '--json');
      assert.equal(code, 2, what);
      assert.match(stderr, /unusable feed/, what);
      assert.ok(JSON.parse(stdout).error.kind, what);
    }
  });

  test('wrong usage: exit 2 with the usage', async () => {
    for (const args of [[], ['validate'], ['frobnicate', 'x'], ['validate', 'a', 'b'], ['validate', 'x', '--nope']]) {
      const { code, stderr } = await run(...args);
      assert.equal(code, 2, args.join(' '));
      assert.match(stderr, /Usage: kumppani-feed/, args.join(' '));
    }
  });
});

describe('a feed served over HTTP in pages', () => {
  let server;
  let origin;
  const pages = new Map();
  before(async () => {
    server = createServer((request, response) => {
      const body = pages.get(request.url);
      if (request.url === '/down.json') response.writeHead(503).end();
      else if (!body) response.writeHead(404).end();
      else response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(body(origin)));
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${server.address().port}`;
    pages.set('/feed/1', (o) => page([association('p:1'), association('p:2')], `${o}/feed/2`));
    pages.set('/feed/2', (o) => page([association('p:3')], `${o}/feed/3`));
    pages.set('/feed/3', () =>
      page([association('p:4'), { type: 'association', id: 'p:5' }, { type: 'podcast', id: 'x' }]),
    );
    pages.set('/loop/1', (o) => page([association('l:1')], `${o}/loop/2`));
    pages.set('/loop/2', (o) => page([association('l:2')], `${o}/loop/1`));
    pages.set('/broken/1', (o) => page([association('b:1')], `${o}/broken/2`));
    pages.set('/taxonomy.json', () => ({ categories: [{ code: 'knitting', label: { fi: 'Neulonta' } }] }));
  });
  after(() => new Promise((resolve) => server.close(resolve)));

  test('follows meta.next through every page, reports by page, and shows progress on stderr', async () => {
    const { code, stdout, stderr } = await run('validate', `${origin}/feed/1`, '--json');
    assert.equal(code, 1);
    const report = JSON.parse(stdout);
    assert.equal(report.pages, 3);
    assert.deepEqual(report.items, { total: 6, valid: 4, otherTypes: 1 });
    assert.deepEqual(report.invalidItems, [
      {
        page: 3,
        index: 1,
        id: 'p:5',
        path: 'data[1]',
        reason: 'name: required; categories: required; municipality: required; updatedAt: required',
      },
    ]);
    assert.match(stderr, /page 2, 3 items read/);
    assert.match(stderr, /page 3, 6 items read/);
  });

  test('stops at a loop as a widget does, keeping what it read', async () => {
    const { code, stdout } = await run('validate', `${origin}/loop/1`, '--json');
    assert.equal(code, 1);
    const report = JSON.parse(stdout);
    assert.equal(report.items.valid, 2);
    assert.deepEqual(report.pagingStopped, { reason: 'loop', url: `${origin}/loop/1` });
  });

  test('a page that fails to load makes the feed unusable: exit 2', async () => {
    const { code, stderr } = await run('validate', `${origin}/broken/1`);
    assert.equal(code, 2);
    assert.match(stderr, /HTTP 404/);
    assert.equal((await run('validate', `${origin}/down.json`)).code, 2);
    assert.equal((await run('validate', 'http://127.0.0.1:9/feed.json')).code, 2);
  });

  test('reads the taxonomy file beside a feed whose pages carry none', async () => {
    pages.set('/knit.json', () => page([association('k:1', { categories: ['knitting'] })]));
    const { code, stdout } = await run('validate', `${origin}/knit.json`, '--json');
    assert.equal(code, 0);
    assert.deepEqual(JSON.parse(stdout).warnings, []);
  });

  test('stats counts what a widget would show', async () => {
    const { code, stdout } = await run('stats', `${origin}/feed/1`, '--json');
    assert.equal(code, 0);
    const stats = JSON.parse(stdout);
    assert.deepEqual(stats.types, { association: 4 });
    assert.deepEqual(stats.municipalities, { 564: 4 });
    assert.deepEqual(stats.categories, { leisure: 4 });
    assert.equal(stats.invalid, 1);
    assert.equal(stats.otherTypes, 1);
    assert.equal(stats.oldest.length, 4);
    const text = await run('stats', `${origin}/feed/1`);
    assert.match(text.stdout, /association: 4/);
  });
});

describe('schema', () => {
  test('prints the JSON Schema the build ships', async () => {
    const { code, stdout } = await run('schema');
    assert.equal(code, 0);
    const printed = JSON.parse(stdout);
    assert.equal(printed.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.deepEqual(printed, JSON.parse(await readFile(join(root, 'dist/feed.schema.json'), 'utf8')));
  });
});

describe('convert', () => {
  test('the README’s template CSV becomes a feed that validates cleanly', async () => {
    const out = join(dir, 'template-feed.json');
    const { code, stdout } = await run(
      'convert',
      '--from',
      'csv',
      join(root, 'templates/associations.csv'),
      '--out',
      out,
    );
    assert.equal(code, 0, stdout);
    const feed = JSON.parse(await readFile(out, 'utf8'));
    const [item] = feed.data;
    assert.equal(item.id, 'kyla:1');
    assert.deepEqual(item.name, { fi: 'Kirkonkylän kyläyhdistys ry', sv: 'Kyrkbyns byaförening rf' });
    // A quoted cell keeps its line breaks; a decimal comma is read as a decimal point.
    assert.match(item.description.fi, /tiistai\.\r?\n\r?\nUudet/);
    assert.deepEqual(item.geo, { lat: 64.9126, lon: 25.5086 });
    assert.deepEqual(item.languages, ['fi', 'sv']);
    assert.equal(item.membership.openToNewMembers, true);
    const check = await run('validate', out);
    assert.equal(check.code, 0, check.stdout);
  });

  test('commas without a byte order mark, rows that cannot be items reported like invalid items: exit 1', async () => {
    const csv = [
      'id,name_fi,categories,municipality,updated_at,website',
      'c:1,Kuoro,culture,091,2026-10-01,https://kuoro.example/',
      'c:2,,culture,091,2026-10-01,',
      'c:3,"Kerho, ""Aamu""",leisure,,14.10.2026,javascript:alert(1)',
    ].join('\n');
    const path = await file('comma.csv', csv);
    const out = join(dir, 'comma-feed.json');
    const { code, stdout } = await run(
      'convert',
      '--from',
      'csv',
      path,
      '--municipality',
      '564',
      '--out',
      out,
      '--json',
    );
    assert.equal(code, 1);
    const report = JSON.parse(stdout);
    assert.deepEqual(report.invalid, [{ place: 'row 3', id: 'c:2', reason: 'name: required' }]);
    assert.deepEqual(report.dropped, [
      { place: 'row 4', id: 'c:3', field: 'contact.website', reason: 'not an http(s) URL' },
    ]);
    const feed = JSON.parse(await readFile(out, 'utf8'));
    assert.deepEqual(
      feed.data.map((item) => item.id),
      ['c:1', 'c:3'],
    );
    assert.equal(feed.data[1].name.fi, 'Kerho, "Aamu"');
    assert.deepEqual(feed.data[1].municipality, { code: '564' });
    assert.equal(feed.data[1].updatedAt, '2026-10-14T00:00:00Z');
  });

  test('without --out the feed goes to standard output', async () => {
    const { code, stdout, stderr } = await run('convert', '--from', 'csv', join(root, 'templates/associations.csv'));
    assert.equal(code, 0);
    assert.equal(JSON.parse(stdout).data.length, 1);
    assert.match(stderr, /1 item written/);
  });

  test('unknown formats and a missing format: exit 2 with a clear message', async () => {
    const unknown = await run('convert', '--from', 'xlsx', 'a.xlsx');
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /unknown format "xlsx"/);
    assert.equal((await run('convert', 'a.csv')).code, 2);
  });
});

describe('convert from the real APIs, served from their recorded answers on 127.0.0.1', () => {
  let server;
  let origin = '';
  const recorded = async (name) => JSON.parse(await readFile(fixture(`realdata/${name}`), 'utf8'));

  before(async () => {
    const events = await recorded('linkedevents/event-list.json');
    const organizations = await recorded('ptv/organization-list.composed.json');
    const services = await recorded('ptv/service-list.json');
    const lipasPlaces = await recorded('lipas/sports-places-helsinki.json');
    const lipasTypes = await recorded('lipas/sports-site-categories.composed.json');
    server = createServer((request, response) => {
      const url = new URL(request.url, 'http://127.0.0.1');
      const send = (body) => {
        response.setHeader('Content-Type', 'application/json');
        response.end(JSON.stringify(body));
      };
      if (url.pathname.startsWith('/linkedevents/v1/organization/')) return send({ name: 'Järjestäjä' });
      if (url.pathname === '/linkedevents/v1/event/') {
        // Volunteer tasks: none recorded, so an empty answer.
        const tasks = url.searchParams.get('event_type') === 'Volunteering';
        return send({ meta: { count: tasks ? 0 : events.data.length, next: null }, data: tasks ? [] : events.data });
      }
      if (url.pathname.startsWith('/api/v11/Organization/list/')) return send({ ...organizations, pageCount: 1 });
      if (url.pathname.startsWith('/api/v11/Service/list')) return send(services);
      if (url.pathname === '/v2/sports-site-categories') return send(lipasTypes);
      if (url.pathname === '/v2/sports-sites') {
        // The recorded Helsinki places in one page of the v2 envelope, for Helsinki (91) only.
        const items = url.searchParams.get('city-codes') === '91' ? lipasPlaces : [];
        return send({ items, pagination: { 'current-page': 1, 'total-pages': 1, 'total-items': items.length } });
      }
      response.statusCode = 404;
      response.end();
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${server.address().port}`;
  });
  after(() => server.close());

  test('--from ptv writes the associations PTV lists, through the widgets’ adapter', async () => {
    const out = join(dir, 'ptv-feed.json');
    const { code, stdout, stderr } = await run(
      'convert',
      '--from',
      'ptv',
      `${origin}/api/v11/`,
      '--municipality',
      '091',
      '--out',
      out,
    );
    // The recording holds one organization without a name: reported like an invalid item, exit 1.
    assert.equal(code, 1, stdout + stderr);
    assert.match(stdout, /6f1c3a52-0c0e-4d1a-9d1b-5a1f00000004.*name: required/);
    assert.match(stdout, /1 organization\(s\) not of the association type were left out/);
    const feed = JSON.parse(await readFile(out, 'utf8'));
    assert.deepEqual(
      feed.data.map((item) => item.name.fi),
      ['Jätkäsaaren Asukasyhdistys ry', 'Oulunkylän Kuoro ry'],
    );
    assert.equal((await run('validate', out)).code, 0);
  });

  test('--from lipas writes the sports places LIPAS lists as spaces, through the widgets’ adapter', async () => {
    const out = join(dir, 'lipas-feed.json');
    const { code, stdout, stderr } = await run(
      'convert',
      '--from',
      'lipas',
      `${origin}/v2/`,
      '--municipality',
      'Helsinki',
      '--out',
      out,
    );
    assert.equal(code, 0, stdout + stderr);
    const feed = JSON.parse(await readFile(out, 'utf8'));
    assert.equal(feed.data.length, 58);
    assert.ok(feed.data.every((item) => item.type === 'premise' && item.municipality.code === '091'));
    assert.ok(feed.data.some((item) => item.url?.startsWith('https://www.vuosaarenvenekerho.fi')));
    assert.equal((await run('validate', out)).code, 0);
    // LIPAS is read by municipality: without one, a clear usage error.
    const none = await run('convert', '--from', 'lipas', `${origin}/v2/`);
    assert.equal(none.code, 2, none.stdout + none.stderr);
    assert.match(none.stderr + none.stdout, /municipality/);
  });

  test('--from linkedevents writes the events Linked Events answers, their HTML as plain text', async () => {
    const out = join(dir, 'linkedevents-feed.json');
    const { code, stdout, stderr } = await run(
      'convert',
      '--from',
      'linkedevents',
      `${origin}/linkedevents/v1/`,
      '--out',
      out,
    );
    assert.ok(code === 0 || code === 1, stdout + stderr);
    const feed = JSON.parse(await readFile(out, 'utf8'));
    assert.ok(feed.data.length > 0);
    for (const item of feed.data) {
      assert.equal(item.type, 'event');
      assert.doesNotMatch(JSON.stringify(item.description ?? {}), /<\/?[a-z]/i);
    }
    assert.match(stdout, /coming 60 days/);
  });
});
