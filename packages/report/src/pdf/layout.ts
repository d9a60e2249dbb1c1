import { trimFontCaches, type FontName } from './fonts';
import { COLOR, SIZE } from './theme';
import { dropLoneSurrogate } from './text';

/** A run of text laid out in a box of known width: wraps, and is cut with an ellipsis past maxLines. */
export interface Piece {
  text: string;
  font?: FontName;
  size?: number;
  color?: string;
  /** At most this many lines; the last one ends with an ellipsis when the text is longer. */
  maxLines?: number;
  /** Named destination the piece links to (pdfkit goTo). */
  link?: string;
  align?: 'left' | 'right' | 'center' | 'justify';
  /** Space below the piece, in points. */
  gap?: number;
}

export interface Measured {
  height: number;
  lines: number;
  clipped: boolean;
  lineHeight: number;
}

export interface Section {
  title: string;
  page: number;
  /** Named destination at the section heading, for the contents list. */
  dest: string;
}

/** Draws the furniture of a finished page (footer), given its 0-based index. */
export type PageCloser = (layout: Layout, pageIndex: number) => void;

/**
 * Page flow for the briefing: the cursor, page breaks, headings, wrapped text blocks, and the
 * tagged-PDF structure (every drawn element becomes a structure element of one Document).
 * Everything is measured before it is drawn, so nothing is left to pdfkit's own page breaks.
 *
 * Pages are buffered (pdfkit bufferPages) only until the next page starts: then each buffered
 * page gets its footer and is flushed, so memory stays flat however long the appendix.
 */
export class Layout {
  readonly sections: Section[] = [];
  private readonly root: PDFKit.PDFStructureElement;

  constructor(
    readonly doc: PDFKit.PDFDocument,
    private readonly hooks: { closePage?: PageCloser; flushed?: () => void } = {},
  ) {
    this.root = doc.struct('Document');
    doc.addStructure(this.root);
  }

