import { BadUserInputError, ServiceUnavailableError } from '../errors.ts';

/** Refuses a unit id the directory does not know, before a domain registers anything for it. */
export interface UnitCheck {
  /** Resolves when `id` names a unit of the directory; else BAD_USER_INPUT `UNKNOWN_UNIT` on `field`. */
  requireUnit(id: string, token: string | null, field: string): Promise<void>;
}

export interface UnitCheckOptions {
  /** The directory's GraphQL endpoint (`…:4001/graphql`). */
  directoryUrl: string;
  /** How long the directory may take, ms; default 5000. Past it the write is refused as unavailable. */
  timeoutMs?: number;
}

const ORGANIZATION_QUERY = 'query UnitCheck($id: ID!) { organization(id: $id) { id } }';

/**
 * The directory is the one owner of what a unit is: a domain that keeps a local row per unit (the
 * foreign key of its records) asks the directory's `organization(id)`, with the caller's own token,
 * before it adds one, so no id a caller makes up becomes a unit ("ghost units"). Units the directory
 * confirmed are remembered: it never deletes one, and the check runs on rare writes only.
 */
export function createUnitCheck({ directoryUrl, timeoutMs = 5000 }: UnitCheckOptions): UnitCheck {
  const confirmed = new Set<string>();
  const unknownUnit = (field: string) => new BadUserInputError('所选单位不在单位目录中，请从单位列表中选择', field, { reason: 'UNKNOWN_UNIT' });
  return {
    async requireUnit(id, token, field) {
      if (confirmed.has(id)) return;
      let answer: { data?: { organization: { id: string } | null } | null; errors?: { extensions?: { code?: string } }[] };
      try {
        const response = await fetch(directoryUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body: JSON.stringify({ query: ORGANIZATION_QUERY, variables: { id } }),
          signal: AbortSignal.timeout(timeoutMs),
        });
        answer = (await response.json()) as typeof answer;
      } catch {
        throw new ServiceUnavailableError('directory');
      }
      // An id the directory refuses as input (empty, NUL, too long) is not a unit either.
      if (answer.errors?.some((error) => error.extensions?.code === 'BAD_USER_INPUT')) throw unknownUnit(field);
      if (answer.errors?.length || answer.data === undefined) throw new ServiceUnavailableError('directory');
      if (!answer.data?.organization) throw unknownUnit(field);
      confirmed.add(id);
    },
  };
}
