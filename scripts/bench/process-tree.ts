/**
 * Runs a command as a benchmark step: wall time, the peak resident memory of its whole process tree (Astro's
 * workers and Pagefind's binary included), and every output line with the time it arrived, so that steps inside
 * one process (Pagefind, the offline step) can be timed from the lines they print. Linux: memory is read from
 * /proc every 100 ms (`/usr/bin/time -v` would give only the largest single process, not the tree's sum).
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';

export interface StepResult {
  ms: number;
  /** Highest sum of resident memory over the process and all its descendants, in bytes. */
  peakRss: number;
  /** Output lines (stdout and stderr), each with the milliseconds since the start at which it arrived. */
  lines: Array<{ at: number; text: string }>;
  status: number | null;
}

const PAGE = 4096;

/** Resident bytes of `root` and every process below it. */
export function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(name));
      children.set(ppid, list);
    } catch {
      // The process ended while we looked.
    }
  }
  let bytes = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    try {
      bytes += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE;
    } catch {
      continue;
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return bytes;
}

/** Runs `command args` to its end; output lines are also echoed with `echo` (e.g. to show progress). */
export function runStep(command: string, args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string; echo?: (line: string) => void } = {}): Promise<StepResult> {
  const start = performance.now();
  const child = spawn(command, args, { env: options.env, cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: StepResult['lines'] = [];
  let peakRss = 0;
  const sample = () => {
    if (child.pid) peakRss = Math.max(peakRss, treeRss(child.pid));
  };
  const timer = setInterval(sample, 100);
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (text) => {
      lines.push({ at: performance.now() - start, text });
      options.echo?.(text);
    });
  }
  return new Promise((resolve, reject) => {
    child.on('error', (err) => (clearInterval(timer), reject(err)));
    child.on('close', (status) => {
      clearInterval(timer);
      resolve({ ms: performance.now() - start, peakRss, lines, status });
    });
  });
}

/** The arrival time of the first line matching `pattern`, if any. */
export function lineTime(result: StepResult, pattern: RegExp): number | undefined {
  return result.lines.find((l) => pattern.test(l.text))?.at;
}
