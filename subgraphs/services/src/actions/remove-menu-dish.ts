import type { MenuDish } from '../../prisma/generated/client.ts';
import type { ServicesActionContext } from '../context.ts';
import { menuDishMachine } from '../domain/meals.ts';
import { deleteAudited } from './delete-audited.ts';

/** Withdraws a dish from a menu not yet served. */
export const removeMenuDish = ({ actor, db }: ServicesActionContext, input: { id: string }, query?: object) =>
  deleteAudited<MenuDish, 'remove', MenuDish>(db, actor, {
    id: input.id,
    entity: 'MenuDish',
    action: 'menuDish.remove',
    noun: '菜品',
    machine: menuDishMachine,
    verb: 'remove',
    load: (tx, id) => tx.menuDish.findUnique({ where: { id } }),
    read: (tx, id) => tx.menuDish.findUniqueOrThrow({ ...query, where: { id } }),
    remove: async (tx, id) => (await tx.menuDish.deleteMany({ where: { id } })).count,
  });
