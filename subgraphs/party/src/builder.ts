import { createBuilder } from '@jiguan/shared-schema/create-builder';
import type PrismaTypes from '../prisma/generated/pothos-types.ts';
import { getDatamodel } from '../prisma/generated/pothos-types.ts';
import type { PartyContext } from './context.ts';

export const builder = createBuilder<PrismaTypes, PartyContext>({ dmmf: getDatamodel() });
