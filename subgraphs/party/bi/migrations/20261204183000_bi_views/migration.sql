-- The party domain's BI datasets (docs/bi.md): one flat view per fact, in the schema bi_party,
-- applied after every subgraph's own migrations (they read party.* and directory.* by
-- schema-qualified names, and the row scope of bi_directory). Enums are a code and a zh-CN label;
-- units are their directory id, code (the BI tools' join key) and name; people are their directory
-- id only (names and posts are bi_directory.people's, scoped by the person's unit).
--
-- Scope: the rows of an organisation's life (organisations, re-elections, meetings, education,
-- letters and signatures, honours, rectification tasks, dues per branch and month) are visible when
-- the unit the Party organisation is set up in is; a cadre appointment when its unit is. Personal
-- rows (members, candidates) are visible when the person's own unit (directory."Person") is, never
-- through the branch, so a reader scoped to one unit never sees the members working in another.
-- Personal data stays out: no income, no dues of a member (only sums per branch and month), no
-- introducers, no attendance of a person (only counts per meeting). The list of visible units is an
-- InitPlan: computed once per query (see bi_directory.unit_visible).

-- 党组织: One row per Party organisation (党组, 党总支, 党支部) with its unit, term and current size.
CREATE VIEW bi_party.organisations WITH (security_barrier) AS
SELECT
  o.id AS id,
  o.kind::text AS kind,
  CASE o.kind WHEN 'LEADERSHIP_GROUP' THEN '党组' WHEN 'GENERAL_BRANCH' THEN '党总支' WHEN 'BRANCH' THEN '党支部' END AS kind_label,
  o.name AS name,
  o."parentId" AS parent_id,
  parent.name AS parent_name,
  o."organizationId" AS unit_id,
  unit.code AS unit_code,
  unit.name AS unit_name,
  o."isJointBranch" AS is_joint_branch,
  o."foundedOn" AS founded_on,
  o."secretaryPersonId" AS secretary_person_id,
  o."termStartOn" AS term_start_on,
  o."termEndOn" AS term_end_on,
  o."termEndOn" < (now() AT TIME ZONE 'Asia/Shanghai')::date AS re_election_overdue,
  (SELECT count(*)::integer FROM party."PartyMember" m WHERE m."branchId" = o.id AND m.status <> 'TRANSFERRED_OUT') AS member_count,
  (SELECT count(*)::integer FROM party."CommitteeMember" c WHERE c."partyOrganizationId" = o.id) AS committee_size,
  o."createdAt" AS created_at
FROM party."PartyOrganization" o
LEFT JOIN party."PartyOrganization" parent ON parent.id = o."parentId"
LEFT JOIN directory."Organization" unit ON unit.id = o."organizationId"
WHERE bi_directory.unit_visible(o."organizationId", (SELECT bi_directory.visible_unit_ids()));

-- 换届选举: One row per re-election, with the term it renewed and the new one.
CREATE VIEW bi_party.re_elections WITH (security_barrier) AS
SELECT
  r.id AS id,
  o.id AS party_organization_id,
  o.name AS party_organization_name,
  o."organizationId" AS unit_id,
  unit.code AS unit_code,
  unit.name AS unit_name,
  r."heldOn" AS held_on,
  r."previousTermEndOn" AS previous_term_end_on,
  r."termStartOn" AS term_start_on,
  r."termEndOn" AS term_end_on,
  r."secretaryPersonId" AS secretary_person_id,
  r.result AS result,
  r."createdAt" AS created_at
FROM party."ReElection" r
JOIN party."PartyOrganization" o ON o.id = r."partyOrganizationId"
LEFT JOIN directory."Organization" unit ON unit.id = o."organizationId"
WHERE bi_directory.unit_visible(o."organizationId", (SELECT bi_directory.visible_unit_ids()));

