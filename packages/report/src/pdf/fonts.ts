import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The embedded fonts: DejaVu covers curly quotes, dashes, U+2011 and accented Latin. */
export const FONT_FILES = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  oblique: 'DejaVuSans-Oblique.ttf',
  mono: 'DejaVuSansMono.ttf',
} as const;

export type FontName = keyof typeof FONT_FILES;

/** Path of a DejaVu font file, resolved from the installed dejavu-fonts-ttf package. */
export function fontPath(font: FontName): string {
  return require.resolve(`dejavu-fonts-ttf/ttf/${FONT_FILES[font]}`);
}

export function registerFonts(doc: PDFKit.PDFDocument): void {
  for (const name of Object.keys(FONT_FILES) as FontName[]) doc.registerFont(name, fontPath(name));
  doc.font('regular');
}

/** Word layouts a font keeps before its cache is emptied. */
const LAYOUT_CACHE_LIMIT = 5_000;

/**
 * pdfkit caches the glyph layout of every distinct word it sets, per font, for the life of the
 * document. Claim IDs and offsets are all distinct, so on a long appendix that cache grows with
 * every page; Layout calls this whenever it flushes pages to keep it bounded. (layoutCache is
 * pdfkit's own field on its embedded fonts; emptying it only costs re-measuring words.)
 */
export function trimFontCaches(doc: PDFKit.PDFDocument): void {
  const families = (doc as unknown as { _fontFamilies?: Record<string, { layoutCache?: Record<string, unknown> | null }> })._fontFamilies ?? {};
  for (const font of Object.values(families)) {
    if (font.layoutCache && Object.keys(font.layoutCache).length > LAYOUT_CACHE_LIMIT) font.layoutCache = Object.create(null) as Record<string, unknown>;
  }
}
