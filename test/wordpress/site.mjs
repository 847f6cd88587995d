// A throwaway WordPress from Debian's packages: a private MariaDB in a temporary folder, a
// copy of /usr/share/wordpress with its own wp-config.php, the plugin unpacked from the
// built zip, served by PHP's built-in server. Nothing outside the temporary folder changes.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const WORDPRESS = process.env.WORDPRESS_DIR ?? '/usr/share/wordpress';
const here = import.meta.dirname;

/** What is missing for a real WordPress here, or an empty list. */
export function missingTools() {
  const missing = [];
  if (!existsSync(join(WORDPRESS, 'wp-settings.php'))) missing.push(`WordPress (${WORDPRESS})`);
  for (const tool of ['php', 'mariadbd', 'mariadb-install-db', 'mariadb', 'unzip']) {
    if (spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0) missing.push(tool);
  }
  if (missing.length === 0 && spawnSync('php', ['-r', 'exit(extension_loaded("mysqli") ? 0 : 1);']).status !== 0) {
    missing.push("PHP's mysqli extension (php-mysql)");
  }
  return missing;
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  return result.stdout;
}

async function freePort() {
  const server = createServer();
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address();
  await new Promise((done) => server.close(done));
  return port;
}

async function until(what, check, attempts = 200) {
  for (let i = 0; i < attempts; i += 1) {
    if (await check()) return;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`${what} did not start`);
}

/**
 * Starts the site, installs it with WordPress's own wp_install(), activates the plugin
 * from `pluginZip` and lets `setup.php` write the fixture posts. Returns the site's URL,
 * the posts' URLs by name, the Author's login, and stop().
 */
export async function startWordPress({ pluginZip, feedOrigin, themeScript }) {
  const dir = mkdtempSync(join(tmpdir(), 'kumppani-wp-'));
  const children = [];
  let stopped;
  const stop = () => {
    stopped ??= (async () => {
      for (const child of [...children].reverse()) {
        if (child.exitCode !== null || child.signalCode !== null) continue;
        const exited = new Promise((done) => child.once('exit', done));
        try {
          // Each child leads its own process group: PHP's server workers go with it.
          process.kill(-child.pid, 'SIGTERM');
        } catch {
          continue; // already gone
        }
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
      process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
    })();
    return stopped;
  };
  // The database and PHP run in their own process groups: stop them on Ctrl-C too.
  const onSignal = () => void stop().finally(() => process.exit(130));
  process.once('SIGINT', onSignal).once('SIGTERM', onSignal);
  try {
    // The database: its own data folder and socket, no network port.
    const socket = join(dir, 'mysqld.sock');
    run('mariadb-install-db', [
      '--no-defaults',
      `--datadir=${dir}/db`,
      '--auth-root-authentication-method=normal',
      '--skip-test-db',
      `--user=${process.getuid?.() === 0 ? 'root' : process.env.USER}`,
    ]);
    const db = spawn(
      'mariadbd',
      [
        '--no-defaults',
        `--datadir=${dir}/db`,
        `--socket=${socket}`,
        `--pid-file=${dir}/mysqld.pid`,
        `--log-error=${dir}/mysqld.log`,
        '--skip-networking',
        ...(process.getuid?.() === 0 ? ['--user=root'] : []),
      ],
      { stdio: 'ignore', detached: true },
    );
    children.push(db);
    const sql = (statement) =>
      spawnSync('mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', statement], { encoding: 'utf8' });
    await until('MariaDB', () => sql('SELECT 1').status === 0);
    run('mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', 'CREATE DATABASE wordpress']);

    // WordPress: a copy, so its wp-config.php and wp-content are this run's own.
    const root = join(dir, 'wordpress');
    cpSync(WORDPRESS, root, { recursive: true, dereference: true });
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const salt = () => randomBytes(32).toString('hex');
    const keys = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT']
      .concat(['LOGGED_IN_SALT', 'NONCE_SALT'])
      .map((key) => `define('${key}', '${salt()}');`)
      .join('\n');
    writeFileSync(
      join(root, 'wp-config.php'),
      `<?php
define('DB_NAME', 'wordpress');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', 'localhost:${socket}');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
define('WP_HOME', '${url}');
define('WP_SITEURL', '${url}');
define('WP_CONTENT_DIR', __DIR__ . '/wp-content');
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('DISABLE_WP_CRON', true);
define('WP_DEBUG', true);
define('WP_DEBUG_DISPLAY', false);
define('WP_DEBUG_LOG', '${dir}/debug.log');
${keys}
$table_prefix = 'wp_';
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
`,
    );
    run('unzip', ['-q', pluginZip, '-d', join(root, 'wp-content/plugins')]);
    // Stands for a theme that loads kumppani on its own, for div mount points.
    mkdirSync(join(root, 'wp-content/mu-plugins'), { recursive: true });
    cpSync(resolve(here, 'theme-script.php'), join(root, 'wp-content/mu-plugins/theme-script.php'));
    cpSync(themeScript, join(root, 'wp-content/mu-plugins/theme-kumppani.js'));

    const author = { login: 'kirjoittaja', password: randomBytes(12).toString('hex') };
    const env = {
      ...process.env,
      KUMPPANI_WP_ROOT: root,
      KUMPPANI_WP_URL: url,
      KUMPPANI_FEED_ORIGIN: feedOrigin,
      KUMPPANI_WP_AUTHOR_PASSWORD: author.password,
    };
    const posts = JSON.parse(run('php', [resolve(here, 'setup.php')], { env }));

    // Several workers: the block editor asks for many files at once.
    const server = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', root], {
      stdio: 'ignore',
      detached: true,
      env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
    });
    children.push(server);
    await until('PHP server', async () => {
      try {
        return (await fetch(`${url}/wp-includes/images/blank.gif`)).ok;
      } catch {
        return false;
      }
    });
    return { url, posts, author, dir, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
