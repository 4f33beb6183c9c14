import { createBuilder } from '@jiguan/shared-schema/create-builder';
import type PrismaTypes from '../prisma/generated/pothos-types.ts';
import { getDatamodel } from '../prisma/generated/pothos-types.ts';
import { prisma } from './db.ts';

export const builder = createBuilder<PrismaTypes>({ prisma, dmmf: getDatamodel() });
