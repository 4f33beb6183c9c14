import { builder } from '../builder.ts';
import { assetsAccess } from '../domain/access.ts';
import { WarehouseKindEnum } from './enums.ts';

builder.prismaObject('Warehouse', {
  description: 'A public warehouse (公物仓): VIRTUAL (items stay at the unit that lists them) or PHYSICAL',
  fields: (t) => ({
    id: t.exposeID('id'),
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    kind: t.expose('kind', { type: WarehouseKindEnum }),
    address: t.exposeString('address', { nullable: true }),
    items: t.relatedConnection('items', { cursor: 'id', totalCount: true, query: { orderBy: [{ listedOn: 'desc' }, { code: 'asc' }] } }),
  }),
});

builder.queryFields((t) => ({
  warehouses: t.prismaConnection({
    type: 'Warehouse',
    cursor: 'id',
    authScopes: assetsAccess.read,
    resolve: (query, _root, _args, context) => context.db.warehouse.findMany({ ...query, orderBy: { code: 'asc' } }),
    totalCount: (_connection, _args, context) => context.db.warehouse.count(),
  }),
}));
