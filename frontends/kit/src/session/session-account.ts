import type { DataScope } from '../auth/data-scope';
import type { Role } from '../auth/role';

/** The logged-in account as the session keeps it (read with the `me` query). */
export interface SessionAccount {
  id: string;
  username: string;
  roles: Role[];
  dataScope: DataScope;
  person: {
    id: string;
    name: string;
    organization: { id: string; name: string };
  } | null;
}

