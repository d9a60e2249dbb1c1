// `npm run bench`: builds a deterministic synthetic corpus and times the real CLI on it,
// stage by stage, next to wink-nlp's own full pass over the same text (one core); then the
// same on real news (brown-news.ts).
// Options: --articles 1000,10000 (comma-separated sizes), --seed N.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { writeBrownNews } from './brown-news';
import { writeSyntheticCorpus } from './synthetic-corpus';

const BIN = fileURLToPath(new URL('../../cli/bin/corroborate.js', import.meta.url));

interface StageFigures {
  stage: string;
  seconds: number;
  peakRssMb: number;
}

/** A stage that did not finish: the bench goes on with the next corpus size. */
class StageFailed extends Error {
  constructor(
    readonly stage: string,
    readonly seconds: number,
    reason: string,
  ) {
    super(`${stage} failed after ${seconds.toFixed(1)} s: ${reason}`);
  }
}

/** Runs one CLI stage with JSON logs; returns wall time and the stage's own figures. */
function stage(name: string, input: string, out: string, extra: string[] = []): StageFigures & { fields: Record<string, unknown> } {
  const started = performance.now();
  const r = spawnSync(process.execPath, [BIN, name, ...extra, '--input', input, '--out', out, '--json'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = (performance.now() - started) / 1000;
  if (r.status !== 0) {
    const lines = r.stderr.trim().split('\n');
    const reason = lines.find((l) => /heap out of memory|Error:/.test(l)) ?? lines.at(-1) ?? `exit ${r.status ?? r.signal}`;
    throw new StageFailed(name, seconds, reason.slice(0, 300));
  }
  const records = r.stderr.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
  const last = records.filter((x) => x.level === 'info').at(-1) ?? {};
  return { stage: name, seconds, peakRssMb: Number(last.peak_rss_mb), fields: last };
}

/** wink-nlp's default pipeline (sentences, POS, negation, entities…) over every file, on this one core. */
function winkFullPass(input: string): number {
  const nlp = winkNLP(model);
  const started = performance.now();
  for (const f of readdirSync(input)) nlp.readDoc(readFileSync(join(input, f), 'utf8'));
  return (performance.now() - started) / 1000;
}

const { values } = parseArgs({ options: { articles: { type: 'string', default: '10000' }, seed: { type: 'string', default: '1' } } });
for (const articles of values.articles.split(',').map(Number)) {
  await benchCorpus(`articles=${articles}`, (input) => writeSyntheticCorpus(input, { articles, seed: Number(values.seed) }));
}
// The targets must hold on real news too: the Brown Corpus' press sections, small enough that
// starting each stage weighs on the wall time, so the stages' own times are given beside it.
await benchCorpus('real news (Brown Corpus press sections, 1961)', writeBrownNews);

/** Times every stage of the CLI on one corpus, written by `write` into a folder of its own. */
async function benchCorpus(title: string, write: (input: string) => Promise<{ files: number; words: number; bytes: number }>): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'corroborate-bench-'));
  const input = join(root, 'input');
  const out = join(root, 'out');
  try {
    const corpus = await write(input);
    const ingest = stage('ingest', input, out);
    console.log(`${title}: ingest ${ingest.seconds.toFixed(2)} s, peak RSS ${ingest.peakRssMb} MiB`);
    const transform = stage('transform', input, out);
    const report = stage('report', input, out, ['--no-briefing']);
    const briefing = stage('report', input, out);
    const wink = winkFullPass(input);
    const total = ingest.seconds + transform.seconds + report.seconds;
    const inStage = [ingest, transform, report].reduce((sum, s) => sum + Number(s.fields.seconds), 0);
    const wps = (s: number) => Math.round(corpus.words / s).toLocaleString('en-US');
    const lines = [
      `${title}: articles=${corpus.files} words=${corpus.words} MiB=${(corpus.bytes / 2 ** 20).toFixed(1)}`,
      `  ingest   ${ingest.seconds.toFixed(2)} s  ${wps(ingest.seconds)} words/s  peak RSS ${ingest.peakRssMb} MiB  (in-stage ${wps(Number(ingest.fields.seconds))} words/s)`,
      `  transform ${transform.seconds.toFixed(2)} s  ${wps(transform.seconds)} words/s  peak RSS ${transform.peakRssMb} MiB  steps ${JSON.stringify(transform.fields.steps)}`,
      `  cross-referencing ${transform.fields.claims} claims: ${(transform.fields.steps as { crossReference: number }).crossReference.toFixed(2)} s`,
      `  dataset  ${report.seconds.toFixed(2)} s  peak RSS ${report.peakRssMb} MiB`,
      `  dataset + PDF briefing  ${briefing.seconds.toFixed(2)} s  peak RSS ${briefing.peakRssMb} MiB`,
      `  end-to-end (ingest + transform + CSV/Parquet) ${total.toFixed(2)} s  ${wps(total)} words/s  (in-stage ${inStage.toFixed(2)} s  ${wps(inStage)} words/s)`,
      `  wink-nlp full pass, one core: ${wink.toFixed(2)} s  ${wps(wink)} words/s; end-to-end speed / wink speed = ${(wink / total).toFixed(2)} (in-stage ${(wink / inStage).toFixed(2)})`,
    ];
    console.log(lines.join('\n'));
  } catch (e) {
    if (!(e instanceof StageFailed)) throw e;
    console.log(`${title}: ${e.message}`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
