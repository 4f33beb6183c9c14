import { createBuilder } from '@jiguan/shared-schema/create-builder';
import type PrismaTypes from '../prisma/generated/pothos-types.ts';
import { getDatamodel } from '../prisma/generated/pothos-types.ts';
import type { FinanceContext } from './context.ts';

export const builder = createBuilder<PrismaTypes, FinanceContext>({ dmmf: getDatamodel() });
