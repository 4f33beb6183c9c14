-- The directory's BI datasets (docs/bi.md): the role every BI reader uses, the row scope every
-- subgraph's views share, and the dimension views of units, people and dates. Applied into the
-- schema bi_directory after every subgraph's own migrations; the views read the base tables by
-- their schema-qualified names.

-- The read-only role of BI tools. Roles are cluster-wide: created once, whichever database migrates first.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'jiguan_bi') THEN
    CREATE ROLE jiguan_bi NOLOGIN;
  END IF;
EXCEPTION
  -- Another database's migration created it in the meantime.
  WHEN duplicate_object OR unique_violation THEN NULL;
END
$$;
ALTER ROLE jiguan_bi SET statement_timeout = '300s';
ALTER ROLE jiguan_bi SET default_transaction_read_only = on;

-- The scoped PostgreSQL logins an admin creates for BI consumers (members of jiguan_bi).
CREATE TABLE bi_directory.logins (
  login_name text PRIMARY KEY,
  -- Directory Organization ids whose rows the login sees; NULL = every unit.
  unit_ids   text[] NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- The units whose rows the session may see, NULL for every unit: the session user's unit_ids (NULL
-- when it has no row in logins, e.g. the gateway's own connection user), narrowed (never widened)
-- by the setting jiguan.bi_unit_ids when it is set and non-empty (comma-separated ids). A setting
-- that names no id leaves nothing visible. Never holds a NULL element (unit_visible relies on it).
CREATE FUNCTION bi_directory.visible_unit_ids() RETURNS text[]
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
  WITH login AS (
    SELECT (SELECT array_remove(l.unit_ids, NULL) FROM bi_directory.logins l WHERE l.login_name = session_user) AS unit_ids
  ), narrowing AS (
    SELECT CASE WHEN coalesce(current_setting('jiguan.bi_unit_ids', true), '') = '' THEN NULL
           ELSE ARRAY(SELECT trim(id) FROM unnest(string_to_array(current_setting('jiguan.bi_unit_ids', true), ',')) AS id WHERE trim(id) <> '')
           END AS unit_ids
  )
  SELECT CASE
    WHEN narrowing.unit_ids IS NULL THEN login.unit_ids
    WHEN login.unit_ids IS NULL THEN narrowing.unit_ids
    ELSE ARRAY(SELECT unnest(login.unit_ids) INTERSECT SELECT unnest(narrowing.unit_ids))
  END
  FROM login, narrowing
$$;

-- Whether a row of unit `unit_id` is visible, given the list of visible_unit_ids(). Views call it as
--   bi_directory.unit_visible(<unit id>, (SELECT bi_directory.visible_unit_ids()))
-- so that PostgreSQL computes the list once per query (an InitPlan) and this function is inlined
-- into a plain comparison: no function call per row. (A function cannot hold that sub-select
-- itself and still be inlined, and an argument holding it may be used only once in the body,
-- hence `IS NOT FALSE`: NULL list → every unit; a row without a unit ('') matches no id.)
CREATE FUNCTION bi_directory.unit_visible(unit_id text, visible_unit_ids text[]) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT (coalesce(unit_id, '') = ANY (visible_unit_ids)) IS NOT FALSE $$;

-- 单位: the unit tree, open to every reader as in the GraphQL schema.
CREATE VIEW bi_directory.units WITH (security_barrier) AS
WITH RECURSIVE tree AS (
  SELECT o.id, 0 AS depth, o.code::text AS path FROM directory."Organization" o WHERE o."parentId" IS NULL
  UNION ALL
  SELECT child.id, tree.depth + 1, tree.path || '/' || child.code
  FROM directory."Organization" child JOIN tree ON child."parentId" = tree.id
)
SELECT
  o.id,
  o.code,
  o.name,
  o."shortName" AS short_name,
  o.kind::text AS kind,
  CASE o.kind
    WHEN 'PARTY_GOVERNMENT_ORGAN' THEN '党政机关'
    WHEN 'PUBLIC_INSTITUTION' THEN '事业单位'
    WHEN 'STATE_OWNED_ENTERPRISE' THEN '国有企业'
    WHEN 'INTERNAL_SECTION' THEN '内设机构'
  END AS kind_label,
  o."parentId" AS parent_id,
  parent.code AS parent_code,
  tree.depth,
  tree.path,
  o."underAgencyBookkeeping" AS under_agency_bookkeeping,
  o."sortOrder" AS sort_order,
  o."updatedAt" AS updated_at
FROM directory."Organization" o
JOIN tree ON tree.id = o.id
LEFT JOIN directory."Organization" parent ON parent.id = o."parentId";

-- 人员: name, unit and post only; no phone or other personal data. Scoped to the person's unit.
CREATE VIEW bi_directory.people WITH (security_barrier) AS
SELECT
  p.id,
  p.name,
  p."organizationId" AS unit_id,
  o.code AS unit_code,
  o.name AS unit_name,
  p.position,
  p.rank::text AS rank,
  CASE p.rank
    WHEN 'DISTRICT_CHIEF' THEN '区级正职'
    WHEN 'DISTRICT_DEPUTY' THEN '区级副职'
    WHEN 'DIVISION_CHIEF' THEN '处级正职'
    WHEN 'DIVISION_DEPUTY' THEN '处级副职'
    WHEN 'SECTION_CHIEF' THEN '科级正职'
    WHEN 'SECTION_DEPUTY' THEN '科级副职'
    WHEN 'STAFF' THEN '科员'
  END AS rank_label,
  p."updatedAt" AS updated_at
FROM directory."Person" p
JOIN directory."Organization" o ON o.id = p."organizationId"
WHERE bi_directory.unit_visible(p."organizationId", (SELECT bi_directory.visible_unit_ids()));

-- 日期: a date dimension, 2015–2035.
CREATE VIEW bi_directory.dates WITH (security_barrier) AS
SELECT
  d::date AS date,
  extract(year FROM d)::integer AS year,
  extract(quarter FROM d)::integer AS quarter,
  extract(month FROM d)::integer AS month,
  extract(day FROM d)::integer AS day,
  extract(isodow FROM d)::integer AS weekday,
  extract(week FROM d)::integer AS iso_week,
  extract(year FROM d)::integer || '年' AS year_label,
  extract(year FROM d)::integer || '年第' || extract(quarter FROM d)::integer || '季度' AS quarter_label,
  extract(year FROM d)::integer || '年' || extract(month FROM d)::integer || '月' AS month_label,
  (ARRAY['星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日'])[extract(isodow FROM d)::integer] AS weekday_label,
  extract(isodow FROM d) >= 6 AS is_weekend
FROM generate_series(DATE '2015-01-01', DATE '2035-12-31', INTERVAL '1 day') AS d;

-- Only the BI role reads the views, and nothing else here: not the logins, not the base schemas.
REVOKE ALL ON FUNCTION bi_directory.visible_unit_ids() FROM PUBLIC;
REVOKE ALL ON FUNCTION bi_directory.unit_visible(text, text[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION bi_directory.visible_unit_ids() TO jiguan_bi;
GRANT EXECUTE ON FUNCTION bi_directory.unit_visible(text, text[]) TO jiguan_bi;
GRANT USAGE ON SCHEMA bi_directory TO jiguan_bi;
GRANT SELECT ON bi_directory.units, bi_directory.people, bi_directory.dates TO jiguan_bi;
