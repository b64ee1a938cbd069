-- New limit of GET /api/v1/incidents?status=S&unitCode=U&limit=50 (first page): the same JSON page ({"items": [50
-- incidents as GET answers them], "nextCursor": ...}) produced by PostgreSQL in one statement, bench.list_json
-- (pgbench/functions.sql): the page query with limit 51 and the first 50 as JSON. Variables (-D): status, unit, limit.
select bench.list_json(:status, :unit, :limit);
