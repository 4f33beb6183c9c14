import { useSession } from '@jiguan/kit';
import { logInAs } from '@jiguan/kit/testing/log-in-as';
import { data, stubGateway } from '@jiguan/kit/testing/stub-gateway';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { assetsOfficer, unitUser } from '../../../../testing/demo-accounts';
import { useFleetEnergy } from './use-fleet-energy';

const fleet = data({ BATTERY_ELECTRIC: { totalCount: 12 }, PLUG_IN_HYBRID: { totalCount: 3 }, FUEL: { totalCount: 40 } });

describe('useFleetEnergy', () => {
  afterEach(() => {
    useSession().logout();
    vi.unstubAllGlobals();
  });

  it('counts the fleet by energy type and, for the assets section, the year’s purchase share', async () => {
    await logInAs(assetsOfficer);
    const requests = stubGateway({
      AssetsFleetEnergy: fleet,
      AssetsPurchaseShare: data({ period: { assets: { newEnergyPurchaseShare: '83.33', vehiclePurchases: { approved: 6, newEnergy: 5 } } } }),
    });
    const energy = useFleetEnergy();
    await vi.waitFor(() => expect(energy.loading.value).toBe(false));
    expect(energy.counts.value).toEqual({ BATTERY_ELECTRIC: 12, PLUG_IN_HYBRID: 3, FUEL: 40 });
    expect(energy.purchases.value).toEqual({ share: '83.33', approved: 6, newEnergy: 5 });
    expect(requests.find((request) => request.operation === 'AssetsPurchaseShare')?.variables).toEqual({ year: 2024 });
  });

  it('asks nothing district-wide on a unit user’s behalf', async () => {
    await logInAs(unitUser);
    const requests = stubGateway({ AssetsFleetEnergy: fleet });
    const energy = useFleetEnergy();
    await vi.waitFor(() => expect(energy.loading.value).toBe(false));
    expect(requests.map((request) => request.operation)).toEqual(['AssetsFleetEnergy']);
    expect(energy.purchases.value).toBeNull();
    expect(energy.counts.value?.FUEL).toBe(40);
  });
});
