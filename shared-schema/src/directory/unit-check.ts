import { BadUserInputError, ServiceUnavailableError } from '../errors.ts';

/** Refuses a unit or person id the directory does not know, before a domain records anything for it. */
export interface UnitCheck {
  /** Resolves when `id` names a unit of the directory; else BAD_USER_INPUT `UNKNOWN_UNIT` on `field`. */
  requireUnit(id: string, token: string | null, field: string): Promise<void>;
  /**
   * Resolves when every id names a person the caller may see in the directory (their data scope);
   * else BAD_USER_INPUT `UNKNOWN_PERSON` on `field`. One request for all of them.
   */
  requirePeople(ids: readonly string[], token: string | null, field: string): Promise<void>;
}

export interface UnitCheckOptions {
  /** The directory's GraphQL endpoint (`…:4001/graphql`). */
  directoryUrl: string;
  /** How long the directory may take, ms; default 5000. Past it the write is refused as unavailable. */
  timeoutMs?: number;
}

const ORGANIZATION_QUERY = 'query UnitCheck($id: ID!) { organization(id: $id) { id } }';
// Entity resolution applies the directory's data scope: a person the caller may not see answers null.
const PEOPLE_QUERY = 'query PersonCheck($people: [_Any!]!) { _entities(representations: $people) { ... on Person { id } } }';

type Answer<T> = { data?: T | null; errors?: { extensions?: { code?: string } }[] };

/**
 * The directory is the one owner of what a unit and a person are: a domain that records a unit's
 * or a person's id asks the directory first, with the caller's own token, so no id a caller makes
 * up gets into its tables ("ghost units"). Units the directory confirmed are remembered: it never
 * deletes one, and the check runs on rare writes only. People are asked each time (the caller's
 * scope decides whom they may name).
 */
export function createUnitCheck({ directoryUrl, timeoutMs = 5000 }: UnitCheckOptions): UnitCheck {
  const confirmed = new Set<string>();
  const unknown = (field: string, what: 'UNKNOWN_UNIT' | 'UNKNOWN_PERSON') =>
    new BadUserInputError(what === 'UNKNOWN_UNIT' ? '所选单位不在单位目录中，请从单位列表中选择' : '所选人员不在人员目录中，请从人员列表中选择', field, { reason: what });

  /** Asks the directory; undefined when it refused the ids as input (empty, NUL, too long), which then name nothing. */
  async function ask<T>(query: string, variables: object, token: string | null): Promise<T | null | undefined> {
    let answer: Answer<T>;
    try {
      const response = await fetch(directoryUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(timeoutMs),
      });
      answer = (await response.json()) as Answer<T>;
    } catch {
      throw new ServiceUnavailableError('directory');
    }
    if (answer.errors?.some((error) => error.extensions?.code === 'BAD_USER_INPUT')) return undefined;
    if (answer.errors?.length || answer.data === undefined) throw new ServiceUnavailableError('directory');
    return answer.data;
  }

  return {
    async requireUnit(id, token, field) {
      if (confirmed.has(id)) return;
      const data = await ask<{ organization: { id: string } | null }>(ORGANIZATION_QUERY, { id }, token);
      if (!data?.organization) throw unknown(field, 'UNKNOWN_UNIT');
      confirmed.add(id);
    },
    async requirePeople(ids, token, field) {
      const wanted = [...new Set(ids)];
      if (wanted.length === 0) return;
      const data = await ask<{ _entities: ({ id: string } | null)[] }>(PEOPLE_QUERY, { people: wanted.map((id) => ({ __typename: 'Person', id })) }, token);
      if (!data || data._entities.some((person) => !person?.id)) throw unknown(field, 'UNKNOWN_PERSON');
    },
  };
}
