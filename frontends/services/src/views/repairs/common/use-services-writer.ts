import { useSession } from '@jiguan/kit';
import { computed } from 'vue';
import { servicesWriters } from '../../../composables/services-roles';

/** Whether the account may record and create (services staff, admins): the record buttons are theirs; leaders read. */
export function useServicesWriter() {
  const { hasAnyRole } = useSession();
  return computed(() => hasAnyRole(servicesWriters));
}
