#!/usr/bin/env node
/** Dalil's command line: a thin layer over src/lib. `npm run -s dalil -- <command>`. */
import { DalilError } from '../src/lib/kb/errors.ts';
import { projectPaths } from '../src/lib/ingest/config.ts';
import { ingest, extractCorpus } from '../src/lib/ingest/ingest.ts';
import { extractionDocument } from '../src/lib/ingest/contract.ts';
import { tagConllFile } from '../src/lib/ner/cli.ts';

const USAGE = `usage: dalil <command>
  ingest [<path>...]         write src/content/articles/*.mdx and new entity files
                             (default: $DALIL_CORPUS or ./corpus)
  extract --json <path>...   print the extraction of the articles as JSON; writes nothing
  ner --conll <file>         tag CoNLL tokens (first column) with the trained tagger: \`token TAG\` lines`;

function main(argv: string[]): number {
  const [command, ...rest] = argv;
  const paths = projectPaths();
  switch (command) {
    case 'ingest': {
      const corpus = rest.length ? rest : [process.env.DALIL_CORPUS || paths.defaultCorpus];
      const r = ingest(corpus, paths);
      console.error(
        `dalil ingest: ${r.articles} articles, ${r.mentions} mentions, ${r.events} events; ` +
          `${r.entityFilesCreated} new entity files, ${r.removed} stale articles removed`,
      );
      return 0;
    }
    case 'extract': {
      const files = rest.filter((a) => a !== '--json');
      if (!rest.includes('--json') || files.length === 0) {
        console.error(USAGE);
        return 2;
      }
      process.stdout.write(JSON.stringify(extractionDocument(extractCorpus(files, paths))) + '\n');
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

try {
  process.exitCode = main(process.argv.slice(2));
} catch (err) {
  if (err instanceof DalilError) {
    console.error(`dalil: error: ${err.format()}`);
    process.exitCode = 1;
  } else throw err;
}
