/**
 * Rows (sentences) grouped into batches of whole sources, in order, as they stream in:
 * per-source work (claims carry a quotation's speaker to the next sentence) never straddles
 * two batches, and a batch closes at the first new source once it holds `targetSize` rows.
 */
export async function* sourceBatches<T extends { source_id: string }>(chunks: AsyncIterable<T[]> | Iterable<T[]>, targetSize: number): AsyncGenerator<T[]> {
  let current: T[] = [];
  let previous: string | undefined;
  for await (const chunk of chunks) {
    for (const row of chunk) {
      if (row.source_id !== previous && current.length >= targetSize) {
        yield current;
        current = [];
      }
      previous = row.source_id;
      current.push(row);
    }
  }
  if (current.length) yield current;
}

/**
 * Rows streamed in source_id order, taken a range of sources at a time, to go with the
 * batches of sourceBatches() (which come in the same order). Source ids are hex digits, so
 * JavaScript and DuckDB order them alike.
 */
export class RowsBySource<T extends { source_id: string }> {
  private chunk: T[] = [];
  private at = 0;

  constructor(private readonly chunks: AsyncIterator<T[]>) {}

  /** The rows not yet taken whose source comes up to `last`. */
  async upTo(last: string): Promise<T[]> {
    const out: T[] = [];
    for (;;) {
      for (; this.at < this.chunk.length; this.at++) {
        const row = this.chunk[this.at]!;
        if (row.source_id > last) return out;
        out.push(row);
      }
      const next = await this.chunks.next();
      if (next.done) return out;
      [this.chunk, this.at] = [next.value, 0];
    }
  }

  /** Stops reading (the stream's connection closes). */
  async close(): Promise<void> {
    await this.chunks.return?.();
  }
}
