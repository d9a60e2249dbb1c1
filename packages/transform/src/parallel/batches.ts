/**
 * Sentences grouped into batches of whole sources, in order: per-source work (claims carry
 * a quotation's speaker to the next sentence) never straddles two batches.
 */
export function sourceBatches<T extends { source_id: string }>(sentences: T[], targetSize: number): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    const newSource = i > 0 && sentences[i - 1]!.source_id !== s.source_id;
    if (newSource && current.length >= targetSize) {
      batches.push(current);
      current = [];
    }
    current.push(s);
  }
  if (current.length) batches.push(current);
  return batches;
}
