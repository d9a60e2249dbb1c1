import type { Layout } from './layout';
import { formatNumber } from './text';
import { COLOR, SIZE } from './theme';

export interface Bar {
  label: string;
  value: number;
  color: string;
}

export interface BarChartOptions {
  /** Alternative text of the figure (tagged PDF). */
  alt: string;
  labelWidth?: number;
  barHeight?: number;
  gap?: number;
  legend?: { label: string; color: string }[];
}

/** A horizontal bar chart in plain vector drawing: labels, bars scaled to the largest value, values. */
export function drawBarChart(layout: Layout, bars: Bar[], options: BarChartOptions): void {
  if (bars.length === 0) return;
  const { doc } = layout;
  const labelWidth = options.labelWidth ?? 150;
  const barHeight = options.barHeight ?? 11;
  const gap = options.gap ?? 4;
  const legendHeight = options.legend?.length ? 16 : 0;
  const height = bars.length * (barHeight + gap) + legendHeight + 6;
  layout.ensure(height);
  const top = doc.y;
  const max = Math.max(...bars.map((b) => b.value), 1);
  layout.setFont('regular', SIZE.small);
  const valueWidth = Math.max(...bars.map((b) => doc.widthOfString(formatNumber(b.value)))) + 6;
  const x0 = layout.left + labelWidth + 6;
  const span = layout.right - x0 - valueWidth;

  layout.tag(
    'Figure',
    () => {
      bars.forEach((bar, i) => {
        const y = top + i * (barHeight + gap);
        const label = layout.fitLine({ text: bar.label, size: SIZE.small }, labelWidth);
        layout.setFont('regular', SIZE.small, COLOR.text);
        const textY = y + (barHeight - doc.currentLineHeight()) / 2;
        doc.text(label, layout.left, textY, { width: labelWidth, align: 'right', lineBreak: false });
        const w = Math.max(0.5, (bar.value / max) * span);
        doc.save().rect(x0, y, w, barHeight).fill(bar.color).restore();
        layout.setFont('regular', SIZE.small, COLOR.muted);
        doc.text(formatNumber(bar.value), x0 + w + 4, textY, { lineBreak: false });
      });
      const axisBottom = top + bars.length * (barHeight + gap) - gap;
      doc.save().moveTo(x0, top - 2).lineTo(x0, axisBottom + 2).lineWidth(0.6).strokeColor(COLOR.muted).stroke().restore();
      if (options.legend?.length) {
        let x = x0;
        const y = axisBottom + 8;
        for (const item of options.legend) {
          doc.save().rect(x, y + 1, 8, 8).fill(item.color).restore();
          layout.setFont('regular', SIZE.tiny, COLOR.muted);
          doc.text(item.label, x + 11, y + 1, { lineBreak: false });
          x += 11 + doc.widthOfString(item.label) + 12;
        }
      }
    },
    { alt: options.alt },
  );
  doc.y = top + height + 4;
}
