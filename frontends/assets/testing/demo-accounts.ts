import type { SessionAccount } from '@jiguan/kit';

/** The seed's assets officer (资产管理科) and unit user (区审计局), as `me` answers for them. */
export const assetsOfficer: SessionAccount = {
  id: 'account-assets',
  username: 'assets',
  roles: ['ASSETS_STAFF'],
  dataScope: 'ALL',
  person: { id: 'person-assets', name: '王资产', organization: { id: 'org-bureau', name: '松江区机关事务管理局' } },
};

export const unitUser: SessionAccount = {
  id: 'account-unit',
  username: 'unit',
  roles: ['UNIT_USER'],
  dataScope: 'UNIT_AND_CHILDREN',
  person: { id: 'person-unit', name: '李审计', organization: { id: 'org-audit', name: '松江区审计局' } },
};
