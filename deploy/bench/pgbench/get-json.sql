-- New limit of GET /api/v1/incidents/{id}: the same JSON document (every field, nested arrays included) produced
-- by PostgreSQL in one statement, bench.get_json (pgbench/functions.sql), for the same random seeded ids as get.sql
-- and wrk. Variables (-D): incidents, t0, span, stride, kmax.
\set n 1 + random(0, :kmax) * :stride
\set ms :t0 + ((:n - 1) * :span) / :incidents
select bench.get_json(bench.uuid7(:ms, :n));
