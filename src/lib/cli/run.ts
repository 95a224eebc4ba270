import { parseArgs, type ParseArgsConfig } from 'node:util';
import { DalilError } from '../kb/errors.ts';

/** A command line that cannot be run as given: printed with the usage, exit code 2. */
export class UsageError extends Error {}

/**
 * Runs a script's main step and sets the exit code: the step's own number (0 when it returns nothing); 1 for a
 * DalilError, printed with its place and hint; 2 for a wrong command line, printed with the usage. Any other error
 * is a bug and is thrown as it is.
 */
export async function runScript(name: string, usage: string, main: () => number | void | Promise<number | void>): Promise<void> {
  try {
    process.exitCode = (await main()) ?? 0;
  } catch (err) {
    if (err instanceof DalilError) {
      console.error(`${name}: error: ${err.format()}`);
      process.exitCode = 1;
    } else if (err instanceof UsageError || isParseArgsError(err)) {
      console.error(`${name}: ${(err as Error).message}\n${usage}`);
      process.exitCode = 2;
    } else throw err;
  }
}

/** `parseArgs` from node:util, strict: an unknown flag or a missing value is a UsageError. */
export function parseCommandLine<T extends ParseArgsConfig['options']>(args: string[], options: T, allowPositionals = true) {
  return parseArgs({ args, options, allowPositionals, strict: true });
}

/**
 * For a script that parses its command line before any work and outside `runScript`: a wrong command line prints
 * the usage and exits with code 2 at once.
 */
export function commandLineOrExit<T extends ParseArgsConfig['options']>(name: string, usage: string, args: string[], options: T) {
  try {
    return parseCommandLine(args, options);
  } catch (err) {
    if (!(err instanceof UsageError || isParseArgsError(err))) throw err;
    console.error(`${name}: ${(err as Error).message}\n${usage}`);
    process.exit(2);
  }
}

function isParseArgsError(err: unknown): boolean {
  return typeof (err as { code?: unknown })?.code === 'string' && (err as { code: string }).code.startsWith('ERR_PARSE_ARGS');
}

/** A number flag's value, or the default; a value that is no positive integer is a UsageError. */
export function positiveInteger(value: string | undefined, flag: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new UsageError(`${flag} takes a positive whole number, not "${value}"`);
  return Number(value);
}
