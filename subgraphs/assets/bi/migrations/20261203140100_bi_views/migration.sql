-- The assets domain's BI datasets (docs/bi.md): one flat view per fact, in the schema bi_assets,
-- applied after every subgraph's own migrations (they read assets.* and directory."Organization"
-- by schema-qualified names, and the row scope of bi_directory). Enums are a code and a zh-CN
-- label; units are their directory id, code (the BI tools' join key) and name. A view whose rows
-- belong to units shows a row when any unit the GraphQL scope rule names for it (src/scope-rules.ts)
-- is visible; rows of no unit stay hidden from a scoped reader, as in GraphQL. The list of visible
-- units is an InitPlan: computed once per query (see bi_directory.unit_visible).

-- 房屋资产: One row per property (房屋资产) in the register, with its owning and using unit, areas, certificate status and book value.
CREATE VIEW bi_assets.buildings WITH (security_barrier) AS
SELECT
  b.id AS id,
  b.code AS code,
  b.name AS name,
  b.address AS address,
  b."owningUnitId" AS owning_unit_id,
  owning.code AS owning_unit_code,
  owning.name AS owning_unit_name,
  b."usingUnitId" AS using_unit_id,
  using_unit.code AS using_unit_code,
  using_unit.name AS using_unit_name,
  b."landArea" AS land_area,
  b."floorArea" AS floor_area,
  b."certificateStatus"::text AS certificate_status,
  CASE b."certificateStatus" WHEN 'CERTIFIED' THEN '有证' WHEN 'UNCERTIFIED' THEN '无证' WHEN 'MISMATCHED' THEN '证实不符' END AS certificate_status_label,
  b."titleRegistration"::text AS title_registration,
  CASE b."titleRegistration" WHEN 'UNREGISTERED' THEN '未登记' WHEN 'IN_PROGRESS' THEN '登记中' WHEN 'REGISTERED' THEN '已登记' END AS title_registration_label,
  b."bookValue" AS book_value,
  b."currentUse"::text AS current_use,
  CASE b."currentUse" WHEN 'OFFICE' THEN '办公' WHEN 'BUSINESS' THEN '业务' WHEN 'IDLE' THEN '闲置' WHEN 'LEASED_OUT' THEN '出租' WHEN 'LENT_OUT' THEN '出借' END AS current_use_label,
  b."managedSince" AS managed_since,
  b."disposedOn" AS disposed_on,
  b."createdAt" AS created_at,
  b."updatedAt" AS updated_at
FROM assets."Building" b
LEFT JOIN directory."Organization" owning ON owning.id = b."owningUnitId"
LEFT JOIN directory."Organization" using_unit ON using_unit.id = b."usingUnitId"
WHERE bi_directory.unit_visible(b."owningUnitId", (SELECT bi_directory.visible_unit_ids()))
   OR bi_directory.unit_visible(b."usingUnitId", (SELECT bi_directory.visible_unit_ids()));

-- 房屋测绘: One row per survey of a property (实地踏勘, 两测一评, 土地修测) with the area it established.
CREATE VIEW bi_assets.surveys WITH (security_barrier) AS
SELECT
  s.id AS id,
  b.id AS building_id,
  b.code AS building_code,
  b.name AS building_name,
  b."owningUnitId" AS owning_unit_id,
  owning.code AS owning_unit_code,
  owning.name AS owning_unit_name,
  b."usingUnitId" AS using_unit_id,
  using_unit.code AS using_unit_code,
  using_unit.name AS using_unit_name,
  s.kind::text AS kind,
  CASE s.kind WHEN 'SITE_SURVEY' THEN '实地踏勘' WHEN 'TWO_SURVEYS_ONE_ASSESSMENT' THEN '两测一评' WHEN 'LAND_RESURVEY' THEN '土地修测' END AS kind_label,
  s."surveyedOn" AS surveyed_on,
  s.area AS area,
  s.surveyor AS surveyor,
  s."createdAt" AS created_at
FROM assets."Survey" s
JOIN assets."Building" b ON b.id = s."buildingId"
LEFT JOIN directory."Organization" owning ON owning.id = b."owningUnitId"
LEFT JOIN directory."Organization" using_unit ON using_unit.id = b."usingUnitId"
WHERE bi_directory.unit_visible(b."owningUnitId", (SELECT bi_directory.visible_unit_ids()))
   OR bi_directory.unit_visible(b."usingUnitId", (SELECT bi_directory.visible_unit_ids()));

-- 房屋档案资料: One row per document in a property's archive (档案资料).
CREATE VIEW bi_assets.archive_documents WITH (security_barrier) AS
SELECT
  d.id AS id,
  b.id AS building_id,
  b.code AS building_code,
  b.name AS building_name,
  b."owningUnitId" AS owning_unit_id,
  owning.code AS owning_unit_code,
  owning.name AS owning_unit_name,
  b."usingUnitId" AS using_unit_id,
  using_unit.code AS using_unit_code,
  using_unit.name AS using_unit_name,
  d.name AS name,
  d.kind::text AS kind,
  CASE d.kind WHEN 'TITLE_CERTIFICATE' THEN '产权证' WHEN 'LAND_SOURCE_PROOF' THEN '土地来源证明' WHEN 'SURVEY_REPORT' THEN '测绘报告' WHEN 'DRAWING' THEN '图纸' WHEN 'CONTRACT' THEN '合同' WHEN 'PHOTO' THEN '照片' WHEN 'OTHER' THEN '其他' END AS kind_label,
  d."documentDate" AS document_date,
  d."createdAt" AS created_at
FROM assets."ArchiveDocument" d
JOIN assets."Building" b ON b.id = d."buildingId"
LEFT JOIN directory."Organization" owning ON owning.id = b."owningUnitId"
LEFT JOIN directory."Organization" using_unit ON using_unit.id = b."usingUnitId"
WHERE bi_directory.unit_visible(b."owningUnitId", (SELECT bi_directory.visible_unit_ids()))
   OR bi_directory.unit_visible(b."usingUnitId", (SELECT bi_directory.visible_unit_ids()));

-- 楼层: One row per floor of a property, with its area.
CREATE VIEW bi_assets.floors WITH (security_barrier) AS
SELECT
  f.id AS id,
  b.id AS building_id,
  b.code AS building_code,
  b.name AS building_name,
  b."owningUnitId" AS owning_unit_id,
  owning.code AS owning_unit_code,
  owning.name AS owning_unit_name,
  b."usingUnitId" AS using_unit_id,
  using_unit.code AS using_unit_code,
  using_unit.name AS using_unit_name,
  f.label AS label,
  f.level AS level,
  f.area AS area
FROM assets."Floor" f
JOIN assets."Building" b ON b.id = f."buildingId"
LEFT JOIN directory."Organization" owning ON owning.id = b."owningUnitId"
LEFT JOIN directory."Organization" using_unit ON using_unit.id = b."usingUnitId"
WHERE bi_directory.unit_visible(b."owningUnitId", (SELECT bi_directory.visible_unit_ids()))
   OR bi_directory.unit_visible(b."usingUnitId", (SELECT bi_directory.visible_unit_ids()));

-- 房间: One row per room, with its floor, building, usable area and use.
CREATE VIEW bi_assets.rooms WITH (security_barrier) AS
SELECT
  r.id AS id,
  f.id AS floor_id,
  f.label AS floor_label,
  f.level AS floor_level,
  b.id AS building_id,
  b.code AS building_code,
  b.name AS building_name,
  b."owningUnitId" AS owning_unit_id,
  owning.code AS owning_unit_code,
  owning.name AS owning_unit_name,
  b."usingUnitId" AS using_unit_id,
  using_unit.code AS using_unit_code,
  using_unit.name AS using_unit_name,
  r.number AS number,
  r.area AS area,
  r.use::text AS use,
  CASE r.use WHEN 'OFFICE' THEN '办公' WHEN 'MEETING' THEN '会议' WHEN 'ARCHIVE' THEN '档案' WHEN 'EQUIPMENT' THEN '设备' WHEN 'SERVICE' THEN '服务' WHEN 'STORAGE' THEN '仓储' END AS use_label
FROM assets."Room" r
JOIN assets."Floor" f ON f.id = r."floorId"
JOIN assets."Building" b ON b.id = f."buildingId"
LEFT JOIN directory."Organization" owning ON owning.id = b."owningUnitId"
LEFT JOIN directory."Organization" using_unit ON using_unit.id = b."usingUnitId"
WHERE bi_directory.unit_visible(b."owningUnitId", (SELECT bi_directory.visible_unit_ids()))
   OR bi_directory.unit_visible(b."usingUnitId", (SELECT bi_directory.visible_unit_ids()));

-- 用房分配: One row per room given to a unit, with its usage certificate (使用凭证); ended_on is empty while the unit still has the room.
CREATE VIEW bi_assets.room_allocations WITH (security_barrier) AS
SELECT
  a.id AS id,
  a."organizationId" AS unit_id,
  unit.code AS unit_code,
  unit.name AS unit_name,
  r.id AS room_id,
  r.number AS room_number,
  r.area AS room_area,
  r.use::text AS room_use,
  CASE r.use WHEN 'OFFICE' THEN '办公' WHEN 'MEETING' THEN '会议' WHEN 'ARCHIVE' THEN '档案' WHEN 'EQUIPMENT' THEN '设备' WHEN 'SERVICE' THEN '服务' WHEN 'STORAGE' THEN '仓储' END AS room_use_label,
  f.label AS floor_label,
  b.id AS building_id,
  b.code AS building_code,
  b.name AS building_name,
  a."certificateNumber" AS certificate_number,
  a."startsOn" AS starts_on,
  a."endedOn" AS ended_on,
  a."createdAt" AS created_at
FROM assets."RoomAllocation" a
JOIN assets."Room" r ON r.id = a."roomId"
JOIN assets."Floor" f ON f.id = r."floorId"
JOIN assets."Building" b ON b.id = f."buildingId"
LEFT JOIN directory."Organization" unit ON unit.id = a."organizationId"
WHERE bi_directory.unit_visible(a."organizationId", (SELECT bi_directory.visible_unit_ids()));

-- 单位编制: One row per unit and rank: the approved headcount (编制数) the office-space standard is applied to.
CREATE VIEW bi_assets.staffing WITH (security_barrier) AS
SELECT
  st."organizationId" AS unit_id,
  unit.code AS unit_code,
  unit.name AS unit_name,
  st.rank::text AS rank,
  CASE st.rank WHEN 'DISTRICT_CHIEF' THEN '区级正职' WHEN 'DISTRICT_DEPUTY' THEN '区级副职' WHEN 'DIVISION_CHIEF' THEN '处级正职' WHEN 'DIVISION_DEPUTY' THEN '处级副职' WHEN 'SECTION_CHIEF' THEN '科级正职' WHEN 'SECTION_DEPUTY' THEN '科级副职' WHEN 'STAFF' THEN '科员' END AS rank_label,
  st."approvedHeadcount" AS approved_headcount,
  st."updatedAt" AS updated_at
FROM assets."Staffing" st
LEFT JOIN directory."Organization" unit ON unit.id = st."organizationId"
WHERE bi_directory.unit_visible(st."organizationId", (SELECT bi_directory.visible_unit_ids()));

-- 办公用房标准: The office area allowed per person at each rank (m²); the same for every unit.
CREATE VIEW bi_assets.office_space_standards WITH (security_barrier) AS
SELECT
  os.rank::text AS rank,
  CASE os.rank WHEN 'DISTRICT_CHIEF' THEN '区级正职' WHEN 'DISTRICT_DEPUTY' THEN '区级副职' WHEN 'DIVISION_CHIEF' THEN '处级正职' WHEN 'DIVISION_DEPUTY' THEN '处级副职' WHEN 'SECTION_CHIEF' THEN '科级正职' WHEN 'SECTION_DEPUTY' THEN '科级副职' WHEN 'STAFF' THEN '科员' END AS rank_label,
  os."areaPerPerson" AS area_per_person,
  os."updatedAt" AS updated_at
FROM assets."OfficeSpaceStandard" os;

-- 巡检: One row per inspection of a unit's premises.
CREATE VIEW bi_assets.inspections WITH (security_barrier) AS
SELECT
  i.id AS id,
  i."organizationId" AS unit_id,
  unit.code AS unit_code,
  unit.name AS unit_name,
  i."inspectedOn" AS inspected_on,
  i.inspectors AS inspectors,
  i."createdAt" AS created_at
FROM assets."Inspection" i
LEFT JOIN directory."Organization" unit ON unit.id = i."organizationId"
WHERE bi_directory.unit_visible(i."organizationId", (SELECT bi_directory.visible_unit_ids()));

-- 巡检问题: One row per problem an inspection found, with its category and the property it concerns.
CREATE VIEW bi_assets.inspection_problems WITH (security_barrier) AS
SELECT
  p.id AS id,
  i.id AS inspection_id,
  i."inspectedOn" AS inspected_on,
  i."organizationId" AS unit_id,
  unit.code AS unit_code,
  unit.name AS unit_name,
  b.id AS building_id,
  b.code AS building_code,
  b.name AS building_name,
  p.category::text AS category,
  CASE p.category WHEN 'LEASE_OR_LOAN' THEN '出租出借' WHEN 'ALLOCATION_AND_USE' THEN '配置使用' WHEN 'SAFETY' THEN '安全' WHEN 'OTHER' THEN '其他' END AS category_label,
  p.description AS description
FROM assets."InspectionProblem" p
JOIN assets."Inspection" i ON i.id = p."inspectionId"
LEFT JOIN assets."Building" b ON b.id = p."buildingId"
LEFT JOIN directory."Organization" unit ON unit.id = i."organizationId"
WHERE bi_directory.unit_visible(i."organizationId", (SELECT bi_directory.visible_unit_ids()));

-- 整改事项: One row per rectification item (整改意见) of a problem: what the unit must do, by when, and how far it got.
CREATE VIEW bi_assets.rectification_items WITH (security_barrier) AS
SELECT
  ri.id AS id,
  p.id AS problem_id,
  i.id AS inspection_id,
  i."organizationId" AS unit_id,
  unit.code AS unit_code,
  unit.name AS unit_name,
  p.category::text AS problem_category,
  CASE p.category WHEN 'LEASE_OR_LOAN' THEN '出租出借' WHEN 'ALLOCATION_AND_USE' THEN '配置使用' WHEN 'SAFETY' THEN '安全' WHEN 'OTHER' THEN '其他' END AS problem_category_label,
  ri.suggestion AS suggestion,
  ri.owner AS owner,
  ri."dueOn" AS due_on,
  ri.status::text AS status,
  CASE ri.status WHEN 'OPEN' THEN '待整改' WHEN 'RECTIFYING' THEN '整改中' WHEN 'SUBMITTED' THEN '已提交' WHEN 'VERIFIED' THEN '已验收' END AS status_label,
  ri.note AS note,
  ri."updatedAt" AS updated_at
FROM assets."RectificationItem" ri
JOIN assets."InspectionProblem" p ON p.id = ri."problemId"
JOIN assets."Inspection" i ON i.id = p."inspectionId"
LEFT JOIN directory."Organization" unit ON unit.id = i."organizationId"
WHERE bi_directory.unit_visible(i."organizationId", (SELECT bi_directory.visible_unit_ids()));

-- 一房一策: One row per 一房一策 plan for an idle property, with the yearly income it expects.
CREATE VIEW bi_assets.revitalisation_plans WITH (security_barrier) AS
SELECT
  rp.id AS id,
  b.id AS building_id,
  b.code AS building_code,
  b.name AS building_name,
  b."owningUnitId" AS owning_unit_id,
  owning.code AS owning_unit_code,
  owning.name AS owning_unit_name,
  b."usingUnitId" AS using_unit_id,
  using_unit.code AS using_unit_code,
  using_unit.name AS using_unit_name,
  rp."surveyedOn" AS surveyed_on,
  rp."planType"::text AS plan_type,
  CASE rp."planType" WHEN 'LEASE' THEN '出租' WHEN 'REALLOCATE' THEN '调剂' WHEN 'HAND_OVER' THEN '移交商发集团' WHEN 'RENOVATE' THEN '改造' END AS plan_type_label,
  rp.status::text AS status,
  CASE rp.status WHEN 'PLANNED' THEN '待实施' WHEN 'IMPLEMENTED' THEN '已实施' END AS status_label,
  rp."expectedYearlyIncome" AS expected_yearly_income,
  rp.description AS description,
  rp."createdAt" AS created_at
FROM assets."RevitalisationPlan" rp
JOIN assets."Building" b ON b.id = rp."buildingId"
LEFT JOIN directory."Organization" owning ON owning.id = b."owningUnitId"
LEFT JOIN directory."Organization" using_unit ON using_unit.id = b."usingUnitId"
WHERE bi_directory.unit_visible(b."owningUnitId", (SELECT bi_directory.visible_unit_ids()))
   OR bi_directory.unit_visible(b."usingUnitId", (SELECT bi_directory.visible_unit_ids()));

-- 闲置房屋移交: One row per idle property handed over (e.g. to 商发集团) to let, with the yearly after-tax rent it brings.
CREATE VIEW bi_assets.handovers WITH (security_barrier) AS
SELECT
  h.id AS id,
  b.id AS building_id,
  b.code AS building_code,
  b.name AS building_name,
  b."owningUnitId" AS owning_unit_id,
  owning.code AS owning_unit_code,
  owning.name AS owning_unit_name,
  b."usingUnitId" AS using_unit_id,
  using_unit.code AS using_unit_code,
  using_unit.name AS using_unit_name,
  h."planId" AS plan_id,
  h."recipientId" AS recipient_unit_id,
  recipient.code AS recipient_unit_code,
  recipient.name AS recipient_unit_name,
  h."handedOverOn" AS handed_over_on,
  h."yearlyRent" AS yearly_rent,
  h."createdAt" AS created_at
FROM assets."Handover" h
JOIN assets."Building" b ON b.id = h."buildingId"
LEFT JOIN directory."Organization" owning ON owning.id = b."owningUnitId"
LEFT JOIN directory."Organization" using_unit ON using_unit.id = b."usingUnitId"
LEFT JOIN directory."Organization" recipient ON recipient.id = h."recipientId"
WHERE bi_directory.unit_visible(b."owningUnitId", (SELECT bi_directory.visible_unit_ids()))
   OR bi_directory.unit_visible(b."usingUnitId", (SELECT bi_directory.visible_unit_ids()))
   OR bi_directory.unit_visible(h."recipientId", (SELECT bi_directory.visible_unit_ids()));

-- 出租出借: One row per lease or loan of a property (or part of one) to someone outside the register.
CREATE VIEW bi_assets.leases WITH (security_barrier) AS
SELECT
  l.id AS id,
  b.id AS building_id,
  b.code AS building_code,
  b.name AS building_name,
  b."owningUnitId" AS owning_unit_id,
  owning.code AS owning_unit_code,
  owning.name AS owning_unit_name,
  b."usingUnitId" AS using_unit_id,
  using_unit.code AS using_unit_code,
  using_unit.name AS using_unit_name,
  l.kind::text AS kind,
  CASE l.kind WHEN 'LEASE' THEN '出租' WHEN 'LOAN' THEN '出借' END AS kind_label,
  l.counterparty AS counterparty,
  l."startsOn" AS starts_on,
  l."endsOn" AS ends_on,
  l."yearlyRent" AS yearly_rent,
  l."endedOn" AS ended_on,
  l."createdAt" AS created_at
FROM assets."Lease" l
JOIN assets."Building" b ON b.id = l."buildingId"
LEFT JOIN directory."Organization" owning ON owning.id = b."owningUnitId"
LEFT JOIN directory."Organization" using_unit ON using_unit.id = b."usingUnitId"
WHERE bi_directory.unit_visible(b."owningUnitId", (SELECT bi_directory.visible_unit_ids()))
   OR bi_directory.unit_visible(b."usingUnitId", (SELECT bi_directory.visible_unit_ids()));

-- 租赁用房: One row per office space the district rents in for a unit; given_up_on is set once it was given up (退租).
CREATE VIEW bi_assets.rented_spaces WITH (security_barrier) AS
SELECT
  rs.id AS id,
  rs."organizationId" AS unit_id,
  unit.code AS unit_code,
  unit.name AS unit_name,
  rs.address AS address,
  rs.landlord AS landlord,
  rs.area AS area,
  rs."yearlyRent" AS yearly_rent,
  rs."startsOn" AS starts_on,
  rs."givenUpOn" AS given_up_on,
  rs."createdAt" AS created_at
FROM assets."RentedSpace" rs
LEFT JOIN directory."Organization" unit ON unit.id = rs."organizationId"
WHERE bi_directory.unit_visible(rs."organizationId", (SELECT bi_directory.visible_unit_ids()));

-- 公物仓: The public warehouses (虚拟仓 and 实体仓); open to every reader.
CREATE VIEW bi_assets.warehouses WITH (security_barrier) AS
SELECT
  w.id AS id,
  w.code AS code,
  w.name AS name,
  w.kind::text AS kind,
  CASE w.kind WHEN 'VIRTUAL' THEN '虚拟仓' WHEN 'PHYSICAL' THEN '实体仓' END AS kind_label,
  w.address AS address
FROM assets."Warehouse" w;

-- 公物仓物品: One row per lot of like pieces in a warehouse, with its quantities, per-piece values and state; the catalogue is open to every reader.
CREATE VIEW bi_assets.warehouse_items WITH (security_barrier) AS
SELECT
  it.id AS id,
  it.code AS code,
  it.name AS name,
  w.id AS warehouse_id,
  w.code AS warehouse_code,
  w.name AS warehouse_name,
  w.kind::text AS warehouse_kind,
  CASE w.kind WHEN 'VIRTUAL' THEN '虚拟仓' WHEN 'PHYSICAL' THEN '实体仓' END AS warehouse_kind_label,
  it.category::text AS category,
  CASE it.category WHEN 'FURNITURE' THEN '家具' WHEN 'OFFICE_EQUIPMENT' THEN '办公设备' WHEN 'IT_EQUIPMENT' THEN '信息设备' WHEN 'APPLIANCE' THEN '电器' WHEN 'OTHER' THEN '其他' END AS category_label,
  it.quantity AS quantity,
  it."availableQuantity" AS available_quantity,
  it."reservedQuantity" AS reserved_quantity,
  it."originalValue" AS original_value,
  it."assessedValue" AS assessed_value,
  it."newPrice" AS new_price,
  it."fromUnitId" AS from_unit_id,
  from_unit.code AS from_unit_code,
  from_unit.name AS from_unit_name,
  it.origin::text AS origin,
  CASE it.origin WHEN 'UNIT_TRANSFER' THEN '单位移交入仓' WHEN 'OPENING_STOCK' THEN '期初库存' END AS origin_label,
  it.condition::text AS condition,
  CASE it.condition WHEN 'NEW' THEN '全新' WHEN 'GOOD' THEN '良好' WHEN 'FAIR' THEN '一般' WHEN 'POOR' THEN '较差' END AS condition_label,
  it.state::text AS state,
  CASE it.state WHEN 'LISTED' THEN '可申请' WHEN 'RESERVED' THEN '已预留' WHEN 'ALLOCATED' THEN '已调剂' WHEN 'DISPOSED' THEN '已处置' END AS state_label,
  it."listedOn" AS listed_on,
  it."createdAt" AS created_at,
  it."updatedAt" AS updated_at
FROM assets."WarehouseItem" it
JOIN assets."Warehouse" w ON w.id = it."warehouseId"
LEFT JOIN directory."Organization" from_unit ON from_unit.id = it."fromUnitId";

-- 调剂申请: One row per request of a unit for pieces of a warehouse item (调剂申请), with the decision.
CREATE VIEW bi_assets.warehouse_requests WITH (security_barrier) AS
SELECT
  rq.id AS id,
  it.id AS item_id,
  it.code AS item_code,
  it.name AS item_name,
  rq."organizationId" AS unit_id,
  unit.code AS unit_code,
  unit.name AS unit_name,
  rq.quantity AS quantity,
  rq.reason AS reason,
  rq.status::text AS status,
  CASE rq.status WHEN 'PENDING' THEN '待审批' WHEN 'APPROVED' THEN '已批准' WHEN 'REJECTED' THEN '已驳回' END AS status_label,
  rq."requestedAt" AS requested_at,
  rq."decidedAt" AS decided_at,
  rq."decisionReason" AS decision_reason,
  coalesce(rq."decidedAt", rq."requestedAt") AS changed_at
FROM assets."WarehouseRequest" rq
JOIN assets."WarehouseItem" it ON it.id = rq."itemId"
LEFT JOIN directory."Organization" unit ON unit.id = rq."organizationId"
WHERE bi_directory.unit_visible(rq."organizationId", (SELECT bi_directory.visible_unit_ids()));

-- 出仓记录: One row per issue of pieces out of a warehouse (调剂 or 处置 出仓), with their original value and the money a reallocation saved.
CREATE VIEW bi_assets.warehouse_issues WITH (security_barrier) AS
SELECT
  wi.id AS id,
  it.id AS item_id,
  it.code AS item_code,
  it.name AS item_name,
  wi.kind::text AS kind,
  CASE wi.kind WHEN 'REALLOCATION' THEN '调剂出仓' WHEN 'DISPOSAL' THEN '处置出仓' END AS kind_label,
  wi.quantity AS quantity,
  wi."receivingId" AS receiving_unit_id,
  receiving.code AS receiving_unit_code,
  receiving.name AS receiving_unit_name,
  it."fromUnitId" AS from_unit_id,
  from_unit.code AS from_unit_code,
  from_unit.name AS from_unit_name,
  wi."requestId" AS request_id,
  wi."disposalId" AS disposal_id,
  wi."issuedOn" AS issued_on,
  wi.value AS value,
  wi.savings AS savings,
  wi."createdAt" AS created_at
FROM assets."WarehouseIssue" wi
JOIN assets."WarehouseItem" it ON it.id = wi."itemId"
LEFT JOIN directory."Organization" receiving ON receiving.id = wi."receivingId"
LEFT JOIN directory."Organization" from_unit ON from_unit.id = it."fromUnitId"
WHERE bi_directory.unit_visible(wi."receivingId", (SELECT bi_directory.visible_unit_ids()))
   OR bi_directory.unit_visible(it."fromUnitId", (SELECT bi_directory.visible_unit_ids()));

-- 资产处置: One row per application to dispose of an asset (a property, a vehicle or warehouse pieces), with its method, value and status.
CREATE VIEW bi_assets.disposals WITH (security_barrier) AS
SELECT
  dp.id AS id,
  dp.code AS code,
  dp."organizationId" AS unit_id,
  unit.code AS unit_code,
  unit.name AS unit_name,
  dp."assetKind"::text AS asset_kind,
  CASE dp."assetKind" WHEN 'PROPERTY' THEN '房屋' WHEN 'VEHICLE' THEN '车辆' WHEN 'WAREHOUSE_ITEM' THEN '公物仓物品' END AS asset_kind_label,
  dp."assetCardNumber" AS asset_card_number,
  dp."assetName" AS asset_name,
  b.id AS building_id,
  b.code AS building_code,
  v.id AS vehicle_id,
  v."plateNumber" AS plate_number,
  it.id AS item_id,
  it.code AS item_code,
  dp.value AS value,
  dp.method::text AS method,
  CASE dp.method WHEN 'SCRAP' THEN '报废' WHEN 'SALE' THEN '转让' WHEN 'TRANSFER' THEN '调拨' WHEN 'DONATION' THEN '捐赠' WHEN 'DEMOLITION' THEN '拆除' END AS method_label,
  dp.status::text AS status,
  CASE dp.status WHEN 'DRAFT' THEN '草稿' WHEN 'SUBMITTED' THEN '已提交' WHEN 'APPROVED' THEN '已批复' WHEN 'REJECTED' THEN '已驳回' WHEN 'EXECUTED' THEN '已执行' END AS status_label,
  dp."decidedOn" AS decided_on,
  dp."createdAt" AS created_at,
  dp."updatedAt" AS updated_at
FROM assets."Disposal" dp
LEFT JOIN assets."Building" b ON b.id = dp."buildingId"
LEFT JOIN assets."Vehicle" v ON v.id = dp."vehicleId"
LEFT JOIN assets."WarehouseItem" it ON it.id = dp."itemId"
LEFT JOIN directory."Organization" unit ON unit.id = dp."organizationId"
WHERE bi_directory.unit_visible(dp."organizationId", (SELECT bi_directory.visible_unit_ids()));

-- 处置流程记录: One row per step of a disposal (created, submitted, approved …), with the reason given.
CREATE VIEW bi_assets.disposal_steps WITH (security_barrier) AS
SELECT
  ds.id AS id,
  dp.id AS disposal_id,
  dp.code AS disposal_code,
  dp."organizationId" AS unit_id,
  unit.code AS unit_code,
  unit.name AS unit_name,
  ds."fromStatus"::text AS from_status,
  CASE ds."fromStatus" WHEN 'DRAFT' THEN '草稿' WHEN 'SUBMITTED' THEN '已提交' WHEN 'APPROVED' THEN '已批复' WHEN 'REJECTED' THEN '已驳回' WHEN 'EXECUTED' THEN '已执行' END AS from_status_label,
  ds."toStatus"::text AS to_status,
  CASE ds."toStatus" WHEN 'DRAFT' THEN '草稿' WHEN 'SUBMITTED' THEN '已提交' WHEN 'APPROVED' THEN '已批复' WHEN 'REJECTED' THEN '已驳回' WHEN 'EXECUTED' THEN '已执行' END AS to_status_label,
  ds.reason AS reason,
  ds.at AS at
FROM assets."DisposalStep" ds
JOIN assets."Disposal" dp ON dp.id = ds."disposalId"
LEFT JOIN directory."Organization" unit ON unit.id = dp."organizationId"
WHERE bi_directory.unit_visible(dp."organizationId", (SELECT bi_directory.visible_unit_ids()));

-- 公务用车: One row per official vehicle, with its kind, energy type, purchase and status.
CREATE VIEW bi_assets.vehicles WITH (security_barrier) AS
SELECT
  v.id AS id,
  v."plateNumber" AS plate_number,
  v."organizationId" AS unit_id,
  unit.code AS unit_code,
  unit.name AS unit_name,
  v.kind::text AS kind,
  CASE v.kind WHEN 'SEDAN' THEN '轿车' WHEN 'SUV' THEN '越野车' WHEN 'MPV' THEN '商务车' WHEN 'ENFORCEMENT' THEN '执法执勤' WHEN 'SPECIAL' THEN '特种车' END AS kind_label,
  v."energyType"::text AS energy_type,
  CASE v."energyType" WHEN 'BATTERY_ELECTRIC' THEN '纯电动' WHEN 'PLUG_IN_HYBRID' THEN '插电混动' WHEN 'FUEL' THEN '燃油' END AS energy_type_label,
  v.model AS model,
  v."purchasedOn" AS purchased_on,
  v."purchasePrice" AS purchase_price,
  v.status::text AS status,
  CASE v.status WHEN 'IN_SERVICE' THEN '在用' WHEN 'DISPOSED' THEN '已处置' END AS status_label,
  v."timeShare" AS time_share,
  v."createdAt" AS created_at,
  v."updatedAt" AS updated_at
FROM assets."Vehicle" v
LEFT JOIN directory."Organization" unit ON unit.id = v."organizationId"
WHERE bi_directory.unit_visible(v."organizationId", (SELECT bi_directory.visible_unit_ids()));

-- 车辆配备审核: One row per request of a unit to buy vehicles of one kind and energy type, with the decision.
CREATE VIEW bi_assets.vehicle_purchase_approvals WITH (security_barrier) AS
SELECT
  pa.id AS id,
  pa."organizationId" AS unit_id,
  unit.code AS unit_code,
  unit.name AS unit_name,
  pa."vehicleKind"::text AS vehicle_kind,
  CASE pa."vehicleKind" WHEN 'SEDAN' THEN '轿车' WHEN 'SUV' THEN '越野车' WHEN 'MPV' THEN '商务车' WHEN 'ENFORCEMENT' THEN '执法执勤' WHEN 'SPECIAL' THEN '特种车' END AS vehicle_kind_label,
  pa."energyType"::text AS energy_type,
  CASE pa."energyType" WHEN 'BATTERY_ELECTRIC' THEN '纯电动' WHEN 'PLUG_IN_HYBRID' THEN '插电混动' WHEN 'FUEL' THEN '燃油' END AS energy_type_label,
  pa.quantity AS quantity,
  pa.budget AS budget,
  pa.reason AS reason,
  pa."requestedOn" AS requested_on,
  pa.status::text AS status,
  CASE pa.status WHEN 'PENDING' THEN '待审批' WHEN 'APPROVED' THEN '已批准' WHEN 'REJECTED' THEN '已驳回' END AS status_label,
  pa."decidedOn" AS decided_on,
  pa."decisionReason" AS decision_reason,
  pa."createdAt" AS created_at
FROM assets."VehiclePurchaseApproval" pa
LEFT JOIN directory."Organization" unit ON unit.id = pa."organizationId"
WHERE bi_directory.unit_visible(pa."organizationId", (SELECT bi_directory.visible_unit_ids()));

-- 油卡充值: One row per top-up of a vehicle's fuel card.
CREATE VIEW bi_assets.fuel_top_ups WITH (security_barrier) AS
SELECT
  ft.id AS id,
  v.id AS vehicle_id,
  v."plateNumber" AS plate_number,
  v."organizationId" AS unit_id,
  unit.code AS unit_code,
  unit.name AS unit_name,
  ft."cardNumber" AS card_number,
  ft."toppedUpOn" AS topped_up_on,
  ft.amount AS amount,
  ft."createdAt" AS created_at
FROM assets."FuelTopUp" ft
JOIN assets."Vehicle" v ON v.id = ft."vehicleId"
LEFT JOIN directory."Organization" unit ON unit.id = v."organizationId"
WHERE bi_directory.unit_visible(v."organizationId", (SELECT bi_directory.visible_unit_ids()));

-- 出车记录: One row per trip of an official vehicle, with its distance and purpose.
CREATE VIEW bi_assets.trips WITH (security_barrier) AS
SELECT
  t.id AS id,
  v.id AS vehicle_id,
  v."plateNumber" AS plate_number,
  v."organizationId" AS unit_id,
  unit.code AS unit_code,
  unit.name AS unit_name,
  t."tripDate" AS trip_date,
  t."distanceKm" AS distance_km,
  t.purpose AS purpose,
  t.driver AS driver,
  t."createdAt" AS created_at
FROM assets."Trip" t
JOIN assets."Vehicle" v ON v.id = t."vehicleId"
LEFT JOIN directory."Organization" unit ON unit.id = v."organizationId"
WHERE bi_directory.unit_visible(v."organizationId", (SELECT bi_directory.visible_unit_ids()));

-- 车辆维保: One row per maintenance, repair or annual inspection of a vehicle, with its cost.
CREATE VIEW bi_assets.service_records WITH (security_barrier) AS
SELECT
  sr.id AS id,
  v.id AS vehicle_id,
  v."plateNumber" AS plate_number,
  v."organizationId" AS unit_id,
  unit.code AS unit_code,
  unit.name AS unit_name,
  sr."servicedOn" AS serviced_on,
  sr.kind::text AS kind,
  CASE sr.kind WHEN 'MAINTENANCE' THEN '保养' WHEN 'REPAIR' THEN '维修' WHEN 'ANNUAL_INSPECTION' THEN '年检' END AS kind_label,
  sr.cost AS cost,
  sr.workshop AS workshop,
  sr.description AS description,
  sr."createdAt" AS created_at
FROM assets."ServiceRecord" sr
JOIN assets."Vehicle" v ON v.id = sr."vehicleId"
LEFT JOIN directory."Organization" unit ON unit.id = v."organizationId"
WHERE bi_directory.unit_visible(v."organizationId", (SELECT bi_directory.visible_unit_ids()));

-- 分时租赁: One row per time-share rental (分时租赁) of a pool vehicle by a unit.
CREATE VIEW bi_assets.vehicle_bookings WITH (security_barrier) AS
SELECT
  vb.id AS id,
  v.id AS vehicle_id,
  v."plateNumber" AS plate_number,
  vb."organizationId" AS unit_id,
  unit.code AS unit_code,
  unit.name AS unit_name,
  v."organizationId" AS vehicle_unit_id,
  vehicle_unit.code AS vehicle_unit_code,
  vehicle_unit.name AS vehicle_unit_name,
  vb."startsAt" AS starts_at,
  vb."endsAt" AS ends_at,
  vb.purpose AS purpose,
  vb.status::text AS status,
  CASE vb.status WHEN 'BOOKED' THEN '已预订' WHEN 'CANCELLED' THEN '已取消' END AS status_label,
  vb."createdAt" AS created_at
FROM assets."VehicleBooking" vb
JOIN assets."Vehicle" v ON v.id = vb."vehicleId"
LEFT JOIN directory."Organization" unit ON unit.id = vb."organizationId"
LEFT JOIN directory."Organization" vehicle_unit ON vehicle_unit.id = v."organizationId"
WHERE bi_directory.unit_visible(vb."organizationId", (SELECT bi_directory.visible_unit_ids()))
   OR bi_directory.unit_visible(v."organizationId", (SELECT bi_directory.visible_unit_ids()));

-- Only the BI role reads the views; nothing of the base schema.
GRANT USAGE ON SCHEMA bi_assets TO jiguan_bi;
GRANT SELECT ON bi_assets.buildings, bi_assets.surveys, bi_assets.archive_documents, bi_assets.floors, bi_assets.rooms, bi_assets.room_allocations, bi_assets.staffing, bi_assets.office_space_standards, bi_assets.inspections, bi_assets.inspection_problems, bi_assets.rectification_items, bi_assets.revitalisation_plans, bi_assets.handovers, bi_assets.leases, bi_assets.rented_spaces, bi_assets.warehouses, bi_assets.warehouse_items, bi_assets.warehouse_requests, bi_assets.warehouse_issues, bi_assets.disposals, bi_assets.disposal_steps, bi_assets.vehicles, bi_assets.vehicle_purchase_approvals, bi_assets.fuel_top_ups, bi_assets.trips, bi_assets.service_records, bi_assets.vehicle_bookings TO jiguan_bi;
