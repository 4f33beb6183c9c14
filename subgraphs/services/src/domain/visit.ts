import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import type { Refusal } from '@jiguan/shared-schema/errors';
import { stateMachine } from '@jiguan/shared-schema/workflow/state-machine';
import type { VisitStatus } from '../../prisma/generated/enums.ts';
import { SERVICES_WRITERS } from './access.ts';

export type VisitVerb = 'checkIn' | 'checkOut' | 'markNoShow' | 'cancel';

export interface VisitForRules {
  status: VisitStatus;
  expectedAt: Date;
  purgedAt: Date | null;
}

/** How long after the expected time a visitor who has not come may be marked a no-show. */
export const NO_SHOW_AFTER_MINUTES = 60;

const purged = (_viewer: unknown, visit: VisitForRules): Refusal | null =>
  visit.purgedAt ? { code: 'CONFLICT', reason: 'VISIT_PURGED', message: '该访客记录的个人信息已按保存期限清除' } : null;

/**
 * 访客登记: EXPECTED → CHECKED_IN → CHECKED_OUT at the gate (services staff); NO_SHOW when the
 * visitor did not come within an hour of the expected time; CANCELLED by the host (or staff) before.
 */
export const visitMachine = stateMachine<VisitStatus, VisitVerb, VisitForRules>({
  stateOf: (visit) => visit.status,
  transitions: {
    checkIn: { from: ['EXPECTED'], to: 'CHECKED_IN', roles: SERVICES_WRITERS, refuse: purged },
    checkOut: { from: ['CHECKED_IN'], to: 'CHECKED_OUT', roles: SERVICES_WRITERS },
    markNoShow: {
      from: ['EXPECTED'],
      to: 'NO_SHOW',
      roles: SERVICES_WRITERS,
      refuse: (_viewer, visit) =>
        visit.expectedAt.getTime() + NO_SHOW_AFTER_MINUTES * 60_000 > Date.now()
          ? { code: 'CONFLICT', reason: 'VISIT_NOT_DUE', message: `预约时间过后 ${NO_SHOW_AFTER_MINUTES} 分钟方可标记未到访`, params: { minutes: NO_SHOW_AFTER_MINUTES } }
          : null,
    },
    cancel: { from: ['EXPECTED'], to: 'CANCELLED', roles: [...SERVICES_WRITERS, 'UNIT_USER'] },
  },
});

/** The roles that register a visitor: staff for any unit, a unit user for its own. */
export const VISIT_REGISTRARS = [...SERVICES_WRITERS, 'UNIT_USER' as const];

/** Only the last 4 characters readable: `*******1234`. */
export const masked = (last4: string | null) => (last4 === null ? null : `****${last4}`);
export const lastFour = (value: string) => value.slice(-4);

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** A mainland resident ID number (18 characters, GB 11643 check character). */
export function isIdNumber(value: string): boolean {
  if (!/^\d{17}[\dX]$/.test(value)) return false;
  const sum = ID_WEIGHTS.reduce((total, weight, i) => total + weight * Number(value[i]), 0);
  return ID_CHECK[sum % 11] === value[17];
}

/** A mobile (11 digits from 1) or a landline (021-57xxxxxx, 8 digits with an optional area code). */
export const isPhone = (value: string) => /^1\d{10}$/.test(value) || /^(0\d{2,3}-?)?\d{7,8}$/.test(value);

/** A car plate (沪A12345, 沪AD12345 for new energy). */
export const isCarPlate = (value: string) => /^[\u4e00-\u9fa5][A-Z][A-Z0-9]{5,6}$/.test(value);

/**
 * The key that encrypts whole phones and ID numbers (AES-256-GCM): SERVICES_PERSONAL_DATA_KEY of
 * the environment, hashed to 32 bytes; the demo's fixed default is for the demo only.
 */
const key = () => createHash('sha256').update(process.env.SERVICES_PERSONAL_DATA_KEY ?? 'jiguan-demo-personal-data-key').digest();

/** `iv.tag.ciphertext`, base64 each. `ivFrom` (the seed's, for deterministic rows) derives the IV; otherwise it is random. */
export function encrypt(plain: string, ivFrom?: string): string {
  const iv = ivFrom === undefined ? randomBytes(12) : createHash('sha256').update(ivFrom).digest().subarray(0, 12);
  const cipher = createCipheriv('aes-256-gcm', key(), iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), body].map((part) => part.toString('base64')).join('.');
}

export function decrypt(sealed: string): string {
  const [iv, tag, body] = sealed.split('.').map((part) => Buffer.from(part, 'base64'));
  const decipher = createDecipheriv('aes-256-gcm', key(), iv!);
  decipher.setAuthTag(tag!);
  return Buffer.concat([decipher.update(body!), decipher.final()]).toString('utf8');
}

/** The personal fields the retention purge erases. */
export const PERSONAL_FIELDS = ['visitorName', 'visitorOrganization', 'phoneLast4', 'phoneEncrypted', 'idNumberLast4', 'idNumberEncrypted', 'carPlate'] as const;

/** What an audit record keeps of a visit: no personal field, so the purge leaves none behind in the trail. */
export function visitSnapshot(row: object): object {
  const kept: Record<string, unknown> = { ...(row as Record<string, unknown>) };
  for (const field of PERSONAL_FIELDS) delete kept[field];
  return kept;
}

/** The default retention of visitor records (VISITOR_RETENTION_DAYS), and the shortest the purge accepts. */
export const DEFAULT_RETENTION_DAYS = Number(process.env.VISITOR_RETENTION_DAYS ?? 365);
export const MIN_RETENTION_DAYS = 30;
export const MAX_RETENTION_DAYS = 3650;