-- 组织生活: One row per meeting (中心组学习, 三会一课, 主题党日) with how many attended and were absent.
CREATE VIEW bi_party.meetings WITH (security_barrier) AS
SELECT
  mt.id AS id,
  o.id AS party_organization_id,
  o.name AS party_organization_name,
  o."organizationId" AS unit_id,
  unit.code AS unit_code,
  unit.name AS unit_name,
  mt.kind::text AS kind,
  CASE mt.kind WHEN 'CENTRAL_GROUP_STUDY' THEN '中心组理论学习' WHEN 'GENERAL_MEETING' THEN '支部党员大会' WHEN 'COMMITTEE_MEETING' THEN '支部委员会'
    WHEN 'GROUP_MEETING' THEN '党小组会' WHEN 'PARTY_LECTURE' THEN '党课' WHEN 'THEME_DAY' THEN '主题党日' END AS kind_label,
  mt."heldOn" AS held_on,
  mt.topic AS topic,
  mt.place AS place,
  (SELECT count(*)::integer FROM party."MeetingAttendance" a WHERE a."meetingId" = mt.id) AS attendee_count,
  (SELECT count(*)::integer FROM party."MeetingAttendance" a WHERE a."meetingId" = mt.id AND a.present) AS present_count,
  (SELECT count(*)::integer FROM party."MeetingAttendance" a WHERE a."meetingId" = mt.id AND NOT a.present) AS absent_count,
  mt."createdAt" AS created_at
FROM party."Meeting" mt
JOIN party."PartyOrganization" o ON o.id = mt."partyOrganizationId"
LEFT JOIN directory."Organization" unit ON unit.id = o."organizationId"
WHERE bi_directory.unit_visible(o."organizationId", (SELECT bi_directory.visible_unit_ids()));

-- 纪律教育: One row per education activity (警示教育参观, 专题学习).
CREATE VIEW bi_party.education_activities WITH (security_barrier) AS
SELECT
  e.id AS id,
  o.id AS party_organization_id,
  o.name AS party_organization_name,
  o."organizationId" AS unit_id,
  unit.code AS unit_code,
  unit.name AS unit_name,
  e.kind::text AS kind,
  CASE e.kind WHEN 'VISIT' THEN '警示教育参观' WHEN 'SPECIAL_STUDY' THEN '专题学习' END AS kind_label,
  e.title AS title,
  e.place AS place,
  e."heldOn" AS held_on,
  e.participants AS participants,
  e."createdAt" AS created_at
FROM party."EducationActivity" e
JOIN party."PartyOrganization" o ON o.id = e."partyOrganizationId"
LEFT JOIN directory."Organization" unit ON unit.id = o."organizationId"
WHERE bi_directory.unit_visible(o."organizationId", (SELECT bi_directory.visible_unit_ids()));

-- 责任书、承诺书: One row per letter or pledge, with how many signed it.
CREATE VIEW bi_party.letters WITH (security_barrier) AS
SELECT
  l.id AS id,
  o.id AS party_organization_id,
  o.name AS party_organization_name,
  o."organizationId" AS unit_id,
  unit.code AS unit_code,
  unit.name AS unit_name,
  l.kind::text AS kind,
  CASE l.kind WHEN 'RESPONSIBILITY' THEN '责任书' WHEN 'PLEDGE' THEN '承诺书' END AS kind_label,
  l.title AS title,
  l.year AS year,
  (SELECT count(*)::integer FROM party."LetterSignature" s WHERE s."letterId" = l.id) AS signed_count,
  l."createdAt" AS created_at
FROM party."ResponsibilityLetter" l
JOIN party."PartyOrganization" o ON o.id = l."partyOrganizationId"
LEFT JOIN directory."Organization" unit ON unit.id = o."organizationId"
WHERE bi_directory.unit_visible(o."organizationId", (SELECT bi_directory.visible_unit_ids()));

-- 签署情况: One row per signature of a letter or pledge: who signed, when.
CREATE VIEW bi_party.letter_signatures WITH (security_barrier) AS
SELECT
  s.id AS id,
  l.id AS letter_id,
  l.title AS letter_title,
  l.kind::text AS letter_kind,
  CASE l.kind WHEN 'RESPONSIBILITY' THEN '责任书' WHEN 'PLEDGE' THEN '承诺书' END AS letter_kind_label,
  l.year AS year,
  o.id AS party_organization_id,
  o.name AS party_organization_name,
  o."organizationId" AS unit_id,
  unit.code AS unit_code,
  unit.name AS unit_name,
  s."personId" AS person_id,
  s."signedOn" AS signed_on
