import type { Context } from '../context';
import type { PlaceRow } from '../data';
import { drawCountries, extentOf, fitProjection, naturalHeight, type Box, type Extent } from '../geo';
import { drawTable } from '../table';
import { compareText, formatNumber, plural } from '../text';
import { COLOR, LIMIT, SIZE } from '../theme';

interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

interface Point {
  place: PlaceRow;
  x: number;
  y: number;
  r: number;
}

const LABEL_SIZE = 6.5;

/** A vector map of the places mentioned, fitted to their bounding box, then the places as a table. */
export function drawMap(ctx: Context): void {
  const { layout, data } = ctx;
  layout.section('Map of the places mentioned');
  const located = data.mapPlaces.filter((p) => p.latitude !== null && p.longitude !== null);
  const { places, located: locatedCount } = data.placeCounts;
  layout.paragraph({
    text:
      `${plural(places, 'place')} mentioned, ${formatNumber(locatedCount)} with coordinates (gazetteer or GeoNames-derived data; a name shared by places in several countries has none). ` +
      `Circle area grows with the number of mentions${locatedCount > located.length ? `; the ${formatNumber(located.length)} most mentioned are drawn` : ''}.`,
    size: SIZE.small,
    color: COLOR.muted,
  });
  if (located.length === 0) {
    layout.note('No place with coordinates is mentioned: there is nothing to map.');
  } else {
    const extent = extentOf(located.map((p) => [p.longitude!, p.latitude!]));
    const detail = detailPlaces(located);
    const wide = extent.east - extent.west > DETAIL_SPAN * 2.5 && detail.center !== undefined && detail.places.length < located.length;
    drawPlaces(ctx, located, located, wide ? 300 : 430);
    if (wide) drawPlaces(ctx, detail.places, located, 330, `Detail: around ${detail.center!.name}`);
  }

  layout.heading('Most mentioned places');
  drawTable<PlaceRow>(layout, {
    rows: data.places,
    empty: 'No places mentioned.',
    columns: [
      { header: 'Place', flex: 2, font: 'bold', value: (p) => p.name, maxLines: 2 },
      { header: 'Country', width: 46, value: (p) => p.country ?? '' },
      { header: 'Mentions', width: 50, align: 'right', value: (p) => formatNumber(p.mentions) },
      { header: 'Sources', width: 46, align: 'right', value: (p) => formatNumber(p.sources) },
      {
        header: 'Coordinates',
        flex: 1.2,
        value: (p) => (p.latitude === null || p.longitude === null ? 'none (ambiguous)' : `${p.latitude.toFixed(2)}, ${p.longitude.toFixed(2)}`),
        color: (p) => (p.latitude === null ? COLOR.muted : undefined),
      },
    ],
  });
}

/** Degrees of longitude and latitude around the most mentioned place that the detail map covers. */
const DETAIL_SPAN = 12;

/**
 * The densest part of the map, for a detail map when the whole extent is wide: the places
 * within DETAIL_SPAN degrees of the place whose neighbourhood holds the most mentions.
 */
function detailPlaces(located: PlaceRow[]): { center: PlaceRow | undefined; places: PlaceRow[] } {
  const near = (a: PlaceRow, b: PlaceRow) => Math.abs(a.longitude! - b.longitude!) <= DETAIL_SPAN && Math.abs(a.latitude! - b.latitude!) <= DETAIL_SPAN;
  let best: { center: PlaceRow | undefined; places: PlaceRow[]; weight: number } = { center: undefined, places: [], weight: -1 };
  for (const center of located) {
    const places = located.filter((p) => near(center, p));
    const weight = places.reduce((sum, p) => sum + p.mentions, 0);
    // located is sorted by mentions, so ties keep the most mentioned centre.
    if (places.length >= 3 && weight > best.weight) best = { center, places, weight };
  }
  return best;
}

