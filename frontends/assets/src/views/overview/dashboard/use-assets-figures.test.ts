import { data, stubGateway } from '@jiguan/kit/testing/stub-gateway';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useAssetsFigures } from './use-assets-figures';

describe('useAssetsFigures', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('opens on the report year and keeps only the newest year’s answer when the year changes quickly', async () => {
    const pending = new Map<number, () => void>();
    stubGateway({
      PeriodAssets: ({ year }) =>
        new Promise((resolve) => pending.set(Number(year), () => resolve(data({ period: { year, assets: { propertiesUnderManagement: Number(year) } } })))),
    });
    const { year, figures, loading } = useAssetsFigures();
    await vi.waitFor(() => expect([...pending.keys()]).toEqual([2024]));
    year.value = 2023;
    await vi.waitFor(() => expect([...pending.keys()]).toEqual([2024, 2023]));

    pending.get(2023)?.();
    await vi.waitFor(() => expect(figures.value?.propertiesUnderManagement).toBe(2023));
    pending.get(2024)?.();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(figures.value?.propertiesUnderManagement).toBe(2023);
    expect(loading.value).toBe(false);
  });
});
