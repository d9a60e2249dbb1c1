// One declaration per table: its columns (type, description, nullability), keys and
// description. Row types, the DuckDB schema, the CSV/Parquet column order and the data
// dictionary are all derived from these declarations so they cannot drift apart.

export type ColumnKind = 'text' | 'int' | 'double' | 'bool' | 'date' | 'timestamp' | 'text_list';

export interface Column<K extends ColumnKind = ColumnKind, N extends boolean = boolean> {
  readonly kind: K;
  readonly nullable: N;
  readonly description: string;
}

type JsValue<K extends ColumnKind> = K extends 'text' | 'date' | 'timestamp'
  ? string
  : K extends 'int' | 'double'
    ? number
    : K extends 'bool'
      ? boolean
      : string[];

// Columns are NOT NULL unless declared with { nullable: true }.
function column<K extends ColumnKind>(kind: K) {
  function make(description: string): Column<K, false>;
  function make(description: string, options: { nullable: true }): Column<K, true>;
  function make(description: string, options?: { nullable: boolean }): Column<K, boolean> {
    return { kind, nullable: options?.nullable ?? false, description };
  }
  return make;
}

/** Free text (VARCHAR). */
export const text = column('text');
/** A whole number (INTEGER); offsets count UTF-16 code units. */
export const int = column('int');
/** A real number (DOUBLE). */
export const double = column('double');
/** true / false (BOOLEAN). */
export const bool = column('bool');
/** A calendar date, written as YYYY-MM-DD (DATE). */
export const date = column('date');
/** A moment in UTC, written as an ISO 8601 string (TIMESTAMP). */
export const timestamp = column('timestamp');
/** A list of strings (VARCHAR[] in DuckDB and Parquet, a JSON array in CSV). */
export const textList = column('text_list');

export interface ForeignKey {
  readonly columns: readonly string[];
  readonly references: { readonly table: string; readonly columns: readonly string[] };
}

export interface TableDef<C extends Record<string, Column> = Record<string, Column>> {
  readonly name: string;
  readonly description: string;
  readonly columns: C;
  // Plain strings here (defineTable checks them against the columns) keep TableDef
  // covariant in C, so any declared table fits where a TableDef is expected.
  readonly primaryKey: readonly string[];
  readonly foreignKeys: readonly ForeignKey[];
  /** Rows are sorted by these columns wherever the table is written, for byte-identical output. */
  readonly orderBy: readonly string[];
}

export function defineTable<C extends Record<string, Column>>(def: {
  name: string;
  description: string;
  columns: C;
  primaryKey?: (keyof C & string)[];
  foreignKeys?: ForeignKey[];
  orderBy?: (keyof C & string)[];
}): TableDef<C> {
  const primaryKey = def.primaryKey ?? [];
  const orderBy = def.orderBy ?? primaryKey;
  if (orderBy.length === 0) throw new Error(`table ${def.name}: needs a primaryKey or an orderBy for deterministic output`);
  return { ...def, primaryKey, foreignKeys: def.foreignKeys ?? [], orderBy };
}

/** The TypeScript row type of a declared table. */
export type RowOf<T extends TableDef> = {
  [K in keyof T['columns']]: T['columns'][K] extends Column<infer Kind, infer N>
    ? N extends true
      ? JsValue<Kind> | null
      : JsValue<Kind>
    : never;
};

export function columnNames(table: TableDef): string[] {
  return Object.keys(table.columns);
}
