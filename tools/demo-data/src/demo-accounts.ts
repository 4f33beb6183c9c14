/**
 * The demo logins, one for every role: the directory seeds them and `npm start` prints them (the
 * README lists them too). Each belongs to a person of the named unit (name or short name).
 */
export interface DemoAccount {
  username: string;
  password: string;
  roles: ('ADMIN' | 'LEADER' | 'ASSETS_STAFF' | 'SERVICES_STAFF' | 'FINANCE_STAFF' | 'PARTY_STAFF' | 'UNIT_USER' | 'BI_READER')[];
  dataScope: 'ALL' | 'DEPARTMENT' | 'UNIT_AND_CHILDREN' | 'SELF';
  /** What the role is, as the login screen and the README say it. */
  label: string;
  unit: string;
  name: string;
  position: string;
  rank: 'DISTRICT_CHIEF' | 'DISTRICT_DEPUTY' | 'DIVISION_CHIEF' | 'DIVISION_DEPUTY' | 'SECTION_CHIEF' | 'SECTION_DEPUTY' | 'STAFF';
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { username: 'admin', password: 'Admin@2024', roles: ['ADMIN'], dataScope: 'ALL', label: '系统管理员 ADMIN', unit: '办公室', name: '王建国', position: '信息化管理员', rank: 'SECTION_DEPUTY' },
  { username: 'leader', password: 'Demo@2024', roles: ['LEADER'], dataScope: 'ALL', label: '局领导 LEADER', unit: '区机管局', name: '李宏波', position: '党组书记、局长', rank: 'DIVISION_CHIEF' },
  { username: 'assets', password: 'Demo@2024', roles: ['ASSETS_STAFF'], dataScope: 'ALL', label: '资产管理科 ASSETS_STAFF', unit: '资产管理科', name: '陈晓东', position: '科长', rank: 'SECTION_CHIEF' },
  { username: 'services', password: 'Demo@2024', roles: ['SERVICES_STAFF'], dataScope: 'ALL', label: '综合服务科 SERVICES_STAFF', unit: '综合服务科', name: '周丽华', position: '科长', rank: 'SECTION_CHIEF' },
  { username: 'finance', password: 'Demo@2024', roles: ['FINANCE_STAFF'], dataScope: 'ALL', label: '财务管理科 FINANCE_STAFF', unit: '财务管理科', name: '吴敏', position: '科长', rank: 'SECTION_CHIEF' },
  { username: 'party', password: 'Demo@2024', roles: ['PARTY_STAFF'], dataScope: 'ALL', label: '党建办 PARTY_STAFF', unit: '党建办', name: '徐志远', position: '主任', rank: 'SECTION_CHIEF' },
  { username: 'unit', password: 'Demo@2024', roles: ['UNIT_USER'], dataScope: 'UNIT_AND_CHILDREN', label: '单位用户 UNIT_USER（区审计局）', unit: '区审计局', name: '孙佳怡', position: '办公室主任', rank: 'SECTION_CHIEF' },
  { username: 'bi', password: 'Demo@2024', roles: ['BI_READER'], dataScope: 'ALL', label: '数据分析 BI_READER', unit: '区机管局', name: '赵文博', position: '数据分析员', rank: 'STAFF' },
  // Party building (党建): the secretary of 第二党支部 and a full member of it (the party seed makes them so).
  // Scope UNIT_AND_CHILDREN of the bureau: the branch's members work in several of its sections, whose people the directory then shows them.
  { username: 'secretary', password: 'Demo@2024', roles: ['UNIT_USER'], dataScope: 'UNIT_AND_CHILDREN', label: '支部书记 UNIT_USER（第二党支部，区机管局）', unit: '区机管局', name: '郑晓燕', position: '机关党总支第二党支部书记', rank: 'SECTION_DEPUTY' },
  { username: 'member', password: 'Demo@2024', roles: ['UNIT_USER'], dataScope: 'SELF', label: '党员 UNIT_USER（第二党支部，资产管理科）', unit: '资产管理科', name: '孙立新', position: '科员', rank: 'STAFF' },
];

/** The directory Person of a demo account (`person-demo-leader` …): other seeds refer to the accounts' people by it. */
export function demoAccountPersonId(username: string): string {
  if (!DEMO_ACCOUNTS.some((account) => account.username === username)) throw new Error(`no demo account ${username}`);
  return `person-demo-${username}`;
}
