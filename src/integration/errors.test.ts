import { AstroError } from 'astro/errors';
import { describe, expect, it } from 'vitest';
import { DalilError } from '../lib/kb/errors.ts';
import { asAstroError, offlineProblems } from './errors.ts';

describe('the integration\'s errors', () => {
  it('a DalilError becomes an AstroError with its place in the message and its hint as the hint', () => {
    const err = asAstroError(new DalilError('loads https://x.example/a.js from outside the site folder', { file: 'dist/ar/index.html', line: 12 }, 'ship the file with the site'));
    expect(err).toBeInstanceOf(AstroError);
    expect((err as AstroError).message).toBe('dalil: dist/ar/index.html:12: loads https://x.example/a.js from outside the site folder');
    expect((err as AstroError).hint).toBe('ship the file with the site');
  });

  it('anything else becomes an AstroError that says it is a bug, with its message', () => {
    const err = asAstroError(new TypeError('x is undefined')) as AstroError;
    expect(err).toBeInstanceOf(AstroError);
    expect(err.message).toBe('dalil: x is undefined');
    expect(err.hint).toMatch(/bug/);
  });

  it('the offline step\'s problems are listed in one error, at most twenty', () => {
    const problems = Array.from({ length: 23 }, (_, i) => new DalilError('a module script loaded from a file does not run from disk', { file: `dist/p${i}.html`, line: 3 }, 'use <script is:inline>'));
    const err = offlineProblems(problems);
    expect(err.message).toMatch(/^dalil: 23 problems: the site would not work opened from disk/);
    expect(err.message).toContain('dist/p19.html:3:');
    expect(err.message).not.toContain('dist/p20.html');
    expect(err.message).toContain('… and 3 more');
    expect(err.hint).toBe('use <script is:inline>');
  });
});
