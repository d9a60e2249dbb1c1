/** Lower-case letters and digits only, single-spaced: two texts with the same fingerprint say the same. */
export function fingerprint(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
