import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * A fixture's expected output: read from `file`, which a human has reviewed. `UPDATE=1` writes `actual` there
 * instead (review the diff before committing it). A missing file fails the test: an expectation is never made
 * up by the code under test while the test runs.
 */
export function expectedOutput(file: string, actual: string): string {
  if (process.env.UPDATE) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
  } else if (!existsSync(file)) {
    throw new Error(`${file} is missing: run the test with UPDATE=1 to write it, then review it by hand`);
  }
  return readFileSync(file, 'utf8');
}
