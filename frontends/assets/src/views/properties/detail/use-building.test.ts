import { data, stubGateway } from '@jiguan/kit/testing/stub-gateway';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ref } from 'vue';
import { useBuilding } from './use-building';

describe('useBuilding', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('asks for the property with the page’s limits, and calls it missing when the viewer may not see it', async () => {
    const requests = stubGateway({ AssetsBuilding: data({ building: null }) });
    const { building, missing, error } = useBuilding(ref('building-of-another-unit'));
    await vi.waitFor(() => expect(missing.value).toBe(true));
    expect(requests[0]?.variables).toEqual({ id: 'building-of-another-unit', floors: 50, rooms: 100, surveys: 50, documents: 50, problems: 50 });
    expect(building.value).toBeNull();
    expect(error.value).toBeNull();
  });
});
