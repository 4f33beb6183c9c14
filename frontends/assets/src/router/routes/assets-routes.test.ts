import { useNavPages, useSession } from '@jiguan/kit';
import { logInAs } from '@jiguan/kit/testing/log-in-as';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { assetsOfficer, unitUser } from '../../../testing/demo-accounts';
import { useAssetsAccess } from '../../composables/use-assets-access';
import { assetsRoutes, firstAllowedPage } from './index';

describe('the assets pages by role', () => {
  afterEach(() => {
    useSession().logout();
    vi.unstubAllGlobals();
  });

  it('offers a unit user what a unit may use, starting at the properties, and no deciding', async () => {
    await logInAs(unitUser);
    expect(useNavPages(assetsRoutes).value.map((page) => page.name)).toEqual([
      'assets-properties',
      'assets-inspections',
      'assets-rectification',
      'assets-warehouse',
      'assets-warehouse-requests',
      'assets-disposals',
      'assets-vehicles',
    ]);
    expect(firstAllowedPage()).toEqual({ name: 'assets-properties' });
    const access = useAssetsAccess();
    expect(access.canWrite.value).toBe(false);
    expect(access.seesAllUnits.value).toBe(false);
    expect(access.ownUnit.value).toEqual({ id: 'org-audit', name: '松江区审计局' });
  });

  it('offers the assets section everything, starting at the overview, and deciding but no requesting', async () => {
    await logInAs(assetsOfficer);
    const pages = useNavPages(assetsRoutes).value.map((page) => page.name);
    expect(pages).toEqual(expect.arrayContaining(['assets-overview', 'assets-idle']));
    expect(pages).toHaveLength(9);
    expect(firstAllowedPage()).toEqual({ name: 'assets-overview' });
    const access = useAssetsAccess();
    expect(access.canWrite.value).toBe(true);
    expect(access.seesAllUnits.value).toBe(true);
    expect(access.ownUnit.value).toBeNull();
  });

  it('lists nothing before anyone is logged in', () => {
    expect(useNavPages(assetsRoutes).value).toEqual([]);
  });
});
