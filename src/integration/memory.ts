/**
 * Memory of the build process at its phases, for the build benchmarks (docs/benchmarks.md). With
 * `DALIL_MEMORY_LOG=1`, a line with resident memory, V8 heap and external (Buffer) memory at each build hook; with
 * `DALIL_MEMORY_LOG=<seconds>` (more than 1) also every that many seconds during the build; with
 * `DALIL_HEAP_SNAPSHOT=<phase>` (e.g. `pages generated`) a V8 heap snapshot written to the working folder when that
 * phase is logged. Resident memory far above heap + external is native memory (ICU, the bundler, malloc).
 * Without the variables nothing is measured.
 */
import type { AstroIntegrationLogger } from 'astro';
import { writeHeapSnapshot } from 'node:v8';

const mb = (bytes: number) => `${Math.round(bytes / 1e6)} MB`;

function line(phase: string): string {
  const m = process.memoryUsage();
  return `memory at ${phase}: rss ${mb(m.rss)}, heap ${mb(m.heapUsed)} of ${mb(m.heapTotal)}, external ${mb(m.external)} (buffers ${mb(m.arrayBuffers)})`;
}

export function memoryLog(env: NodeJS.ProcessEnv = process.env): (logger: AstroIntegrationLogger, phase: string) => void {
  if (!env.DALIL_MEMORY_LOG) return () => {};
  const every = Number(env.DALIL_MEMORY_LOG);
  if (every > 1) setInterval(() => console.log(`[dalil] ${line('t')}`), every * 1000).unref();
  return (logger, phase) => {
    logger.info(line(phase));
    if (env.DALIL_HEAP_SNAPSHOT === phase) logger.info(`heap snapshot: ${writeHeapSnapshot()}`);
  };
}
