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