  get left(): number {
    return this.doc.page.margins.left;
  }
  get right(): number {
    return this.doc.page.width - this.doc.page.margins.right;
  }
  get width(): number {
    return this.right - this.left;
  }
  get top(): number {
    return this.doc.page.margins.top;
  }
  get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }
  get y(): number {
    return this.doc.y;
  }
  set y(value: number) {
    this.doc.y = value;
  }
  /** Room left on the page below the cursor. */
  get room(): number {
    return this.bottom - this.doc.y;
  }
  get pageHeight(): number {
    return this.bottom - this.top;
  }
  /** Index of the page being written (pages are only ever appended). */
  get pageIndex(): number {
    const range = this.doc.bufferedPageRange();
    return range.start + range.count - 1;
  }

  newPage(): void {
    this.closePages();
    this.doc.addPage();
    this.doc.x = this.left;
    this.doc.y = this.top;
  }

  /** Finishes every buffered page (footer) and writes it out. Call once more at the end. */
  closePages(): void {
    const { start, count } = this.doc.bufferedPageRange();
    if (count === 0) return;
    for (let i = start; i < start + count; i++) {
      this.doc.switchToPage(i);
      this.hooks.closePage?.(this, i);
    }
    this.doc.flushPages();
    trimFontCaches(this.doc);
    this.hooks.flushed?.();
  }

  /** Starts a new page unless `height` still fits below the cursor. */
  ensure(height: number): void {
    if (this.doc.y + height > this.bottom && this.doc.y > this.top + 0.5) this.newPage();
  }

  moveDown(points: number): void {
    this.doc.y = Math.min(this.doc.y + points, this.bottom);
  }

  /** Adds a structure element whose content `draw` paints (on the current page), under `parent` or the document. */
  tag(type: string, draw: () => void, options: { alt?: string; title?: string } = {}, parent: PDFKit.PDFStructureElement = this.root): void {
    parent.add(this.doc.struct(type, options, draw));
  }

  /** An open structure element that children are added to later (tables, the contents list). */
  container(type: string): PDFKit.PDFStructureElement {
    const element = this.doc.struct(type);
    this.root.add(element);
    return element;
  }

  /** Marks content that is not part of the text (footers, rules) as an artifact. */
  artifact(draw: () => void, type = 'Layout'): void {
    this.doc.markContent('Artifact', { type } as PDFKit.Mixins.MarkingOptions);
    draw();
    this.doc.endMarkedContent();
  }

  setFont(font: FontName = 'regular', size: number = SIZE.body, color: string = COLOR.text): void {
    this.doc.font(font).fontSize(size).fillColor(color);
  }

  /**
   * A top-level section: outline entry, named destination, H1 heading. It starts a new page
   * when asked to, or when less than 40% of the current page is left.
   */
  section(title: string, { newPage = false }: { newPage?: boolean } = {}): void {
    if (newPage || this.room < this.pageHeight * 0.4) this.newPage();
    else this.moveDown(18);
    const dest = `section-${this.sections.length + 1}`;
    this.sections.push({ title, page: this.pageIndex, dest });
    this.doc.outline.addItem(title);
    this.doc.addNamedDestination(dest, 'XYZ', 0, this.doc.y - 6, null as unknown as number);
    const y = this.doc.y;
    this.tag('H1', () => {
      this.setFont('bold', SIZE.h1, COLOR.heading);
      this.doc.text(title, this.left, y, { width: this.width, lineGap: 0 });
    });
    const below = this.doc.y + 3;
    this.artifact(() => {
      this.doc.moveTo(this.left, below).lineTo(this.right, below).lineWidth(0.8).strokeColor(COLOR.heading).stroke();
    });
    this.doc.y = below + 10;
  }

  /** A sub-heading, kept with at least `keep` points of what follows. */
  heading(title: string, keep = 60): void {
    const measured = this.measure({ text: title, font: 'bold', size: SIZE.h2 }, this.width);
    this.ensure(measured.height + 6 + keep);
    if (this.doc.y > this.top + 1) this.moveDown(6);
    const y = this.doc.y;
    this.tag('H2', () => this.drawPiece({ text: title, font: 'bold', size: SIZE.h2, color: COLOR.heading }, this.left, y, this.width, measured));
    this.doc.y = y + measured.height + 4;
  }

  measure(piece: Piece, width: number): Measured {
    this.setFont(piece.font, piece.size);
    const lineHeight = this.doc.currentLineHeight(true);
    const text = piece.text.length ? piece.text : ' ';
    const raw = this.doc.heightOfString(text, { width, lineGap: 0, align: piece.align });
    const lines = Math.max(1, Math.round(raw / lineHeight));
    const max = piece.maxLines ?? Infinity;
    const shown = Math.min(lines, max);
    return { height: shown * lineHeight, lines: shown, clipped: lines > max, lineHeight };
  }

  /** Draws a measured piece at (x, y); a generous height limit keeps pdfkit from breaking pages. */
  drawPiece(piece: Piece, x: number, y: number, width: number, measured = this.measure(piece, width)): void {
    const text = piece.maxLines === 1 ? this.fitLine(piece, width) : piece.text;
    this.setFont(piece.font, piece.size, piece.color ?? COLOR.text);
    this.doc.text(text, x, y, {
      width,
      lineGap: 0,
      align: piece.align,
      height: measured.height + measured.lineHeight * 0.5,
      ellipsis: measured.clipped ? '…' : undefined,
      lineBreak: piece.maxLines !== 1,
    });
    if (piece.link) {
      const w = measured.lines === 1 ? Math.min(width, this.doc.widthOfString(text)) : width;
      this.doc.goTo(x, y, w, measured.height, piece.link);
    }
  }

  /** The text of a one-line piece, cut with an ellipsis to fit `width`. */
  fitLine(piece: Piece, width: number): string {
    this.setFont(piece.font, piece.size);
    const text = piece.text.replace(/\s+/g, ' ');
    if (this.doc.widthOfString(text) <= width) return text;
    let lo = 0;
    let hi = text.length;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.doc.widthOfString(`${text.slice(0, mid).trimEnd()}…`) <= width) lo = mid;
      else hi = mid - 1;
    }
    return `${dropLoneSurrogate(text.slice(0, lo)).trimEnd()}…`;
  }

  /** Height of pieces stacked in a column of `width`. */
  blockHeight(pieces: Piece[], width: number): number {
    return pieces.reduce((sum, p, i) => sum + this.measure(p, width).height + (i < pieces.length - 1 ? (p.gap ?? 1.5) : 0), 0);
  }

  /** Draws pieces stacked from (x, y); returns the y below them. No page break. */
  drawBlock(pieces: Piece[], x: number, y: number, width: number): number {
    let cursor = y;
    pieces.forEach((p, i) => {
      const m = this.measure(p, width);
      this.drawPiece(p, x, cursor, width, m);
      cursor += m.height + (i < pieces.length - 1 ? (p.gap ?? 1.5) : 0);
    });
    return cursor;
  }

  /** A paragraph (or stacked pieces) at the cursor, on a new page if it does not fit. */
  paragraph(pieces: Piece | Piece[], { indent = 0, gap = 6, type = 'P' }: { indent?: number; gap?: number; type?: string } = {}): void {
    const list = Array.isArray(pieces) ? pieces : [pieces];
    const width = this.width - indent;
    const height = this.blockHeight(list, width);
    if (height > this.pageHeight) {
      // Longer than a page: one piece at a time (each capped well below a page by maxLines).
      for (const p of list) this.paragraph(p, { indent, gap: p.gap ?? 1.5, type });
      this.moveDown(gap);
      return;
    }
    this.ensure(height);
    const y = this.doc.y;
    this.tag(type, () => this.drawBlock(list, this.left + indent, y, width));
    this.doc.y = y + height + gap;
  }

  /** A bulleted list (an L structure element); each item is kept together on one page. */
  list(items: Piece[][], options: { marker?: string; color?: string; indent?: number; gap?: number } = {}): void {
    if (items.length === 0) return;
    const list = this.container('L');
    for (const pieces of items) this.bullet(pieces, { ...options, parent: list });
    list.end();
  }

  private bullet(
    pieces: Piece[],
    { marker = '•', color = COLOR.muted, indent = 12, gap = 5, parent }: { marker?: string; color?: string; indent?: number; gap?: number; parent: PDFKit.PDFStructureElement },
  ): void {
    const width = this.width - indent;
    const height = this.blockHeight(pieces, width);
    this.ensure(height);
    const y = this.doc.y;
    this.tag(
      'LI',
      () => {
        this.setFont('bold', pieces[0]?.size ?? SIZE.body, color);
        this.doc.text(marker, this.left, y, { lineBreak: false });
        this.drawBlock(pieces, this.left + indent, y, width);
      },
      {},
      parent,
    );
    this.doc.y = y + height + gap;
  }

  /** A framed note (warnings): a coloured bar on the left and stacked pieces. */
  callout(title: string, items: Piece[][], { color = COLOR.warning, fill = COLOR.warningFill }: { color?: string; fill?: string } = {}): void {
    const pad = 8;
    const indent = 10;
    const inner = this.width - 2 * pad - 4;
    const titlePiece: Piece = { text: title, font: 'bold', size: SIZE.h2, color, gap: 4 };
    const heights = items.map((pieces) => this.blockHeight(pieces, inner - indent));
    const total = pad + this.measure(titlePiece, inner).height + 4 + heights.reduce((a, b) => a + b + 4, 0) + pad - 4;
    this.ensure(Math.min(total, this.pageHeight));
    const x = this.left;
    const y = this.doc.y;
    const height = Math.min(total, this.bottom - y);
    this.artifact(() => {
      this.doc.save().rect(x, y, this.width, height).fill(fill).restore();
      this.doc.save().rect(x, y, 3, height).fill(color).restore();
    });
    let cursor = y + pad;
    this.tag('H3', () => {
      cursor = this.drawBlock([titlePiece], x + pad + 4, cursor, inner) + 4;
    });
    const list = this.container('L');
    items.forEach((pieces, i) => {
      const top = cursor;
      this.tag(
        'LI',
        () => {
          this.setFont('bold', SIZE.body, color);
          this.doc.text('!', x + pad + 4, top, { lineBreak: false });
          this.drawBlock(pieces, x + pad + 4 + indent, top, inner - indent);
        },
        {},
        list,
      );
      cursor = top + (heights[i] ?? 0) + 4;
    });
    list.end();
    this.doc.y = y + height + 10;
  }

  /** A muted one-paragraph note. */
  note(text: string, gap = 6): void {
    this.paragraph({ text, size: SIZE.small, color: COLOR.muted, font: 'oblique' }, { gap });
  }
}
