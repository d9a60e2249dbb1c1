// Plain-text helpers: number and date formats, truncation, the neutral voice of the briefing.

/** 12345 → "12,345"; fractions keep up to two decimals. Locale-free, so identical everywhere. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const negative = value < 0;
  const abs = Math.abs(value);
  const whole = Math.floor(abs);
  let fraction = Math.round((abs - whole) * 100);
  let int = whole;
  if (fraction === 100) {
    int += 1;
    fraction = 0;
  }
  const grouped = String(int).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const decimals = fraction === 0 ? '' : `.${String(fraction).padStart(2, '0').replace(/0$/, '')}`;
  return `${negative ? '-' : ''}${grouped}${decimals}`;
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Cuts a text to at most `max` characters at a word boundary, with an ellipsis. */
export function truncate(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  let cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  if (space > max * 0.6) cut = cut.slice(0, space);
  return `${dropLoneSurrogate(cut).replace(/[\s,;:.]+$/, '')}…`;
}

/** Drops a high surrogate left at the end of a cut string. */
export function dropLoneSurrogate(text: string): string {
  const last = text.charCodeAt(text.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? text.slice(0, -1) : text;
}

export function quoted(text: string): string {
  return `“${text}”`;
}

/** "000, 002, 003" or "000, 002, 003 … +12" when longer than `max` labels. */
export function labelList(labels: readonly string[], max = 12, total = labels.length): string {
  const shown = labels.slice(0, max).join(', ');
  const more = total - Math.min(labels.length, max);
  return more > 0 ? `${shown} … +${formatNumber(more)}` : shown;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatNumber(n)} ${n === 1 ? one : many}`;
}

/**
 * How the briefing introduces a claim: what the source does, never what is true.
 * "002 asserts", "002 reports that Ishaq Dar said", "002 suggests (hedged)".
 */
export function claimLead(source: string, modality: string, speaker?: string | null, cue?: string | null): string {
  if (modality === 'reported' || speaker) {
    const who = speaker ? ` ${speaker}` : ' someone';
    return `${source} reports that${who} ${cue ?? 'said'}`;
  }
  if (modality === 'hedged') return `${source} suggests (hedged)`;
  return `${source} asserts`;
}

/** A short summary of a JSON detail column: its scalar fields and small lists, as "key: value; …". */
export function summariseDetail(detail: string | null | undefined, max = 400): string {
  if (!detail) return '';
  let value: unknown;
  try {
    value = JSON.parse(detail);
  } catch {
    return truncate(detail, max);
  }
  const parts: string[] = [];
  const visit = (v: unknown, path: string, depth: number): void => {
    if (parts.length >= 12) return;
    if (v === null || v === undefined || v === '') return;
    if (Array.isArray(v)) {
      if (v.length === 0) return;
      if (v.every((x) => typeof x !== 'object' || x === null)) parts.push(`${path}: ${v.slice(0, 6).map(String).join(', ')}${v.length > 6 ? ' …' : ''}`);
      else if (depth < 2) v.slice(0, 3).forEach((x, i) => visit(x, `${path}[${i + 1}]`, depth + 1));
      return;
    }
    if (typeof v === 'object') {
      if (depth >= 3) return;
      for (const [k, x] of Object.entries(v as Record<string, unknown>)) visit(x, path ? `${path}.${k}` : k, depth + 1);
      return;
    }
    parts.push(`${path || 'detail'}: ${typeof v === 'number' ? formatNumber(v) : String(v)}`);
  };
  visit(value, '', 0);
  return truncate(parts.join('; '), max);
}

/** Code-unit order, the same on every machine (unlike localeCompare). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const HEX_ID = /^[0-9a-f]{16}$/;

/**
 * Why two claims were found to contradict, from claim_relations.detail: the numbers compared
 * first (`numbers.measure`, `numbers.compared`, `numbers.note`), then the polarity, then the
 * score parts and anything else, IDs left out. Unknown shapes fall back to a flat summary.
 */
export function describeRelation(detail: string | null | undefined): { compared: string; why: string } {
  if (!detail) return { compared: '', why: '' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(detail);
  } catch {
    return { compared: '', why: truncate(detail, 300) };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return { compared: '', why: summariseDetail(detail) };
  const rest: Record<string, unknown> = { ...(parsed as Record<string, unknown>) };
  let compared = '';
  const notes: string[] = [];
  const numbers = rest.numbers;
  if (numbers && typeof numbers === 'object' && !Array.isArray(numbers)) {
    const n = numbers as Record<string, unknown>;
    const figures = Array.isArray(n.figures) ? n.figures.map(String).join(' vs ') : '';
    const what = typeof n.compared === 'string' ? n.compared : figures;
    if (what) compared = `Numbers compared${typeof n.measure === 'string' && n.measure ? ` (${n.measure})` : ''}: ${what}`;
    if (typeof n.note === 'string') notes.push(n.note);
    delete rest.numbers;
  }
  if (rest.polarity !== undefined) {
    const p = rest.polarity;
    const text = typeof p === 'object' ? summariseDetail(JSON.stringify(p), 160) : String(p);
    compared = compared ? `${compared}; polarity: ${text}` : `Polarity compared: ${text}`;
    delete rest.polarity;
  }
  const parts = ['score', 'lexical', 'entities', 'predicate'].filter((k) => typeof rest[k] === 'number');
  if (parts.length) notes.push(`score parts: ${parts.map((k) => `${k} ${(rest[k] as number).toFixed(2).replace(/\.?0+$/, '')}`).join(', ')}`);
  for (const k of parts) delete rest[k];
  for (const [k, v] of Object.entries(rest)) {
    if (Array.isArray(v) && v.every((x) => typeof x === 'string' && HEX_ID.test(x))) {
      notes.push(`${plural(v.length, k.replace(/_/g, ' ').replace(/ies$/, 'y').replace(/s$/, ''), k.replace(/_/g, ' '))}`);
      delete rest[k];
    } else if (Array.isArray(v) && v.every((x) => typeof x === 'string')) {
      notes.push(`${k.replace(/_/g, ' ')}: ${(v as string[]).slice(0, 10).join(', ')}${v.length > 10 ? ' …' : ''}`);
      delete rest[k];
    }
  }
  const other = summariseDetail(JSON.stringify(rest), 200);
  if (other && other !== '') notes.push(other);
  return { compared, why: truncate(notes.join('; '), 500) };
}