/** Draws one map fitted to `fit`, with every place of `located` inside it (and a heading kept on its page when given). */
function drawPlaces(ctx: Context, fit: PlaceRow[], located: PlaceRow[], maxHeight: number, title?: string): void {
  const { layout } = ctx;
  const { doc } = layout;
  const extent: Extent = extentOf(fit.map((p) => [p.longitude!, p.latitude!]));
  const width = layout.width;
  const height = Math.min(Math.max(naturalHeight(extent, width), 200), Math.min(maxHeight, layout.pageHeight - 120));
  if (title) layout.heading(title, height + 24);
  layout.ensure(height + 24);
  const box: Box = { x: layout.left, y: doc.y, width, height };
  const projection = fitProjection(extent, box);
  const resolution = extent.east - extent.west > 90 ? '110m' : '50m';

  const max = Math.max(...located.map((p) => p.mentions), 1);
  const points: Point[] = [];
  for (const place of located) {
    const xy = projection([place.longitude!, place.latitude!]);
    if (!xy) continue;
    const [x, y] = xy;
    if (x < box.x || x > box.x + box.width || y < box.y || y > box.y + box.height) continue;
    points.push({ place, x, y, r: 2.2 + 7 * Math.sqrt(place.mentions / max) });
  }

  const alt = `Map of ${plural(points.length, 'place')} mentioned: ${points
    .slice(0, 30)
    .map((p) => `${p.place.name} (${p.place.mentions})`)
    .join(', ')}.`;
  layout.tag(
    'Figure',
    () => {
      doc.save();
      doc.rect(box.x, box.y, box.width, box.height).clip();
      doc.rect(box.x, box.y, box.width, box.height).fill(COLOR.water);
      drawCountries(doc, projection, resolution, COLOR.land, COLOR.landStroke);
      // Largest circles first, so small ones stay visible on top.
      for (const p of [...points].sort((a, b) => b.r - a.r || compareText(a.place.name, b.place.name))) {
        doc.save().circle(p.x, p.y, p.r).fillOpacity(0.7).lineWidth(0.6).fillAndStroke(COLOR.point, '#ffffff').restore();
      }
      for (const label of placeLabels(layout.doc, points, box)) {
        doc.save().rect(label.rect.x - 1, label.rect.y, label.rect.w + 2, label.rect.h).fillOpacity(0.75).fill('#ffffff').restore();
        layout.setFont('regular', LABEL_SIZE, COLOR.text);
        doc.text(label.text, label.rect.x, label.rect.y + 0.5, { lineBreak: false });
      }
      doc.restore();
      doc.rect(box.x, box.y, box.width, box.height).lineWidth(0.6).strokeColor(COLOR.rule).stroke();
    },
    { alt },
  );
  doc.y = box.y + box.height + 4;
  layout.note(`Country outlines: Natural Earth ${resolution} (world-atlas). Extent ${extent.west.toFixed(1)}° to ${extent.east.toFixed(1)}° longitude, ${extent.south.toFixed(1)}° to ${extent.north.toFixed(1)}° latitude.`);
}

/**
 * Greedy label placement, most mentioned places first: the first of eight positions around the
 * circle that stays inside the map and clear of other labels and circles; otherwise no label.
 */
function placeLabels(doc: PDFKit.PDFDocument, points: Point[], box: Box): { text: string; rect: Rect }[] {
  doc.font('regular').fontSize(LABEL_SIZE);
  const lineHeight = doc.currentLineHeight(true);
  const placed: { text: string; rect: Rect }[] = [];
  const circles: Rect[] = points.map((p) => ({ x: p.x - p.r, y: p.y - p.r, w: 2 * p.r, h: 2 * p.r }));
  const order = [...points].sort((a, b) => b.place.mentions - a.place.mentions || compareText(a.place.name, b.place.name));
  for (const p of order) {
    if (placed.length >= LIMIT.mapLabels) break;
    const text = p.place.name;
    const w = doc.widthOfString(text);
    const h = lineHeight;
    const gap = 1.5;
    const candidates: Rect[] = [
      { x: p.x + p.r + gap, y: p.y - h / 2, w, h },
      { x: p.x - p.r - gap - w, y: p.y - h / 2, w, h },
      { x: p.x - w / 2, y: p.y - p.r - gap - h, w, h },
      { x: p.x - w / 2, y: p.y + p.r + gap, w, h },
      { x: p.x + p.r * 0.7 + gap, y: p.y - p.r * 0.7 - h, w, h },
      { x: p.x + p.r * 0.7 + gap, y: p.y + p.r * 0.7, w, h },
      { x: p.x - p.r * 0.7 - gap - w, y: p.y - p.r * 0.7 - h, w, h },
      { x: p.x - p.r * 0.7 - gap - w, y: p.y + p.r * 0.7, w, h },
    ];
    const own = points.indexOf(p);
    const fits = candidates.find(
      (c) =>
        c.x >= box.x + 2 &&
        c.y >= box.y + 2 &&
        c.x + c.w <= box.x + box.width - 2 &&
        c.y + c.h <= box.y + box.height - 2 &&
        placed.every((l) => !overlaps(l.rect, c)) &&
        circles.every((r, i) => i === own || !overlaps(r, c)),
    );
    if (fits) placed.push({ text, rect: fits });
  }
  return placed;
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}
