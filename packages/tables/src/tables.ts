import { bool, defineTable, double, int, text, textList, date, timestamp, type RowOf } from './define';

const OFFSETS =
  'Offsets count UTF-16 code units into documents.text (JavaScript string indices), start inclusive, end exclusive.';

export const sources = defineTable({
  name: 'sources',
  description:
    'One row per ingested article: a .txt/.md/.html file, or one row of a .csv/.jsonl file. Metadata comes from the manifest (sources.csv), the row itself, or the document.',
  primaryKey: ['source_id'],
  foreignKeys: [{ columns: ['duplicate_of'], references: { table: 'sources', columns: ['source_id'] } }],
  columns: {
    source_id: text(
      'Stable ID: the first 16 hex digits of SHA-256 over the file path relative to the input folder and, for rows of a .csv/.jsonl file, the row id (or the row text when there is no id).',
    ),
    file: text('Path of the input file relative to the input folder, with / separators.'),
    external_id: text('The id column of a .csv/.jsonl row; empty for single-article files.', { nullable: true }),
    title: text('Title from the manifest, the row, the HTML <title>, or a leading heading line.', { nullable: true }),
    publisher: text('Publisher from the manifest or the row.', { nullable: true }),
    author: text('Author from the manifest, the row or the HTML byline.', { nullable: true }),
    published_at: date('Publication date from the manifest, the row or the HTML metadata.', { nullable: true }),
    url: text('URL from the manifest, the row or the HTML canonical link.', { nullable: true }),
    language: text('ISO 639-1 language code, from the manifest or the row, otherwise detected from the text.', {
      nullable: true,
    }),
    encoding: text('Character encoding the input was decoded from (utf-8, utf-16le, windows-1252, …).'),
    sha256: text('SHA-256 of the input bytes (of the row text for .csv/.jsonl rows).'),
    char_count: int('Length of the stored normalised text in UTF-16 code units.'),
    word_count: int('Number of word tokens (tokens containing a letter or digit) in the stored text.'),
    duplicate_of: text(
      'source_id of the earlier copy when this article is a near-duplicate of another (same article under two names, syndicated copy); empty otherwise.',
      { nullable: true },
    ),
  },
});

export const documents = defineTable({
  name: 'documents',
  description:
    'The stored normalised text of each source (Unicode NFC, \\n newlines, single spaces, paragraphs separated by a blank line). Every offset in the dataset indexes into this text.',
  primaryKey: ['source_id'],
  foreignKeys: [{ columns: ['source_id'], references: { table: 'sources', columns: ['source_id'] } }],
  columns: {
    source_id: text('The source this text belongs to.'),
    text: text('The normalised article text.'),
  },
});

export const sentences = defineTable({
  name: 'sentences',
  description: `Paragraph-aware sentence segmentation of each document. ${OFFSETS}`,
  primaryKey: ['sentence_id'],
  orderBy: ['source_id', 'position'],
  foreignKeys: [
    { columns: ['source_id'], references: { table: 'sources', columns: ['source_id'] } },
    { columns: ['duplicate_of'], references: { table: 'sentences', columns: ['sentence_id'] } },
  ],
  columns: {
    sentence_id: text(
      'Stable ID: 16 hex digits of SHA-256 over source_id, the sentence text and its occurrence number among identical sentences of the document.',
    ),
    source_id: text('The source the sentence belongs to.'),
    paragraph: int('0-based index of the paragraph within the document.'),
    position: int('0-based index of the sentence within the document.'),
    start: int('Start offset in documents.text (inclusive).'),
    end: int('End offset in documents.text (exclusive).'),
    text: text('The sentence: documents.text sliced from start to end.'),
    kind: text(
      'heading (a title-like line without final punctuation), boilerplate (site furniture such as "Latest Post" or lines repeated across many sources) or body.',
    ),
    duplicate_of: text(
      'sentence_id of the first occurrence when this sentence repeats an earlier one in the same document (a pasted-twice article, a repeated paragraph). Later stages skip such rows.',
      { nullable: true },
    ),
  },
});

