import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { ingestCommand, LockedError, parseShard, queryCommand, reportCommand, runClock, shardCommand, transformCommand, UsageError, type Paths } from './commands';
import { createLogger, type Logger } from './log';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

interface GlobalOptions extends Paths {
  json: boolean;
  quiet: boolean;
}

function program(run: (action: (opts: GlobalOptions, log: Logger) => Promise<void>) => Promise<void>): Command {
  const cli = new Command('corroborate')
    .description('Turn news and opinion articles into a cross-referenced dataset of sources, entities and claims.')
    .version(version)
    .addOption(new Option('-i, --input <dir>', 'folder of input articles').default('data/raw'))
    .addOption(new Option('-o, --out <dir>', 'output folder: warehouse.duckdb, dataset/, reports/').default('data'))
    .addOption(new Option('-g, --gazetteer <file>', 'curated entities CSV (name, type, aliases, …)').default('data/gazetteer.csv'))
    .option('--whole-sentences', 'one claim per sentence, not per clause (to score sentence lists)', false)
    .option('--json', 'log JSON lines instead of text', false)
    .option('-q, --quiet', 'log only warnings and errors', false)
    .showHelpAfterError()
    .exitOverride();

  cli
    .command('run')
    .description('run every stage (ingest, transform, checks, dataset, briefing) and publish atomically')
    .option('--without-text', 'publish without the full article texts (the documents table)', false)
    .option('--no-briefing', 'do not render the PDF briefing')
    .option('--shard <i/n>', 'only the per-document stage, for the files of shard i of n, into <out>/shard-i-of-n/ (then `merge`)')
    .action((cmdOpts: { withoutText: boolean; briefing: boolean; shard?: string }) =>
      run(async (opts, log) => {
        if (cmdOpts.shard) await shardCommand(opts, log, parseShard(cmdOpts.shard));
        else await (await import('./pipeline')).runPipeline(opts, log, { withoutText: cmdOpts.withoutText, briefing: cmdOpts.briefing });
      }),
    );
  cli
    .command('merge')
    .description('run the corpus-wide stages over shard folders (from `run --shard i/n`) and publish, as `run` does')
    .argument('<shard-dirs...>', 'the shard-i-of-n folders')
    .option('--without-text', 'publish without the full article texts (the documents table)', false)
    .option('--no-briefing', 'do not render the PDF briefing')
    .action((dirs: string[], cmdOpts: { withoutText: boolean; briefing: boolean }) =>
      run(async (opts, log) => (await import('./pipeline')).runPipeline(opts, log, { withoutText: cmdOpts.withoutText, briefing: cmdOpts.briefing, shards: dirs })),
    );
  cli
    .command('ingest')
    .description('read the input folder into the warehouse (sources, documents, sentences, rejects)')
    .action(() => run((opts, log) => ingestCommand(opts, log).then(() => undefined)));
  cli
    .command('transform')
    .description('extract and resolve entities from the ingested sentences')
    .action(() => run((opts, log) => transformCommand(opts, log).then(() => undefined)));
  cli
    .command('report')
    .description('publish the dataset (CSV, Parquet, datapackage.json) and render <out>/reports/briefing.pdf')
    .option('-e, --entity <name or id>', 'only the briefing restricted to claims involving this entity, as <out>/reports/entities/<id>.pdf')
    .option('--without-text', 'publish without the full article texts (the documents table)', false)
    .option('--no-briefing', 'only publish the dataset')
    .action((cmdOpts: { entity?: string; withoutText: boolean; briefing: boolean }) =>
      run((opts, log) => reportCommand(opts, log, { ...cmdOpts, generatedAt: runClock() }).then(() => undefined)),
    );
  cli
    .command('query')
    .description('run a SQL query against the warehouse (read-only) and print the rows')
    .argument('<sql>', 'the SQL statement')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['tsv', 'json', 'jsonl']).default('tsv'))
    .action((sql: string, cmdOpts: { format: string }) =>
      run((opts) => queryCommand(opts, sql, cmdOpts.format, process.stdout)),
    );
  return cli;
}

/** Runs the CLI and returns the exit code: 0 success, 1 failure, 2 bad usage, 3 another run holds the lock. */
export async function main(argv: string[]): Promise<number> {
  let code = 0;
  const cli = program(async (action) => {
    const opts = cli.opts<GlobalOptions>();
    const log = createLogger({ json: opts.json, quiet: opts.quiet });
    try {
      await action(opts, log);
    } catch (error) {
      log.error(describe(error));
      code = error instanceof UsageError ? 2 : error instanceof LockedError ? 3 : 1;
    }
  });
  try {
    await cli.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here with exit code 0
      return error.exitCode === 0 ? 0 : 2;
    }
    throw error;
  }
  return code;
}

/** The error and its causes, on one line. */
function describe(error: unknown): string {
  const parts: string[] = [];
  for (let e: unknown = error; e; e = e instanceof Error ? e.cause : undefined) {
    const message = e instanceof Error ? e.message : String(e);
    if (!parts.some((p) => p.includes(message))) parts.push(message);
  }
  return parts.join(': ');
}
