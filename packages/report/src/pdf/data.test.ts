import { describe, expect, it } from 'vitest';
import { schemaSql } from '@corroborate/tables';
import { Warehouse } from '@corroborate/warehouse';
import { loadBriefingData } from './data';

describe('loadBriefingData', () => {
  it('names the briefing query that failed, with its cause', async () => {
    const wh = await Warehouse.open(':memory:');
    await wh.run(schemaSql());
    // A claims table the briefing cannot read (an older or damaged warehouse).
    await wh.run('DROP TABLE claims');
    await wh.run('CREATE TABLE claims (claim_id VARCHAR)');
    await expect(loadBriefingData(wh)).rejects.toThrow(/^briefing query briefing_scope_claims_unclustered failed: .*source_id/);
    wh.close();
  });
});
