import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DuckDBInstance, LIST, VARCHAR, dateValue, timestampValue, type DuckDBAppender, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
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
      instance = await DuckDBInstance.create(path, readOnly ? { access_mode: 'READ_ONLY' } : {});
    } catch (cause) {
      throw new Error(`cannot open warehouse ${path}: ${(cause as Error).message}`, { cause });
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

  /**
   * Replace the whole content of a declared table, atomically: readers see either the old
   * rows or the new ones. Rows are bulk-loaded with DuckDB's Appender.
   */
  async replaceTable<T extends TableDef>(table: T, rows: Iterable<RowOf<T>>): Promise<number> {
    const conn = this.connection;
    await conn.run('BEGIN TRANSACTION');
    try {
      await conn.run(`DROP TABLE IF EXISTS ${quoteIdent(table.name)}`);
      await conn.run(createTableSql(table));
      const appender = await conn.createAppender(table.name);
      const count = appendRows(appender, table, rows);
      appender.closeSync();
      await conn.run('COMMIT');
      return count;
    } catch (error) {
      await conn.run('ROLLBACK');
      throw new Error(`cannot write table ${table.name}: ${(error as Error).message}`, { cause: error });
    }
  }
}

function fingerprint(schemaSql: string): string {
  return createHash('sha256').update(schemaSql).digest('hex');
}

const VARCHAR_LIST = LIST(VARCHAR);
const EPOCH_DAY_MS = 86_400_000;

function appendRows<T extends TableDef>(appender: DuckDBAppender, table: T, rows: Iterable<RowOf<T>>): number {
  const columns = Object.entries(table.columns).map(([name, c]) => ({ name, kind: c.kind, nullable: c.nullable }));
  let count = 0;
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