FROM party."LetterSignature" s
JOIN party."ResponsibilityLetter" l ON l.id = s."letterId"
JOIN party."PartyOrganization" o ON o.id = l."partyOrganizationId"
LEFT JOIN directory."Organization" unit ON unit.id = o."organizationId"
WHERE bi_directory.unit_visible(o."organizationId", (SELECT bi_directory.visible_unit_ids()));

-- 荣誉表彰: One row per honour of an organisation or a person of it.
CREATE VIEW bi_party.honours WITH (security_barrier) AS
SELECT
  h.id AS id,
  o.id AS party_organization_id,
  o.name AS party_organization_name,
  o."organizationId" AS unit_id,
  unit.code AS unit_code,
  unit.name AS unit_name,
  h.kind::text AS kind,
  CASE h.kind WHEN 'ORGANISATION' THEN '集体荣誉' WHEN 'INDIVIDUAL' THEN '个人荣誉' END AS kind_label,
  h."personId" AS person_id,
  h.title AS title,
  h."awardedBy" AS awarded_by,
  h."awardedOn" AS awarded_on,
  h."createdAt" AS created_at
FROM party."Honour" h
JOIN party."PartyOrganization" o ON o.id = h."partyOrganizationId"
LEFT JOIN directory."Organization" unit ON unit.id = o."organizationId"
WHERE bi_directory.unit_visible(o."organizationId", (SELECT bi_directory.visible_unit_ids()));

-- 科级干部选拔任用: One row per section-level cadre appointed, with the unit of the post.
CREATE VIEW bi_party.cadre_appointments WITH (security_barrier) AS
SELECT
  c.id AS id,
  c."personId" AS person_id,
  c."organizationId" AS unit_id,
  unit.code AS unit_code,
  unit.name AS unit_name,
  c.position AS position,
  c.level::text AS level,
  CASE c.level WHEN 'SECTION_CHIEF' THEN '正科级' WHEN 'SECTION_DEPUTY' THEN '副科级' END AS level_label,
  c."proposedOn" AS proposed_on,
  c."publicNoticeOn" AS public_notice_on,
  c."appointedOn" AS appointed_on,
  c."createdAt" AS created_at
FROM party."CadreAppointment" c
LEFT JOIN directory."Organization" unit ON unit.id = c."organizationId"
WHERE bi_directory.unit_visible(c."organizationId", (SELECT bi_directory.visible_unit_ids()));

-- 巡察整改: One row per rectification item, with its owner, due date, status and whether it is overdue.
CREATE VIEW bi_party.rectification_tasks WITH (security_barrier) AS
SELECT
  t.id AS id,
  o.id AS party_organization_id,
  o.name AS party_organization_name,
  o."organizationId" AS unit_id,
  unit.code AS unit_code,
  unit.name AS unit_name,
  t.source AS source,
  t.item AS item,
  t."ownerPersonId" AS owner_person_id,
  t."dueOn" AS due_on,
  t.status::text AS status,
  CASE t.status WHEN 'OPEN' THEN '待整改' WHEN 'IN_PROGRESS' THEN '整改中' WHEN 'DONE' THEN '已完成' WHEN 'VERIFIED' THEN '已销号' END AS status_label,
  t.evidence AS evidence,
  t."doneOn" AS done_on,
  (t.status IN ('OPEN', 'IN_PROGRESS') AND t."dueOn" < (now() AT TIME ZONE 'Asia/Shanghai')::date) AS overdue,
  t."createdAt" AS created_at
FROM party."RectificationTask" t
JOIN party."PartyOrganization" o ON o.id = t."partyOrganizationId"
LEFT JOIN directory."Organization" unit ON unit.id = o."organizationId"
WHERE bi_directory.unit_visible(o."organizationId", (SELECT bi_directory.visible_unit_ids()));