export const rejects = defineTable({
  name: 'rejects',
  description:
    'Inputs that could not be ingested, one line per problem; the rest of the run goes on without them.',
  orderBy: ['file', 'line', 'reason'],
  columns: {
    file: text('Path relative to the input folder of the file concerned (the manifest for manifest rows).'),
    line: int('1-based line or row number inside the file, when the problem concerns one row.', { nullable: true }),
    reason: text('What is wrong, in one line.'),
  },
});

export const entities = defineTable({
  name: 'entities',
  description:
    'Canonical entities: every spelling, acronym and short reference of one actor, place or group resolved to one row.',
  primaryKey: ['entity_id'],
  columns: {
    entity_id: text('Stable ID: 16 hex digits of SHA-256 over the type and the matching key of the canonical name.'),
    name: text('Canonical name: the gazetteer name, else the most frequent full spelling found.'),
    type: text('PERSON, ORG, PLACE, NORP (nationality, ethnic or religious group) or EVENT (named event or agreement).'),
    aliases: textList('Every distinct surface form found in the corpus (and the gazetteer aliases), sorted.'),
    wikidata_id: text('Wikidata QID from the gazetteer, where known for certain.', { nullable: true }),
    latitude: double('Latitude (WGS84) of a place, from the gazetteer or GeoNames-derived data; empty when ambiguous.', {
      nullable: true,
    }),
    longitude: double('Longitude (WGS84) of a place; empty when ambiguous.', { nullable: true }),
    country: text('ISO 3166-1 alpha-2 code of the country a place lies in (the country itself for a country).', {
      nullable: true,
    }),
    mention_count: int('Number of rows in mentions for this entity.'),
    source_count: int('Number of distinct sources mentioning this entity.'),
  },
});

export const mentions = defineTable({
  name: 'mentions',
  description: `Each place a text names an entity, in body sentences (headings, boilerplate and repeated blocks are skipped). ${OFFSETS}`,
  primaryKey: ['mention_id'],
  orderBy: ['source_id', 'start', 'end'],
  foreignKeys: [
    { columns: ['entity_id'], references: { table: 'entities', columns: ['entity_id'] } },
    { columns: ['source_id'], references: { table: 'sources', columns: ['source_id'] } },
    { columns: ['sentence_id'], references: { table: 'sentences', columns: ['sentence_id'] } },
  ],
  columns: {
    mention_id: text('Stable ID: 16 hex digits of SHA-256 over sentence_id, the offset within the sentence and the text.'),
    entity_id: text('The entity mentioned.'),
    source_id: text('The source of the sentence.'),
    sentence_id: text('The sentence holding the mention.'),
    start: int('Start offset in documents.text (inclusive).'),
    end: int('End offset in documents.text (exclusive).'),
    text: text('The mention as written: documents.text sliced from start to end.'),
  },
});

