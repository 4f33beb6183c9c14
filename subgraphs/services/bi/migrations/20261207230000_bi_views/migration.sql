-- The services domain's BI datasets (docs/bi.md): one flat view per fact, in the schema
-- bi_services, applied after every subgraph's own migrations (they read services.* and
-- directory.* by schema-qualified names, and the row scope of bi_directory). Enums are a code and a
-- zh-CN label; units are their directory id, code (the BI tools' join key) and name; people are
-- their directory id only; buildings and vehicles their assets id (join to assets_buildings).
--
-- Scope, as src/scope-rules.ts: bookings, visits, work orders and feedback are their unit's; the
-- rooms, canteens, providers, the driving record and the security activities are the bureau's own,
-- open to every BI reader. Personal data stays out: no visitor's name, phone, ID number or car
-- plate, no feedback text (only its subject), no worker's name. The list of visible units is an
-- InitPlan: computed once per query (see bi_directory.unit_visible).

-- 会议室: One row per meeting room with its building, capacity and open hours.
CREATE VIEW bi_services.meeting_rooms WITH (security_barrier) AS
SELECT
  r.id AS id,
  r."buildingId" AS building_id,
  r.floor AS floor,
  r.name AS name,
  r.capacity AS capacity,
  array_to_string(r.equipment, '、') AS equipment,
  r."needsApproval" AS needs_approval,
  r."opensAtMinute" AS opens_at_minute,
  r."closesAtMinute" AS closes_at_minute,
  r."createdAt" AS created_at
FROM services."MeetingRoom" r;

-- 会议室预定: One row per booking, with its room, unit, time and status.
CREATE VIEW bi_services.room_bookings WITH (security_barrier) AS
SELECT
  b.id AS id,
  b."meetingRoomId" AS meeting_room_id,
  r.name AS meeting_room_name,
  r."buildingId" AS building_id,
  b."organizationId" AS unit_id,
  unit.code AS unit_code,
  unit.name AS unit_name,
  b."organiserPersonId" AS organiser_person_id,
  b."startsAt" AS starts_at,
  b."endsAt" AS ends_at,
  (extract(epoch FROM b."endsAt" - b."startsAt") / 60)::integer AS duration_minutes,
  b.attendees AS attendees,
  b.purpose AS purpose,
  b.status::text AS status,
  CASE b.status WHEN 'REQUESTED' THEN '待审批' WHEN 'APPROVED' THEN '已批准' WHEN 'REJECTED' THEN '已驳回' WHEN 'CHECKED_IN' THEN '已签到'
    WHEN 'COMPLETED' THEN '已结束' WHEN 'CANCELLED' THEN '已取消' WHEN 'RELEASED' THEN '未签到已释放' END AS status_label,
  b."seriesId" AS series_id,
  b."checkedInAt" AS checked_in_at,
  b."createdAt" AS created_at
FROM services."RoomBooking" b
JOIN services."MeetingRoom" r ON r.id = b."meetingRoomId"
LEFT JOIN directory."Organization" unit ON unit.id = b."organizationId"
WHERE bi_directory.unit_visible(b."organizationId", (SELECT bi_directory.visible_unit_ids()));

-- 访客登记: One row per visit, without the visitor's personal data.
CREATE VIEW bi_services.visits WITH (security_barrier) AS
SELECT
  v.id AS id,
  v."organizationId" AS unit_id,
  unit.code AS unit_code,
  unit.name AS unit_name,
  v."hostPersonId" AS host_person_id,
  v."buildingId" AS building_id,
  v."visitorOrganization" AS visitor_organization,
  v."expectedAt" AS expected_at,
  v.purpose AS purpose,
  v.status::text AS status,
  CASE v.status WHEN 'EXPECTED' THEN '待到访' WHEN 'CHECKED_IN' THEN '已到访' WHEN 'CHECKED_OUT' THEN '已离开' WHEN 'NO_SHOW' THEN '未到访'
    WHEN 'CANCELLED' THEN '已取消' END AS status_label,
  v."checkedInAt" AS checked_in_at,
  v."checkedOutAt" AS checked_out_at,
  v."purgedAt" IS NOT NULL AS personal_data_purged,
  v."createdAt" AS created_at
FROM services."Visit" v
LEFT JOIN directory."Organization" unit ON unit.id = v."organizationId"
WHERE bi_directory.unit_visible(v."organizationId", (SELECT bi_directory.visible_unit_ids()));

-- 报修工单: One row per work order, with its SLA, the provider's steps and the rating.
CREATE VIEW bi_services.work_orders WITH (security_barrier) AS
SELECT
  w.id AS id,
  w."organizationId" AS unit_id,
  unit.code AS unit_code,
  unit.name AS unit_name,
  w."requesterPersonId" AS requester_person_id,
  w."buildingId" AS building_id,
  w."roomId" AS room_id,
  w.category::text AS category,
  CASE w.category WHEN 'PLUMBING' THEN '水暖' WHEN 'ELECTRICAL' THEN '电气' WHEN 'AIR_CONDITIONING' THEN '空调' WHEN 'DOORS_WINDOWS' THEN '门窗'
    WHEN 'NETWORK' THEN '网络' WHEN 'FURNITURE' THEN '家具' WHEN 'OTHER' THEN '其他' END AS category_label,
  w.priority::text AS priority,
  CASE w.priority WHEN 'URGENT' THEN '紧急' WHEN 'HIGH' THEN '高' WHEN 'NORMAL' THEN '普通' WHEN 'LOW' THEN '低' END AS priority_label,
  w.status::text AS status,
  CASE w.status WHEN 'SUBMITTED' THEN '已提交' WHEN 'ASSIGNED' THEN '已派单' WHEN 'IN_PROGRESS' THEN '维修中' WHEN 'DONE' THEN '已完成'
    WHEN 'RATED' THEN '已评价' WHEN 'CLOSED' THEN '已关闭' END AS status_label,
  w."dueAt" AS due_at,
  coalesce(w."doneAt", now()) > w."dueAt" AS overdue,
  w."providerName" AS provider_name,
  w."assignedAt" AS assigned_at,
  w."startedAt" AS started_at,
  w."doneAt" AS done_at,
  w.rating AS rating,
  w."closedAt" AS closed_at,
  w."reopenCount" AS reopen_count,
  w."createdAt" AS created_at
FROM services."WorkOrder" w
LEFT JOIN directory."Organization" unit ON unit.id = w."organizationId"
WHERE bi_directory.unit_visible(w."organizationId", (SELECT bi_directory.visible_unit_ids()));

-- 意见反馈: One row per piece of feedback, its subject and whether and when it was answered.
CREATE VIEW bi_services.feedback WITH (security_barrier) AS
SELECT
  f.id AS id,
  f."organizationId" AS unit_id,
  unit.code AS unit_code,
  unit.name AS unit_name,
  f."personId" AS person_id,
  f.subject AS subject,
  f.status::text AS status,
  CASE f.status WHEN 'SUBMITTED' THEN '待答复' WHEN 'REPLIED' THEN '已答复' END AS status_label,
  f."repliedAt" AS replied_at,
  f."createdAt" AS created_at
FROM services."Feedback" f
LEFT JOIN directory."Organization" unit ON unit.id = f."organizationId"
WHERE bi_directory.unit_visible(f."organizationId", (SELECT bi_directory.visible_unit_ids()));

-- 就餐人数: One row per canteen, day and sitting with the diners counted.
CREATE VIEW bi_services.meal_counts WITH (security_barrier) AS
SELECT
  m.id AS id,
  c.id AS canteen_id,
  c.name AS canteen_name,
  m."servedOn" AS served_on,
  m.sitting::text AS sitting,
  CASE m.sitting WHEN 'BREAKFAST' THEN '早餐' WHEN 'LUNCH' THEN '午餐' WHEN 'DINNER' THEN '晚餐' END AS sitting_label,
  m.diners AS diners
FROM services."MealCount" m
JOIN services."Canteen" c ON c.id = m."canteenId";

-- 浪费系数抽样: One row per sampled day of a canteen: served and leftover grams, and their ratio.
CREATE VIEW bi_services.waste_samples WITH (security_barrier) AS
SELECT
  s.id AS id,
  c.id AS canteen_id,
  c.name AS canteen_name,
  s."sampledOn" AS sampled_on,
  s."servedGrams" AS served_grams,
  s."leftoverGrams" AS leftover_grams,
  round(s."leftoverGrams"::numeric / nullif(s."servedGrams", 0), 4) AS waste_coefficient
FROM services."WasteSample" s
JOIN services."Canteen" c ON c.id = s."canteenId";

-- 餐厨垃圾: One row per weighing of kitchen waste.
CREATE VIEW bi_services.kitchen_waste WITH (security_barrier) AS
SELECT
  k.id AS id,
  c.id AS canteen_id,
  c.name AS canteen_name,
  k."weighedOn" AS weighed_on,
  k.kilograms AS kilograms
FROM services."KitchenWasteWeighing" k
JOIN services."Canteen" c ON c.id = k."canteenId";

-- 食材采购: One row per purchase of ingredients.
CREATE VIEW bi_services.ingredient_purchases WITH (security_barrier) AS
SELECT
  p.id AS id,
  c.id AS canteen_id,
  c.name AS canteen_name,
  p.supplier AS supplier,
  p.category AS category,
  p.quantity AS quantity,
  p.unit AS quantity_unit,
  p.amount AS amount,
  p."purchasedOn" AS purchased_on
FROM services."IngredientPurchase" p
JOIN services."Canteen" c ON c.id = p."canteenId";

-- 服务合同: One row per contract with a service provider.
CREATE VIEW bi_services.provider_contracts WITH (security_barrier) AS
SELECT
  k.id AS id,
  p.id AS provider_id,
  p.name AS provider_name,
  p.kind::text AS provider_kind,
  CASE p.kind WHEN 'PROPERTY' THEN '物业' WHEN 'CATERING' THEN '餐饮' WHEN 'SECURITY' THEN '安保' WHEN 'CLEANING' THEN '保洁' WHEN 'MAINTENANCE' THEN '维保' END AS provider_kind_label,
  k.number AS number,
  k."startsOn" AS starts_on,
  k."endsOn" AS ends_on,
  k.amount AS amount,
  k.scope AS scope
FROM services."ProviderContract" k
JOIN services."ServiceProvider" p ON p.id = k."providerId";

-- 履约考核: One row per provider, quarter and criterion, with the quarter's total beside it.
CREATE VIEW bi_services.provider_assessments WITH (security_barrier) AS
SELECT
  a.id AS id,
  p.id AS provider_id,
  p.name AS provider_name,
  p.kind::text AS provider_kind,
  CASE p.kind WHEN 'PROPERTY' THEN '物业' WHEN 'CATERING' THEN '餐饮' WHEN 'SECURITY' THEN '安保' WHEN 'CLEANING' THEN '保洁' WHEN 'MAINTENANCE' THEN '维保' END AS provider_kind_label,
  a.year AS year,
  a.quarter AS quarter,
  a.criterion AS criterion,
  a.score AS score,
  a."maxScore" AS max_score,
  (sum(a.score) OVER (PARTITION BY a."providerId", a.year, a.quarter))::integer AS quarter_total
FROM services."ProviderAssessment" a
JOIN services."ServiceProvider" p ON p.id = a."providerId";

-- 服务单位培训: One row per training a provider held.
CREATE VIEW bi_services.provider_trainings WITH (security_barrier) AS
SELECT
  t.id AS id,
  p.id AS provider_id,
  p.name AS provider_name,
  p.kind::text AS provider_kind,
  CASE p.kind WHEN 'PROPERTY' THEN '物业' WHEN 'CATERING' THEN '餐饮' WHEN 'SECURITY' THEN '安保' WHEN 'CLEANING' THEN '保洁' WHEN 'MAINTENANCE' THEN '维保' END AS provider_kind_label,
  t."heldOn" AS held_on,
  t.topic AS topic,
  t.attendees AS attendees
FROM services."ProviderTraining" t
JOIN services."ServiceProvider" p ON p.id = t."providerId";

-- 行车记录: One row per event of an official vehicle's driving record, or a fleet activity.
CREATE VIEW bi_services.vehicle_record_events WITH (security_barrier) AS
SELECT
  e.id AS id,
  e."vehicleId" AS vehicle_id,
  e.kind::text AS kind,
  CASE e.kind WHEN 'COMPLAINT' THEN '投诉' WHEN 'TRAFFIC_VIOLATION' THEN '交通违法' WHEN 'ACCIDENT' THEN '交通事故' WHEN 'PARK_DAY' THEN '车场日活动'
    WHEN 'DRIVER_TRAINING' THEN '驾驶员培训' END AS kind_label,
  e."occurredOn" AS occurred_on,
  e.description AS description
FROM services."VehicleRecordEvent" e;

-- 安保活动: One row per security drill or joint security meeting.
CREATE VIEW bi_services.security_activities WITH (security_barrier) AS
SELECT
  s.id AS id,
  s.kind::text AS kind,
  CASE s.kind WHEN 'FIRE_DRILL' THEN '消防演练' WHEN 'COUNTER_TERRORISM_DRILL' THEN '反恐演练' WHEN 'JOINT_MEETING' THEN '安保联席会' END AS kind_label,
  s."heldOn" AS held_on,
  s."buildingId" AS building_id,
  s.title AS title,
  s.participants AS participants
FROM services."SecurityActivity" s;

GRANT USAGE ON SCHEMA bi_services TO jiguan_bi;
GRANT SELECT ON bi_services.meeting_rooms, bi_services.room_bookings, bi_services.visits, bi_services.work_orders, bi_services.feedback,
  bi_services.meal_counts, bi_services.waste_samples, bi_services.kitchen_waste, bi_services.ingredient_purchases, bi_services.provider_contracts,
  bi_services.provider_assessments, bi_services.provider_trainings, bi_services.vehicle_record_events, bi_services.security_activities TO jiguan_bi;
