#!/usr/bin/env node
/** Dalil's command line: a thin layer over src/lib. `npm run -s dalil -- <command>`. */
import { projectPaths } from '../src/lib/ingest/config.ts';
import { ingest, extractCorpus } from '../src/lib/ingest/ingest.ts';
import { extractionDocument } from '../src/lib/ingest/contract.ts';
import { parseCommandLine, runScript } from '../src/lib/cli/run.ts';

const USAGE = `usage: dalil <command>
  ingest [<path>...]         write src/content/articles/*.mdx and new entity files
                             (default: $DALIL_CORPUS or ./corpus)
  extract --json <path>...   print the extraction of the articles as JSON; writes nothing`;

function main(argv: string[]): number {
  const [command, ...rest] = argv;
  const paths = projectPaths();
  switch (command) {
    case 'ingest': {
      const given = parseCommandLine(rest, {}).positionals;
      const corpus = given.length ? given : [process.env.DALIL_CORPUS || paths.defaultCorpus];
      const r = ingest(corpus, paths);
      console.error(
        `dalil ingest: ${r.articles} articles, ${r.mentions} mentions, ${r.events} events; ` +
          `${r.entityFilesCreated} new entity files, ${r.removed} stale articles removed`,
      );
      return 0;
    }
    case 'extract': {
      const { values, positionals: files } = parseCommandLine(rest, { json: { type: 'boolean' } });
      if (!values.json || files.length === 0) {
        console.error(USAGE);
        return 2;
      }
      process.stdout.write(JSON.stringify(extractionDocument(extractCorpus(files, paths))) + '\n');
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
