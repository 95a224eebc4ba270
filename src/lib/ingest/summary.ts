import { relative } from 'node:path';
import type { DalilError } from '../kb/errors.ts';
import type { IngestReport } from './ingest.ts';

/** A problem as one line, `file:line: message (hint: …)`, the file relative to the working folder. */
export function problemLine(err: DalilError): string {
  const { file, line } = err.place;
  const where = `${file.startsWith('/') ? relative('.', file) || file : file}${line !== undefined ? `:${line}` : ''}`;
  return `${where}: ${err.message}${err.hint ? ` (hint: ${err.hint})` : ''}`;
}

const sec = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** What the CLI prints at the end of an ingest: counts, then every failure and warning with its reason. */
export function ingestSummary(r: IngestReport): string {
  const lines = [
    `dalil ingest: ${r.articles} articles: ${r.written} written, ${r.unchanged} unchanged, ${r.failures.length} failed; ` +
      `${r.mentions} mentions, ${r.events} events; ${r.entityFilesCreated} new entity files, ${r.removed} stale articles removed`,
    `time: reading ${sec(r.timings.read)}, knowledge base ${sec(r.timings.knowledgeBase)}, extraction ${sec(r.timings.extract)}, ` +
      `hashing and writing ${sec(r.timings.write)}`,
  ];
  const extracted = r.articles - r.reused;
  lines.push(
    `  ${extracted} extracted, ${r.reused} unchanged since the last run and not extracted again` +
      (r.entityFilesCreated ? `; ${r.entityFilesCreated} new entities await review (npm run -s dalil -- review)` : ''),
  );
  if (r.failures.length) {
    lines.push(`failed (${r.failures.length}; stale articles are kept until every file reads):`);
    for (const f of r.failures) lines.push(`  ${problemLine(f)}`);
  }
  if (r.warnings.length) {
    lines.push(`corrections not applied (${r.warnings.length}):`);
    for (const w of r.warnings) lines.push(`  ${problemLine(w)}`);
  }
  return lines.join('\n');
}
