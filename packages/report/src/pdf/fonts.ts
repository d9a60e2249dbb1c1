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
