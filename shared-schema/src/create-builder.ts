import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import DirectivesPlugin from '@pothos/plugin-directives';
import FederationPlugin from '@pothos/plugin-federation';
import PrismaPlugin from '@pothos/plugin-prisma';
import type { PrismaClient } from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ValidationPlugin from '@pothos/plugin-validation';
import { hasRole, type Role } from './auth/viewer.ts';
import type { ScopedContext } from './context.ts';
import { BadUserInputError, ForbiddenError, UnauthenticatedError, type ReasonParams } from './errors.ts';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './pagination.ts';
import { DateScalar, DateTimeScalar, DecimalScalar } from './scalars.ts';

/** The scopes a field can require: `{ authenticated: true }` or `{ anyRole: ['ADMIN', 'LEADER'] }`. */
export interface HubAuthScopes {
  authenticated: boolean;
  anyRole: Role[];
}

/** The Pothos type parameters shared by every subgraph; the Prisma types (and at times the context) differ. */
export interface HubSchemaTypes<TPrismaTypes extends object, TContext extends ScopedContext<unknown> = ScopedContext<PrismaClient>> {
  PrismaTypes: TPrismaTypes;
  Context: TContext;
  AuthScopes: HubAuthScopes;
  Scalars: {
    ID: { Input: string; Output: string };
    DateTime: { Input: Date; Output: Date | string };
    Date: { Input: Date; Output: Date | string };
    Decimal: { Input: string; Output: string | { toFixed(digits?: number): string } };
  };
  Connection: { totalCount?: number | (() => number | Promise<number>) };
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
}

export interface CreateBuilderOptions {
  /** `getDatamodel()` from the generated pothos-types, so Pothos can plan relation queries. */
  dmmf: unknown;
}

/**
 * The one Pothos builder setup every subgraph uses: Prisma (batched relations), relay connections
 * with totalCount, federation, scope-auth (roles) and standard-schema validation, with the hub's
 * scalars and errors. Plugin order matters: auth wraps resolvers before federation sees them.
 */
export function createBuilder<TPrismaTypes extends object, TContext extends ScopedContext<unknown> = ScopedContext<PrismaClient>>(options: CreateBuilderOptions) {
  const builder = new SchemaBuilder<HubSchemaTypes<TPrismaTypes, TContext>>({
    plugins: [
      ScopeAuthPlugin,
      ValidationPlugin,
      PrismaPlugin,
      RelayPlugin,
      DataloaderPlugin,
      DirectivesPlugin,
      FederationPlugin,
    ],
    defaultFieldNullability: false,
    scopeAuth: {
      authScopes: (context) => ({
        authenticated: context.viewer !== null,
        anyRole: (roles) => hasRole(context.viewer, ...roles),
      }),
      unauthorizedError: (_parent, context) =>
        context.viewer ? new ForbiddenError() : new UnauthenticatedError(),
    },
    validation: {
      validationError: (result) => {
        const issue = result.issues[0] as (typeof result.issues)[number] & { params?: { reason?: string } & ReasonParams };
        const field = issue?.path?.map((segment) => (typeof segment === 'object' ? segment.key : segment)).join('.');
        const { reason = 'INVALID_INPUT', ...params } = issue?.params ?? {};
        return new BadUserInputError(issue?.message ?? '输入有误', field || undefined, { reason, ...(Object.keys(params).length ? { params } : {}) });
      },
    },
    prisma: {
      // Pothos loads relations through the request's scoped client, so they see what the viewer may see.
      client: (context) => context.db as PrismaClient,
      dmmf: options.dmmf as never,
      filterConnectionTotalCount: true,
      defaultConnectionSize: DEFAULT_PAGE_SIZE,
      maxConnectionSize: MAX_PAGE_SIZE,
      onUnusedQuery: process.env.NODE_ENV === 'production' ? null : 'warn',
    },
    relay: {
      clientMutationId: 'omit',
      cursorType: 'String',
      edgesFieldOptions: { nullable: false },
      nodeFieldOptions: { nullable: false },
      // Every subgraph defines the same PageInfo; federation allows that only when it is shareable.
      pageInfoTypeOptions: { shareable: true },
    },
  });

  builder.addScalarType('DateTime', DateTimeScalar);
  builder.addScalarType('Date', DateScalar);
  builder.addScalarType('Decimal', DecimalScalar);

  builder.globalConnectionField('totalCount', (t) =>
    t.int({
      description: 'Number of rows matching the filter, across all pages',
      resolve: async (connection) => {
        const { totalCount } = connection;
        if (totalCount === undefined) throw new Error('connection without totalCount');
        return typeof totalCount === 'function' ? totalCount() : totalCount;
      },
    }),
  );

  builder.queryType({});
  builder.mutationType({});
  return builder;
}

