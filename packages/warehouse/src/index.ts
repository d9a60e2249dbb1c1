export { TableWriter, Warehouse, type Params } from './warehouse';
export { loadSql } from './sql';
