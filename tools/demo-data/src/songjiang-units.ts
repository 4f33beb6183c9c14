/**
 * The units (单位) of the songjiang-2024 demo dataset: the district, the bureau with its sections,
 * the district units the bureau serves (names from the 2024 report where it gives them) and
 * 商发集团. Every subgraph's seed refers to units by these ids, so the ids never change.
 */
export type UnitKind = 'PARTY_GOVERNMENT_ORGAN' | 'PUBLIC_INSTITUTION' | 'STATE_OWNED_ENTERPRISE' | 'INTERNAL_SECTION';

export interface DemoUnit {
  id: string;
  code: string;
  name: string;
  shortName?: string;
  kind: UnitKind;
  parentId: string | null;
  /** Books kept by the bureau (代理记账). */
  underAgencyBookkeeping: boolean;
}

const DISTRICT_ID = 'org-sj';
export const BUREAU_ID = 'org-sj-jgswglj';

const bureauSections: [code: string, name: string, kind: UnitKind][] = [
  ['BGS', '办公室', 'INTERNAL_SECTION'],
  ['ZCGLK', '资产管理科', 'INTERNAL_SECTION'],
  ['ZHFWK', '综合服务科', 'INTERNAL_SECTION'],
  ['CWGLK', '财务管理科', 'INTERNAL_SECTION'],
  ['DJB', '党建办', 'INTERNAL_SECTION'],
  ['JGSWGLZX', '机关事务管理中心', 'PUBLIC_INSTITUTION'],
  ['ZFCGZX', '政府采购中心', 'PUBLIC_INSTITUTION'],
];

/** District units; the two marked `false` keep their own books, the other 48 are under agency bookkeeping. */
const districtUnits: [code: string, name: string, kind: UnitKind, agencyBookkeeping: boolean][] = [
  ['QWBGS', '区委办公室', 'PARTY_GOVERNMENT_ORGAN', true],
  ['QZFBGS', '区政府办公室', 'PARTY_GOVERNMENT_ORGAN', true],
  ['QRDBGS', '区人大常委会办公室', 'PARTY_GOVERNMENT_ORGAN', true],
  ['QZXBGS', '区政协办公室', 'PARTY_GOVERNMENT_ORGAN', true],
  ['QJWJW', '区纪委监委', 'PARTY_GOVERNMENT_ORGAN', false],
  ['QWZZB', '区委组织部', 'PARTY_GOVERNMENT_ORGAN', true],
  ['QWXCB', '区委宣传部', 'PARTY_GOVERNMENT_ORGAN', true],
  ['QWTZB', '区委统战部', 'PARTY_GOVERNMENT_ORGAN', true],
  ['QWZFW', '区委政法委', 'PARTY_GOVERNMENT_ORGAN', true],
  ['QWBB', '区委编办', 'PARTY_GOVERNMENT_ORGAN', true],
  ['QWWXB', '区委网信办', 'PARTY_GOVERNMENT_ORGAN', true],
  ['QJGGW', '区机关工委', 'PARTY_GOVERNMENT_ORGAN', true],
  ['QFZGGW', '区发展改革委', 'PARTY_GOVERNMENT_ORGAN', true],
  ['QJW', '区经济委员会', 'PARTY_GOVERNMENT_ORGAN', true],
  ['QKW', '区科委', 'PARTY_GOVERNMENT_ORGAN', true],
  ['QJYJ', '区教育局', 'PARTY_GOVERNMENT_ORGAN', true],
  ['QMZJ', '区民政局', 'PARTY_GOVERNMENT_ORGAN', true],
  ['QSFJ', '区司法局', 'PARTY_GOVERNMENT_ORGAN', true],
  ['QCZJ', '区财政局', 'PARTY_GOVERNMENT_ORGAN', false],
  ['QRSJ', '区人社局', 'PARTY_GOVERNMENT_ORGAN', true],
  ['QGHZYJ', '区规划资源局', 'PARTY_GOVERNMENT_ORGAN', true],
  ['QSTHJJ', '区生态环境局', 'PARTY_GOVERNMENT_ORGAN', true],
  ['QJSGLW', '区建设管理委', 'PARTY_GOVERNMENT_ORGAN', true],
  ['QJTW', '区交通委', 'PARTY_GOVERNMENT_ORGAN', true],
  ['QNYNCW', '区农业农村委', 'PARTY_GOVERNMENT_ORGAN', true],
  ['QSWJ', '区水务局', 'PARTY_GOVERNMENT_ORGAN', true],
  ['QSWW', '区商务委', 'PARTY_GOVERNMENT_ORGAN', true],
  ['QWHLYJ', '区文化旅游局', 'PARTY_GOVERNMENT_ORGAN', true],
  ['QWSJKW', '区卫生健康委', 'PARTY_GOVERNMENT_ORGAN', true],
  ['QTYJRJ', '区退役军人事务局', 'PARTY_GOVERNMENT_ORGAN', true],
  ['QYJJ', '区应急局', 'PARTY_GOVERNMENT_ORGAN', true],
  ['QSJJ', '区审计局', 'PARTY_GOVERNMENT_ORGAN', true],
  ['QGZW', '区国资委', 'PARTY_GOVERNMENT_ORGAN', true],
  ['QSCJGJ', '区市场监管局', 'PARTY_GOVERNMENT_ORGAN', true],
  ['QTJJ', '区统计局', 'PARTY_GOVERNMENT_ORGAN', true],
  ['QYBJ', '区医保局', 'PARTY_GOVERNMENT_ORGAN', true],
  ['QLHSRJ', '区绿化市容局', 'PARTY_GOVERNMENT_ORGAN', true],
  ['QFGJ', '区房管局', 'PARTY_GOVERNMENT_ORGAN', true],
  ['QMFB', '区民防办', 'PARTY_GOVERNMENT_ORGAN', true],
  ['QXFB', '区信访办', 'PARTY_GOVERNMENT_ORGAN', true],
  ['QXZFYJ', '区行政复议局', 'PARTY_GOVERNMENT_ORGAN', true],
  ['QXCB', '区新城办', 'PARTY_GOVERNMENT_ORGAN', true],
  ['QRCJ', '区人才局', 'PARTY_GOVERNMENT_ORGAN', true],
  ['QSJJU', '区数据局', 'PARTY_GOVERNMENT_ORGAN', true],
  ['QTYJ', '区体育局', 'PARTY_GOVERNMENT_ORGAN', true],
  ['QZGH', '区总工会', 'PUBLIC_INSTITUTION', true],
  ['TQW', '团区委', 'PUBLIC_INSTITUTION', true],
  ['QFL', '区妇联', 'PUBLIC_INSTITUTION', true],
  ['QDAG', '区档案馆', 'PUBLIC_INSTITUTION', true],
  ['QDFZB', '区地方志办', 'PUBLIC_INSTITUTION', true],
];

