import { useSession } from '@jiguan/kit';
import { computed } from 'vue';
import { partyStaffReaders, partyWriters } from './party-roles';

/**
 * What the logged-in account may do here by role, for the buttons that belong to no one record
 * (record a meeting, transfer a member in). A record's own buttons come from the server:
 * `allowedActions` of a candidate or task, `canManage` of an organisation (staff, or its secretary).
 */
export function usePartyAccess() {
  const { account, hasAnyRole } = useSession();
  const canWrite = computed(() => account.value !== null && hasAnyRole(partyWriters));
  const seesEveryBranch = computed(() => account.value !== null && hasAnyRole(partyStaffReaders));
  return { canWrite, seesEveryBranch };
}
