// Page geometry, type sizes and colours of the briefing.

export const PAGE = {
  size: 'A4' as const,
  margins: { top: 56, bottom: 58, left: 50, right: 50 },
  /** Baseline area of the footer, measured from the bottom edge. */
  footerFromBottom: 34,
};

export const SIZE = {
  title: 24,
  h1: 16,
  h2: 11.5,
  body: 9.5,
  small: 8,
  table: 7.5,
  tiny: 6.5,
  footer: 7,
};

export const COLOR = {
  text: '#1a1a1a',
  muted: '#5f6368',
  faint: '#9aa0a6',
  rule: '#c9ced6',
  heading: '#1f3b57',
  accent: '#2b6cb0',
  link: '#1f4e8c',
  zebra: '#f4f6f8',
  group: '#e4ecf5',
  headerFill: '#dde3ea',
  warning: '#b45309',
  warningFill: '#fdf3e7',
  land: '#e6e8eb',
  landStroke: '#ffffff',
  water: '#f3f7fb',
  point: '#c0392b',
};

export const STATUS_COLOR: Record<string, string> = {
  corroborated: '#2e7d32',
  contested: '#c62828',
  single_source: '#6b7280',
};

export const TYPE_COLOR: Record<string, string> = {
  PERSON: '#4e79a7',
  ORG: '#e8871e',
  PLACE: '#59a14f',
  NORP: '#b07aa1',
  EVENT: '#e15759',
};

/** Body caps: the appendix lists everything, the body sections the top rows only. */
export const LIMIT = {
  /** Above this many claims the appendix lists the most check-worthy ones; the dataset has them all. */
  appendixClaims: 3000,
  summaryItems: 5,
  matrixClusters: 25,
  contradictions: 20,
  numberGroups: 15,
  numbersPerGroup: 8,
  entities: 15,
  entityPairs: 15,
  places: 20,
  mapPoints: 150,
  mapLabels: 40,
  sources: 40,
  duplicates: 25,
  rejects: 25,
  speakers: 5,
  appendixTextLines: 40,
};
