#!/usr/bin/env node
// A throwaway PostgreSQL cluster for tests, CI and benchmarks.
//
//   node scripts/pg.mjs start DIR   initdb into DIR, start on a free 127.0.0.1 port, create the
//                                   database "profile_mcp", print its URL (one line on stdout)
//   node scripts/pg.mjs stop DIR    stop the cluster and remove DIR
//
// DIR must be empty or missing (`mktemp -d` is fine). The server listens on loopback only, keeps
// its unix socket inside DIR, runs with fsync on, and accepts only the generated password. As root,
// initdb and postgres refuse to run, so they run as the `postgres` user (else `nobody`) through
// runuser, with DIR handed to that user. Binaries come from $PG_BIN, else `pg_config --bindir`,
// else the newest /usr/lib/postgresql/*/bin (Debian's `postgresql` package).
//
// Also imported by tests: findPgBin(), startCluster(), stopCluster(), createDatabase().
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const DATABASE = 'profile_mcp';
const STATE_FILE = 'cluster.json';

/** The directory holding initdb/pg_ctl/postgres, or null when PostgreSQL is not installed. */
export function findPgBin() {
  const candidates = [];
  if (process.env.PG_BIN) candidates.push(process.env.PG_BIN);
  try {
    candidates.push(execFileSync('pg_config', ['--bindir'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
  } catch {
    // no pg_config on PATH
  }
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root)
      .filter((v) => /^\d+$/.test(v))
      .sort((a, b) => Number(b) - Number(a));
    for (const v of versions) candidates.push(join(root, v, 'bin'));
  }
  return candidates.find((dir) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'))) ?? null;
}

/** Who runs the server: ourselves, or (as root) an unprivileged user. */
function runAs() {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return null;
  for (const name of ['postgres', 'nobody']) {
    const r = spawnSync('id', ['-u', name], { encoding: 'utf8' });
    if (r.status === 0) {
      const uid = Number(r.stdout.trim());
      const gid = Number(spawnSync('id', ['-g', name], { encoding: 'utf8' }).stdout.trim());
      return { name, uid, gid };
    }
  }
  throw new Error('running as root and neither the "postgres" nor the "nobody" user exists to run PostgreSQL');
}

function run(user, file, args, options = {}) {
  const [cmd, argv] = user ? ['runuser', ['-u', user.name, '--', file, ...args]] : [file, args];
  const r = spawnSync(cmd, argv, { encoding: 'utf8', ...options });
  if (r.error) throw r.error;
  if (r.status !== 0) {
    throw new Error(`${file.split('/').pop()} failed (exit ${r.status}): ${(r.stderr || r.stdout || '').trim().slice(-2000)}`);
  }
  return r.stdout;
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function chownTree(path, user) {
  if (!user) return;
  chownSync(path, user.uid, user.gid);
}

/**
 * initdb + start + CREATE DATABASE. Returns { dir, port, url, adminUrl }: `url` names the database
 * "profile_mcp", `adminUrl` the "postgres" database (for creating more throwaway databases).
 */
export async function startCluster(dirArg) {
  const bin = findPgBin();
  if (!bin) throw new Error('PostgreSQL server binaries not found (install the Debian package "postgresql" or set PG_BIN)');
  const dir = resolve(dirArg ?? join(tmpdir(), `profile-mcp-pg-${randomBytes(4).toString('hex')}`));
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (readdirSync(dir).length > 0) throw new Error(`${dir} is not empty; give an empty or missing directory`);
  const user = runAs();
  const data = join(dir, 'data');
  const sock = join(dir, 'sock');
  mkdirSync(sock, { mode: 0o700 });
  chownTree(dir, user);
  chownTree(sock, user);
  const password = randomBytes(18).toString('base64url');
  const pwfile = join(dir, 'pw');
  writeFileSync(pwfile, `${password}\n`, { mode: 0o600 });
  chownTree(pwfile, user);
  try {
    run(user, join(bin, 'initdb'), [
      '-D',
      data,
      '-U',
      'postgres',
      '--pwfile',
      pwfile,
      '-A',
      'scram-sha-256',
      '-E',
      'UTF8',
      '--locale',
      'C',
      '--no-sync',
      '--no-instructions',
    ]);
  } finally {
    rmSync(pwfile, { force: true });
  }
  let lastError;
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    const settings = [
      'listen_addresses=127.0.0.1',
      `port=${port}`,
      `unix_socket_directories=${sock}`,
      'fsync=on',
      'max_connections=200',
      'log_min_messages=warning',
    ];
    try {
      run(user, join(bin, 'pg_ctl'), ['-D', data, '-l', join(dir, 'server.log'), '-w', '-t', '60', '-o', settings.map((s) => `-c ${s}`).join(' '), 'start'], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const adminUrl = `postgres://postgres:${password}@127.0.0.1:${port}/postgres`;
      const url = await createDatabase(adminUrl, DATABASE);
      const state = { dir, port, url, adminUrl, bin };
      writeFileSync(join(dir, STATE_FILE), JSON.stringify(state), { mode: 0o600 });
      return state;
    } catch (err) {
      lastError = err;
      if (!/could not (bind|create)|address already in use/i.test(String(err?.message) + logTail(dir))) break;
    }
  }
  await stopCluster(dir);
  throw new Error(`PostgreSQL did not start: ${lastError?.message}\n${logTail(dir)}`);
}

function logTail(dir) {
  try {
    return readFileSync(join(dir, 'server.log'), 'utf8').slice(-2000);
  } catch {
    return '';
  }
}

/** Create a fresh database on the cluster; returns its URL. */
export async function createDatabase(adminUrl, name) {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`bad database name ${name}`);
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8'`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Stop the cluster (fast shutdown) and remove its directory. Safe to call twice. */
export async function stopCluster(dirArg) {
  const dir = resolve(dirArg);
  if (!existsSync(dir)) return;
  const data = join(dir, 'data');
  if (existsSync(join(data, 'postmaster.pid'))) {
    const bin = findPgBin();
    const user = runAs();
    try {
      run(user, join(bin, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', '-t', '60', 'stop'], { stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (err) {
      process.stderr.write(`pg.mjs: pg_ctl stop failed: ${err.message}\n`);
    }
  }
  rmSync(dir, { recursive: true, force: true });
}

async function main(argv) {
  const [verb, dir] = argv;
  if (verb === 'start' && argv.length <= 2) {
    const state = await startCluster(dir);
    process.stdout.write(`${state.url}\n`);
    if (!dir) process.stderr.write(`pg.mjs: cluster in ${state.dir} (stop with: node scripts/pg.mjs stop ${state.dir})\n`);
    return 0;
  }
  if (verb === 'stop' && dir && argv.length === 2) {
    await stopCluster(dir);
    return 0;
  }
  if (verb === 'bin') {
    const bin = findPgBin();
    process.stdout.write(`${bin ?? ''}\n`);
    return bin ? 0 : 1;
  }
  process.stderr.write('Usage: node scripts/pg.mjs start [DIR] | stop DIR | bin\n');
  return 2;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (err) => {
      process.stderr.write(`pg.mjs: ${err.message}\n`);
      process.exitCode = 1;
    },
  );
}