-- 党员: One row per member: branch, status and dates; no income or dues. Scoped by the person's own unit.
CREATE VIEW bi_party.members WITH (security_barrier) AS
SELECT
  m.id AS id,
  m."personId" AS person_id,
  p."organizationId" AS person_unit_id,
  unit.code AS person_unit_code,
  unit.name AS person_unit_name,
  b.id AS branch_id,
  b.name AS branch_name,
  m.status::text AS status,
  CASE m.status WHEN 'PROBATIONARY' THEN '预备党员' WHEN 'FULL' THEN '正式党员' WHEN 'TRANSFERRED_OUT' THEN '已转出' END AS status_label,
  m."joinedOn" AS joined_on,
  m."fullOn" AS full_on,
  m."createdAt" AS created_at
FROM party."PartyMember" m
JOIN party."PartyOrganization" b ON b.id = m."branchId"
LEFT JOIN directory."Person" p ON p.id = m."personId"
LEFT JOIN directory."Organization" unit ON unit.id = p."organizationId"
WHERE bi_directory.unit_visible(p."organizationId", (SELECT bi_directory.visible_unit_ids()));

-- 党员发展: One row per candidate: branch, stage and the day of each step; no introducers or other personal data. Scoped by the person's own unit.
CREATE VIEW bi_party.candidates WITH (security_barrier) AS
SELECT
  c.id AS id,
  c."personId" AS person_id,
  p."organizationId" AS person_unit_id,
  unit.code AS person_unit_code,
  unit.name AS person_unit_name,
  b.id AS branch_id,
  b.name AS branch_name,
  c.stage::text AS stage,
  CASE c.stage WHEN 'APPLICANT' THEN '入党申请人' WHEN 'ACTIVIST' THEN '入党积极分子' WHEN 'DEVELOPMENT_TARGET' THEN '发展对象'
    WHEN 'PROBATIONARY' THEN '预备党员' WHEN 'FULL' THEN '正式党员' WHEN 'CANCELLED' THEN '已取消' END AS stage_label,
  c."appliedOn" AS applied_on,
  c."activistOn" AS activist_on,
  c."targetOn" AS target_on,
  c."politicalReviewOn" AS political_review_on,
  c."admittedOn" AS admitted_on,
  c."probationEndsOn" AS probation_ends_on,
  c."fullOn" AS full_on,
  c."cancelledOn" AS cancelled_on,
  c."createdAt" AS created_at
FROM party."Candidate" c
JOIN party."PartyOrganization" b ON b.id = c."branchId"
LEFT JOIN directory."Person" p ON p.id = c."personId"
LEFT JOIN directory."Organization" unit ON unit.id = p."organizationId"
WHERE bi_directory.unit_visible(p."organizationId", (SELECT bi_directory.visible_unit_ids()));

-- 党费收缴: One row per branch and month paid for: how many payments and their sum; no member's own amount.
CREATE VIEW bi_party.dues_by_branch_month WITH (security_barrier) AS
SELECT
  b.id AS branch_id,
  b.name AS branch_name,
  b."organizationId" AS unit_id,
  unit.code AS unit_code,
  unit.name AS unit_name,
  d.month AS month,
  count(*)::integer AS payments,
  sum(d.amount) AS amount
FROM party."DuesPayment" d
JOIN party."PartyMember" m ON m.id = d."memberId"
JOIN party."PartyOrganization" b ON b.id = m."branchId"
LEFT JOIN directory."Organization" unit ON unit.id = b."organizationId"
WHERE bi_directory.unit_visible(b."organizationId", (SELECT bi_directory.visible_unit_ids()))
GROUP BY b.id, b.name, b."organizationId", unit.code, unit.name, d.month;

GRANT USAGE ON SCHEMA bi_party TO jiguan_bi;
GRANT SELECT ON bi_party.organisations, bi_party.re_elections, bi_party.meetings, bi_party.education_activities, bi_party.letters,
  bi_party.letter_signatures, bi_party.honours, bi_party.cadre_appointments, bi_party.rectification_tasks, bi_party.members,
  bi_party.candidates, bi_party.dues_by_branch_month TO jiguan_bi;
