import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoMercator, geoNaturalEarth1, geoPath, type GeoContext, type GeoProjection } from 'd3-geo';
import type { FeatureCollection, Geometry, MultiPoint } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

const require = createRequire(import.meta.url);
const atlas = new Map<string, FeatureCollection<Geometry>>();

export type Resolution = '50m' | '110m';

/** Country outlines from world-atlas (Natural Earth), as GeoJSON. */
export function countries(resolution: Resolution): FeatureCollection<Geometry> {
  let collection = atlas.get(resolution);
  if (!collection) {
    const path = require.resolve(`world-atlas/countries-${resolution}.json`);
    const topology = JSON.parse(readFileSync(path, 'utf8')) as Topology<{ countries: GeometryCollection }>;
    collection = feature(topology, topology.objects.countries) as FeatureCollection<Geometry>;
    atlas.set(resolution, collection);
  }
  return collection;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Extent {
  west: number;
  east: number;
  south: number;
  north: number;
}

/** The bounding box of the points, with a margin, at least `minSpan` degrees wide and tall. */
export function extentOf(points: [number, number][], minSpan = 8): Extent {
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  let west = Math.min(...lons);
  let east = Math.max(...lons);
  let south = Math.min(...lats);
  let north = Math.max(...lats);
  const padLon = Math.max(1.5, (east - west) * 0.12);
  const padLat = Math.max(1.5, (north - south) * 0.12);
  west -= padLon;
  east += padLon;
  south -= padLat;
  north += padLat;
  if (east - west < minSpan) {
    const c = (east + west) / 2;
    west = c - minSpan / 2;
    east = c + minSpan / 2;
  }
  if (north - south < minSpan * 0.75) {
    const c = (north + south) / 2;
    south = c - (minSpan * 0.75) / 2;
    north = c + (minSpan * 0.75) / 2;
  }
  return { west: Math.max(-180, west), east: Math.min(180, east), south: Math.max(-75, south), north: Math.min(82, north) };
}

function extentOutline(e: Extent): MultiPoint {
  const coordinates: [number, number][] = [];
  for (let i = 0; i <= 8; i++) {
    const lon = e.west + ((e.east - e.west) * i) / 8;
    coordinates.push([lon, e.south], [lon, e.north]);
  }
  for (let i = 0; i <= 8; i++) {
    const lat = e.south + ((e.north - e.south) * i) / 8;
    coordinates.push([e.west, lat], [e.east, lat]);
  }
  return { type: 'MultiPoint', coordinates };
}

/** Mercator for regional extents, Natural Earth for near-global ones. */
export function projectionFor(e: Extent): GeoProjection {
  return e.east - e.west > 100 || e.north - e.south > 70 ? geoNaturalEarth1() : geoMercator();
}

/** Height the extent needs when drawn `width` points wide. */
export function naturalHeight(e: Extent, width: number): number {
  const projection = projectionFor(e).fitWidth(width, extentOutline(e));
  const [[, y0], [, y1]] = geoPath(projection).bounds(extentOutline(e));
  return y1 - y0;
}

/** A projection fitting the extent into the box, clipped to it. */
export function fitProjection(e: Extent, box: Box): GeoProjection {
  const projection = projectionFor(e).fitExtent(
    [
      [box.x, box.y],
      [box.x + box.width, box.y + box.height],
    ],
    extentOutline(e),
  );
  return projection.clipExtent([
    [box.x, box.y],
    [box.x + box.width, box.y + box.height],
  ]);
}

/** A d3-geo path context that emits pdfkit vector path operators (rounded to 0.01 pt). */
export class PdfPathContext implements GeoContext {
  private lastX = NaN;
  private lastY = NaN;
  /** Path operators emitted since the last reset. */
  emitted = 0;

  constructor(private readonly doc: PDFKit.PDFDocument) {}

  beginPath(): void {}

  moveTo(x: number, y: number): void {
    this.lastX = round(x);
    this.lastY = round(y);
    this.emitted++;
    this.doc.moveTo(this.lastX, this.lastY);
  }

  lineTo(x: number, y: number): void {
    const rx = round(x);
    const ry = round(y);
    if (rx === this.lastX && ry === this.lastY) return;
    this.lastX = rx;
    this.lastY = ry;
    this.emitted++;
    this.doc.lineTo(rx, ry);
  }

  closePath(): void {
    this.doc.closePath();
  }

  arc(x: number, y: number, radius: number): void {
    this.doc.circle(round(x), round(y), radius);
  }
}

function round(v: number): number {
  return Math.round(v * 100) / 100;
}

/** Draws every country outline through `projection` as one filled and stroked vector path. */
export function drawCountries(doc: PDFKit.PDFDocument, projection: GeoProjection, resolution: Resolution, fill: string, stroke: string): void {
  const context = new PdfPathContext(doc);
  const path = geoPath(projection, context);
  for (const country of countries(resolution).features) {
    context.emitted = 0;
    doc.save();
    path(country);
    // A country clipped away entirely leaves no path to paint.
    if (context.emitted > 1) doc.lineWidth(0.35).lineJoin('round').fillAndStroke(fill, stroke);
    else if (context.emitted === 1) doc.addContent('n');
    doc.restore();
  }
}
