import { i18n, requestGraphQL, useTransitionDialog } from '@jiguan/kit';
import type { CreateDisposalInput, DisposalAssetKind, DisposalMethod } from '../../../generated/graphql';
import { createDisposalMutation } from './create-disposal-mutation';

const t = (key: string, params: Record<string, unknown> = {}) => i18n.global.t(key, params);

/** The draft's form; its keys are the input's field names, so a refusal lands on its field. */
export interface DisposalForm {
  organizationId: string | undefined;
  assetKind: DisposalAssetKind | undefined;
  /** The asset on the register, of the kind's own id field (a property may be off the register). */
  buildingId: string | undefined;
  vehicleId: string | undefined;
  itemId: string | undefined;
  assetCardNumber: string;
  assetName: string;
  /** 原值, yuan. */
  value: string;
  method: DisposalMethod | undefined;
  reason: string;
}

export const emptyDisposalForm = (): DisposalForm => ({
  organizationId: undefined,
  assetKind: undefined,
  buildingId: undefined,
  vehicleId: undefined,
  itemId: undefined,
  assetCardNumber: '',
  assetName: '',
  value: '',
  method: undefined,
  reason: '',
});

/** The mutation's input: only the id field of the chosen kind, texts trimmed, the amount without grouping commas. */
export function disposalInput(form: DisposalForm): CreateDisposalInput {
  const kind = form.assetKind ?? 'PROPERTY';
  return {
    organizationId: form.organizationId ?? '',
    assetKind: kind,
    assetCardNumber: form.assetCardNumber.trim(),
    assetName: form.assetName.trim(),
    buildingId: kind === 'PROPERTY' ? form.buildingId || undefined : undefined,
    vehicleId: kind === 'VEHICLE' ? form.vehicleId || undefined : undefined,
    itemId: kind === 'WAREHOUSE_ITEM' ? form.itemId || undefined : undefined,
    value: form.value.replaceAll(',', '').trim(),
    method: form.method ?? 'TRANSFER',
    reason: form.reason.trim(),
  };
}

/**
 * 新建处置申请: a draft (草稿) of a unit's property, vehicle or warehouse item; the list's steps
 * (提交, 批复, 执行) take it on. `onChanged` reloads the list.
 */
export function useCreateDisposal(onChanged: () => void) {
  return useTransitionDialog({
    emptyForm: emptyDisposalForm,
    comment: () => ({
      prop: 'reason',
      label: t('assets.operationForms.disposal.reason'),
      required: true,
      requiredMessage: t('assets.rule.reasonRequired'),
      placeholder: t('assets.operationForms.disposal.reasonPlaceholder'),
    }),
    send: async (_target: object, form: DisposalForm) => (await requestGraphQL(createDisposalMutation, { input: disposalInput(form) })).createDisposal,
    doneText: (_target, disposal) => t('assets.operationForms.disposal.done', { code: disposal.code, name: disposal.assetName }),
    onChanged,
  });
}
