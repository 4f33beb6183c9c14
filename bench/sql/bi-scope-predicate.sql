-- What the BI row scope costs per row (docs/bi.md "The row scope"): 1,000,000 rows spread over
-- the demo units, COPY'd out through bi_directory.unit_visible and without it, on a database
-- migrated and seeded as `npm start` does (a superuser's session: COPY TO a server file).
--   psql "$DATABASE_URL" -v ON_ERROR_STOP=1 -f bench/sql/bi-scope-predicate.sql
-- Each COPY runs three times; take the best. `:units` is every unit id (the longest list a scope holds).
CREATE SCHEMA bi_bench;
CREATE TABLE bi_bench.facts AS
  SELECT g AS id, o.id AS unit_id, (g % 1000)::numeric(12, 2) AS amount, DATE '2024-01-01' + (g % 366) AS on_date
  FROM generate_series(1, 1000000) g
  JOIN (SELECT id, (row_number() OVER (ORDER BY id) - 1)::int AS n, count(*) OVER () AS units FROM directory."Organization") o ON o.n = g % o.units;
ANALYZE bi_bench.facts;
SELECT string_agg(id, ',') AS units FROM directory."Organization" \gset

\echo 'The plan: the list of visible units is an InitPlan (loops=1), the filter a plain comparison'
SELECT set_config('jiguan.bi_unit_ids', 'org-sj-jgswglj', false) \g /dev/null
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF)
  SELECT * FROM bi_bench.facts f WHERE bi_directory.unit_visible(f.unit_id, (SELECT bi_directory.visible_unit_ids()));

\timing on
\echo 'without the predicate'
COPY (SELECT * FROM bi_bench.facts f) TO '/dev/null';
COPY (SELECT * FROM bi_bench.facts f) TO '/dev/null';
COPY (SELECT * FROM bi_bench.facts f) TO '/dev/null';
\echo 'unscoped (every unit)'
SELECT set_config('jiguan.bi_unit_ids', '', false) \g /dev/null
COPY (SELECT * FROM bi_bench.facts f WHERE bi_directory.unit_visible(f.unit_id, (SELECT bi_directory.visible_unit_ids()))) TO '/dev/null';
COPY (SELECT * FROM bi_bench.facts f WHERE bi_directory.unit_visible(f.unit_id, (SELECT bi_directory.visible_unit_ids()))) TO '/dev/null';
COPY (SELECT * FROM bi_bench.facts f WHERE bi_directory.unit_visible(f.unit_id, (SELECT bi_directory.visible_unit_ids()))) TO '/dev/null';
\echo 'scoped to every unit by id (all rows pass, each compared with the whole list)'
SELECT set_config('jiguan.bi_unit_ids', :'units', false) \g /dev/null
COPY (SELECT * FROM bi_bench.facts f WHERE bi_directory.unit_visible(f.unit_id, (SELECT bi_directory.visible_unit_ids()))) TO '/dev/null';
COPY (SELECT * FROM bi_bench.facts f WHERE bi_directory.unit_visible(f.unit_id, (SELECT bi_directory.visible_unit_ids()))) TO '/dev/null';
COPY (SELECT * FROM bi_bench.facts f WHERE bi_directory.unit_visible(f.unit_id, (SELECT bi_directory.visible_unit_ids()))) TO '/dev/null';
\echo 'scoped to one unit'
SELECT set_config('jiguan.bi_unit_ids', 'org-sj-jgswglj', false) \g /dev/null
COPY (SELECT * FROM bi_bench.facts f WHERE bi_directory.unit_visible(f.unit_id, (SELECT bi_directory.visible_unit_ids()))) TO '/dev/null';
COPY (SELECT * FROM bi_bench.facts f WHERE bi_directory.unit_visible(f.unit_id, (SELECT bi_directory.visible_unit_ids()))) TO '/dev/null';
COPY (SELECT * FROM bi_bench.facts f WHERE bi_directory.unit_visible(f.unit_id, (SELECT bi_directory.visible_unit_ids()))) TO '/dev/null';
\timing off

\echo 'visible_unit_ids() calls for those reads: one per query, whatever the rows'
BEGIN;
SET LOCAL track_functions = 'all';
SELECT count(*) FROM bi_bench.facts f WHERE bi_directory.unit_visible(f.unit_id, (SELECT bi_directory.visible_unit_ids()));
SELECT calls FROM pg_stat_xact_user_functions WHERE schemaname = 'bi_directory' AND funcname = 'visible_unit_ids';
COMMIT;

DROP SCHEMA bi_bench CASCADE;
