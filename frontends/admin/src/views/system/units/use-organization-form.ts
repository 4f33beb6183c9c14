import { i18n, requestGraphQL, useTransitionDialog } from '@jiguan/kit';
import type { OrganizationKind } from '../../../generated/graphql';
import { createOrganizationMutation, updateOrganizationMutation } from './organization-mutations';
import type { UnitRow } from './use-units-tree';

/** A new unit (under `parent`, or at the top), or an existing unit to edit. */
export type OrganizationTarget = { mode: 'create'; parent: UnitRow | null } | { mode: 'edit'; unit: UnitRow };

export interface OrganizationForm {
  name: string;
  shortName: string;
  code: string;
  kind: OrganizationKind | '';
  /** '' for the top of the tree. */
  parentId: string;
}

/** The form as the mutations take it: trimmed, no short name or parent as null, the code in capitals. */
export function organizationInput(form: OrganizationForm) {
  return {
    name: form.name.trim(),
    shortName: form.shortName.trim() || null,
    code: form.code.trim().toUpperCase(),
    kind: form.kind as OrganizationKind,
    parentId: form.parentId || null,
  };
}

/**
 * Creates or edits a unit; the directory's refusal (a code or name taken, a parent below the unit)
 * stays in the dialog on its field. `onChanged` reloads the tree.
 */
export function useOrganizationForm(onChanged: () => void) {
  return useTransitionDialog({
    emptyForm: (target: OrganizationTarget): OrganizationForm =>
      target.mode === 'create'
        ? { name: '', shortName: '', code: '', kind: target.parent?.kind ?? '', parentId: target.parent?.id ?? '' }
        : { name: target.unit.name, shortName: target.unit.shortName ?? '', code: target.unit.code, kind: target.unit.kind, parentId: target.unit.parent?.id ?? '' },
    send: async (target, form) =>
      target.mode === 'create'
        ? (await requestGraphQL(createOrganizationMutation, { input: organizationInput(form) })).createOrganization
        : (await requestGraphQL(updateOrganizationMutation, { id: target.unit.id, input: organizationInput(form) })).updateOrganization,
    doneText: (target, unit) => i18n.global.t(target.mode === 'create' ? 'admin.unitForm.created' : 'admin.unitForm.updated', { name: unit.name }),
    onChanged: () => onChanged(),
  });
}
