import { data, refusal, stubGateway } from '@jiguan/kit/testing/stub-gateway';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { registerServicesMessages } from '../../../locales/services-messages';
import { decimalText } from './record-form-values';
import { ingredientPurchaseInput, useRecordIngredientPurchase } from './use-record-ingredient-purchase';
import { kitchenWasteInput, useRecordKitchenWaste } from './use-record-kitchen-waste';
import { mealCountInput, useRecordMealCount } from './use-record-meal-count';
import { useRecordWasteSample, wasteSampleInput } from './use-record-waste-sample';

const canteen = { id: 'canteen-2', name: '中山中路38号院食堂' };

describe('the record forms’ values → inputs', () => {
  it('reads typed decimals as the Decimal scalar’s text', () => {
    expect(decimalText(' 1,234.5 ', 1)).toBe('1234.5');
    expect(decimalText('12.34', 1)).toBeNull();
    expect(decimalText('-3', 2)).toBeNull();
    expect(decimalText('', 2)).toBeNull();
  });

  it('sends a meal count (the forecast is the 报餐 orders\' count, not typed)', () => {
    const form = { canteenId: 'canteen-2', servedOn: '2024-12-02', sitting: 'DINNER' as const, diners: 52 };
    expect(mealCountInput(form)).toEqual({ canteenId: 'canteen-2', servedOn: '2024-12-02', sitting: 'DINNER', diners: 52 });
  });

  it('sends a waste sample’s grams, kitchen waste’s kilograms and a purchase trimmed', () => {
    expect(wasteSampleInput({ canteenId: 'canteen-2', sampledOn: '2024-12-02', servedGrams: 10_000, leftoverGrams: 1_200 })).toEqual({
      canteenId: 'canteen-2',
      sampledOn: '2024-12-02',
      servedGrams: 10_000,
      leftoverGrams: 1_200,
    });
    expect(kitchenWasteInput({ canteenId: 'canteen-2', weighedOn: '2024-12-02', kilograms: ' 1,204.5' })).toEqual({ canteenId: 'canteen-2', weighedOn: '2024-12-02', kilograms: '1204.5' });
    expect(
      ingredientPurchaseInput({ canteenId: 'canteen-2', purchasedOn: '2024-12-02', supplier: ' 松江区某蔬菜合作社 ', category: '蔬菜 ', quantity: '120.5', unit: '公斤', amount: '1,846.75' }),
    ).toEqual({ canteenId: 'canteen-2', purchasedOn: '2024-12-02', supplier: '松江区某蔬菜合作社', category: '蔬菜', quantity: '120.5', unit: '公斤', amount: '1846.75' });
  });
});

describe('the record dialogs', () => {
  beforeAll(registerServicesMessages);
  afterEach(() => vi.unstubAllGlobals());

  it('records a meal count for the filter’s canteen and says so', async () => {
    const requests = stubGateway({ RecordMealCount: data({ recordMealCount: { id: 'm1', servedOn: '2024-12-02', sitting: 'LUNCH', diners: 455, canteen } }) });
    const onChanged = vi.fn();
    const dialog = useRecordMealCount(onChanged);
    dialog.open({ canteenId: 'canteen-2' });
    Object.assign(dialog.form, { servedOn: '2024-12-02', sitting: 'LUNCH', diners: 455 });
    await expect(dialog.submit()).resolves.toBe('已登记 中山中路38号院食堂 2024-12-02 午餐 455 人次');
    expect(requests[0]?.variables).toEqual({ input: { canteenId: 'canteen-2', servedOn: '2024-12-02', sitting: 'LUNCH', diners: 455 } });
    expect(onChanged).toHaveBeenCalledOnce();
  });

  it('shows a sitting already counted above the form', async () => {
    stubGateway({ RecordMealCount: refusal('CONFLICT', '该餐次已登记', { reason: 'MEAL_ALREADY_COUNTED' }) });
    const dialog = useRecordMealCount(vi.fn());
    dialog.open({ canteenId: 'canteen-2' });
    Object.assign(dialog.form, { sitting: 'LUNCH', diners: 455 });
    await expect(dialog.submit()).resolves.toBeNull();
    expect(dialog.serverError?.localizedMessage).toBe('该食堂当日该餐次已登记');
  });

  it('shows leftovers heavier than the servings on the leftover field', async () => {
    stubGateway({ RecordWasteSample: refusal('BAD_USER_INPUT', '剩余重量不能大于供餐重量', { field: 'input.leftoverGrams', reason: 'LEFTOVER_OVER_SERVED' }) });
    const dialog = useRecordWasteSample(vi.fn());
    dialog.open({ canteenId: 'canteen-2' });
    Object.assign(dialog.form, { servedGrams: 1_000, leftoverGrams: 1_500 });
    await dialog.submit();
    expect(dialog.fieldErrors.leftoverGrams?.localizedMessage).toBe('剩余重量不能大于供餐重量');
    expect(dialog.serverError).toBeNull();
  });

  it('records kitchen waste and a purchase with their exact decimals', async () => {
    const requests = stubGateway({
      RecordKitchenWaste: data({ recordKitchenWaste: { id: 'k1', weighedOn: '2024-12-02', kilograms: '1204.5', canteen } }),
      RecordIngredientPurchase: data({ recordIngredientPurchase: { id: 'p1', purchasedOn: '2024-12-02', category: '蔬菜', amount: '1846.75', canteen } }),
    });
    const kitchenWaste = useRecordKitchenWaste(vi.fn());
    kitchenWaste.open({ canteenId: 'canteen-2' });
    kitchenWaste.form.kilograms = '1,204.5';
    await expect(kitchenWaste.submit()).resolves.toBe('已登记 中山中路38号院食堂 2024-12-02 餐厨垃圾 1,204.5 kg');
    const purchase = useRecordIngredientPurchase(vi.fn());
    purchase.open({});
    Object.assign(purchase.form, { canteenId: 'canteen-2', supplier: '松江区某蔬菜合作社', category: '蔬菜', quantity: '120', amount: '1846.75' });
    await expect(purchase.submit()).resolves.toBe('已登记 中山中路38号院食堂 2024-12-02 蔬菜 采购 1,846.75 元');
    expect(requests.map((request) => request.variables.input)).toMatchObject([{ kilograms: '1204.5' }, { amount: '1846.75', quantity: '120', unit: '公斤' }]);
  });
});
