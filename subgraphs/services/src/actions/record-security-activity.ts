import type { ServicesActionContext } from '../context.ts';
import type { RecordSecurityActivityInput } from '../schema/security-activity.ts';
import { createAudited } from '@jiguan/shared-schema/workflow/create-audited';

/** A drill (消防 / 反恐) or a joint security meeting (联席会) held. */
export const recordSecurityActivity = ({ actor, db }: ServicesActionContext, input: typeof RecordSecurityActivityInput.$inferInput, query?: object) =>
  createAudited(db, actor, { action: 'securityActivity.record', entity: 'SecurityActivity', create: (tx) => tx.securityActivity.create({ ...query, data: { ...input, buildingId: input.buildingId ?? null, summary: input.summary ?? null } }) });
