-- The menu (一菜一价) and the pre-orders (报餐) as BI datasets. The menu is open to every reader,
-- as in the GraphQL schema. The orders are counted per canteen, day, sitting and the orderers'
-- unit (never a person's row): a unit's reader sees its unit's counts, the forecast beside the
-- diners counted is the sum over the units.

-- 一菜一价: One row per dish on a canteen's menu of a day and sitting, with its price.
CREATE VIEW bi_services.menu_dishes WITH (security_barrier) AS
SELECT
  d.id AS id,
  c.id AS canteen_id,
  c.name AS canteen_name,
  d."servedOn" AS served_on,
  d.sitting::text AS sitting,
  CASE d.sitting WHEN 'BREAKFAST' THEN '早餐' WHEN 'LUNCH' THEN '午餐' WHEN 'DINNER' THEN '晚餐' END AS sitting_label,
  d.name AS name,
  d.category::text AS category,
  CASE d.category WHEN 'MEAT' THEN '荤菜' WHEN 'VEGETABLE' THEN '素菜' WHEN 'STAPLE' THEN '主食' WHEN 'SOUP' THEN '汤' WHEN 'DIM_SUM' THEN '点心' END AS category_label,
  d.price AS price,
  d."createdAt" AS created_at
FROM services."MenuDish" d
JOIN services."Canteen" c ON c.id = d."canteenId";

-- 报餐: One row per canteen, day, sitting and unit with the number of pre-orders.
CREATE VIEW bi_services.meal_orders_by_unit WITH (security_barrier) AS
SELECT
  c.id AS canteen_id,
  c.name AS canteen_name,
  o."servedOn" AS served_on,
  o.sitting::text AS sitting,
  CASE o.sitting WHEN 'BREAKFAST' THEN '早餐' WHEN 'LUNCH' THEN '午餐' WHEN 'DINNER' THEN '晚餐' END AS sitting_label,
  o."organizationId" AS unit_id,
  unit.code AS unit_code,
  unit.name AS unit_name,
  count(*)::integer AS orders
FROM services."MealOrder" o
JOIN services."Canteen" c ON c.id = o."canteenId"
LEFT JOIN directory."Organization" unit ON unit.id = o."organizationId"
WHERE bi_directory.unit_visible(o."organizationId", (SELECT bi_directory.visible_unit_ids()))
GROUP BY c.id, c.name, o."servedOn", o.sitting, o."organizationId", unit.code, unit.name;

GRANT SELECT ON bi_services.menu_dishes, bi_services.meal_orders_by_unit TO jiguan_bi;
