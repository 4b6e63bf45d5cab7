// A diagnostic preload for profile-mcp under the harness: `node --import ./bench/probe.mjs dist/cli.js`.
// It times, inside the server, each request from its arrival (parsed off stdin) to its answer being
// handed to stdout, and the service call within it; on exit it writes the medians per tool to
// PROBE_OUT (JSON). Nothing is changed in the server's behaviour. Needs PROBE_DIST (the compiled server).
// Inside patchProfile it also times every fs.promises call, FileHandle call and proper-lockfile
// lock/unlock (per write: how many, and their total), which is where a durable write waits.
import { promises as fsp, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';

const dist = process.env.PROBE_DIST;
const out = process.env.PROBE_OUT;
const { ProfileService } = await import(pathToFileURL(join(dist, 'profiles/service.js')).href);
const samples = {};
const push = (key, ms) => (samples[key] ??= []).push(ms);

// Per-write accounting of awaited file-system calls (only while exactly one patchProfile runs).
let inWrite = 0;
let perWrite = {};
const account = (name, ms) => {
  if (inWrite !== 1) return;
  const entry = (perWrite[name] ??= { calls: 0, ms: 0 });
  entry.calls++;
  entry.ms += ms;
};
const wrapAsync = (target, key, name) => {
  const original = target[key];
  target[key] = function (...args) {
    const t0 = performance.now();
    const p = original.apply(this, args);
    return p.finally(() => account(name, performance.now() - t0));
  };
};
for (const key of ['open', 'mkdir', 'stat', 'rename', 'readFile', 'writeFile', 'unlink', 'readdir', 'rm']) wrapAsync(fsp, key, `fsp.${key}`);
{
  const handle = await fsp.open(process.execPath, 'r');
  const proto = Object.getPrototypeOf(handle);
  await handle.close();
  for (const key of ['writeFile', 'write', 'datasync', 'sync', 'stat', 'close', 'readFile']) wrapAsync(proto, key, `handle.${key}`);
}
{
  const require = createRequire(join(dist, 'store/json-dir/lock.js'));
  const lockfile = require('proper-lockfile');
  const lock = lockfile.lock;
  lockfile.lock = function (...args) {
    const t0 = performance.now();
    return lock.apply(this, args).then((release) => {
      account('proper-lockfile lock', performance.now() - t0);
      return () => {
        const t1 = performance.now();
        return release().finally(() => account('proper-lockfile unlock', performance.now() - t1));
      };
    });
  };
}

for (const method of ['patchProfile', 'readProfile']) {
  const original = ProfileService.prototype[method];
  ProfileService.prototype[method] = async function (...args) {
    const t0 = performance.now();
    const writing = method === 'patchProfile';
    if (writing) {
      inWrite++;
      perWrite = {};
    }
    try {
      return await original.apply(this, args);
    } finally {
      push(`service.${method}`, performance.now() - t0);
      if (writing) {
        if (inWrite === 1) {
          let total = 0;
          for (const [name, e] of Object.entries(perWrite)) {
            push(`  fs in patchProfile: ${name} (ms per write)`, e.ms);
            push(`  fs in patchProfile: ${name} (calls per write)`, e.calls);
            total += e.ms;
          }
          push('  fs in patchProfile: all awaited fs calls (ms per write)', total);
        }
        inWrite--;
      }
    }
  };
}

const arrivals = new Map();
const processReadBuffer = StdioServerTransport.prototype.processReadBuffer;
StdioServerTransport.prototype.processReadBuffer = function () {
  if (!this.__probed && this.onmessage) {
    const onmessage = this.onmessage;
    this.onmessage = (message) => {
      if (message.id !== undefined && message.method) {
        arrivals.set(message.id, { t: performance.now(), name: message.method === 'tools/call' ? message.params?.name : message.method });
      }
      onmessage(message);
    };
    this.__probed = true;
  }
  return processReadBuffer.call(this);
};
const send = StdioServerTransport.prototype.send;
StdioServerTransport.prototype.send = function (message) {
  const arrival = message.id !== undefined && !message.method ? arrivals.get(message.id) : undefined;
  if (arrival) {
    arrivals.delete(message.id);
    const t1 = performance.now();
    return send.call(this, message).then(() => {
      push(`in-server ${arrival.name} (arrival -> written)`, performance.now() - arrival.t);
      push(`stdout write ${arrival.name}`, performance.now() - t1);
    });
  }
  return send.call(this, message);
};

process.on('exit', () => {
  if (!out) return;
  const summary = {};
  for (const [key, list] of Object.entries(samples)) {
    const sorted = [...list].sort((a, b) => a - b);
    summary[key] = { n: sorted.length, median: sorted[Math.floor(sorted.length / 2)], p99: sorted[Math.ceil(sorted.length * 0.99) - 1] };
  }
  writeFileSync(out, JSON.stringify(summary, null, 2));
});
