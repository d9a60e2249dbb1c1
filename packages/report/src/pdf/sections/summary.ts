import type { Context } from '../context';
import { STATUS_NOTE } from '../dictionary';
import { drawTable } from '../table';
import { formatNumber, plural } from '../text';
import { COLOR, SIZE } from '../theme';
import { corpusLine } from './cover';
import { claimItem, clusterItem } from './items';

/** Fewer sources than this gets a warning: corroboration needs several independent sources. */
export const FEW_SOURCES = 10;
/** A corpus where more than this share of claims is the authors' own voice is flagged as one-sided. */
export const ASSERTED_SHARE = 80;
/** A single speaker quoted in at least this share of attributed claims is flagged. */
export const ONE_SPEAKER_SHARE = 50;

const NO_CLUSTERS = 'Claims have not been cross-referenced in this warehouse (no clusters table yet): every cluster count is 0.';

export function drawSummary(ctx: Context): void {
  const { layout, data } = ctx;
  const { corpus, counts, clusterCounts: cc } = data;
  layout.section('Executive summary', { newPage: true });

  const rows: [string, number, string][] = [['Sources', corpus.sources, corpusLine(corpus)]];
  if (data.entity) rows.push(['Sources with these claims', counts.sources_with_claims, `claims involving ${data.entity.name}`]);
  rows.push(
    ['Claims', counts.claims, `${formatNumber(counts.checkworthy)} check-worthy (≥ 0.5), ${formatNumber(counts.quantitative)} quantitative, ${formatNumber(counts.reported)} reported, ${formatNumber(counts.hedged)} hedged`],
    ['Figures', counts.figures, 'numbers found in the claims'],
    ['Clusters', cc.clusters, data.stages.clusters ? 'claims asserting the same proposition, grouped' : 'not computed: no clusters table'],
    ['Corroborated clusters', cc.corroborated, STATUS_NOTE.get('corroborated') ?? ''],
    ['Contested clusters', cc.contested, STATUS_NOTE.get('contested') ?? ''],
    ['Single-source clusters', cc.single_source, 'carried by one independent source'],
    ['Contradictions', counts.contradictions, data.stages.relations ? 'pairs of claims that contradict each other' : 'not computed: no claim_relations table'],
    ['Entities', counts.entities, 'people, organisations, places, groups and events mentioned'],
  );
  drawTable(layout, {
    header: false,
    size: SIZE.body - 0.5,
    rows,
    columns: [
      { header: 'Figure', width: 150, font: 'bold', value: (r) => r[0], maxLines: 2 },
      { header: 'Count', width: 60, align: 'right', value: (r) => formatNumber(r[1]) },
      { header: 'Note', value: (r) => r[2], color: () => COLOR.muted, maxLines: 2 },
    ],
  });

  const warnings = collectWarnings(ctx);
  if (warnings.length) layout.callout('Warnings', warnings.map((w) => [{ text: w, size: SIZE.body }]));

  layout.heading('Voices');
  layout.paragraph({ text: voices(ctx), size: SIZE.body });

  layout.heading('Most corroborated claims');
  if (!data.stages.clusters) layout.note(NO_CLUSTERS);
  else if (data.corroborated.length === 0) layout.note('No cluster is carried by two or more independent sources.');
  layout.list(data.corroborated.map((c) => clusterItem(ctx, c)));

  layout.heading('Contested claims');
  if (!data.stages.clusters) layout.note(NO_CLUSTERS);
  else if (data.contested.length === 0) layout.note('No cluster is touched by a contradiction.');
  layout.list(data.contested.map((c) => clusterItem(ctx, c)));
  if (data.contested.length) layout.note(`${plural(cc.contested, 'contested cluster')}; the conflicting statements are compared side by side in “Contested claims”.`);

  layout.heading('Notable single-source claims');
  if (!data.stages.clusters) layout.note('Claims have not been cross-referenced: these are the most check-worthy claims, each as carried by its own source.');
  if (data.singleSource.length === 0) layout.note('No check-worthy claim is carried by a single source.');
  layout.list(data.singleSource.map((c) => claimItem(ctx, c)));
}

function voices(ctx: Context): string {
  const { counts, speakers } = ctx.data;
  if (counts.claims === 0) return 'No claims.';
  const own = `${counts.asserted_pct}% of the claims (${formatNumber(counts.asserted)} of ${formatNumber(counts.claims)}) are asserted in the authors' own voice, ${formatNumber(counts.reported)} are reported from someone else and ${formatNumber(counts.hedged)} are hedged.`;
  if (speakers.length === 0) return `${own} No claim is attributed to a speaker.`;
  const quoted = speakers.map((s) => `${s.speaker} (${formatNumber(s.claims)})`).join(', ');
  return `${own} ${plural(counts.attributed, 'claim is', 'claims are')} attributed to a speaker; most quoted: ${quoted}.`;
}

/** Factual warnings about the corpus: few sources, copies, one-sided voices, missing stages. */
export function collectWarnings(ctx: Context): string[] {
  const { corpus, counts, clusterCounts: cc, speakers, stages } = ctx.data;
  const out: string[] = [];
  if (corpus.sources === 0) out.push('No sources were ingested: there is nothing to corroborate.');
  else if (corpus.sources < FEW_SOURCES) {
    out.push(`Only ${plural(corpus.sources, 'source')}: a claim can be carried by at most ${formatNumber(corpus.sources)}, and corroboration counts are small by construction.`);
  }
  if (corpus.duplicates > 0) {
    out.push(`${plural(corpus.duplicates, 'source is a', 'sources are')} near-duplicate${corpus.duplicates === 1 ? '' : 's'} of another source (same article under another name, or a syndicated copy); copies count once as independent sources.`);
  }
  if (cc.with_copies > 0) {
    out.push(`In ${plural(cc.with_copies, 'cluster')} some carrying sources are copies of each other: fewer independent sources than sources.`);
  }
  if (counts.claims > 0 && counts.asserted_pct > ASSERTED_SHARE) {
    out.push(`${counts.asserted_pct}% of the claims are the authors' own assertions (modality “asserted”); only ${formatNumber(counts.reported)} are reported from a named or described speaker. The corpus speaks mostly in its own voice.`);
  }
  const top = speakers[0];
  if (top && counts.attributed >= 3 && top.pct >= ONE_SPEAKER_SHARE) {
    out.push(`${formatNumber(top.claims)} of ${formatNumber(counts.attributed)} attributed claims (${top.pct}%) quote one speaker: ${top.speaker}.`);
  }
  if (corpus.sources > 0 && corpus.undated === corpus.sources) out.push('No source has a publication date: the claims cannot be placed in time by their sources.');
  if (!stages.clusters) out.push(NO_CLUSTERS);
  if (!stages.relations) out.push('Contradictions have not been computed in this warehouse (no claim_relations table yet).');
  if (corpus.rejects > 0) out.push(`${plural(corpus.rejects, 'input problem')} recorded: some files or rows were not ingested (see “Sources”).`);
  return out;
}
