-- New limit of GET /api/v1/incidents?limit=50&cursor=<deep cursor>: the same JSON page for the keyset page after
-- the row (after_at, after_id) of the default order, in one statement, bench.deep_json (pgbench/functions.sql).
-- Variables (-D): after_at, after_id, limit.
select bench.deep_json(:after_at::timestamptz, :after_id::uuid, :limit);
