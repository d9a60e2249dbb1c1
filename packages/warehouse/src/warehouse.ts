import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { DuckDBInstance, LIST, VARCHAR, dateValue, listValue, timestampValue, type DuckDBAppender, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { columnNames, createTableSql, quoteIdent, type ColumnKind, type RowOf, type TableDef } from '@corroborate/tables';

export type Params = DuckDBValue[] | Record<string, DuckDBValue>;

/** A DuckDB database file holding every table of the pipeline. */
export class Warehouse {
  private constructor(
    private readonly instance: DuckDBInstance,
    readonly connection: DuckDBConnection,
    readonly path: string,
  ) {}

  static async open(path: string, { readOnly = false } = {}): Promise<Warehouse> {
    if (path !== ':memory:' && !readOnly) mkdirSync(dirname(path), { recursive: true });
    let instance: DuckDBInstance;
    try {
      instance = await DuckDBInstance.create(path, { ...(readOnly ? { access_mode: 'READ_ONLY' } : {}), ...duckdbMemory() });
    } catch (cause) {
      const limit = process.env.CORROBORATE_DUCKDB_MEMORY;
      throw new Error(`cannot open warehouse ${path}: ${(cause as Error).message}${limit ? ` (CORROBORATE_DUCKDB_MEMORY=${limit})` : ''}`, { cause });
    }
    return new Warehouse(instance, await instance.connect(), path);
  }

  close(): void {
    this.connection.closeSync();
    this.instance.closeSync();
  }

  async run(sql: string, params?: Params): Promise<void> {
    await this.connection.run(sql, params);
  }

  /** Rows as plain JSON-like objects (INTEGER → number, DATE → 'YYYY-MM-DD', lists → arrays). */
  async query<T = Record<string, unknown>>(sql: string, params?: Params): Promise<T[]> {
    const reader = await this.connection.runAndReadAll(sql, params);
    return reader.getRowObjectsJson() as T[];
  }

  /**
   * A query's rows a chunk at a time (DuckDB's vectors, 2,048 rows), never held whole in
   * JavaScript. The result is first written to a Parquet file beside the warehouse (a sort
   * spills to disk on the way) and read back by an in-memory DuckDB of its own: read straight
   * from the warehouse, DuckDB held a sorted result in memory for as long as it was read, and
   * the claims pass reads two (sentences and mentions) for its whole length. The caller can go
   * on writing through this connection meanwhile.
   */
  async *stream<T = Record<string, unknown>>(sql: string, params?: Params): AsyncGenerator<T[]> {
    const dir = mkdtempSync(join(this.path === ':memory:' ? tmpdir() : dirname(this.path), '.stream-'));
    const file = join(dir, 'rows.parquet');
    try {
      const [fileParam, bound] = Array.isArray(params) ? [`$${params.length + 1}`, [...params, file]] : ['$stream_file', { ...params, stream_file: file }];
      await this.connection.run(`COPY (${sql}) TO ${fileParam} (FORMAT parquet)`, bound);
      const reader = await DuckDBInstance.create(':memory:', duckdbMemory());
      const connection = await reader.connect();
      try {
        const result = await connection.stream('SELECT * FROM read_parquet($1)', [file]);
        for await (const rows of result.yieldRowObjectJson()) if (rows.length) yield rows as T[];
      } finally {
        connection.closeSync();
        reader.closeSync();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  async hasTable(name: string): Promise<boolean> {
    const rows = await this.query('SELECT 1 FROM duckdb_tables() WHERE table_name = $1', [name]);
    return rows.length > 0;
  }

  /**
   * A warehouse written under another schema (an older version of corroborate) is emptied of
   * the declared tables, so the next run rebuilds them instead of failing on a missing column.
   * Returns whether it was reset.
   */
  async resetIfSchemaChanged(schemaSql: string, tables: readonly TableDef[]): Promise<boolean> {
    if (await this.hasSchema(schemaSql)) return false;
    const hadTables = (await this.query('SELECT 1 FROM duckdb_tables() LIMIT 1')).length > 0;
    for (const t of tables) await this.run(`DROP TABLE IF EXISTS ${quoteIdent(t.name)}`);
    await this.run('CREATE OR REPLACE TABLE _schema (fingerprint VARCHAR NOT NULL)');
    await this.run('INSERT INTO _schema VALUES ($1)', [fingerprint(schemaSql)]);
    return hadTables;
  }

  /** Was this warehouse written under exactly this schema? */
  async hasSchema(schemaSql: string): Promise<boolean> {
    if (!(await this.hasTable('_schema'))) return false;
    const [row] = await this.query<{ fingerprint: string }>('SELECT fingerprint FROM _schema');
    return row?.fingerprint === fingerprint(schemaSql);
  }

  /** Every row of a declared table, in its declared order. */
  async readTable<T extends TableDef>(table: T): Promise<RowOf<T>[]> {
    const cols = columnNames(table).map(quoteIdent).join(', ');
    const order = table.orderBy.map(quoteIdent).join(', ');
    return this.query<RowOf<T>>(`SELECT ${cols} FROM ${quoteIdent(table.name)} ORDER BY ${order}`);
  }

  /** Runs `write` in one transaction: all of its changes land, or none does. */
  private async transaction<R>(write: () => Promise<R>): Promise<R> {
    await this.connection.run('BEGIN TRANSACTION');
    try {
      const result = await write();
      await this.connection.run('COMMIT');
      return result;
    } catch (error) {
      await this.connection.run('ROLLBACK');
      throw error;
    }
  }

  /**
   * Replace the whole content of a declared table, atomically: readers see either the old
   * rows or the new ones. Rows are bulk-loaded with DuckDB's Appender.
   */
  async replaceTable<T extends TableDef>(table: T, rows: Iterable<RowOf<T>>): Promise<number> {
    return this.transaction(async () => {
      const writer = await this.createWriter(table, table.name);
      writer.append(rows);
      return writer.close();
    });
  }

  /**
   * Replace the whole content of a declared table with the rows of a query (its columns
   * matched by name), atomically: for tables computed from other tables, without the rows
   * ever leaving DuckDB. Returns the number of rows.
   */
  async replaceTableFromQuery<T extends TableDef>(table: T, select: string, params?: Params): Promise<number> {
    return this.transaction(async () => {
      const name = quoteIdent(table.name);
      try {
        await this.createTable(table, table.name);
        await this.connection.run(`INSERT INTO ${name} BY NAME SELECT * FROM (\n${select}\n)`, params);
      } catch (error) {
        throw writeError(table, error);
      }
      const [row] = await this.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM ${name}`);
      return row!.n;
    });
  }

  /**
   * Starts writing a declared table aside (as `<name>__new`), for rows that come in batches.
   * Each batch is appended and committed as it comes, so neither this process nor DuckDB's
   * transaction holds the whole table; swapIn() then puts the tables in place together.
   */
  async writeAside<T extends TableDef>(table: T): Promise<TableWriter<T>> {
    return this.createWriter(table, `${table.name}__new`);
  }

  /**
   * Replaces each table by the one its writer wrote aside, all in one transaction: readers
   * see the old tables or the new ones.
   */
  async swapIn(writers: TableWriter<TableDef>[]): Promise<void> {
    await this.transaction(async () => {
      for (const w of writers) {
        w.close();
        await this.run(`DROP TABLE IF EXISTS ${quoteIdent(w.table.name)}`);
        await this.run(`ALTER TABLE ${quoteIdent(w.name)} RENAME TO ${quoteIdent(w.table.name)}`);
      }
    });
  }

  /**
   * Rewrites a table written aside from a query (over it and other tables), its columns
   * matched by name: for a change to every row, which DuckDB keeps in memory as an UPDATE
   * until it checkpoints, but spills to disk as an INSERT.
   */
  async rebuildAside<T extends TableDef>(writer: TableWriter<T>, select: string): Promise<void> {
    writer.close();
    const rebuilt = `${writer.name}__rebuilt`;
    try {
      await this.createTable(writer.table, rebuilt);
      await this.connection.run(`INSERT INTO ${quoteIdent(rebuilt)} BY NAME SELECT * FROM (\n${select}\n)`);
      await this.transaction(async () => {
        await this.run(`DROP TABLE ${quoteIdent(writer.name)}`);
        await this.run(`ALTER TABLE ${quoteIdent(rebuilt)} RENAME TO ${quoteIdent(writer.name)}`);
      });
    } catch (error) {
      throw writeError(writer.table, error);
    }
  }

  private async createWriter<T extends TableDef>(table: T, name: string): Promise<TableWriter<T>> {
    try {
      await this.createTable(table, name);
      return new TableWriter(table, name, await this.connection.createAppender(name));
    } catch (error) {
      throw writeError(table, error);
    }
  }

  /** A declared table created empty under `name`, replacing any table of that name. */
  private async createTable(table: TableDef, name: string): Promise<void> {
    await this.connection.run(`DROP TABLE IF EXISTS ${quoteIdent(name)}`);
    await this.connection.run(createTableSql(table, name));
  }
}

/** A list of strings bound as one query parameter (`$1::VARCHAR[]`). */
export function textList(values: string[]): DuckDBValue {
  return listValue(values);
}

/** A failure to write a table, naming it, with its cause. */
function writeError(table: TableDef, error: unknown): Error {
  return new Error(`cannot write table ${table.name}: ${(error as Error).message}`, { cause: error });
}

/** Appends rows to a table that Warehouse created for them; close() once every batch is in. */
export class TableWriter<T extends TableDef> {
  private count = 0;
  private closed = false;
  private readonly columns: AppendedColumn[];

  constructor(
    readonly table: T,
    /** The DuckDB table written: the table's own name, or the name it is written aside under. */
    readonly name: string,
    private readonly appender: DuckDBAppender,
  ) {
    this.columns = Object.entries(table.columns).map(([column, c]) => ({ name: column, kind: c.kind, nullable: c.nullable }));
  }

  append(rows: Iterable<RowOf<T>>): void {
    try {
      this.count = appendRows(this.appender, this.columns, rows, this.count);
    } catch (error) {
      throw writeError(this.table, error);
    }
  }

  /** Flushes the last rows; returns how many were written. */
  close(): number {
    if (!this.closed) this.appender.closeSync();
    this.closed = true;
    return this.count;
  }
}

/**
 * DuckDB's memory limit from CORROBORATE_DUCKDB_MEMORY ("2GB"), for machines shared with other
 * work; DuckDB's own default (80 % of RAM) otherwise. Sorts and joins spill to disk beyond it.
 */
function duckdbMemory(): { memory_limit?: string } {
  const limit = process.env.CORROBORATE_DUCKDB_MEMORY;
  return limit ? { memory_limit: limit } : {};
}

function fingerprint(schemaSql: string): string {
  return createHash('sha256').update(schemaSql).digest('hex');
}

const VARCHAR_LIST = LIST(VARCHAR);
const EPOCH_DAY_MS = 86_400_000;

interface AppendedColumn {
  name: string;
  kind: ColumnKind;
  nullable: boolean;
}

/** Appends rows after the `count` already written; returns the new count. */
function appendRows(appender: DuckDBAppender, columns: AppendedColumn[], rows: Iterable<object>, count: number): number {
  for (const row of rows) {
    const record = row as Record<string, unknown>;
    for (const { name, kind, nullable } of columns) {
      const value = record[name];
      if (value === null || value === undefined) {
        if (!nullable) throw new Error(`row ${count + 1}: ${name} is required`);
        appender.appendNull();
      } else {
        appendValue(appender, kind, value);
      }
    }
    appender.endRow();
    count++;
  }
  return count;
}

function appendValue(appender: DuckDBAppender, kind: ColumnKind, value: unknown): void {
  switch (kind) {
    case 'text':
      return appender.appendVarchar(value as string);
    case 'int':
      return appender.appendInteger(value as number);
    case 'double':
      return appender.appendDouble(value as number);
    case 'bool':
      return appender.appendBoolean(value as boolean);
    case 'date':
      return appender.appendDate(dateValue(Math.round(Date.parse(`${value as string}T00:00:00Z`) / EPOCH_DAY_MS)));
    case 'timestamp':
      return appender.appendTimestamp(timestampValue(BigInt(Date.parse(value as string)) * 1000n));
    case 'text_list':
      return appender.appendList(value as string[], VARCHAR_LIST);
  }
}
