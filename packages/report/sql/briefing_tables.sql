-- Tables and columns of the warehouse, to tell which stages have run (clusters and claim
-- relations may not exist yet).
SELECT table_name, column_name
FROM duckdb_columns()
WHERE database_name = current_database() AND schema_name = 'main'
ORDER BY table_name, column_index
