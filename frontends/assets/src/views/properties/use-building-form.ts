import { i18n, requestGraphQL, todayIso, useTransitionDialog } from '@jiguan/kit';
import type { BuildingUse, CertificateStatus, CreateBuildingInput, TitleRegistration, UpdateBuildingInput } from '../../generated/graphql';
import { createBuildingMutation, updateBuildingMutation } from './building-mutations';
import { decimalInput } from './property-form-rules';

const t = (key: string, params: Record<string, unknown> = {}) => i18n.global.t(key, params);

/** A property as the edit form needs it (the register's row or the detail page's property). */
export interface EditableBuilding {
  id: string;
  code: string;
  name: string;
  address: string;
  owningUnit: { id: string; name: string };
  usingUnit?: { id: string; name: string } | null;
  landArea: string;
  floorArea: string;
  certificateStatus: CertificateStatus;
  titleRegistration: TitleRegistration;
  bookValue: string;
  currentUse: BuildingUse;
}

/** What the dialog is about: a new property (building null) or the one being corrected. */
export interface BuildingTarget {
  building: EditableBuilding | null;
}

export interface BuildingForm {
  code: string;
  name: string;
  address: string;
  owningUnitId: string | undefined;
  /** Empty for an idle property. */
  usingUnitId: string | undefined;
  landArea: string;
  floorArea: string;
  certificateStatus: CertificateStatus | undefined;
  titleRegistration: TitleRegistration | undefined;
  bookValue: string;
  currentUse: BuildingUse | undefined;
  managedSince: string;
}

/** The form's values → CreateBuildingInput: texts trimmed, decimals as the scalar's text, no using unit for an idle property. */
export function createBuildingInput(form: BuildingForm): CreateBuildingInput {
  return {
    code: form.code.trim(),
    name: form.name.trim(),
    address: form.address.trim(),
    owningUnitId: form.owningUnitId ?? '',
    ...(form.usingUnitId ? { usingUnitId: form.usingUnitId } : {}),
    landArea: decimalInput(form.landArea),
    floorArea: decimalInput(form.floorArea),
    certificateStatus: form.certificateStatus as CertificateStatus,
    titleRegistration: form.titleRegistration as TitleRegistration,
    bookValue: decimalInput(form.bookValue),
    currentUse: form.currentUse as BuildingUse,
    managedSince: form.managedSince,
  };
}

/** The form's values → UpdateBuildingInput: every editable fact (code, owner and date taken in stay); a cleared using unit is sent as null. */
export function updateBuildingInput(form: BuildingForm): UpdateBuildingInput {
  return {
    name: form.name.trim(),
    address: form.address.trim(),
    usingUnitId: form.usingUnitId || null,
    landArea: decimalInput(form.landArea),
    floorArea: decimalInput(form.floorArea),
    certificateStatus: form.certificateStatus,
    titleRegistration: form.titleRegistration,
    bookValue: decimalInput(form.bookValue),
    currentUse: form.currentUse,
  };
}

function formOf(building: EditableBuilding | null): BuildingForm {
  if (!building) {
    return {
      code: '', name: '', address: '', owningUnitId: undefined, usingUnitId: undefined, landArea: '', floorArea: '',
      certificateStatus: undefined, titleRegistration: undefined, bookValue: '', currentUse: undefined, managedSince: todayIso(),
    };
  }
  return {
    code: building.code,
    name: building.name,
    address: building.address,
    owningUnitId: building.owningUnit.id,
    usingUnitId: building.usingUnit?.id,
    landArea: building.landArea,
    floorArea: building.floorArea,
    certificateStatus: building.certificateStatus,
    titleRegistration: building.titleRegistration,
    bookValue: building.bookValue,
    currentUse: building.currentUse,
    managedSince: '',
  };
}

/** Takes a property into the register (登记房屋) or corrects one's facts (编辑). */
export function useBuildingForm(onChanged: (building: { id: string }) => void) {
  return useTransitionDialog({
    emptyForm: (target: BuildingTarget) => formOf(target.building),
    send: async (target, form) =>
      target.building
        ? (await requestGraphQL(updateBuildingMutation, { id: target.building.id, input: updateBuildingInput(form) })).updateBuilding
        : (await requestGraphQL(createBuildingMutation, { input: createBuildingInput(form) })).createBuilding,
    doneText: (target, building) => t(target.building ? 'assets.propertyForms.done.updated' : 'assets.propertyForms.done.created', { code: building.code, name: building.name }),
    onChanged: (_target, building) => building && onChanged(building),
  });
}
