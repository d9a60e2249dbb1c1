-- Generated from packages/tables/src/tables.ts by `npm run gen`; do not edit.

-- primary key: source_id
CREATE TABLE "sources" (
  "source_id" VARCHAR NOT NULL,
  "file" VARCHAR NOT NULL,
  "external_id" VARCHAR,
  "title" VARCHAR,
  "publisher" VARCHAR,
  "author" VARCHAR,
  "published_at" DATE,
  "url" VARCHAR,
  "language" VARCHAR,
  "encoding" VARCHAR NOT NULL,
  "sha256" VARCHAR NOT NULL,
  "char_count" INTEGER NOT NULL,
  "word_count" INTEGER NOT NULL,
  "duplicate_of" VARCHAR
);

-- primary key: source_id
CREATE TABLE "documents" (
  "source_id" VARCHAR NOT NULL,
  "text" VARCHAR NOT NULL
);

-- primary key: sentence_id
CREATE TABLE "sentences" (
  "sentence_id" VARCHAR NOT NULL,
  "source_id" VARCHAR NOT NULL,
  "paragraph" INTEGER NOT NULL,
  "position" INTEGER NOT NULL,
  "start" INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  "text" VARCHAR NOT NULL,
  "kind" VARCHAR NOT NULL,
  "duplicate_of" VARCHAR
);

CREATE TABLE "rejects" (
  "file" VARCHAR NOT NULL,
  "line" INTEGER,
  "reason" VARCHAR NOT NULL
);

-- primary key: entity_id
CREATE TABLE "entities" (
  "entity_id" VARCHAR NOT NULL,
  "name" VARCHAR NOT NULL,
  "type" VARCHAR NOT NULL,
  "aliases" VARCHAR[] NOT NULL,
  "wikidata_id" VARCHAR,
  "latitude" DOUBLE,
  "longitude" DOUBLE,
  "country" VARCHAR,
  "mention_count" INTEGER NOT NULL,
  "source_count" INTEGER NOT NULL
);

-- primary key: mention_id
CREATE TABLE "mentions" (
  "mention_id" VARCHAR NOT NULL,
  "entity_id" VARCHAR NOT NULL,
  "source_id" VARCHAR NOT NULL,
  "sentence_id" VARCHAR NOT NULL,
  "start" INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  "text" VARCHAR NOT NULL
);

-- primary key: claim_id
CREATE TABLE "claims" (
  "claim_id" VARCHAR NOT NULL,
  "source_id" VARCHAR NOT NULL,
  "sentence_id" VARCHAR NOT NULL,
  "start" INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  "text" VARCHAR NOT NULL,
  "claim_type" VARCHAR NOT NULL,
  "checkworthiness" DOUBLE NOT NULL,
  "polarity" VARCHAR NOT NULL,
  "modality" VARCHAR NOT NULL,
  "attributed_to" VARCHAR,
  "attribution_cue" VARCHAR,
  "time_text" VARCHAR,
  "time_start" DATE,
  "time_end" DATE,
  "cluster_id" VARCHAR,
  "parent_claim_id" VARCHAR
);

-- primary key: claim_id, entity_id, role
CREATE TABLE "claim_entities" (
  "claim_id" VARCHAR NOT NULL,
  "entity_id" VARCHAR NOT NULL,
  "role" VARCHAR NOT NULL
);

-- primary key: quantity_id
CREATE TABLE "quantities" (
  "quantity_id" VARCHAR NOT NULL,
  "claim_id" VARCHAR NOT NULL,
  "source_id" VARCHAR NOT NULL,
  "start" INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  "text" VARCHAR NOT NULL,
  "value" DOUBLE NOT NULL,
  "unit" VARCHAR,
  "counted" VARCHAR,
  "qualifier" VARCHAR
);

-- primary key: cluster_id
CREATE TABLE "clusters" (
  "cluster_id" VARCHAR NOT NULL,
  "label" VARCHAR NOT NULL,
  "claim_count" INTEGER NOT NULL,
  "source_count" INTEGER NOT NULL,
  "independent_source_count" INTEGER NOT NULL,
  "status" VARCHAR NOT NULL,
  "credibility" INTEGER NOT NULL,
  "detail" VARCHAR NOT NULL
);

-- primary key: claim_id, other_claim_id, relation
CREATE TABLE "claim_relations" (
  "claim_id" VARCHAR NOT NULL,
  "other_claim_id" VARCHAR NOT NULL,
  "relation" VARCHAR NOT NULL,
  "score" DOUBLE NOT NULL,
  "detail" VARCHAR NOT NULL
);

-- primary key: run_id
CREATE TABLE "runs" (
  "run_id" VARCHAR NOT NULL,
  "started_at" TIMESTAMP NOT NULL,
  "finished_at" TIMESTAMP NOT NULL,
  "status" VARCHAR NOT NULL,
  "files_new" INTEGER NOT NULL,
  "files_changed" INTEGER NOT NULL,
  "files_removed" INTEGER NOT NULL,
  "files_rejected" INTEGER NOT NULL,
  "files_processed" INTEGER NOT NULL,
  "row_counts" VARCHAR NOT NULL,
  "inputs_digest" VARCHAR NOT NULL,
  "message" VARCHAR
);

-- primary key: run_id, change, item_id
CREATE TABLE "changes" (
  "run_id" VARCHAR NOT NULL,
  "change" VARCHAR NOT NULL,
  "item_id" VARCHAR NOT NULL,
  "detail" VARCHAR NOT NULL
);

-- internal to the warehouse, not published

-- primary key: file
CREATE TABLE "ingest_cache" (
  "file" VARCHAR NOT NULL,
  "sha256" VARCHAR NOT NULL,
  "payload" VARCHAR NOT NULL
);

-- primary key: claim_id
CREATE TABLE "claim_clusters" (
  "claim_id" VARCHAR NOT NULL,
  "cluster_id" VARCHAR NOT NULL,
  "is_label" BOOLEAN NOT NULL
);
