import type { Context } from '../context';
import type { ClusterRow, SourceRow } from '../data';
import { CREDIBILITY, statusLabel } from '../dictionary';
import { drawTable, type Column } from '../table';
import { formatNumber, plural } from '../text';
import { COLOR, LIMIT, SIZE, STATUS_COLOR } from '../theme';

const MIN_LABEL = 165;
const FIXED = 52 + 32 + 24 + 24;

/**
 * Clusters (rows) × sources (columns): a mark where the source carries the cluster. With more
 * sources than fit the page width, the columns are the sources carrying most of the rows.
 */
export function drawMatrix(ctx: Context): void {
  const { layout, data } = ctx;
  layout.section('Cross-reference matrix');
  if (!data.stages.clusters) {
    layout.note('Claims have not been cross-referenced in this warehouse (no clusters table yet), so there is no matrix to show.');
    return;
  }
  if (data.matrix.length === 0) {
    layout.note('No clusters among these claims.');
    return;
  }
  // Source columns are as wide as the longest label in the header font.
  layout.setFont('bold', SIZE.tiny);
  const longest = Math.max(...data.sources.map((s) => layout.doc.widthOfString(s.label)), 0);
  const sourceColumn = Math.max(15, Math.ceil(longest) + 7);
  const maxColumns = Math.max(1, Math.floor((layout.width - MIN_LABEL - FIXED) / sourceColumn));
  const shown = pickSources(data.matrix, data.sources, maxColumns);
  const total = data.clusterCounts.clusters;
  const intro =
    `The ${formatNumber(data.matrix.length)} clusters carried by the most independent sources` +
    (total > data.matrix.length ? ` (of ${formatNumber(total)})` : '') +
    `, one row each, against ${shown.length === data.sources.length ? `all ${plural(shown.length, 'source')}` : `the ${formatNumber(shown.length)} sources carrying most of them (of ${formatNumber(data.sources.length)})`}. ` +
    '● marks a source carrying a claim of the cluster. “Src.” counts every source carrying it, “Ind.” the independent ones (copies counted once).';
  layout.paragraph({ text: intro, size: SIZE.small, color: COLOR.muted });

  const columns: Column<ClusterRow>[] = [
    { header: 'Claim (cluster label)', value: (r) => r.label, maxLines: 2, link: (r) => ctx.claimDest(r.claim_id), size: SIZE.table },
    ...shown.map(
      (s): Column<ClusterRow> => ({
        header: s.label,
        width: sourceColumn,
        align: 'center',
        size: SIZE.tiny,
        value: (r) => (r.sources.includes(s.label) ? '●' : ''),
        color: (r) => STATUS_COLOR[r.status] ?? COLOR.text,
      }),
    ),
    { header: 'Src.', width: 24, align: 'right', value: (r) => formatNumber(r.source_count) },
    { header: 'Ind.', width: 24, align: 'right', value: (r) => formatNumber(r.independent_source_count) },
    { header: 'Status', width: 52, value: (r) => statusLabel(r.status), color: (r) => STATUS_COLOR[r.status], size: SIZE.tiny },
    { header: 'Cred.', width: 32, align: 'center', value: (r) => String(r.credibility) },
  ];
  drawTable(layout, { columns, rows: data.matrix, size: SIZE.table });
  const legend = [...CREDIBILITY].map(([grade, label]) => `${grade} ${label}`).join(' · ');
  layout.note(`Credibility (NATO Admiralty information grade): ${legend}. See “Methodology and limitations”.`);
}

/** The sources to show as columns: all when they fit, else those carrying most of the rows (in label order). */
export function pickSources(rows: ClusterRow[], sources: SourceRow[], max: number): SourceRow[] {
  if (sources.length <= max) return sources;
  const coverage = new Map<string, number>();
  for (const r of rows) for (const label of r.sources) coverage.set(label, (coverage.get(label) ?? 0) + 1);
  return [...sources]
    .sort((a, b) => (coverage.get(b.label) ?? 0) - (coverage.get(a.label) ?? 0) || b.claims - a.claims || a.ord - b.ord)
    .slice(0, Math.min(max, LIMIT.sources))
    .sort((a, b) => a.ord - b.ord);
}
