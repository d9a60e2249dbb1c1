export * from './define';
export * from './tables';
export { createTableSql, schemaSql, duckdbType, quoteIdent } from './ddl';
export { dataDictionary, tableDictionary } from './dictionary';
export { stableId } from './ids';
