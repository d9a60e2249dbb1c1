import type { FontName } from './fonts';
import type { Layout, Measured, Piece } from './layout';
import { COLOR, SIZE } from './theme';

export interface Column<R> {
  header: string;
  /** Fixed width in points; columns without one share the rest by `flex`. */
  width?: number;
  flex?: number;
  align?: 'left' | 'right' | 'center';
  font?: FontName;
  size?: number;
  value: (row: R) => string;
  color?: (row: R) => string | undefined;
  /** Lines a cell may take before it is cut with an ellipsis (default 1). */
  maxLines?: number;
  /** Named destination the cell links to. */
  link?: (row: R) => string | undefined;
}

export interface TableSpec<R> {
  columns: Column<R>[];
  rows: readonly R[];
  size?: number;
  header?: boolean;
  zebra?: boolean;
  /** A full-width group row is drawn before a row whose group differs from the previous row's. */
  group?: (row: R) => string | undefined;
  /** Named destination placed at the row (appendix entries). */
  anchor?: (row: R) => string | undefined;
  /** Shown instead of the table when there are no rows. */
  empty?: string;
  /**
   * Tagged-PDF structure: 'table' (Table, TR, TH/TD per cell) or 'list' (L, one LI per row),
   * which keeps very long tables (the appendix) light.
   */
  structure?: 'table' | 'list';
}

const PAD_X = 3;
const PAD_Y = 2;

/**
 * Draws a table at the cursor. Rows never split: a row that does not fit starts a new page,
 * which repeats the header row and the current group row. Cells wrap within their column
 * and are cut with an ellipsis past their line limit, so nothing overflows its cell.
 */
export function drawTable<R>(layout: Layout, spec: TableSpec<R>): void {
  const { doc } = layout;
  if (spec.rows.length === 0) {
    if (spec.empty) layout.note(spec.empty);
    return;
  }
  const size = spec.size ?? SIZE.table;
  const widths = columnWidths(layout.width, spec.columns);
  const xs: number[] = [];
  widths.reduce((x, w) => (xs.push(x), x + w), layout.left);
  const showHeader = spec.header !== false;
  const asList = spec.structure === 'list';
  let table = layout.container(asList ? 'L' : 'Table');
  let headerDrawn = false;

  const headerPieces = spec.columns.map((c): Piece => ({ text: c.header, font: 'bold', size: Math.min(size, c.size ?? size), maxLines: 2, align: c.align }));
  const headerHeight = showHeader ? rowHeight(layout, headerPieces, widths) : 0;

  const drawRow = (pieces: Piece[], height: number, kind: 'header' | 'body' | 'group', fill?: string, links?: (string | undefined)[], measured?: Measured[]): void => {
    const y = doc.y;
    if (fill) layout.artifact(() => doc.save().rect(layout.left, y, layout.width, height).fill(fill).restore());
    const cell = (i: number) => () => {
      if (kind === 'group') layout.drawPiece(pieces[0]!, layout.left + PAD_X, y + PAD_Y, layout.width - 2 * PAD_X);
      else layout.drawPiece({ ...pieces[i]!, link: links?.[i] }, xs[i]! + PAD_X, y + PAD_Y, widths[i]! - 2 * PAD_X, measured?.[i]);
    };
    const cells = kind === 'group' ? [0] : pieces.map((_, i) => i);
    if (kind === 'header' && (asList || headerDrawn)) {
      // Repeated header rows (and the header of a list) are page furniture.
      layout.artifact(() => cells.forEach((i) => cell(i)()));
    } else if (asList) {
      table.add(doc.struct('LI', {}, () => cells.forEach((i) => cell(i)())));
    } else {
      const tr = doc.struct('TR');
      table.add(tr);
      for (const i of cells) tr.add(doc.struct(kind === 'header' ? 'TH' : 'TD', {}, cell(i)));
      tr.end();
    }
    if (kind === 'header') headerDrawn = true;
    if (kind === 'header') {
      layout.artifact(() => doc.moveTo(layout.left, y + height).lineTo(layout.right, y + height).lineWidth(0.6).strokeColor(COLOR.muted).stroke());
    }
    doc.y = y + height;
  };

  const header = (): void => {
    if (showHeader) drawRow(headerPieces, headerHeight, 'header', COLOR.headerFill);
  };

  let currentGroup: string | undefined;
  const groupRow = (text: string): { pieces: Piece[]; height: number } => {
    const pieces: Piece[] = [{ text, font: 'bold', size, maxLines: 2, color: COLOR.heading }];
    return { pieces, height: layout.measure(pieces[0]!, layout.width - 2 * PAD_X).height + 2 * PAD_Y };
  };

  layout.ensure(headerHeight + 3 * (size * 1.2 + 2 * PAD_Y));
  header();
  spec.rows.forEach((row, index) => {
    const pieces = spec.columns.map((c): Piece => ({
      text: c.value(row),
      font: c.font ?? 'regular',
      size: c.size ?? size,
      color: c.color?.(row) ?? COLOR.text,
      maxLines: c.maxLines ?? 1,
      align: c.align,
    }));
    const measured = pieces.map((p, i) => layout.measure(p, widths[i]! - 2 * PAD_X));
    const height = Math.max(...measured.map((m) => m.height)) + 2 * PAD_Y;
    const group = spec.group?.(row);
    const startsGroup = group !== undefined && group !== currentGroup;
    const groupHead = startsGroup ? groupRow(group) : undefined;
    // A new group keeps its heading with its first row.
    if (doc.y + height + (groupHead?.height ?? 0) > layout.bottom) {
      layout.newPage();
      header();
      if (!startsGroup && currentGroup !== undefined) {
        const cont = groupRow(`${currentGroup} (continued)`);
        drawRow(cont.pieces, cont.height, 'group', COLOR.group);
      }
    }
    if (groupHead) {
      if (asList && currentGroup !== undefined) {
        // One list per group: pdfkit holds a structure element's children until it ends.
        table.end();
        table = layout.container('L');
      }
      drawRow(groupHead.pieces, groupHead.height, 'group', COLOR.group);
      currentGroup = group;
    }
    const anchor = spec.anchor?.(row);
    if (anchor) doc.addNamedDestination(anchor, 'XYZ', 0, doc.y - 4, null as unknown as number);
    const fill = spec.zebra !== false && index % 2 === 1 ? COLOR.zebra : undefined;
    drawRow(pieces, height, 'body', fill, spec.columns.map((c) => c.link?.(row)), measured);
  });
  table.end();
  layout.artifact(() => doc.moveTo(layout.left, doc.y).lineTo(layout.right, doc.y).lineWidth(0.4).strokeColor(COLOR.rule).stroke());
  layout.moveDown(8);
}

function rowHeight(layout: Layout, pieces: Piece[], widths: number[]): number {
  let height = 0;
  pieces.forEach((p, i) => {
    const m: Measured = layout.measure(p, widths[i]! - 2 * PAD_X);
    height = Math.max(height, m.height);
  });
  return height + 2 * PAD_Y;
}

function columnWidths<R>(total: number, columns: Column<R>[]): number[] {
  const fixed = columns.reduce((sum, c) => sum + (c.width ?? 0), 0);
  const flex = columns.reduce((sum, c) => sum + (c.width === undefined ? (c.flex ?? 1) : 0), 0);
  const rest = Math.max(0, total - fixed);
  return columns.map((c) => c.width ?? (rest * (c.flex ?? 1)) / (flex || 1));
}
