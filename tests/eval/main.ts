// `npm run eval`: runs the pipeline on the seed articles and scores it against the gold in tests/gold/.
import { runPipeline, SEEDS, tempDir } from '../helpers';
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

const { out } = runPipeline(SEEDS);
printEntities('Entities, with the gazetteer (tests/gold/entities.json)', await scoreEntities(out));
const bare = runPipeline(SEEDS, tempDir(), ['--gazetteer', 'no-such-gazetteer.csv']).out;
printEntities('Entities, without any gazetteer (discovery and variant matching alone)', await scoreEntities(bare));
