import { describe, expect, it, vi } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, readFileSync, readdirSync, watch, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

// Six ingests of 300 articles: minutes on a loaded 2-core machine (a limit, not a timing assertion).
vi.setConfig({ testTimeout: 300_000 });

const ARTICLES = 300;

function env(content: string) {
  return { ...process.env, DALIL_CONTENT_DIR: content };
}

function writeCorpus(dir: string, edition: string) {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < ARTICLES; i++) {
    writeFileSync(
      join(dir, `a${String(i).padStart(3, '0')}.txt`),
      `خبر رقم ${i} ${edition}\nقصف الطيران مدينة حلب وقتل ${i + 2} مدنيين. وقال السفير السويدي كارل سكاو إن الوفد وصل إلى دمشق.\n` +
        `وأفاد المرصد السوري لحقوق الإنسان بأن الاشتباكات استمرت في ريف إدلب ${edition}.\n`,
    );
  }
}

function files(dir: string): Map<string, string> {
  return new Map(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}

/** Starts an ingest and kills it (SIGKILL) once `after` file-system events have happened in the articles folder. */
function killMidRun(corpus: string, content: string, after: number): Promise<NodeJS.Signals | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['scripts/dalil.ts', 'ingest', corpus], { env: env(content), stdio: 'ignore' });
    let seen = 0;
    const watcher = watch(join(content, 'articles'), () => {
      if (++seen === after) child.kill('SIGKILL');
    });
    child.on('exit', (_code, signal) => {
      watcher.close();
      resolve(signal);
    });
  });
}

describe('an ingest killed mid-run', () => {
  it('leaves every article file whole: the previous content or the new, never a part', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dalil-kill-'));
    const corpus = join(dir, 'corpus');
    const content = join(dir, 'content');
    writeCorpus(corpus, 'الأولى');
    expect(spawnSync(process.execPath, ['scripts/dalil.ts', 'ingest', corpus], { env: env(content) }).status).toBe(0);
    const before = files(join(content, 'articles'));
    const pristine = join(dir, 'pristine');
    cpSync(content, pristine, { recursive: true });

    // What a complete run on the changed corpus writes, in a content folder of its own.
    writeCorpus(corpus, 'الثانية');
    const reference = join(dir, 'reference');
    expect(spawnSync(process.execPath, ['scripts/dalil.ts', 'ingest', corpus], { env: env(reference) }).status).toBe(0);
    const after = files(join(reference, 'articles'));

    for (const events of [1, 150]) {
      const killed = join(dir, `killed-${events}`);
      cpSync(pristine, killed, { recursive: true });
      expect(await killMidRun(corpus, killed, events)).toBe('SIGKILL');
      const left = files(join(killed, 'articles'));
      let old = 0;
      let fresh = 0;
      for (const [name, text] of left) {
        if (name.endsWith('.tmp')) continue; // a temporary the kill cut short: never read (see removeStaleTemporaries)
        expect([before.get(name), after.get(name)]).toContain(text);
        if (text === before.get(name)) old++;
        else fresh++;
      }
      expect([...left.keys()].filter((n) => !n.endsWith('.tmp')).sort()).toEqual([...before.keys()].sort());
      expect(old, 'killed before the run finished').toBeGreaterThan(0);
      if (events > 1) expect(fresh, 'killed after some files were replaced').toBeGreaterThan(0);

      // The next run finishes the work and leaves no temporary behind.
      expect(spawnSync(process.execPath, ['scripts/dalil.ts', 'ingest', corpus], { env: env(killed) }).status).toBe(0);
      expect(files(join(killed, 'articles'))).toEqual(after);
    }
  });
});