export const claims = defineTable({
  name: 'claims',
  description: `What each source asserts, one row per clause-level claim of a body sentence (headings, boilerplate, repeated blocks and rhetorical questions give none). A claim is what the source says, not a fact. ${OFFSETS}`,
  primaryKey: ['claim_id'],
  orderBy: ['source_id', 'start', 'end'],
  foreignKeys: [
    { columns: ['source_id'], references: { table: 'sources', columns: ['source_id'] } },
    { columns: ['sentence_id'], references: { table: 'sentences', columns: ['sentence_id'] } },
  ],
  columns: {
    claim_id: text('Stable ID: 16 hex digits of SHA-256 over sentence_id, the offset within the sentence and the claim text.'),
    source_id: text('The source asserting the claim.'),
    sentence_id: text('The sentence the claim comes from.'),
    start: int('Start offset in documents.text (inclusive).'),
    end: int('End offset in documents.text (exclusive).'),
    text: text('The claim as written: documents.text sliced from start to end.'),
    claim_type: text(
      'One primary type: attribution (reported speech: a speech verb introduces it), normative (must/should/needs to, non-negotiable, essential), prediction (will/would/risks, could/may + verb), quantitative (has a number), event (a past-tense verb of something happening: attack, kill, meet, form…), otherwise characterization. Checked in that order.',
    ),
    checkworthiness: double(
      'How much the claim states a checkable fact, 0–1; ≥ 0.5 is check-worthy. 0.2 + 0.3 if it has a number + 0.15 if a time expression + 0.08 per named entity (up to 3) + 0.15 for a past-tense event verb + 0.05 if attributed − 0.25 if normative − 0.15 if a prediction − 0.05 if hedged − 0.05 per evaluative word (up to 3), clipped to [0, 1]. Weights set by hand, not fitted to a labelled set.',
    ),
    polarity: text('negated when the clause is negated (not, never, no, cannot; "not only" aside) or is a denial (denies, rejected …); else affirmed.'),
    modality: text('reported (attributed to someone other than the author), hedged (may, might, could, reportedly, allegedly, believed, appears, seems …) or asserted.'),
    attributed_to: text('entity_id of the speaker when the speaker phrase names a known entity, else the speaker phrase as written ("a regional security expert"); empty for the author\'s own voice.', { nullable: true }),
    attribution_cue: text('The words that attribute the claim: said, warned, noted, maintains, according to, claimed, accused …', { nullable: true }),
    time_text: text('The first time expression of the claim as written ("August 2021", "20 November").', { nullable: true }),
    time_start: date('Start of the time expression, when it can be resolved (a date without a year only when the source has a publication date, resolved backwards from it).', { nullable: true }),
    time_end: date('End (inclusive) of the time expression, when it can be resolved.', { nullable: true }),
    cluster_id: text('The cluster of claims asserting the same proposition across sources.', { nullable: true }),
    parent_claim_id: text(
      'For a proposition embedded in a longer claim (", which seized power in 2021,", "Since reclaiming power in August 2021,"): the claim it sits in. Its span lies inside the parent\'s.',
      { nullable: true },
    ),
  },
});

export const claimEntities = defineTable({
  name: 'claim_entities',
  description: 'Entities a claim involves and their role in it.',
  primaryKey: ['claim_id', 'entity_id', 'role'],
  foreignKeys: [
    { columns: ['claim_id'], references: { table: 'claims', columns: ['claim_id'] } },
    { columns: ['entity_id'], references: { table: 'entities', columns: ['entity_id'] } },
  ],
  columns: {
    claim_id: text('The claim.'),
    entity_id: text('The entity.'),
    role: text(
      'speaker (says the claim), location (a place after in/at/from/across …), subject (named before the main verb), object (after it) or antecedent (not named: the claim opens on a pronoun, "Instead, its territory…", and this is the subject of the sentence before; "it" and "he"/"she" only when that subject is one entity of the right kind).',
    ),
  },
});

export const quantities = defineTable({
  name: 'quantities',
  description: `Every number in a claim (years and dates aside), normalised. ${OFFSETS}`,
  primaryKey: ['quantity_id'],
  orderBy: ['source_id', 'start', 'end'],
  foreignKeys: [
    { columns: ['claim_id'], references: { table: 'claims', columns: ['claim_id'] } },
    { columns: ['source_id'], references: { table: 'sources', columns: ['source_id'] } },
  ],
  columns: {
    quantity_id: text('Stable ID: 16 hex digits of SHA-256 over claim_id, the offset and the text.'),
    claim_id: text('The claim holding the number.'),
    source_id: text('The source.'),
    start: int('Start offset in documents.text (inclusive).'),
    end: int('End offset in documents.text (exclusive).'),
    text: text('The number as written ("over 150", "1,229‑kilometre", "three").'),
    value: double('The value: "1,873" → 1873, "three" → 3, "2.3 million" → 2300000; the lower bound of a range.'),
    unit: text('Normalised unit: km, mile, percent, USD, …; empty when a plain count.', { nullable: true }),
    counted: text('What is counted, as written: "militants", "violent incidents", "border".', { nullable: true }),
    qualifier: text('over, more than, at least, nearly, about, up to, range, millions (vague plurals) …; empty when exact.', { nullable: true }),
  },
});

