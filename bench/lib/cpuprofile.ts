import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Summaries of V8 .cpuprofile files (node --cpu-prof): self time by package/file and inclusive time by function. */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface CpuSummary {
  file: string;
  /** Wall time covered by the profile, and the part the main thread was busy (not idle), in ms. */
  wallMs: number;
  busyMs: number;
  /** Self time (ms) by area: a package, one of our compiled files, node internals, GC. */
  selfByArea: Array<{ area: string; ms: number; share: number }>;
  /** Inclusive time (ms) of the heaviest functions (each counted once per sample). */
  inclusive: Array<{ fn: string; ms: number; share: number }>;
  /** Time spent loading modules (excluded from everything else). */
  loadingMs: number;
  callees: Array<{ fn: string; parts: Array<{ callee: string; ms: number; share: number }> }>;
}

function areaOf(url: string, fn: string): string {
  if (!url) {
    if (fn === '(garbage collector)') return 'GC';
    if (fn === '(idle)') return '(idle)';
    if (fn === '(program)') return '(program: native, un-attributed)';
    return fn.startsWith('(') ? fn : `V8 builtin`;
  }
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
  if (nm) return nm[1]!;
  if (url.startsWith('node:')) return `node:${url.slice(5).split('/')[0]}`;
  const ours = /\/(dist|\.dist)\/(.+)$/.exec(url);
  if (ours) return `profile-mcp ${ours[2]}`;
  return url.replace(/^file:\/\//, '');
}

function label(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  const short = url ? url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*\/(dist|\.dist)\//, '') : '';
  return `${functionName || '(anonymous)'}${short ? ` ${short}:${lineNumber + 1}` : ''}`;
}

/** Module loading (start-up, lazy imports) is left out: the summaries describe steady-state work. */
const LOADING = /^(node:internal\/modules\/|node:internal\/vm)/;

/**
 * Summarise one profile. `focus` names functions (as "name" or "name file") whose direct callees are
 * broken down too: time of samples under the focus, attributed to the frame just below it.
 */
export function summariseProfile(file: string, top = 25, focus: readonly string[] = []): CpuSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<number, number>();
  const deltas = profile.timeDeltas;
  for (let i = 0; i < profile.samples.length; i++) {
    const us = deltas[i + 1] ?? deltas[i] ?? 0;
    const id = profile.samples[i]!;
    self.set(id, (self.get(id) ?? 0) + us);
  }
  let wall = 0;
  let idle = 0;
  const area = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const callees = new Map<string, Map<string, number>>(focus.map((f) => [f, new Map<string, number>()]));
  let loading = 0;
  for (const [id, us] of self) {
    const node = byId.get(id)!;
    wall += us;
    const chain: ProfileNode[] = [];
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) chain.push(byId.get(cur)!);
    if (chain.some((n) => LOADING.test(n.callFrame.url))) {
      loading += us;
      continue;
    }
    for (const [f, map] of callees) {
      const at = chain.findIndex((n) => label(n) === f || label(n).startsWith(`${f} `));
      if (at < 0) continue;
      const below = at === 0 ? '(self)' : label(chain[at - 1]!);
      map.set(below, (map.get(below) ?? 0) + us);
    }
    const a = areaOf(node.callFrame.url, node.callFrame.functionName);
    if (a === '(idle)') idle += us;
    area.set(a, (area.get(a) ?? 0) + us);
    const seen = new Set<string>();
    for (const n of chain) {
      const fn = label(n);
      if (fn.startsWith('(root)') || seen.has(fn)) continue;
      seen.add(fn);
      inclusive.set(fn, (inclusive.get(fn) ?? 0) + us);
    }
  }
  const busy = wall - idle - loading;
  const ms = (us: number) => us / 1000;
  return {
    file,
    wallMs: ms(wall),
    busyMs: ms(busy),
    selfByArea: [...area]
      .filter(([a]) => a !== '(idle)')
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([a, us]) => ({ area: a, ms: ms(us), share: us / busy })),
    inclusive: [...inclusive]
      .filter(([fn]) => !fn.startsWith('(idle)') && !fn.startsWith('(program)') && !fn.startsWith('(garbage'))
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([fn, us]) => ({ fn, ms: ms(us), share: us / busy })),
    loadingMs: ms(loading),
    callees: [...callees].map(([fn, map]) => ({
      fn,
      parts: [...map]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 12)
        .map(([callee, us]) => ({ callee, ms: ms(us), share: us / busy })),
    })),
  };
}

export function profilesIn(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((f) => f.endsWith('.cpuprofile'))
      .map((f) => join(dir, f));
  } catch {
    return [];
  }
}

export function renderSummary(s: CpuSummary): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const lines = [
    `${s.file}: ${s.wallMs.toFixed(0)} ms profiled, main thread busy ${s.busyMs.toFixed(0)} ms (module loading, ${s.loadingMs.toFixed(0)} ms, left out)`,
    '  self time by area (share of busy time):',
  ];
  for (const a of s.selfByArea.slice(0, 15)) lines.push(`    ${pct(a.share).padStart(6)}  ${a.ms.toFixed(0).padStart(6)} ms  ${a.area}`);
  lines.push('  inclusive time by function (share of busy time):');
  for (const f of s.inclusive) lines.push(`    ${pct(f.share).padStart(6)}  ${f.ms.toFixed(0).padStart(6)} ms  ${f.fn}`);
  for (const c of s.callees) {
    lines.push(`  under ${c.fn}:`);
    for (const p of c.parts) lines.push(`    ${pct(p.share).padStart(6)}  ${p.ms.toFixed(0).padStart(6)} ms  ${p.callee}`);
  }
  return lines.join('\n');
}
