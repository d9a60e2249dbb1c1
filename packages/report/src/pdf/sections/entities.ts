import type { Context } from '../context';
import type { EntityPair, EntityRow } from '../data';
import { drawBarChart } from '../chart';
import { drawTable } from '../table';
import { formatNumber, labelList, plural } from '../text';
import { COLOR, SIZE, TYPE_COLOR } from '../theme';

/** The most mentioned actors (bar chart and table), who mentions them, and who appears together. */
export function drawEntities(ctx: Context): void {
  const { layout, data } = ctx;
  layout.section('Entities');
  if (data.entities.length === 0) {
    layout.note('No entities are mentioned in these claims.');
    return;
  }
  const scope = data.entity ? ` in the sentences of the claims involving ${data.entity.name}` : '';
  layout.paragraph({
    text: `The ${formatNumber(data.entities.length)} most mentioned of ${plural(data.counts.entities, 'entity', 'entities')}${scope}, by number of mentions.`,
    size: SIZE.small,
    color: COLOR.muted,
  });
  const types = [...new Set(data.entities.map((e) => e.type))].sort();
  drawBarChart(
    layout,
    data.entities.map((e) => ({ label: e.name, value: e.mentions, color: TYPE_COLOR[e.type] ?? COLOR.accent })),
    {
      alt: `Bar chart of mentions: ${data.entities.map((e) => `${e.name} ${e.mentions}`).join(', ')}.`,
      legend: types.map((t) => ({ label: t, color: TYPE_COLOR[t] ?? COLOR.accent })),
    },
  );

  layout.heading('Which sources mention them');
  drawTable<EntityRow>(layout, {
    rows: data.entities,
    columns: [
      { header: 'Entity', flex: 1.3, font: 'bold', value: (e) => e.name, maxLines: 2 },
      { header: 'Type', width: 44, value: (e) => e.type, color: (e) => TYPE_COLOR[e.type] },
      { header: 'Mentions', width: 48, align: 'right', value: (e) => formatNumber(e.mentions) },
      { header: 'Sources', width: 44, align: 'right', value: (e) => formatNumber(e.sources) },
      { header: 'Mentioned by', flex: 2, value: (e) => labelList(e.source_labels, 16, e.sources), maxLines: 2, color: () => COLOR.muted },
    ],
  });

  layout.heading('Who appears together');
  layout.paragraph({ text: 'Pairs of entities involved in the same claims (claim_entities: speaker, subject, object, location or antecedent), most shared claims first.', size: SIZE.small, color: COLOR.muted });
  drawTable<EntityPair>(layout, {
    rows: data.entityPairs,
    empty: 'No two entities share a claim.',
    columns: [
      { header: 'Entity', flex: 1, value: (p) => `${p.a_name} (${p.a_type})`, maxLines: 2 },
      { header: 'Entity', flex: 1, value: (p) => `${p.b_name} (${p.b_type})`, maxLines: 2 },
      { header: 'Shared claims', width: 62, align: 'right', value: (p) => formatNumber(p.claims) },
      { header: 'Sources', width: 48, align: 'right', value: (p) => formatNumber(p.sources) },
    ],
  });
}
