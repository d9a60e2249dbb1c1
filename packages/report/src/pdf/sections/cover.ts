import type { Context } from '../context';
import type { Corpus } from '../data';
import type { Layout, Section } from '../layout';
import { drawTable } from '../table';
import { formatNumber, isoDate, plural } from '../text';
import { COLOR, SIZE } from '../theme';

/** "5 sources, undated" or "12 sources published 2024-01-02 to 2024-03-04 (2 undated)". */
export function corpusLine(corpus: Corpus): string {
  const n = plural(corpus.sources, 'source');
  if (!corpus.first_published || !corpus.last_published) return `${n}, undated`;
  const range = corpus.first_published === corpus.last_published ? `published ${corpus.first_published}` : `published ${corpus.first_published} to ${corpus.last_published}`;
  return corpus.undated > 0 ? `${n} ${range} (${formatNumber(corpus.undated)} undated)` : `${n} ${range}`;
}

/**
 * Draws the cover with `note` at its foot and, when the page numbers are known (from a first
 * layout pass), the contents list.
 */
export function drawCover(ctx: Context, note: string, sections: readonly Section[] | undefined): void {
  const { layout, data, options } = ctx;
  const { doc } = layout;
  layout.newPage();
  doc.outline.addItem('Cover');
  layout.moveDown(40);
  layout.paragraph({ text: 'CORROBORATE · BRIEFING', font: 'bold', size: SIZE.small, color: COLOR.accent }, { gap: 10 });
  layout.tag('H1', () => {
    layout.drawBlock([{ text: ctx.title, font: 'bold', size: SIZE.title, color: COLOR.heading, maxLines: 4 }], layout.left, doc.y, layout.width);
  });
  doc.y += 8;
  const subtitle = data.entity
    ? `What the sources assert about ${data.entity.name}, cross-referenced across sources.`
    : 'What the sources assert, cross-referenced across sources.';
  layout.paragraph({ text: subtitle, size: 12, color: COLOR.muted }, { gap: 18 });

  const scope = data.entity
    ? `Claims involving ${data.entity.name} (${data.entity.type}, ${data.entity.entity_id}): ${formatNumber(data.counts.claims)} claims from ${plural(data.counts.sources_with_claims, 'source')}`
    : `Every claim: ${formatNumber(data.counts.claims)} claims from ${plural(data.counts.sources_with_claims, 'source')}`;
  const rows: [string, string][] = [
    ['Corpus', corpusLine(data.corpus)],
    ['Scope', scope],
    ['Dataset version', options.datasetVersion],
    ['Generated', isoDate(options.generatedAt)],
  ];
  drawTable(layout, {
    header: false,
    zebra: false,
    size: SIZE.body,
    rows,
    columns: [
      { header: 'Field', width: 110, font: 'bold', value: (r) => r[0], color: () => COLOR.muted },
      { header: 'Value', value: (r) => r[1], maxLines: 3 },
    ],
  });
  layout.moveDown(14);
  layout.heading('Contents', 200);
  if (sections) drawContents(layout, sections);
  const piece = { text: note, size: SIZE.small, color: COLOR.muted, font: 'oblique' as const };
  const noteY = Math.max(doc.y + 12, layout.bottom - layout.blockHeight([piece], layout.width));
  layout.tag('P', () => layout.drawBlock([piece], layout.left, noteY, layout.width));
}

/** The contents list: one linked line per section with its page number. */
function drawContents(layout: Layout, sections: readonly Section[]): void {
  const { doc } = layout;
  const toc = layout.container('TOC');
  let cursor = doc.y;
  layout.setFont('regular', SIZE.body);
  const lineHeight = doc.currentLineHeight(true) + 4;
  sections.forEach((section) => {
    const page = String(section.page + 1);
    const top = cursor;
    layout.setFont('regular', SIZE.body);
    const pageWidth = doc.widthOfString(page);
    const title = layout.fitLine({ text: section.title, size: SIZE.body }, layout.width - pageWidth - 40);
    layout.setFont('regular', SIZE.body);
    const titleWidth = doc.widthOfString(title);
    // Dot leaders are decoration: an artifact, outside the structure element.
    layout.artifact(() => {
      doc
        .moveTo(layout.left + titleWidth + 4, top + lineHeight - 6)
        .lineTo(layout.right - pageWidth - 4, top + lineHeight - 6)
        .dash(0.5, { space: 2.5 })
        .lineWidth(0.5)
        .strokeColor(COLOR.faint)
        .stroke()
        .undash();
    });
    toc.add(
      doc.struct('TOCI', {}, () => {
        layout.setFont('regular', SIZE.body, COLOR.link);
        doc.text(title, layout.left, top, { lineBreak: false });
        doc.text(page, layout.right - pageWidth, top, { lineBreak: false });
        doc.goTo(layout.left, top, layout.width, lineHeight - 2, section.dest);
      }),
    );
    cursor += lineHeight;
  });
  toc.end();
  doc.y = cursor;
}