const unitId = (code: string) => `org-sj-${code.toLowerCase()}`;

export const DEMO_UNITS: readonly DemoUnit[] = [
  { id: DISTRICT_ID, code: 'SJ', name: '上海市松江区', shortName: '松江区', kind: 'PARTY_GOVERNMENT_ORGAN', parentId: null, underAgencyBookkeeping: false },
  { id: BUREAU_ID, code: 'SJ-JGSWGLJ', name: '松江区机关事务管理局', shortName: '区机管局', kind: 'PARTY_GOVERNMENT_ORGAN', parentId: DISTRICT_ID, underAgencyBookkeeping: false },
  ...bureauSections.map(([code, name, kind]) => ({
    id: unitId(`JGSWGLJ-${code}`),
    code: `SJ-JGSWGLJ-${code}`,
    name: `区机管局${name}`,
    shortName: name,
    kind,
    parentId: BUREAU_ID,
    underAgencyBookkeeping: false,
  })),
  ...districtUnits.map(([code, name, kind, agencyBookkeeping]) => ({
    id: unitId(code),
    code: `SJ-${code}`,
    name: name.replace(/^区/, '松江区').replace(/^团区委$/, '共青团松江区委'),
    shortName: name,
    kind,
    parentId: DISTRICT_ID,
    underAgencyBookkeeping: agencyBookkeeping,
  })),
  { id: unitId('SFJT'), code: 'SJ-SFJT', name: '松江区商业发展集团有限公司', shortName: '商发集团', kind: 'STATE_OWNED_ENTERPRISE', parentId: DISTRICT_ID, underAgencyBookkeeping: false },
];

/** The id of a unit by its name or short name as the report writes it (区审计局, 商发集团 …). */
export function demoUnitId(name: string): string {
  const unit = DEMO_UNITS.find((u) => u.name === name || u.shortName === name);
  if (!unit) throw new Error(`no demo unit named ${name}`);
  return unit.id;
}
