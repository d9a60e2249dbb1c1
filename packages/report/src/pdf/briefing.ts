import PDFDocument from 'pdfkit';
import type { Warehouse } from '@corroborate/warehouse';
import { createContext, type BriefingOptions } from './context';
import { loadBriefingData, type BriefingData } from './data';
import { DiscardSink, FileSink, useIdPlaceholder, type Sink } from './output';
import { registerFonts } from './fonts';
import { Layout, type Section } from './layout';
import { drawAppendix } from './sections/appendix';
import { drawContested } from './sections/contested';
import { drawCover } from './sections/cover';
import { drawEntities } from './sections/entities';
import { drawMap } from './sections/map';
import { drawMatrix } from './sections/matrix';
import { drawMethodology } from './sections/methodology';
import { drawNumbers } from './sections/numbers';
import { drawSources } from './sections/sources';
import { drawSummary } from './sections/summary';
import { plural } from './text';
import { COLOR, PAGE, SIZE } from './theme';

export type { BriefingOptions } from './context';

const NEUTRAL_NOTE =
  'This briefing reports what the sources assert; it does not state any claim as fact. “Corroborated” means carried by several independent sources, not proven. Every figure comes from the dataset tables (see “Methodology and limitations”); every claim cited links to its appendix entry.';

/**
 * Writes the PDF briefing of a warehouse to `outPath` (through a temporary file renamed into
 * place). The same warehouse, options and generatedAt give the same bytes.
 *
 * The document is laid out twice: a first pass counts the pages and finds where each section
 * starts; the second, identical but for the footers and the contents list, writes "page X of
 * Y" on each page as it is finished and flushes it, so even a very long appendix never holds
 * more than a page in memory.
 */
export async function renderBriefing(warehouse: Warehouse, outPath: string, options: BriefingOptions): Promise<{ pages: number }> {
  const data = await loadBriefingData(warehouse, options.entity);
  const title = options.title ?? (data.entity ? `Corroboration briefing: ${data.entity.name}` : 'Corroboration briefing');
  const plan = await layOut(data, options, title, new DiscardSink());
  const file = new FileSink(outPath);
  try {
    const final = await layOut(data, options, title, file, plan);
    if (final.pages !== plan.pages) throw new Error(`briefing layout is unstable: ${plan.pages} pages, then ${final.pages}`);
    file.commit();
    return { pages: final.pages };
  } catch (error) {
    file.abort();
    throw error;
  }
}

interface Plan {
  pages: number;
  sections: Section[];
}

/** One layout pass into `sink`: without a plan it only counts pages and records sections; with one it writes footers and contents. */
async function layOut(data: BriefingData, options: BriefingOptions, title: string, sink: Sink, plan?: Plan): Promise<Plan> {
  const doc = new PDFDocument({
    size: PAGE.size,
    margins: PAGE.margins,
    autoFirstPage: false,
    bufferPages: true,
    tagged: true,
    displayTitle: true,
    lang: 'en',
    // No default font: pdfkit would load Helvetica, and a default given as a path would be
    // re-parsed on every doc.font('regular') (its cache key differs from the registered name).
    font: null as unknown as string,
    info: {
      Title: title,
      Author: 'corroborate',
      Subject: `What ${plural(data.corpus.sources, 'source')} assert${data.entity ? ` about ${data.entity.name}` : ''}, cross-referenced: claims, clusters, contradictions, numbers, entities and places.`,
      Keywords: ['corroborate', 'briefing', 'claims', 'corroboration', 'sources', ...(data.entity ? [data.entity.name] : [])].join(', '),
      Creator: 'corroborate',
      CreationDate: options.generatedAt,
      ModDate: options.generatedAt,
    },
  });
  useIdPlaceholder(doc);
  registerFonts(doc);
  // The stream is read synchronously each time pages are flushed: bytes never pile up in it.
  const drain = (): void => {
    for (let chunk = doc.read() as Buffer | null; chunk !== null; chunk = doc.read() as Buffer | null) sink.write(chunk);
  };
  doc.on('readable', drain);
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });

  const footer = `${title} · dataset ${options.datasetVersion}`;
  const layout = new Layout(doc, { closePage: plan ? (l, i) => drawFooter(l, i, plan.pages, footer) : undefined, flushed: drain });
  const ctx = createContext(layout, data, options, title);
  drawCover(ctx, NEUTRAL_NOTE, plan?.sections);
  drawSummary(ctx);
  drawMatrix(ctx);
  drawContested(ctx);
  drawNumbers(ctx);
  drawEntities(ctx);
  drawMap(ctx);
  drawSources(ctx);
  drawMethodology(ctx);
  drawAppendix(ctx);
  layout.closePages();
  const { start, count } = doc.bufferedPageRange();
  doc.end();
  drain();
  await ended;
  return { pages: start + count, sections: layout.sections };
}

/** "page X of Y" and the briefing's name at the foot of a page, marked as a pagination artifact. */
function drawFooter(layout: Layout, index: number, pages: number, left: string): void {
  const { doc } = layout;
  const y = doc.page.height - PAGE.footerFromBottom;
  const right = `page ${index + 1} of ${pages}`;
  layout.artifact(() => {
    doc.moveTo(layout.left, y - 5).lineTo(layout.right, y - 5).lineWidth(0.4).strokeColor(COLOR.rule).stroke();
    layout.setFont('regular', SIZE.footer, COLOR.muted);
    const rightWidth = doc.widthOfString(right);
    doc.text(right, layout.right - rightWidth, y, { lineBreak: false });
    const name = layout.fitLine({ text: left, size: SIZE.footer }, layout.width - rightWidth - 20);
    layout.setFont('regular', SIZE.footer, COLOR.muted);
    doc.text(name, layout.left, y, { lineBreak: false });
  }, 'Pagination');
}
