// `npm run eval`: runs the pipeline on the seed articles and scores it against the gold in tests/gold/.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readParquet, runPipeline, SEEDS } from '../helpers';
import { scoreClaims, type FieldScore } from './claims';
import { scorePairs } from './pairs';
import { scoreEntities, type EntityScores, type PrecisionRecall } from './entities';

const fmt = (x: PrecisionRecall) =>
  `precision ${x.precision.toFixed(3)}  recall ${x.recall.toFixed(3)}  F1 ${x.f1.toFixed(3)}  (${x.truePositives} correct, ${x.predicted} predicted, ${x.gold} gold)`;

const list = (title: string, items: string[]) => items.length && console.log(`    ${title} (${items.length}): ${items.slice(0, 30).join('; ')}`);

function printEntities(title: string, scores: EntityScores): void {
  console.log(title);
  console.log(`  mentions     ${fmt(scores.mentions)}`);
  console.log(`  types        accuracy ${scores.typeAccuracy.toFixed(3)} over correct mentions`);
  console.log(`  resolution   ${fmt(scores.resolution)}  [pairs of gold surface forms]`);
  list('missed', scores.missed);
  list('spurious', scores.spurious);
  list('wrongly merged', scores.wrongMerges);
  list('wrongly split', scores.wrongSplits);
}

// Outside vitest, so the runs go in a folder of this script's own, removed when it exits.
const work = mkdtempSync(join(tmpdir(), 'corroborate-eval-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));
const { out } = runPipeline(SEEDS, join(work, 'with-gazetteer'));
printEntities('Entities, with the gazetteer (tests/gold/entities.json)', await scoreEntities(out));
const bare = runPipeline(SEEDS, join(work, 'bare'), ['--gazetteer', 'no-such-gazetteer.csv']).out;
printEntities('Entities, without any gazetteer (discovery and variant matching alone)', await scoreEntities(bare));

const pct = ({ correct, total }: FieldScore) => `${total ? (correct / total).toFixed(3) : '  –  '} (${correct}/${total})`;
const claims = await scoreClaims(out);
console.log('Claims (tests/gold/claims.json)');
const d = claims.detection;
console.log(`  claims       precision ${d.precision.toFixed(3)}  recall ${d.recall.toFixed(3)}  (${d.matched} of ${d.gold} gold matched, ${d.predicted} predicted)`);
for (const [field, s] of Object.entries(claims.fields)) console.log(`  ${field.padEnd(12)} accuracy ${pct(s)}`);
console.log(`  speakers of reported claims found: ${Object.entries(claims.speakers).map(([f, s]) => `${f} ${pct(s)}`).join(', ')}`);
for (const [field, s] of Object.entries(claims.numbers)) console.log(`  number ${field.padEnd(9)} ${pct(s)}`);
for (const [field, s] of Object.entries(claims.times)) console.log(`  time ${field.padEnd(11)} ${pct(s)}`);
const pairs = await scorePairs(out);
console.log('Cross-article pairs (tests/gold/pairs.json): "same cluster" pairwise');
console.log(`  same         precision ${pairs.precision.toFixed(3)}  recall ${pairs.recall.toFixed(3)}  F1 ${pairs.f1.toFixed(3)}  (${JSON.stringify(pairs.counts)})`);
console.log(`  different    ${pairs.differentMerged} gold "different" pairs wrongly merged`);
console.log(`  scores       AUC ${pairs.scoreAuc.vsRest.toFixed(3)} same vs related or different, ${pairs.scoreAuc.vsDifferent.toFixed(3)} same vs different (relation scores alone, before clustering; 0.5 is chance)`);
console.log(`  related      ${pairs.relatedFound} of ${pairs.relatedTotal} gold "related" pairs linked as related/contradicts`);
// Unlisted pairs are unlabelled, so pairwise scores do not see theme clusters; their sizes do.
const sizes = (await readParquet<{ claim_count: number }>(out, 'clusters')).map((c) => c.claim_count).sort((a, b) => b - a);
console.log(`  clusters     ${sizes.length} (${sizes.filter((n) => n > 1).length} with 2 or more claims); the largest hold ${sizes.slice(0, 5).join(', ')} claims`);
if (process.argv.includes('--verbose')) {
  list('field errors', claims.confusions);
  list('number errors', claims.numberErrors);
  list('pair errors', pairs.errors);
}
