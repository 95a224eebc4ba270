/** Dalil's errors as Astro shows them: AstroError with the place in the message and the hint as Astro's hint. */
import { AstroError } from 'astro/errors';
import { DalilError } from '../lib/kb/errors.ts';

export function asAstroError(err: unknown): unknown {
  if (err instanceof AstroError) return err;
  if (err instanceof DalilError) {
    const { file, line, column } = err.place;
    const where = [file, line, line !== undefined ? column : undefined].filter((x) => x !== undefined).join(':');
    return new AstroError(`dalil: ${where}: ${err.message}`, err.hint);
  }
  const message = err instanceof Error ? err.message : String(err);
  return new AstroError(`dalil: ${message}`, 'this is a bug in Dalil or in one of its packages: please report it with the build log');
}

/** The offline step's problems (pages that would not work from disk), all listed in one error. */
export function offlineProblems(problems: DalilError[]): AstroError {
  const shown = problems.slice(0, 20).map((p) => `  ${p.format().replace(/\n/g, '\n  ')}`);
  if (problems.length > 20) shown.push(`  … and ${problems.length - 20} more`);
  return new AstroError(
    `dalil: ${problems.length} problems: the site would not work opened from disk (file://)\n${shown.join('\n')}`,
    problems[0]?.hint ?? 'see src/lib/build/offline/site.ts',
  );
}
