import { requestGraphQL } from '@jiguan/kit';
import { computed, shallowRef } from 'vue';
import type { AuditActorsQuery } from '../../../generated/graphql';
import { auditActorsQuery } from './audit-trail-queries';

export type AuditActor = AuditActorsQuery['userAccounts']['edges'][number]['node'];

/**
 * The accounts that may appear as a record's actor (every account of the directory, read once,
 * page after page): the actor filter's options and the name a row shows for its `actorId`.
 */
export function useAuditActors() {
  const actors = shallowRef<AuditActor[]>([]);
  const byId = computed(() => new Map(actors.value.map((actor) => [actor.id, actor])));

  async function load(): Promise<void> {
    const all: AuditActor[] = [];
    let after: string | undefined;
    for (;;) {
      const { userAccounts } = await requestGraphQL(auditActorsQuery, { first: 100, after });
      all.push(...userAccounts.edges.map((edge) => edge.node));
      if (!userAccounts.pageInfo.hasNextPage || !userAccounts.pageInfo.endCursor) break;
      after = userAccounts.pageInfo.endCursor;
    }
    actors.value = all;
  }

  /** `username（姓名）`, or the id itself for an account the directory no longer has (or a system actor). */
  function actorLabel(actorId: string): string {
    const actor = byId.value.get(actorId);
    if (!actor) return actorId;
    return actor.person ? `${actor.username}（${actor.person.name}）` : actor.username;
  }

  return { actors, load, actorLabel };
}
