import type { MeQuery } from '../generated/graphql';

/** The logged-in account as the session keeps it (read with the `me` query). */
export type SessionAccount = MeQuery['me'];
