import { createHash, type Hash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

// The PDF bytes leave pdfkit page by page (Layout drains the document stream whenever it
// flushes pages) into a sink: nothing in the first layout pass, a temporary file in the second.
//
// Document ID: pdfkit derives the trailer /ID from the info dictionary when the document is
// created. The briefing sets a placeholder instead and, once every byte is written, stamps the
// first 16 bytes of the SHA-256 of the whole file (placeholder included) in its place: same
// content, same ID; briefings that differ anywhere get different IDs. The ID has a fixed length
// and sits in the trailer after the cross-reference table, so no offset moves.

const ZEROS = '0'.repeat(32);
const PLACEHOLDER = Buffer.from(`/ID [<${ZEROS}> <${ZEROS}>]`, 'latin1');

export function useIdPlaceholder(doc: PDFKit.PDFDocument): void {
  (doc as unknown as { _id: Uint8Array })._id = new Uint8Array(16);
}

export interface Sink {
  write(chunk: Buffer): void;
  readonly bytes: number;
}

/** Counts the bytes and drops them (first layout pass). */
export class DiscardSink implements Sink {
  bytes = 0;
  write(chunk: Buffer): void {
    this.bytes += chunk.length;
  }
}

let temps = 0;

/** Streams the PDF into a temporary file next to `path`, stamps the ID, then renames it into place. */
export class FileSink implements Sink {
  bytes = 0;
  private readonly temp: string;
  private readonly fd: number;
  private readonly hash: Hash = createHash('sha256');

  constructor(private readonly path: string) {
    mkdirSync(dirname(path), { recursive: true });
    this.temp = `${path}.tmp-${process.pid}-${temps++}`;
    this.fd = openSync(this.temp, 'w+');
  }

  write(chunk: Buffer): void {
    writeSync(this.fd, chunk);
    this.hash.update(chunk);
    this.bytes += chunk.length;
  }

  /** Stamps the content-derived document ID into the trailer and moves the file into place. */
  commit(): void {
    try {
      const length = Math.min(this.bytes, 4096);
      const tail = Buffer.alloc(length);
      readSync(this.fd, tail, 0, length, this.bytes - length);
      const at = tail.lastIndexOf(PLACEHOLDER);
      if (at < 0) throw new Error('the PDF trailer holds no placeholder document ID to stamp');
      const id = this.hash.digest('hex').slice(0, 32);
      writeSync(this.fd, Buffer.from(`/ID [<${id}> <${id}>]`, 'latin1'), 0, PLACEHOLDER.length, this.bytes - length + at);
      closeSync(this.fd);
      renameSync(this.temp, this.path);
    } catch (error) {
      this.abort();
      throw error;
    }
  }

  abort(): void {
    try {
      closeSync(this.fd);
    } catch {
      // already closed
    }
    rmSync(this.temp, { force: true });
  }
}
