import { actingAs } from '@jiguan/shared-schema/context';
import { text } from '@jiguan/shared-schema/validation/input-rules';
import { addArchiveDocument } from '../actions/add-archive-document.ts';
import { builder } from '../builder.ts';
import { assetsAccess } from '../domain/access.ts';
import { BuildingRef } from './building.ts';
import { ArchiveDocumentKindEnum } from './enums.ts';

builder.prismaObject('ArchiveDocument', {
  description: 'A document in a property’s archive (档案资料)',
  fields: (t) => ({
    id: t.exposeID('id'),
    building: t.relation('building'),
    name: t.exposeString('name'),
    kind: t.expose('kind', { type: ArchiveDocumentKindEnum }),
    documentDate: t.expose('documentDate', { type: 'Date' }),
  }),
});

builder.prismaObjectFields(BuildingRef, (t) => ({
  archiveDocuments: t.relatedConnection('archiveDocuments', {
    cursor: 'id',
    totalCount: true,
    query: { orderBy: [{ documentDate: 'desc' }, { id: 'asc' }] },
  }),
}));

export const AddArchiveDocumentInput = builder.inputType('AddArchiveDocumentInput', {
  fields: (t) => ({
    buildingId: t.id({ required: true }),
    name: t.string({ required: true, validate: text(200) }),
    kind: t.field({ type: ArchiveDocumentKindEnum, required: true }),
    documentDate: t.field({ type: 'Date', required: true }),
  }),
});

builder.mutationFields((t) => ({
  addArchiveDocument: t.prismaField({
    type: 'ArchiveDocument',
    authScopes: assetsAccess.write,
    args: { input: t.arg({ type: AddArchiveDocumentInput, required: true }) },
    resolve: (query, _root, { input }, context) => addArchiveDocument(actingAs(context), input, query),
  }),
}));
