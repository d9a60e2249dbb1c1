import type { Context } from '../context';
import type { QuantityRow } from '../data';
import { describe, withoutOffsets } from '../dictionary';
import { drawTable } from '../table';
import { formatNumber, plural } from '../text';
import { COLOR, LIMIT, SIZE } from '../theme';

/** Every number of the claims, grouped by what it counts (top groups in the body). */
export function drawNumbers(ctx: Context): void {
  const { layout, data } = ctx;
  layout.section('Key numbers');
  layout.paragraph({ text: `${withoutOffsets(describe.quantities)} Grouped by what is counted (lower case), largest values first; “as written” is the source's own wording, the claim links to its appendix entry.`, size: SIZE.small, color: COLOR.muted });
  if (data.quantities.length === 0) {
    layout.note('No numbers in these claims.');
    return;
  }
  const groupsTotal = data.quantities[0]?.groups_total ?? 0;
  const shownGroups = new Set(data.quantities.map((q) => q.counted)).size;
  const capped = data.quantities.some((q) => q.group_size > LIMIT.numbersPerGroup) || groupsTotal > shownGroups;
  if (capped) {
    layout.note(
      `${plural(data.counts.figures, 'figure')} in ${plural(groupsTotal, 'group')}; shown: the ${formatNumber(shownGroups)} largest groups, at most ${formatNumber(LIMIT.numbersPerGroup)} figures each. Every claim is in the appendix.`,
    );
  }
  drawTable<QuantityRow>(layout, {
    rows: data.quantities,
    size: SIZE.table,
    group: (q) => `${q.counted} · ${plural(q.group_size, 'figure')} from ${plural(q.group_sources, 'source')}`,
    columns: [
      { header: 'Value', width: 62, align: 'right', font: 'bold', value: (q) => formatNumber(q.value) },
      { header: 'Unit', width: 38, value: (q) => q.unit ?? '' },
      { header: 'Qualifier', width: 62, value: (q) => q.qualifier ?? '', maxLines: 2 },
      { header: 'As written', width: 78, value: (q) => q.text, maxLines: 2 },
      { header: 'Src.', width: 28, value: (q) => q.source },
      { header: 'Claim', value: (q) => q.claim_text, maxLines: 3, link: (q) => ctx.claimDest(q.claim_id), color: () => COLOR.text },
    ],
  });
}
