#!/usr/bin/env node
/** Dalil's command line: a thin layer over src/lib. `npm run -s dalil -- <command>`. */
import { relative } from 'node:path';
import { projectPaths } from '../src/lib/ingest/config.ts';
import { ingestInParallel, extractCorpus } from '../src/lib/ingest/ingest.ts';
import { defaultWorkers } from '../src/lib/ingest/pool.ts';
import { progress, type Progress } from '../src/lib/cli/progress.ts';
import { extractionDocument } from '../src/lib/ingest/contract.ts';
import { ingestSummary } from '../src/lib/ingest/summary.ts';
import { orphanFiles, reviewList } from '../src/lib/ingest/review.ts';
import { loadKnowledgeBase } from '../src/lib/kb/knowledge-base.ts';
import { tagConllFile } from '../src/lib/ner/cli.ts';
import { parseCommandLine, positiveInteger, runScript } from '../src/lib/cli/run.ts';

const USAGE = `usage: dalil <command>
  ingest [--strict] [--workers <n>] [<path>...]
                                 write src/content/articles/*.mdx (only those whose content changed) and new
                                 entity files (default corpus: $DALIL_CORPUS or ./corpus); a bad file is
                                 reported and skipped, and the run exits with 1; --strict stops at the first
                                 bad file before anything is written; --workers: extraction threads
                                 (default: the cores available; 1 runs without a pool, same output)
  extract --json <path>...       print the extraction of the articles as JSON; writes nothing
  review [--limit <n>]           list the unreviewed entities the articles name, most-mentioned first
  ner --conll <file>             tag CoNLL tokens (first column) with the trained tagger: \`token TAG\` lines`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const paths = projectPaths();
  switch (command) {
    case 'ingest': {
      const { values, positionals } = parseCommandLine(rest, { strict: { type: 'boolean', default: false }, workers: { type: 'string' } });
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
      const { values, positionals } = parseCommandLine(rest, { json: { type: 'boolean', default: false } });
      if (!values.json || positionals.length === 0) {
        console.error(USAGE);
        return 2;
      }
      process.stdout.write(JSON.stringify(extractionDocument(extractCorpus(positionals, paths))) + '\n');
      return 0;
    }
    case 'review': {
      const { values } = parseCommandLine(rest, { limit: { type: 'string', default: '50' } }, false);
      const kb = loadKnowledgeBase(paths);
      const items = reviewList(paths.articlesDir, kb);
      const limit = Number(values.limit) || items.length;
      console.log(`${items.length} unreviewed entities, most-mentioned first (set reviewed, mergedInto or notAnEntity in the file):`);
      for (const it of items.slice(0, limit)) {
        console.log(`${String(it.mentions).padStart(5)} × ${it.id} (${it.type}) ${it.name.ar} / ${it.name.en}: ${it.articles} article${it.articles === 1 ? '' : 's'}`);
        console.log(`        ${it.first.article}: ${it.first.sentence.length > 160 ? it.first.sentence.slice(0, 159) + '…' : it.first.sentence}`);
        if (it.file) console.log(`        file: ${relative('.', it.file)}`);
      }
      if (items.length > limit) console.log(`… and ${items.length - limit} more (--limit ${items.length})`);
      const orphans = orphanFiles(paths.articlesDir, kb);
      if (orphans.length) {
        console.log(`\n${orphans.length} unreviewed entity file${orphans.length === 1 ? '' : 's'} that no article names (the site leaves them out; delete them, or set reviewed to keep the page):`);
        for (const o of orphans) console.log(`        ${relative('.', o.file)}: ${o.name.ar} / ${o.name.en}`);
      }
      return 0;
    }
    case 'ner': {
      const i = rest.indexOf('--conll');
      const file = i >= 0 ? rest[i + 1] : undefined;
      if (!file) {
        console.error(USAGE);
        return 2;
      }
      process.stdout.write(tagConllFile(file, paths.nerModel));
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

await runScript('dalil', USAGE, () => main(process.argv.slice(2)));
