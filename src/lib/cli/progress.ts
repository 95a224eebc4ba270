/**
 * Progress of a long step (thousands of articles): on a terminal, a cli-progress bar with count, rate and time
 * left, redrawn in place; in CI or when the output is piped, a plain line every tenth of the way (and at most one
 * every two seconds), never an animation. Written to stderr, beside the summary.
 */
import { SingleBar } from 'cli-progress';

export interface Progress {
  update(done: number): void;
  stop(): void;
}

export interface ProgressOptions {
  stream?: NodeJS.WriteStream;
  /** Draw a bar: by default when the stream is a terminal and the CI variable is not set. */
  live?: boolean;
}

const rate = (done: number, ms: number) => (ms > 0 ? done / (ms / 1000) : 0);
const clock = (s: number) => (s >= 60 ? `${Math.floor(s / 60)} min ${Math.round(s % 60)} s` : `${Math.round(s)} s`);

/** A progress display of `total` items named `what` (e.g. "articles"), for the step `label`. */
export function progress(label: string, what: string, total: number, options: ProgressOptions = {}): Progress {
  const stream = options.stream ?? process.stderr;
  const live = options.live ?? (stream.isTTY === true && !process.env.CI);
  const start = performance.now();
  if (live) {
    const bar = new SingleBar({
      stream,
      format: `${label} [{bar}] {value}/{total} ${what} · {rate}/s · {eta_formatted} left`,
      barsize: 30,
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 200,
    });
    bar.start(total, 0, { rate: '0' });
    return {
      update: (done) => bar.update(done, { rate: rate(done, performance.now() - start).toFixed(0) }),
      stop: () => bar.stop(),
    };
  }
  let next = Math.ceil(total / 10);
  let last = 0;
  return {
    update(done) {
      const now = performance.now();
      if (done < next || now - last < 2000 || done >= total) return;
      last = now;
      next = done + Math.ceil(total / 10);
      const r = rate(done, now - start);
      stream.write(`${label}: ${done}/${total} ${what} (${Math.round((done / total) * 100)} %), ${r.toFixed(0)}/s, ${clock((total - done) / r)} left\n`);
    },
    stop() {},
  };
}
