import { fingerprint } from './fingerprint';

// Site furniture that scrapers pick up with the article: navigation labels, share
// prompts, bylines and copyright lines. Only short lines are tested, so a sentence of the
// article that happens to start with "Read more" is never thrown away.

const MAX_WORDS = 10;

const PATTERNS: RegExp[] = [
  /^(latest|recent|popular|related|more|top|trending|featured|previous|next)( posts?| stories| articles?| news| reads?| from [\p{L} ]+)?:?$/iu,
  /^(read|see|show|load|view) (more|also|full story|the full article|next|comments?)\b.*$/iu,
  /^(share|share this|share on|tweet|email|print|comments?|reply|like|follow)( (this|on|us)\b.*)?:?$/iu,
  /^(follow|join|like) us( on .*)?$/iu,
  /^(subscribe|sign up|log ?in|sign in|register)\b.*$/iu,
  /^(advertisement|sponsored( content)?|promoted|ad)$/iu,
  /^(tags?|categories|category|filed under|topics?)\s*:.*$/iu,
  /^(posted|published|updated|last updated)( on| at)?\s*:?\s.*\d.*$/iu,
  /^([Bb]y|[Ww]ritten by|[Aa]uthor:?)\s+\p{Lu}[\p{L}.'’-]*( \p{Lu}[\p{L}.'’-]*){0,3}$/u,
  /^(©|\(c\)|copyright)\s.*$/iu,
  /^all rights reserved\.?$/iu,
  /^(photo|image|file photo|photograph)( credit)?\s*:.*$/iu,
  /^click here\b.*$/iu,
  /^(home|menu|search|skip to (main )?content|back to top)$/iu,
];

export function isBoilerplateLine(line: string): boolean {
  const text = line.trim();
  if (text === '' || text.split(/\s+/).length > MAX_WORDS) return false;
  return PATTERNS.some((p) => p.test(text));
}

export interface TemplateOptions {
  minSources?: number;
  minShare?: number;
  maxWords?: number;
}

/**
 * Short lines that recur across many sources of the corpus (a site's template) are
 * boilerplate even when no pattern knows them. A line counts when it is short, has no
 * sentence-final punctuation, and appears in at least `minSources` sources and in at
 * least `minShare` of them. Sources are added one at a time, and only the keys of short
 * lines are kept, not the lines (a line sliced from its document would keep the whole
 * document's text alive).
 */
export class CorpusTemplate {
  private readonly counts = new Map<string, number>();
  private sources = 0;
  private readonly minSources: number;
  private readonly minShare: number;
  private readonly maxWords: number;

  constructor({ minSources = 3, minShare = 0.02, maxWords = 8 }: TemplateOptions = {}) {
    this.minSources = minSources;
    this.minShare = minShare;
    this.maxWords = maxWords;
  }

  /** One source's lines. */
  add(lines: Iterable<string>): void {
    this.sources++;
    for (const key of new Set(Array.from(lines, lineKey))) {
      if (key && key.split(' ').length <= this.maxWords) this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    }
  }

  /** The keys (lineKey) of the lines found to be the corpus's template. */
  lines(): Set<string> {
    const found = new Set<string>();
    for (const [key, n] of this.counts) if (n >= this.minSources && n >= this.minShare * this.sources) found.add(key);
    return found;
  }
}

/** How lines are compared across sources: case, punctuation and spacing ignored. */
export function lineKey(line: string): string {
  if (/[.!?]["”’)]?$/.test(line.trim())) return '';
  return fingerprint(line);
}
