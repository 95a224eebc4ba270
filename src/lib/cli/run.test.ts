import { afterEach, describe, expect, it, vi } from 'vitest';
import { DalilError } from '../kb/errors.ts';
import { parseCommandLine, runScript, UsageError } from './run.ts';

const USAGE = 'usage: tool [--check] [<dir>]';

describe('runScript', () => {
  const errors: string[] = [];
  const before = process.exitCode;
  vi.spyOn(console, 'error').mockImplementation((line: string) => void errors.push(line));
  afterEach(() => {
    errors.length = 0;
    process.exitCode = before;
  });

  it('sets the exit code the step returns, 0 when it returns nothing', async () => {
    await runScript('tool', USAGE, () => 3);
    expect(process.exitCode).toBe(3);
    await runScript('tool', USAGE, async () => {});
    expect(process.exitCode).toBe(0);
  });

  it('prints a DalilError with its place and hint and exits 1', async () => {
    await runScript('tool', USAGE, () => {
      throw new DalilError('not valid JSON', { file: 'corpus/a.jsonl', line: 2 }, 'fix the line');
    });
    expect(process.exitCode).toBe(1);
    expect(errors).toEqual(['tool: error: corpus/a.jsonl:2: not valid JSON\n  hint: fix the line']);
  });

  it('prints a wrong command line with the usage and exits 2', async () => {
    await runScript('tool', USAGE, () => void parseCommandLine(['--bogus'], { check: { type: 'boolean' } }));
    expect(process.exitCode).toBe(2);
    expect(errors[0]).toMatch(/^tool: Unknown option '--bogus'.*\nusage: tool/s);
    await runScript('tool', USAGE, () => {
      throw new UsageError('at most one folder');
    });
    expect(errors[1]).toBe(`tool: at most one folder\n${USAGE}`);
  });

  it('lets any other error through', async () => {
    await expect(runScript('tool', USAGE, () => {
      throw new TypeError('a bug');
    })).rejects.toThrow('a bug');
  });
});

describe('parseCommandLine', () => {
  it('reads flags in both spellings and keeps positionals', () => {
    expect(parseCommandLine(['--site=out', 'x', '--keep', '--rounds', '3'], { site: { type: 'string' }, keep: { type: 'boolean' }, rounds: { type: 'string' } })).toEqual({
      values: { site: 'out', keep: true, rounds: '3' },
      positionals: ['x'],
    });
  });
});
