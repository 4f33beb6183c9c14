import { createBuilder } from '@jiguan/shared-schema/create-builder';
import type PrismaTypes from '../prisma/generated/pothos-types.ts';
import { getDatamodel } from '../prisma/generated/pothos-types.ts';
import type { FinanceContext } from './context.ts';

// `mutations: false` until the domain's first mutation (GraphQL refuses an empty Mutation type): then remove it.
export const builder = createBuilder<PrismaTypes, FinanceContext>({ dmmf: getDatamodel(), mutations: false });
