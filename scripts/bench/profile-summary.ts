/**
 * Where a CPU profile's time went: `node scripts/bench/profile-summary.ts <file.cpuprofile | folder> [--top=N]`.
 * Sums self time per function (name, file and line) over the profile's samples and prints the top N, then the
 * same per file; for each profile in a folder in turn. Profiles come from `node --cpu-prof` (bench:build --profile).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parseArgs } from 'node:util';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

const { values, positionals } = parseArgs({ options: { top: { type: 'string', default: '20' } }, allowPositionals: true });
const top = Number(values.top);
const target = positionals[0] ?? '.';
const files = statSync(target).isDirectory() ? readdirSync(target).filter((f) => f.endsWith('.cpuprofile')).sort().map((f) => join(target, f)) : [target];

const short = (url: string) => {
  const path = url.replace(/^file:\/\//, '');
  const nm = path.lastIndexOf('node_modules/');
  return nm >= 0 ? path.slice(nm + 'node_modules/'.length) : path.startsWith('/') ? relative('.', path) : path || '(native)';
};

for (const file of files) {
  const p = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const fn = new Map<string, number>();
  const byFile = new Map<string, number>();
  let total = 0;
  p.samples.forEach((id, i) => {
    const dt = p.timeDeltas[i] ?? 0;
    total += dt;
    const f = byId.get(id)!.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${short(f.url)}:${f.lineNumber + 1}`;
    fn.set(key, (fn.get(key) ?? 0) + dt);
    const where = f.url ? short(f.url).split('/').slice(0, 3).join('/') : f.functionName;
    byFile.set(where, (byFile.get(where) ?? 0) + dt);
  });
  const pct = (us: number) => `${((us / total) * 100).toFixed(1).padStart(5)} %`;
  console.log(`${basename(file)}: ${(total / 1e6).toFixed(1)} s sampled`);
  for (const [k, us] of [...fn].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${pct(us)} ${(us / 1e3).toFixed(0).padStart(7)} ms  ${k}`);
  console.log('  by file or package:');
  for (const [k, us] of [...byFile].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${pct(us)} ${(us / 1e3).toFixed(0).padStart(7)} ms  ${k}`);
}
