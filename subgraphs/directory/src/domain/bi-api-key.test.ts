import { viewerFixture } from '@jiguan/shared-schema/testing/viewer-fixture';
import { describe, expect, it } from 'vitest';
import { biApiKeyMachine, biApiKeyState, datasetsProblem, expiryProblem, unitIdsProblem } from './bi-api-key.ts';

const now = new Date('2026-12-03T12:00:00Z');
const admin = viewerFixture({ roles: ['ADMIN'] });
const leader = viewerFixture({ roles: ['LEADER'] });

describe('a BI API key', () => {
  it('is active, expired once its expiry has passed, revoked for good', () => {
    expect(biApiKeyState({ revokedAt: null, expiresAt: null }, now)).toBe('ACTIVE');
    expect(biApiKeyState({ revokedAt: null, expiresAt: new Date('2026-12-04T00:00:00Z') }, now)).toBe('ACTIVE');
    expect(biApiKeyState({ revokedAt: null, expiresAt: now }, now)).toBe('EXPIRED');
    expect(biApiKeyState({ revokedAt: now, expiresAt: new Date('2020-01-01T00:00:00Z') }, now)).toBe('REVOKED');
  });

  it('is revoked once, by an administrator', () => {
    const key = { revokedAt: null, expiresAt: null };
    expect(biApiKeyMachine.allowed(admin, key)).toEqual(['revoke']);
    expect(biApiKeyMachine.refusal(leader, key, 'revoke')?.reason).toBe('ROLE_REQUIRED');
    expect(biApiKeyMachine.refusal(admin, { revokedAt: now, expiresAt: null }, 'revoke')?.reason).toBe('API_KEY_ALREADY_REVOKED');
    expect(biApiKeyMachine.allowed(admin, { revokedAt: now, expiresAt: null })).toEqual([]);
  });

  it('names datasets as <subgraph>_<view>; no list means every dataset, an empty one is refused', () => {
    expect(datasetsProblem(null)).toBeNull();
    expect(datasetsProblem(['directory_units', 'assets_buildings'])).toBeNull();
    expect(datasetsProblem([])?.reason).toBe('DATASETS_EMPTY');
    for (const bad of ['units', 'Directory_units', 'directory_units;drop', 'directory_', '_units', `directory_${'x'.repeat(60)}`]) {
      expect(datasetsProblem([bad])).toMatchObject({ reason: 'DATASET_NAME_FORMAT', params: { name: bad } });
    }
    expect(datasetsProblem(['directory_units', 'directory_units'])?.reason).toBe('DATASETS_REPEATED');
  });

  it('scopes to units given once each; no list means every unit', () => {
    expect(unitIdsProblem(undefined)).toBeNull();
    expect(unitIdsProblem([])?.reason).toBe('UNITS_EMPTY');
    expect(unitIdsProblem(['a', 'a'])?.reason).toBe('UNITS_REPEATED');
  });

  it('expires in the future or never', () => {
    expect(expiryProblem(null, now)).toBeNull();
    expect(expiryProblem(new Date('2027-01-01T00:00:00Z'), now)).toBeNull();
    expect(expiryProblem(now, now)?.reason).toBe('EXPIRY_NOT_IN_FUTURE');
  });
});
