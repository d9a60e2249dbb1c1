import { claimClusters, claims, clusters, type Claim, type Cluster } from '@corroborate/tables';
import { loadSql, Warehouse } from '@corroborate/warehouse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

// The save step joins the tables it wrote aside row by row (cluster_labels.sql,
// claims_cluster_ids.sql): these check that rows in step are joined, and rows out of step stop it.
const SQL = new URL('../sql/', import.meta.url);

const claim = (id: string, text: string): Claim => ({
  claim_id: id, source_id: 's', sentence_id: 'x', start: 0, end: text.length, text, claim_type: 'event', checkworthiness: 0.5,
  polarity: 'affirmed', modality: 'asserted', attributed_to: null, attribution_cue: null, time_text: null, time_start: null,
  time_end: null, cluster_id: null, parent_claim_id: null,
});
const cluster = (id: string): Cluster => ({ cluster_id: id, label: '', claim_count: 1, source_count: 1, independent_source_count: 1, status: 'single_source', credibility: 6, detail: '{}' });

describe('the save step joins by position', () => {
  let wh: Warehouse;
  beforeEach(async () => {
    wh = await Warehouse.open(':memory:');
  });
  afterEach(() => wh.close());

  /** Claims c1..c3 in clusters k1 (c1, c3; labelled by c3) and k2 (c2), with the clusters written in the given order. */
  async function save(clusterOrder: string[]) {
    const claimsOut = await wh.writeAside(claims);
    claimsOut.append([claim('c1', 'one'), claim('c2', 'two'), claim('c3', 'three')]);
    claimsOut.close();
    const ccOut = await wh.writeAside(claimClusters);
    ccOut.append([
      { claim_id: 'c1', cluster_id: 'k1', is_label: false },
      { claim_id: 'c2', cluster_id: 'k2', is_label: true },
      { claim_id: 'c3', cluster_id: 'k1', is_label: true },
    ]);
    ccOut.close();
    const clustersOut = await wh.writeAside(clusters);
    clustersOut.append(clusterOrder.map(cluster));
    await wh.rebuildAside(clustersOut, loadSql(SQL, 'cluster_labels'));
    await wh.rebuildAside(claimsOut, loadSql(SQL, 'claims_cluster_ids'));
    return {
      labels: await wh.query<{ cluster_id: string; label: string }>('SELECT cluster_id, label FROM clusters__new ORDER BY cluster_id'),
      claims: await wh.query<{ claim_id: string; cluster_id: string }>('SELECT claim_id, cluster_id FROM claims__new ORDER BY claim_id'),
    };
  }

  it('labels each cluster with its label claim and gives each claim its cluster', async () => {
    const saved = await save(['k2', 'k1']);
    expect(saved.labels).toEqual([
      { cluster_id: 'k1', label: 'three' },
      { cluster_id: 'k2', label: 'two' },
    ]);
    expect(saved.claims.map((c) => c.cluster_id)).toEqual(['k1', 'k2', 'k1']);
  });

  it('stops when the clusters are not in the order of their label claims', async () => {
    await expect(save(['k1', 'k2'])).rejects.toThrow(/out of step at cluster k1/);
  });

  it('stops when claims and claim_clusters are not in the same order', async () => {
    const claimsOut = await wh.writeAside(claims);
    claimsOut.append([claim('c1', 'one'), claim('c2', 'two')]);
    claimsOut.close();
    const ccOut = await wh.writeAside(claimClusters);
    ccOut.append([
      { claim_id: 'c2', cluster_id: 'k2', is_label: true },
      { claim_id: 'c1', cluster_id: 'k1', is_label: true },
    ]);
    ccOut.close();
    await expect(wh.rebuildAside(claimsOut, loadSql(SQL, 'claims_cluster_ids'))).rejects.toThrow(/out of step at claim c1/);
  });
});
