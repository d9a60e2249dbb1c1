import type { Context } from '../context';
import { describe, withoutOffsets } from '../dictionary';
import { formatNumber, plural } from '../text';
import { COLOR, SIZE } from '../theme';
import { ASSERTED_SHARE, FEW_SOURCES } from './summary';

/** How the figures are computed (the data dictionary's own wording) and what they cannot tell. */
export function drawMethodology(ctx: Context): void {
  const { layout, data } = ctx;
  layout.section('Methodology and limitations');
  layout.paragraph({
    text: 'The descriptions below are those of the published data dictionary (docs/data-dictionary.md), read from the same table declarations that build the dataset.',
    size: SIZE.small,
    color: COLOR.muted,
  });

  const topics: [string, [string, string][]][] = [
    ['Claims', [['claims', withoutOffsets(describe.claims)], ['claims.claim_type', describe.claimType], ['claims.modality', describe.modality], ['claims.polarity', describe.polarity], ['claims.checkworthiness', describe.checkworthiness]]],
    ['Entities and numbers', [['entities', describe.entities], ['entities.type', describe.entityType], ['quantities', withoutOffsets(describe.quantities)], ['quantities.value', describe.quantityValue]]],
    ['Clusters and corroboration', [['clusters', describe.clusters], ['clusters.independent_source_count', describe.independentSources], ['clusters.status', describe.status], ['claim_relations', describe.relations]]],
    ['Credibility', [['clusters.credibility', describe.credibility]]],
  ];
  for (const [title, entries] of topics) {
    layout.heading(title);
    for (const [name, text] of entries) {
      layout.paragraph([
        { text: name, font: 'mono', size: SIZE.small, color: COLOR.heading, gap: 1 },
        { text, size: SIZE.body - 0.5 },
      ]);
    }
  }

  layout.heading('Limitations');
  layout.list(limitations(ctx).map((item) => [{ text: item, size: SIZE.body - 0.5 }]));
  if (!data.stages.clusters || !data.stages.relations) {
    layout.note('This warehouse predates the cross-reference stage for part of the data: counts of clusters and contradictions are 0 where their tables are missing.');
  }
}

function limitations(ctx: Context): string[] {
  const { corpus, counts } = ctx.data;
  const out = [
    'Extraction is rule-based (part-of-speech tags, word lists and patterns), not a trained model: claims can be split at the wrong clause, attributions and speakers missed, sarcasm and rhetorical framing read literally. The appendix gives every claim with its offsets so each can be checked against its source.',
    'A claim carried by many sources is corroborated, not proven: sources can repeat one another, an agency wire or an official line. Independence is estimated only from near-duplicate text, so sources that paraphrase a common origin still count as independent.',
    'Contradictions are found between claims about the same measure or event with incompatible numbers, or an assertion against a denial; disagreements in judgement or emphasis are not detected.',
    'Credibility grades and check-worthiness weights were set by hand, not fitted to a labelled set; they rank claims for checking and do not replace it.',
    'Entity resolution merges spellings, acronyms and short references by rules and a gazetteer: rare names can be split or look-alikes merged, and ambiguous place names stay without coordinates.',
  ];
  if (corpus.sources < FEW_SOURCES) out.push(`This corpus has only ${plural(corpus.sources, 'source')}: what it shows is what these sources assert, not the range of views on the topic.`);
  if (counts.claims > 0 && counts.asserted_pct > ASSERTED_SHARE) {
    out.push(`${counts.asserted_pct}% of the claims are the authors' own assertions: the corpus is mostly opinion and commentary, with ${formatNumber(counts.reported)} claims reported from other speakers.`);
  }
  if (corpus.undated > 0) out.push(`${plural(corpus.undated, 'source has', 'sources have')} no publication date, so relative dates in their claims (“last week”) cannot be resolved.`);
  return out;
}

