import type { Refusal } from '@jiguan/shared-schema/errors';
import { stateMachine } from '@jiguan/shared-schema/workflow/state-machine';

export type BiApiKeyState = 'ACTIVE' | 'EXPIRED' | 'REVOKED';

/** What the key's rules read. */
export interface BiApiKeyForRules {
  revokedAt: Date | null;
  expiresAt: Date | null;
}

/** A dataset's name as the catalogues publish it: `<subgraph>_<view>`, lower case (the gateway checks that it exists). */
const DATASET_NAME = /^[a-z][a-z0-9]*_[a-z][a-z0-9_]*$/;
const DATASET_NAME_MAX = 63;

/** The key's state now: revoked for good, else expired once its expiry has passed. */
export function biApiKeyState(key: BiApiKeyForRules, now = new Date()): BiApiKeyState {
  if (key.revokedAt) return 'REVOKED';
  return key.expiresAt && key.expiresAt.getTime() <= now.getTime() ? 'EXPIRED' : 'ACTIVE';
}

/** Why a list of dataset names cannot be a key's, or null; null (not given) means every dataset. */
export function datasetsProblem(datasets: readonly string[] | null | undefined): Refusal | null {
  if (datasets == null) return null;
  if (datasets.length === 0) {
    return { code: 'BAD_USER_INPUT', reason: 'DATASETS_EMPTY', message: '请至少选择一个数据集，或不限数据集' };
  }
  const bad = datasets.find((name) => name.length > DATASET_NAME_MAX || !DATASET_NAME.test(name));
  if (bad !== undefined) {
    return { code: 'BAD_USER_INPUT', reason: 'DATASET_NAME_FORMAT', message: `数据集名称 ${bad} 不符合 <子图>_<视图> 的格式（小写字母、数字和下划线）`, params: { name: bad } };
  }
  if (new Set(datasets).size !== datasets.length) return { code: 'BAD_USER_INPUT', reason: 'DATASETS_REPEATED', message: '数据集不能重复' };
  return null;
}

/** Why a list of unit ids cannot be a key's scope, or null; null means every unit. Whether each is a unit is the action's check. */
export function unitIdsProblem(unitIds: readonly string[] | null | undefined): Refusal | null {
  if (unitIds == null) return null;
  if (unitIds.length === 0) return { code: 'BAD_USER_INPUT', reason: 'UNITS_EMPTY', message: '请至少选择一个单位，或不限单位' };
  if (new Set(unitIds).size !== unitIds.length) return { code: 'BAD_USER_INPUT', reason: 'UNITS_REPEATED', message: '单位不能重复' };
  return null;
}

/** A key is created to be used: its expiry, when it has one, lies ahead. */
export function expiryProblem(expiresAt: Date | null | undefined, now = new Date()): Refusal | null {
  return expiresAt && expiresAt.getTime() <= now.getTime()
    ? { code: 'BAD_USER_INPUT', reason: 'EXPIRY_NOT_IN_FUTURE', message: '到期时间须晚于现在' }
    : null;
}

/**
 * Revoking a key is for administrators and happens once. A revoked key is its own refusal
 * (API_KEY_ALREADY_REVOKED) rather than the generic INVALID_TRANSITION, so the page can say so.
 */
export const biApiKeyMachine = stateMachine<BiApiKeyState, 'revoke', BiApiKeyForRules>({
  stateOf: (key) => biApiKeyState(key),
  transitions: {
    revoke: {
      from: ['ACTIVE', 'EXPIRED', 'REVOKED'],
      to: 'REVOKED',
      roles: ['ADMIN'],
      refuse: (_viewer, key) => (key.revokedAt ? { code: 'CONFLICT', reason: 'API_KEY_ALREADY_REVOKED', message: '该密钥已被吊销' } : null),
    },
  },
});