export const clusters = defineTable({
  name: 'clusters',
  description:
    'Claims from different sources that assert the same proposition, grouped. Every claim belongs to exactly one cluster (a claim no other source carries is a cluster of its own). Groups of claims joined by a "same" relation merge by average linkage: the two whose claims are most similar on average (pairs not compared or scoring under 0.3 count as 0) merge first, while that average is at least 0.1 and no claim of one contradicts or is incompatible with a claim of the other; a "same" link left between two clusters becomes "related", and its detail says why (not_merged).',
  primaryKey: ['cluster_id'],
  columns: {
    cluster_id: text('Stable ID: 16 hex digits of SHA-256 over the sorted claim IDs of the cluster.'),
    label: text('A representative claim text: the most central claim of the cluster (highest summed similarity to the others), then the most check-worthy, then the earliest source.'),
    claim_count: int('Number of claims in the cluster (rows of claims with this cluster_id).'),
    source_count: int('Number of distinct sources carrying the claim.'),
    independent_source_count: int(
      'Distinct sources once copies are counted once: sources marked as near-duplicates of each other, or sharing long passages, count as one.',
    ),
    status: text('contested (a contradiction touches a claim of the cluster), corroborated (≥ 2 independent sources), else single_source.'),
    credibility: int(
      'NATO Admiralty information grade, applied in this order: 6 cannot be judged when every claim is an opinion (normative or prediction); if contested, 5 improbable when more independent sources contradict it than carry it, else 4 doubtful; otherwise 1 confirmed with ≥ 3 independent sources, 2 probably true with 2, and for one source 4 doubtful when every claim is hedged, 3 possibly true when a claim is check-worthy (≥ 0.5) or attributed to a named speaker, else 6.',
    ),

    detail: text('Why the cluster holds together and how it was graded, as JSON: sources, copies counted once, figures reported, the most conservative figure when they conflict.'),
  },
});

export const claimRelations = defineTable({
  name: 'claim_relations',
  description:
    'Links between claims of different sources: same (one proposition, same cluster), contradicts (same measure or event with incompatible numbers, or an assertion against a denial), related (same actors and topic, different proposition). Each pair is listed once, claim_id < other_claim_id.',
  primaryKey: ['claim_id', 'other_claim_id', 'relation'],
  foreignKeys: [
    { columns: ['claim_id'], references: { table: 'claims', columns: ['claim_id'] } },
    { columns: ['other_claim_id'], references: { table: 'claims', columns: ['claim_id'] } },
  ],
  columns: {
    claim_id: text('One claim of the pair (the smaller ID).'),
    other_claim_id: text('The other claim.'),
    relation: text(
      'same, contradicts or related. same: score ≥ 0.42 when the two claims share an entity or overlapping dates (≥ 0.75 when they share neither, and then with a matched pair of words that are not among the 1,000 most frequent English words), with at least two words or entities in common, and no incompatible place, date or figure; related: score ≥ 0.3 with a shared entity.',
    ),
    score: double('Similarity of the two claims, 0–1 (weighted terms, synonyms, shared entities, verbs).'),
    detail: text('Why, as JSON: score parts, shared entities, matched terms and synonyms, the numbers or polarity compared.'),
  },
});

