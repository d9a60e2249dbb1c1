import type { Context } from '../context';
import type { ClusterRow, NotableClaim } from '../data';
import { credibilityLabel, statusLabel } from '../dictionary';
import type { Piece } from '../layout';
import { claimLead, formatNumber, labelList, quoted, truncate } from '../text';
import { COLOR, SIZE, STATUS_COLOR } from '../theme';

/** A cluster as a list item: who carries it, its grade, and its representative claim (linked). */
export function clusterItem(ctx: Context, cluster: ClusterRow): Piece[] {
  const independent = cluster.independent_source_count === cluster.source_count ? 'all independent' : `${formatNumber(cluster.independent_source_count)} independent`;
  return [
    {
      text: `Carried by ${formatNumber(cluster.source_count)} of ${formatNumber(ctx.data.corpus.sources)} sources (${independent}) · ${statusLabel(cluster.status)} · credibility ${credibilityLabel(cluster.credibility)}`,
      font: 'bold',
      size: SIZE.small,
      color: STATUS_COLOR[cluster.status] ?? COLOR.muted,
      gap: 1.5,
    },
    { text: quoted(truncate(cluster.label, 420)), size: SIZE.body, maxLines: 4, link: ctx.claimDest(cluster.claim_id), gap: 1.5 },
    { text: `Sources: ${labelList(cluster.sources, 20)}`, size: SIZE.small, color: COLOR.muted, maxLines: 1 },
  ];
}

/** A single claim as a list item: which source says it, in which voice, and the claim (linked). */
export function claimItem(ctx: Context, claim: NotableClaim): Piece[] {
  const lead = claimLead(claim.source, claim.modality, claim.speaker, claim.attribution_cue);
  return [
    {
      text: `${lead} · ${claim.claim_type} · check-worthiness ${claim.checkworthiness.toFixed(2)}`,
      font: 'bold',
      size: SIZE.small,
      color: COLOR.heading,
      maxLines: 2,
      link: ctx.claimDest(claim.claim_id),
      gap: 1.5,
    },
    { text: quoted(truncate(claim.text, 420)), size: SIZE.body, maxLines: 4, link: ctx.claimDest(claim.claim_id) },
  ];
}
