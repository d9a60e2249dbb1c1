import type { Context } from '../context';
import type { DuplicateRow, RejectRow, SourceRow } from '../data';
import { describe } from '../dictionary';
import { drawTable } from '../table';
import { formatNumber, plural } from '../text';
import { COLOR, LIMIT, SIZE } from '../theme';

/** Source metadata with the label mapping, near-duplicates found, and rejected inputs. */
export function drawSources(ctx: Context): void {
  const { layout, data } = ctx;
  layout.section('Sources');
  const all = data.sources;
  const shown = all.length <= LIMIT.sources ? all : [...all].sort((a, b) => b.claims - a.claims || a.ord - b.ord).slice(0, LIMIT.sources).sort((a, b) => a.ord - b.ord);
  const labelRule = all[0] && /^S\d+$/.test(all[0].label) ? 'numbered S1, S2 … in file order' : 'the first three characters of their file names';
  const claimsNote = data.entity ? `“Claims” counts the claims involving ${data.entity.name}.` : '“Claims” counts the claims taken from each source.';
  layout.paragraph({
    text:
      `Sources are referred to by short labels (${labelRule}). ${claimsNote}` +
      (shown.length < all.length ? ` Shown: the ${formatNumber(shown.length)} of ${formatNumber(all.length)} sources with the most claims; the appendix lists every source with its claims.` : ''),
    size: SIZE.small,
    color: COLOR.muted,
  });
  drawTable<SourceRow>(layout, {
    rows: shown,
    empty: 'No sources.',
    columns: [
      { header: 'Label', width: 34, font: 'bold', value: (s) => s.label },
      { header: 'Title', flex: 1.7, value: (s) => s.title ?? '(no title)', color: (s) => (s.title ? undefined : COLOR.muted), maxLines: 2 },
      { header: 'File', flex: 1.8, value: (s) => s.file, maxLines: 2, color: () => COLOR.muted },
      { header: 'Publisher', flex: 0.8, value: (s) => s.publisher ?? '', maxLines: 2 },
      { header: 'Date', width: 50, value: (s) => s.published_at ?? 'undated', color: (s) => (s.published_at ? undefined : COLOR.muted) },
      { header: 'Words', width: 38, align: 'right', value: (s) => formatNumber(s.word_count) },
      { header: 'Claims', width: 36, align: 'right', value: (s) => formatNumber(s.claims) },
      { header: 'Copy of', width: 38, value: (s) => s.duplicate_of ?? '' },
    ],
  });

  layout.heading('Duplicates found');
  layout.paragraph({ text: `sources.duplicate_of: ${describe.duplicateOf}`, size: SIZE.small, color: COLOR.muted });
  drawTable<DuplicateRow>(layout, {
    rows: data.duplicates,
    empty: 'No source is a near-duplicate of another.',
    columns: [
      { header: 'Copy', width: 40, font: 'bold', value: (d) => d.label },
      { header: 'File', flex: 1, value: (d) => d.file, maxLines: 2 },
      { header: 'Copy of', width: 46, font: 'bold', value: (d) => d.original_label },
      { header: 'File', flex: 1, value: (d) => d.original_file, maxLines: 2 },
    ],
  });
  if (data.corpus.duplicates > data.duplicates.length) layout.note(`… and ${plural(data.corpus.duplicates - data.duplicates.length, 'more copy', 'more copies')}.`);
  if (data.clusterCounts.with_copies > 0) {
    layout.note(`${plural(data.clusterCounts.with_copies, 'cluster has', 'clusters have')} fewer independent sources than sources: copies of one article (or sources sharing long passages) count once.`);
  }

  layout.heading('Rejected files');
  const total = data.rejects[0]?.total ?? 0;
  if (total > data.rejects.length) layout.note(`The first ${formatNumber(data.rejects.length)} of ${formatNumber(total)} rejected inputs.`);
  drawTable<RejectRow>(layout, {
    rows: data.rejects,
    empty: 'No input was rejected.',
    columns: [
      { header: 'File', flex: 1.2, value: (r) => r.file, maxLines: 2 },
      { header: 'Line', width: 36, align: 'right', value: (r) => (r.line === null ? '' : formatNumber(r.line)) },
      { header: 'Reason', flex: 2, value: (r) => r.reason, maxLines: 3 },
    ],
  });
}
