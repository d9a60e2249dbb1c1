import type { BriefingData } from './data';
import type { Layout } from './layout';

export interface BriefingOptions {
  /** entity_id, name or alias: restrict the briefing to the claims involving this entity. */
  entity?: string;
  /** Printed on the cover and stored as the PDF's creation and modification date. */
  generatedAt: Date;
  datasetVersion: string;
  title?: string;
}

/** What every section module draws with. */
export interface Context {
  layout: Layout;
  data: BriefingData;
  options: BriefingOptions;
  title: string;
  /** Named destination of a claim's appendix entry, when the appendix lists it. */
  claimDest(claimId: string | null | undefined): string | undefined;
}

export function claimDestination(claimId: string): string {
  return `claim-${claimId}`;
}

export function createContext(layout: Layout, data: BriefingData, options: BriefingOptions, title: string): Context {
  const listed = new Set(data.appendix.map((c) => c.claim_id));
  return {
    layout,
    data,
    options,
    title,
    claimDest: (id) => (id && listed.has(id) ? claimDestination(id) : undefined),
  };
}
