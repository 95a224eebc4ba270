#!/usr/bin/env node
/** Dalil's command line: a thin layer over src/lib. `npm run -s dalil -- <command>`. */
import { parseArgs } from 'node:util';
import { relative } from 'node:path';
import { DalilError } from '../src/lib/kb/errors.ts';
import { projectPaths } from '../src/lib/ingest/config.ts';
import { ingestInParallel, extractCorpus } from '../src/lib/ingest/ingest.ts';
import { defaultWorkers } from '../src/lib/ingest/pool.ts';
import { progress, type Progress } from '../src/lib/cli/progress.ts';
import { positiveInteger, UsageError } from '../src/lib/cli/run.ts';
import { extractionDocument } from '../src/lib/ingest/contract.ts';
import { ingestSummary } from '../src/lib/ingest/summary.ts';
import { reviewList } from '../src/lib/ingest/review.ts';
import { loadKnowledgeBase } from '../src/lib/kb/knowledge-base.ts';

const USAGE = `usage: dalil <command>
  ingest [--strict] [--workers <n>] [<path>...]
                                 write src/content/articles/*.mdx (only those whose content changed) and new
                                 entity files (default corpus: $DALIL_CORPUS or ./corpus); a bad file is
                                 reported and skipped, and the run exits with 1; --strict stops at the first
                                 bad file before anything is written; --workers: extraction threads
                                 (default: the cores available; 1 runs without a pool, same output)
  extract --json <path>...       print the extraction of the articles as JSON; writes nothing
  review [--limit <n>]           list the unreviewed entities the articles name, most-mentioned first`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const paths = projectPaths();
  switch (command) {
    case 'ingest': {
      const { values, positionals } = parseArgs({
        args: rest,
        options: { strict: { type: 'boolean', default: false }, workers: { type: 'string' } },
        allowPositionals: true,
      });
      const corpus = positionals.length ? positionals : [process.env.DALIL_CORPUS || paths.defaultCorpus];
      const workers = positiveInteger(values.workers, '--workers', defaultWorkers());
      let bar: Progress | undefined;
      const r = await ingestInParallel(corpus, paths, {
        strict: values.strict,
        workers,
        onRead: (n) => (bar = progress('dalil ingest', 'articles', n)),
        onProgress: (done) => bar?.update(done),
      });
      bar?.stop();
      console.error(ingestSummary(r));
      return r.failures.length ? 1 : 0;
    }
    case 'extract': {
      const { values, positionals } = parseArgs({ args: rest, options: { json: { type: 'boolean', default: false } }, allowPositionals: true });
      if (!values.json || positionals.length === 0) {
        console.error(USAGE);
        return 2;
      }
      process.stdout.write(JSON.stringify(extractionDocument(extractCorpus(positionals, paths))) + '\n');
      return 0;
    }
    case 'review': {
      const { values } = parseArgs({ args: rest, options: { limit: { type: 'string', default: '50' } } });
      const items = reviewList(paths.articlesDir, loadKnowledgeBase(paths));
      const limit = Number(values.limit) || items.length;
      console.log(`${items.length} unreviewed entities, most-mentioned first (set reviewed, mergedInto or notAnEntity in the file):`);
      for (const it of items.slice(0, limit)) {
        console.log(`${String(it.mentions).padStart(5)} × ${it.id} (${it.type}) ${it.name.ar} / ${it.name.en}: ${it.articles} article${it.articles === 1 ? '' : 's'}`);
        console.log(`        ${it.first.article}: ${it.first.sentence.length > 160 ? it.first.sentence.slice(0, 159) + '…' : it.first.sentence}`);
        if (it.file) console.log(`        file: ${relative('.', it.file)}`);
      }
      if (items.length > limit) console.log(`… and ${items.length - limit} more (--limit ${items.length})`);
      return 0;
    }
    case undefined:
    case '--help':
    case '-h':
      console.log(USAGE);
      return command ? 0 : 2;
    default:
      console.error(`dalil: unknown command "${command}"\n${USAGE}`);
      return 2;
  }
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (err) {
  if (err instanceof UsageError) {
    console.error(`dalil: ${err.message}\n${USAGE}`);
    process.exitCode = 2;
  } else if (err instanceof DalilError) {
    console.error(`dalil: error: ${err.format()}`);
    process.exitCode = 1;
  } else if (err instanceof TypeError && 'code' in err && String(err.code).startsWith('ERR_PARSE_ARGS')) {
    console.error(`dalil: ${err.message}\n${USAGE}`);
    process.exitCode = 2;
  } else throw err;
}
