export { TableWriter, textList, Warehouse, type Params } from './warehouse';
export { loadSql } from './sql';
