import { claimDestination, type Context } from '../context';
import type { AppendixRow } from '../data';
import { drawTable } from '../table';
import { formatNumber, plural } from '../text';
import { COLOR, LIMIT, SIZE } from '../theme';

export const APPENDIX_TITLE = 'Appendix: every claim';

/** Every claim of the briefing, grouped by source; each row is the target of the body's links. */
export function drawAppendix(ctx: Context): void {
  const { layout, data } = ctx;
  layout.section(APPENDIX_TITLE, { newPage: true });
  const total = data.appendix[0]?.total ?? 0;
  const scope = data.entity ? `every claim involving ${data.entity.name}` : 'every claim';
  const listed =
    data.appendix.length < total
      ? `the ${formatNumber(data.appendix.length)} most check-worthy of ${formatNumber(total)} claims (${scope} is in the dataset: claims.csv, claims.parquet)`
      : `${formatNumber(data.appendix.length)} claims: ${scope}`;
  layout.paragraph({
    text:
      `${listed.charAt(0).toUpperCase()}${listed.slice(1)}, in source order. “Sent.” is the 0-based position of the sentence in its document; ` +
      '“Offsets” are start–end in documents.text (UTF-16 code units, end exclusive). Claim texts are quoted as written in the source.',
    size: SIZE.small,
    color: COLOR.muted,
  });
  const sources = new Map(data.sources.map((s) => [s.ord, s]));
  drawTable<AppendixRow>(layout, {
    rows: data.appendix,
    size: SIZE.table,
    empty: 'No claims.',
    group: (c) => {
      const s = sources.get(c.ord);
      if (!s) return c.source;
      return `${s.label} · ${s.title ?? '(no title)'} · ${s.file} · ${plural(s.claims, 'claim')}`;
    },
    anchor: (c) => claimDestination(c.claim_id),
    structure: 'list',
    columns: [
      { header: 'Claim ID', width: 76, font: 'mono', size: SIZE.table - 0.5, value: (c) => c.claim_id },
      { header: 'Src.', width: 26, value: (c) => c.source },
      { header: 'Sent.', width: 30, align: 'right', value: (c) => (c.position === null ? '' : String(c.position)) },
      { header: 'Offsets', width: 58, value: (c) => `${c.start}–${c.end}` },
      { header: 'Type', width: 74, value: (c) => c.claim_type, color: () => COLOR.muted },
      { header: 'Text', value: (c) => c.text, maxLines: LIMIT.appendixTextLines },
    ],
  });
}
