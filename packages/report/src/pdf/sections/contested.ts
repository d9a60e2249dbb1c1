import type { Context } from '../context';
import type { Contradiction } from '../data';
import { describe, statusLabel } from '../dictionary';
import type { Piece } from '../layout';
import { claimLead, describeRelation, formatNumber, quoted, truncate } from '../text';
import { COLOR, SIZE, STATUS_COLOR } from '../theme';

const GUTTER = 14;
const PAD = 6;

interface Side {
  id: string;
  source: string;
  text: string;
  modality: string;
  polarity: string;
  figures: string[];
  status: string | null;
}

/** Conflicting statements side by side, with their sources and the numbers each gives. */
export function drawContested(ctx: Context): void {
  const { layout, data } = ctx;
  layout.section('Contested claims');
  layout.paragraph({ text: describe.relations, size: SIZE.small, color: COLOR.muted });
  if (!data.stages.relations) {
    layout.note('No claim_relations table in this warehouse: contradictions have not been computed yet.');
    return;
  }
  if (data.contradictions.length === 0) {
    layout.note('No contradictions recorded among these claims.');
    return;
  }
  const total = data.counts.contradictions;
  if (total > data.contradictions.length) {
    layout.note(`The ${formatNumber(data.contradictions.length)} highest-scoring of ${formatNumber(total)} contradictions.`);
  }
  data.contradictions.forEach((pair, i) => drawPair(ctx, pair, i + 1));
}

function sides(pair: Contradiction): [Side, Side] {
  const a: Side = { id: pair.a_id, source: pair.a_source, text: pair.a_text, modality: pair.a_modality, polarity: pair.a_polarity, figures: pair.a_figures, status: pair.a_status };
  const b: Side = { id: pair.b_id, source: pair.b_source, text: pair.b_text, modality: pair.b_modality, polarity: pair.b_polarity, figures: pair.b_figures, status: pair.b_status };
  // Earlier source on the left.
  return pair.a_ord <= pair.b_ord ? [a, b] : [b, a];
}

function sidePieces(ctx: Context, side: Side): Piece[] {
  const pieces: Piece[] = [
    { text: claimLead(side.source, side.modality), font: 'bold', size: SIZE.small, color: COLOR.heading, link: ctx.claimDest(side.id), gap: 2 },
    { text: quoted(truncate(side.text, 600)), size: SIZE.small + 0.5, maxLines: 9, link: ctx.claimDest(side.id), gap: 3 },
  ];
  const facts = [side.figures.length ? `Figures: ${side.figures.join('; ')}` : 'No figures', side.polarity === 'negated' ? 'negated' : ''];
  if (side.status) facts.push(`cluster ${statusLabel(side.status)}`);
  pieces.push({ text: facts.filter(Boolean).join(' · '), size: SIZE.tiny + 0.5, color: COLOR.muted, maxLines: 3 });
  return pieces;
}

function drawPair(ctx: Context, pair: Contradiction, n: number): void {
  const { layout } = ctx;
  const { doc } = layout;
  const [left, right] = sides(pair);
  const boxWidth = (layout.width - GUTTER) / 2;
  const inner = boxWidth - 2 * PAD;
  const leftPieces = sidePieces(ctx, left);
  const rightPieces = sidePieces(ctx, right);
  const title: Piece = { text: `${n}. ${left.source} and ${right.source} disagree · similarity ${pair.score.toFixed(2)}`, font: 'bold', size: SIZE.body, color: STATUS_COLOR.contested };
  const relation = describeRelation(pair.detail);
  const compared: Piece[] = [];
  if (relation.compared) compared.push({ text: relation.compared, font: 'bold', size: SIZE.small, color: COLOR.text, maxLines: 3, gap: 1 });
  compared.push({ text: relation.why ? `Why: ${relation.why}` : 'Why: (no detail recorded)', size: SIZE.tiny + 0.5, color: COLOR.muted, maxLines: 3 });
  const boxHeight = Math.max(layout.blockHeight(leftPieces, inner), layout.blockHeight(rightPieces, inner)) + 2 * PAD;
  const titleHeight = layout.measure(title, layout.width).height + 4;
  const comparedHeight = layout.blockHeight(compared, layout.width) + 4;
  layout.ensure(titleHeight + boxHeight + comparedHeight + 12);

  const top = doc.y;
  layout.tag('H3', () => layout.drawPiece(title, layout.left, top, layout.width));
  const boxTop = top + titleHeight;
  [left, right].forEach((side, i) => {
    const x = layout.left + i * (boxWidth + GUTTER);
    layout.artifact(() => {
      doc.save().roundedRect(x, boxTop, boxWidth, boxHeight, 3).lineWidth(0.6).fillAndStroke(COLOR.zebra, COLOR.rule).restore();
    });
    layout.tag('P', () => layout.drawBlock(i === 0 ? leftPieces : rightPieces, x + PAD, boxTop + PAD, inner));
  });
  // "≠" between the boxes.
  layout.artifact(() => {
    layout.setFont('bold', 12, STATUS_COLOR.contested ?? COLOR.text);
    doc.text('≠', layout.left + boxWidth, boxTop + boxHeight / 2 - 8, { width: GUTTER, align: 'center', lineBreak: false });
  });
  const comparedTop = boxTop + boxHeight + 4;
  layout.tag('P', () => layout.drawBlock(compared, layout.left, comparedTop, layout.width));
  doc.y = comparedTop + comparedHeight + 8;
}
