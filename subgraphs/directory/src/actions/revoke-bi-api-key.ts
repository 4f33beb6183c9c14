import { biApiKeyWorkflow } from './bi-api-key-workflow.ts';

/** Revokes a key: the gateway asks the directory on every request, so it is refused at once. */
export const revokeBiApiKey = biApiKeyWorkflow.step<{ id: string }>('revoke', {
  data: ({ actor }) => ({ revokedAt: new Date(), revokedBy: actor.accountId }),
});