export const runs = defineTable({
  name: 'runs',
  description: 'One row per pipeline run on this output folder, oldest first: what it found changed and how many rows each table has after it.',
  primaryKey: ['run_id'],
  columns: {
    run_id: text('When the run started (UTC, ISO 8601), which also orders runs.'),
    started_at: timestamp('When the run started (UTC).'),
    finished_at: timestamp('When the run finished (UTC).'),
    status: text('succeeded (published), unchanged (nothing to do: the inputs were those of the last release) or failed (nothing published).'),
    files_new: int('Input files not seen in the previous run.'),
    files_changed: int('Input files whose content (SHA-256) changed.'),
    files_removed: int('Input files of the previous run that are gone.'),
    files_rejected: int('Rows of the rejects table: inputs that could not be ingested.'),
    files_processed: int('Input files read and analysed in this run (new and changed ones; the others were reused).'),
    row_counts: text('Rows of each published table after the run, as a JSON object.'),
    inputs_digest: text('SHA-256 over every input file\'s content key, the gazetteer and the options: a run with the same digest as the last release has nothing to do.'),
    message: text('For a failed run, what went wrong.', { nullable: true }),
  },
});

export const changes = defineTable({
  name: 'changes',
  description: 'What changed in the last run compared with the release before it.',
  primaryKey: ['run_id', 'change', 'item_id'],
  foreignKeys: [{ columns: ['run_id'], references: { table: 'runs', columns: ['run_id'] } }],
  columns: {
    run_id: text('The run.'),
    change: text('new_claim, removed_claim, new_cluster, became_corroborated or became_contested.'),
    item_id: text('The claim_id or cluster_id concerned.'),
    detail: text('The claim text or cluster label.'),
  },
});

/** Internal to the warehouse (not published): each input file's own analysis, for incremental runs. */
export const ingestCache = defineTable({
  name: 'ingest_cache',
  description: 'Per input file: a SHA-256 of its bytes and manifest row, and its articles as analysed on their own (JSON), reused while the file is unchanged.',
  primaryKey: ['file'],
  columns: {
    file: text('Path relative to the input folder.'),
    sha256: text('SHA-256 of the file bytes and its manifest row.'),
    payload: text('The file\'s articles and rejects before corpus-wide steps, as JSON.'),
  },
});

export const claimClusters = defineTable({
  name: 'claim_clusters',
  description:
    'The cluster of each claim and whether it is the cluster\'s label, as cross-referencing finds them: claims.cluster_id and clusters.label are filled from it inside the warehouse, so that transform never holds every claim\'s text.',
  primaryKey: ['claim_id'],
  columns: {
    claim_id: text('The claim.'),
    cluster_id: text('Its cluster.'),
    is_label: bool('The claim whose text labels the cluster.'),
  },
});

export type Source = RowOf<typeof sources>;
export type Document = RowOf<typeof documents>;
export type Sentence = RowOf<typeof sentences>;
export type Reject = RowOf<typeof rejects>;
export type Entity = RowOf<typeof entities>;
export type Mention = RowOf<typeof mentions>;
export type Claim = RowOf<typeof claims>;
export type ClaimEntity = RowOf<typeof claimEntities>;
export type QuantityRow = RowOf<typeof quantities>;
export type Cluster = RowOf<typeof clusters>;
export type ClaimRelation = RowOf<typeof claimRelations>;
export type Run = RowOf<typeof runs>;
export type Change = RowOf<typeof changes>;
export type ClaimCluster = RowOf<typeof claimClusters>;

export type SentenceKind = 'heading' | 'body' | 'boilerplate';

/** Every published table, in dependency order. */
export const TABLES = [
  sources,
  documents,
  sentences,
  rejects,
  entities,
  mentions,
  claims,
  claimEntities,
  quantities,
  clusters,
  claimRelations,
  runs,
  changes,
] as const;

/** Tables the warehouse keeps for itself; not published. */
export const INTERNAL_TABLES = [ingestCache, claimClusters] as const;
