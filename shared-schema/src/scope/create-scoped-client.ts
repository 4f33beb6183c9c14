import type { Viewer } from '../auth/viewer.ts';
import { visibleUnitIds } from '../auth/visible-unit-ids.ts';
import { NotFoundError } from '../errors.ts';
import { compileScopeRules, type ScopeDatamodel, type ViewerScope } from './scope-query.ts';
import type { ScopeRules } from './scope-rules.ts';

/** What the scoped client needs of a Prisma client: query extensions. */
interface ExtendableClient {
  $extends(extension: {
    query: {
      $allModels: {
        $allOperations(params: { model: string; operation: string; args: Record<string, unknown>; query: (args: Record<string, unknown>) => Promise<unknown> }): Promise<unknown>;
      };
    };
  }): unknown;
}

/** Whether a viewer sees every row of a subgraph: by default, whoever sees every unit. */
export type SeesEveryRow = (viewer: Viewer) => boolean;

const seesEveryUnit: SeesEveryRow = (viewer) => visibleUnitIds(viewer) === null;

/** The rows a viewer may see; null when they see every row. An anonymous caller sees none. */
export function viewerScope(viewer: Viewer | null, seesEveryRow: SeesEveryRow = seesEveryUnit): ViewerScope | null {
  if (!viewer) return { units: [], personId: null, accountId: null };
  if (seesEveryRow(viewer)) return null;
  return { units: visibleUnitIds(viewer) ?? [], personId: viewer.personId, accountId: viewer.accountId };
}

/**
 * The one layer every read of a subgraph goes through. `forViewer` gives the Prisma client of a
 * request: for a viewer who sees every row, the plain client (nothing to pay); for anyone else, the
 * client extended so that every operation on every model — lists, lookups by id, nested relations
 * at any depth, counts, entity resolution, the rows a write returns — sees only the rows the
 * subgraph's scope rules allow. Raw SQL ($queryRaw) is not scoped: it serves district-wide figures,
 * which field scopes keep to those who see every unit.
 */
export function createScopedClients<TClient extends ExtendableClient>(
  prisma: TClient,
  datamodel: ScopeDatamodel,
  rules: ScopeRules<string>,
  options: {
    /**
     * Who sees every row, where that is not "whoever sees every unit": in the party domain, members'
     * records are personal, so another department's staff (scope ALL) sees only what names them.
     */
    seesEveryRow?: SeesEveryRow;
  } = {},
) {
  const compiled = compileScopeRules(datamodel, rules);
  // Extending a client costs ~30–50 µs; a viewer's next requests reuse theirs (the most recent 1,000 scopes).
  const clients = new Map<string, TClient>();
  return {
    rules: compiled,
    /** The client of a viewer; `groups` are the subgraph's groups they belong to (UnitRule.groups). */
    forViewer(viewer: Viewer | null, groups: readonly string[] = []): TClient {
      const seen = viewerScope(viewer, options.seesEveryRow);
      if (seen === null) return prisma;
      const scope = { ...seen, groups };
      const key = `${scope.accountId}|${scope.personId}|${scope.units.join(',')}|${groups.join(',')}`;
      const cached = clients.get(key);
      if (cached) return cached;
      const client = extend(scope);
      if (clients.size >= 1_000) clients.delete(clients.keys().next().value as string);
      clients.set(key, client);
      return client;
    },
  };

  function extend(scope: ViewerScope): TClient {
    // Query extensions leave the client's API as it is, so the extended client keeps its type.
    return prisma.$extends({
      query: {
        $allModels: {
          async $allOperations({ model, operation, args, query }) {
            const scoped = compiled.rewrite(model, operation, args, scope);
            const result = scoped.finish(await query(scoped.args));
            if (result === null && operation.endsWith('OrThrow')) throw new NotFoundError(model);
            return result;
          },
        },
      },
    }) as TClient;
  }
}
