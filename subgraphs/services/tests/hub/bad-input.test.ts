import { beforeAll, describe, expect, it } from 'vitest';
import { ADD_DISH, as, asDirect, BOOK, createTestRoom, dataOf, expectError, localSlot, ORDER_MEAL, shanghaiDay } from './client.ts';

/**
 * Every mutation refuses bad input with BAD_USER_INPUT naming the field (NOT_FOUND for an unknown
 * id, FORBIDDEN for one without input called by the wrong role), and writes nothing: the row counts
 * and the statuses of the fixture rows, and the audit trail, stay as they were.
 */
const ids = { room: '', booking: '', visit: '', order: '', feedback: '', dish: '', mealOrder: '' };
/** The day of the fixture dish and meal order: within the order horizon, before its cut-off. */
const MEAL_DAY = shanghaiDay(10);
const DISH = { canteenId: 'canteen-1', servedOn: MEAL_DAY, sitting: 'LUNCH', name: `坏输入测试菜${process.pid}`, category: 'VEGETABLE', price: '3.50' };

const CENSUS = `{
  meetingRooms { totalCount } roomBookings { totalCount } visits { totalCount } workOrders { totalCount } feedback { totalCount } servicesAuditRecords { totalCount }
  mealCounts { totalCount } wasteSamples { totalCount } kitchenWasteWeighings { totalCount } ingredientPurchases { totalCount }
  serviceProviders { totalCount } providerTrainings { totalCount } vehicleRecordEvents { totalCount } securityActivities { totalCount }
  mealOrders { totalCount } menu(canteenId: "canteen-1", servedOn: "${MEAL_DAY}") { totalCount }
  p: serviceProviders(first: 50) { edges { node { id contracts { totalCount } assessments { totalCount } } } }
  w: workOrders(first: 50) { edges { node { id status rating providerName } } }
  f: feedback(first: 50) { edges { node { id status reply } } }
  b: roomBookings(first: 200, orderBy: STARTS_AT_DESC) { edges { node { id status decisionNote } } }
  v: visits(first: 200) { edges { node { id status purgedAt visitorName } } }
}`;
const census = async () => dataOf(await as('services', CENSUS));
const tooLong = '长'.repeat(501);
const m = (field: string, type: string, input: object | null) =>
  input === null ? `mutation { ${field} }` : [`mutation ($input: ${type}!) { ${field}(input: $input)${SCALAR_RESULTS.has(field) ? '' : ' { __typename }'} }`, { input }];
/** Mutations answering a number, not a row. */
const SCALAR_RESULTS = new Set(['purgeVisits', 'releaseUnattendedRoomBookings']);

beforeAll(async () => {
  ids.room = await createTestRoom({ needsApproval: true, capacity: 10 });
  ids.booking = dataOf(await as('unit', BOOK, { input: { meetingRoomId: ids.room, ...localSlot(90), attendees: 5, purpose: '坏输入测试' } })).createRoomBooking.id;
  ids.visit = dataOf(
    await as('unit', 'mutation ($input: RegisterVisitInput!) { registerVisit(input: $input) { id } }', {
      input: { visitorName: '王五', phone: '13900002222', idNumber: '11010519491231002X', expectedAt: new Date(Date.now() + 86_400_000).toISOString(), purpose: '坏输入测试' },
    }),
  ).registerVisit.id;
  ids.order = dataOf(await as('unit', 'mutation ($input: SubmitWorkOrderInput!) { submitWorkOrder(input: $input) { id } }', { input: { buildingId: 'building-0002', category: 'ELECTRICAL', description: '灯不亮', priority: 'NORMAL' } })).submitWorkOrder.id;
  ids.dish = dataOf(await as('services', ADD_DISH, { input: DISH })).addMenuDish.id;
  ids.mealOrder = dataOf(await as('unit', ORDER_MEAL, { input: { canteenId: 'canteen-1', servedOn: MEAL_DAY, sitting: 'LUNCH' } })).orderMeal.id;
  ids.feedback = dataOf(await as('unit', 'mutation ($input: SubmitFeedbackInput!) { submitFeedback(input: $input) { id } }', { input: { subject: '坏输入测试', content: '某' } })).submitFeedback.id;
});

/** [mutation, user, query, variables, expected code, expected field] */
type Case = [string, 'services' | 'unit', string, Record<string, unknown> | undefined, string, string?];
const call = (name: string, user: 'services' | 'unit', field: string, type: string, input: object | null, code: string, at?: string): Case => {
  const op = m(field, type, input);
  return typeof op === 'string' ? [name, user, op, undefined, code, at] : [name, user, op[0] as string, op[1] as Record<string, unknown>, code, at];
};

const cases = (): Case[] => [
  call('createMeetingRoom', 'services', 'createMeetingRoom', 'CreateMeetingRoomInput', { buildingId: 'building-0002', floor: 2, name: '坏会议室', capacity: 10, opensAtMinute: 600, closesAtMinute: 540 }, 'BAD_USER_INPUT', 'input.closesAtMinute'),
  call('createMeetingRoom (no seats)', 'services', 'createMeetingRoom', 'CreateMeetingRoomInput', { buildingId: 'building-0002', floor: 2, name: '坏会议室', capacity: 0, opensAtMinute: 480, closesAtMinute: 1080 }, 'BAD_USER_INPUT', 'input.capacity'),
  call('createRoomBooking', 'unit', 'createRoomBooking', 'CreateRoomBookingInput', { meetingRoomId: ids.room, ...localSlot(91, 600, -30), attendees: 2, purpose: '倒着' }, 'BAD_USER_INPUT', 'input.endsAt'),
  call('createRoomBooking (unknown room)', 'unit', 'createRoomBooking', 'CreateRoomBookingInput', { meetingRoomId: 'no-such-room', ...localSlot(91), attendees: 2, purpose: '某' }, 'BAD_USER_INPUT', 'input.meetingRoomId'),
  call('createRoomBooking (over capacity)', 'unit', 'createRoomBooking', 'CreateRoomBookingInput', { meetingRoomId: ids.room, ...localSlot(91), attendees: 11, purpose: '某' }, 'BAD_USER_INPUT', 'input.attendees'),
  call('createRoomBooking (series too long)', 'unit', 'createRoomBooking', 'CreateRoomBookingInput', { meetingRoomId: ids.room, ...localSlot(91), attendees: 2, purpose: '某', recurrence: { frequency: 'WEEKLY', count: 60 } }, 'BAD_USER_INPUT', 'input.recurrence.count'),
  call('createRoomBooking (no unit)', 'services', 'createRoomBooking', 'CreateRoomBookingInput', { meetingRoomId: ids.room, ...localSlot(91), attendees: 2, purpose: '某' }, 'BAD_USER_INPUT', 'input.organizationId'),
  call('createRoomBooking (ghost unit)', 'services', 'createRoomBooking', 'CreateRoomBookingInput', { meetingRoomId: ids.room, organizationId: 'org-no-such', ...localSlot(91), attendees: 2, purpose: '某' }, 'BAD_USER_INPUT', 'input.organizationId'),
  call('createRoomBooking (in the past)', 'unit', 'createRoomBooking', 'CreateRoomBookingInput', { meetingRoomId: ids.room, ...localSlot(-3), attendees: 2, purpose: '某' }, 'BAD_USER_INPUT', 'input.startsAt'),
  call('approveRoomBooking', 'services', 'approveRoomBooking', 'DecideRoomBookingInput', { id: ids.booking, note: tooLong }, 'BAD_USER_INPUT', 'input.note'),
  call('rejectRoomBooking', 'services', 'rejectRoomBooking', 'RejectRoomBookingInput', { id: ids.booking, note: '  ' }, 'BAD_USER_INPUT', 'input.note'),
  call('checkInRoomBooking', 'unit', 'checkInRoomBooking', 'RoomBookingStepInput', { id: 'no-such-booking' }, 'NOT_FOUND'),
  call('completeRoomBooking', 'unit', 'completeRoomBooking', 'RoomBookingStepInput', { id: '' }, 'BAD_USER_INPUT', 'input.id'),
  call('cancelRoomBooking', 'unit', 'cancelRoomBooking', 'RoomBookingStepInput', { id: 'no-such-booking' }, 'NOT_FOUND'),
  call('releaseUnattendedRoomBookings', 'unit', 'releaseUnattendedRoomBookings', '', null, 'FORBIDDEN'),
  call('registerVisit', 'unit', 'registerVisit', 'RegisterVisitInput', { visitorName: '某', phone: '13900002222', idNumber: '110105194912310021', expectedAt: new Date(Date.now() + 86_400_000).toISOString(), purpose: '某' }, 'BAD_USER_INPUT', 'input.idNumber'),
  call('registerVisit (phone)', 'unit', 'registerVisit', 'RegisterVisitInput', { visitorName: '某', phone: '12', idNumber: '11010519491231002X', expectedAt: new Date(Date.now() + 86_400_000).toISOString(), purpose: '某' }, 'BAD_USER_INPUT', 'input.phone'),
  call('registerVisit (plate)', 'unit', 'registerVisit', 'RegisterVisitInput', { visitorName: '某', phone: '13900002222', idNumber: '11010519491231002X', carPlate: 'XYZ', expectedAt: new Date(Date.now() + 86_400_000).toISOString(), purpose: '某' }, 'BAD_USER_INPUT', 'input.carPlate'),
  call('registerVisit (name)', 'unit', 'registerVisit', 'RegisterVisitInput', { visitorName: '', phone: '13900002222', idNumber: '11010519491231002X', expectedAt: new Date(Date.now() + 86_400_000).toISOString(), purpose: '某' }, 'BAD_USER_INPUT', 'input.visitorName'),
  call('checkInVisit', 'services', 'checkInVisit', 'VisitStepInput', { id: 'no-such-visit' }, 'NOT_FOUND'),
  call('checkOutVisit', 'services', 'checkOutVisit', 'VisitStepInput', { id: '' }, 'BAD_USER_INPUT', 'input.id'),
  call('markVisitNoShow', 'services', 'markVisitNoShow', 'VisitStepInput', { id: 'no-such-visit' }, 'NOT_FOUND'),
  call('cancelVisit', 'unit', 'cancelVisit', 'VisitStepInput', { id: 'no-such-visit' }, 'NOT_FOUND'),
  call('submitWorkOrder', 'unit', 'submitWorkOrder', 'SubmitWorkOrderInput', { buildingId: 'building-0002', category: 'ELECTRICAL', description: ' ', priority: 'NORMAL' }, 'BAD_USER_INPUT', 'input.description'),
  call('submitWorkOrder (location)', 'unit', 'submitWorkOrder', 'SubmitWorkOrderInput', { buildingId: 'building-0002', category: 'ELECTRICAL', description: '某', location: tooLong, priority: 'NORMAL' }, 'BAD_USER_INPUT', 'input.location'),
  call('assignWorkOrder', 'services', 'assignWorkOrder', 'AssignWorkOrderInput', { id: ids.order, providerName: '', workerName: '张' }, 'BAD_USER_INPUT', 'input.providerName'),
  call('startWorkOrder', 'services', 'startWorkOrder', 'WorkOrderStepInput', { id: 'no-such-order' }, 'NOT_FOUND'),
  call('finishWorkOrder', 'services', 'finishWorkOrder', 'WorkOrderStepInput', { id: '' }, 'BAD_USER_INPUT', 'input.id'),
  call('rateWorkOrder', 'unit', 'rateWorkOrder', 'RateWorkOrderInput', { id: ids.order, rating: 0 }, 'BAD_USER_INPUT', 'input.rating'),
  call('reopenWorkOrder', 'unit', 'reopenWorkOrder', 'WorkOrderStepInput', { id: 'no-such-order' }, 'NOT_FOUND'),
  call('closeWorkOrder', 'services', 'closeWorkOrder', 'WorkOrderStepInput', { id: 'no-such-order' }, 'NOT_FOUND'),
  call('submitFeedback', 'unit', 'submitFeedback', 'SubmitFeedbackInput', { subject: '某', content: '' }, 'BAD_USER_INPUT', 'input.content'),
  call('replyToFeedback', 'services', 'replyToFeedback', 'ReplyToFeedbackInput', { id: ids.feedback, reply: tooLong.repeat(5) }, 'BAD_USER_INPUT', 'input.reply'),
  call('recordMealCount', 'services', 'recordMealCount', 'RecordMealCountInput', { canteenId: 'canteen-1', servedOn: '2026-01-05', sitting: 'LUNCH', diners: -1 }, 'BAD_USER_INPUT', 'input.diners'),
  call('recordMealCount (duplicate)', 'services', 'recordMealCount', 'RecordMealCountInput', { canteenId: 'canteen-1', servedOn: '2024-01-02', sitting: 'LUNCH', diners: 300 }, 'CONFLICT'),
  call('recordMealCount (unknown canteen)', 'services', 'recordMealCount', 'RecordMealCountInput', { canteenId: 'canteen-9', servedOn: '2026-01-05', sitting: 'LUNCH', diners: 300 }, 'BAD_USER_INPUT', 'input.canteenId'),
  call('recordWasteSample', 'services', 'recordWasteSample', 'RecordWasteSampleInput', { canteenId: 'canteen-1', sampledOn: '2026-01-05', servedGrams: 1000, leftoverGrams: 1200 }, 'BAD_USER_INPUT', 'input.leftoverGrams'),
  call('recordKitchenWaste', 'services', 'recordKitchenWaste', 'RecordKitchenWasteInput', { canteenId: 'canteen-1', weighedOn: '2026-01-05', kilograms: '12.34' }, 'BAD_USER_INPUT', 'input.kilograms'),
  call('recordIngredientPurchase', 'services', 'recordIngredientPurchase', 'RecordIngredientPurchaseInput', { canteenId: 'canteen-1', supplier: '某', category: '蔬菜', quantity: '10', unit: '公斤', amount: '0', purchasedOn: '2026-01-05' }, 'BAD_USER_INPUT', 'input.amount'),
  call('createServiceProvider', 'services', 'createServiceProvider', 'CreateServiceProviderInput', { name: ' ', kind: 'CATERING' }, 'BAD_USER_INPUT', 'input.name'),
  call('recordProviderTraining', 'services', 'recordProviderTraining', 'RecordProviderTrainingInput', { providerId: 'provider-none', heldOn: '2026-01-05', topic: '某', attendees: 10 }, 'BAD_USER_INPUT', 'input.providerId'),
  call('recordVehicleEvent', 'services', 'recordVehicleEvent', 'RecordVehicleEventInput', { kind: 'PARK_DAY', occurredOn: '2026-01-05', description: tooLong }, 'BAD_USER_INPUT', 'input.description'),
  call('createProviderContract', 'services', 'createProviderContract', 'CreateProviderContractInput', { providerId: 'provider-catering', number: 'BAD-1', startsOn: '2026-01-01', endsOn: '2025-12-31', amount: '100.00', scope: '某' }, 'BAD_USER_INPUT', 'input.endsOn'),
  call('createProviderContract (taken number)', 'services', 'createProviderContract', 'CreateProviderContractInput', { providerId: 'provider-catering', number: 'JGSW-2024-CY-01', startsOn: '2026-01-01', endsOn: '2026-12-31', amount: '100.00', scope: '某' }, 'CONFLICT'),
  call('recordProviderAssessment', 'services', 'recordProviderAssessment', 'RecordProviderAssessmentInput', { providerId: 'provider-catering', year: 2026, quarter: 1, scores: [{ criterion: '服务质量', score: 50, maxScore: 40 }, { criterion: '满意度', score: 10, maxScore: 60 }] }, 'BAD_USER_INPUT', 'input.scores.0.score'),
  call('recordProviderAssessment (maxima)', 'services', 'recordProviderAssessment', 'RecordProviderAssessmentInput', { providerId: 'provider-catering', year: 2026, quarter: 1, scores: [{ criterion: '服务质量', score: 30, maxScore: 40 }] }, 'BAD_USER_INPUT', 'input.scores'),
  call('recordProviderAssessment (assessed)', 'services', 'recordProviderAssessment', 'RecordProviderAssessmentInput', { providerId: 'provider-catering', year: 2024, quarter: 1, scores: [{ criterion: '服务质量', score: 30, maxScore: 100 }] }, 'CONFLICT'),
  call('recordSecurityActivity', 'services', 'recordSecurityActivity', 'RecordSecurityActivityInput', { kind: 'FIRE_DRILL', heldOn: '2026-01-05', title: '演练', participants: 0 }, 'BAD_USER_INPUT', 'input.participants'),
  call('addMenuDish', 'services', 'addMenuDish', 'AddMenuDishInput', { ...DISH, name: `某菜${process.pid}`, price: '0' }, 'BAD_USER_INPUT', 'input.price'),
  call('addMenuDish (no name)', 'services', 'addMenuDish', 'AddMenuDishInput', { ...DISH, name: '  ' }, 'BAD_USER_INPUT', 'input.name'),
  call('addMenuDish (past day)', 'services', 'addMenuDish', 'AddMenuDishInput', { ...DISH, servedOn: '2024-12-02' }, 'BAD_USER_INPUT', 'input.servedOn'),
  call('addMenuDish (unknown canteen)', 'services', 'addMenuDish', 'AddMenuDishInput', { ...DISH, canteenId: 'canteen-9' }, 'BAD_USER_INPUT', 'input.canteenId'),
  call('addMenuDish (on the menu)', 'services', 'addMenuDish', 'AddMenuDishInput', DISH, 'CONFLICT'),
  call('addMenuDish (wrong role)', 'unit', 'addMenuDish', 'AddMenuDishInput', { ...DISH, name: `某菜${process.pid}` }, 'FORBIDDEN'),
  call('removeMenuDish', 'services', 'removeMenuDish', 'MenuDishStepInput', { id: '' }, 'BAD_USER_INPUT', 'input.id'),
  call('removeMenuDish (unknown)', 'services', 'removeMenuDish', 'MenuDishStepInput', { id: 'no-such-dish' }, 'NOT_FOUND'),
  call('removeMenuDish (wrong role)', 'unit', 'removeMenuDish', 'MenuDishStepInput', { id: ids.dish }, 'FORBIDDEN'),
  call('orderMeal', 'unit', 'orderMeal', 'OrderMealInput', { canteenId: 'canteen-1', servedOn: shanghaiDay(0), sitting: 'LUNCH' }, 'BAD_USER_INPUT', 'input.servedOn'),
  call('orderMeal (too far ahead)', 'unit', 'orderMeal', 'OrderMealInput', { canteenId: 'canteen-1', servedOn: shanghaiDay(40), sitting: 'LUNCH' }, 'BAD_USER_INPUT', 'input.servedOn'),
  call('orderMeal (unknown canteen)', 'unit', 'orderMeal', 'OrderMealInput', { canteenId: 'canteen-9', servedOn: MEAL_DAY, sitting: 'DINNER' }, 'BAD_USER_INPUT', 'input.canteenId'),
  call('orderMeal (ordered)', 'unit', 'orderMeal', 'OrderMealInput', { canteenId: 'canteen-2', servedOn: MEAL_DAY, sitting: 'LUNCH' }, 'CONFLICT'),
  call('cancelMealOrder', 'unit', 'cancelMealOrder', 'MealOrderStepInput', { id: '' }, 'BAD_USER_INPUT', 'input.id'),
  call('cancelMealOrder (unknown)', 'unit', 'cancelMealOrder', 'MealOrderStepInput', { id: 'no-such-order' }, 'NOT_FOUND'),
  call('cancelMealOrder (another’s)', 'services', 'cancelMealOrder', 'MealOrderStepInput', { id: ids.mealOrder }, 'FORBIDDEN'),
  call('purgeVisits', 'services', 'purgeVisits', 'PurgeVisitsInput', { olderThanDays: 1 }, 'BAD_USER_INPUT', 'input.olderThanDays'),
];

describe('bad input writes nothing', () => {
  it('covers every mutation of the schema', async () => {
    const { __schema } = dataOf(await asDirect('services', '{ __schema { mutationType { fields { name } } } }'));
    const mutations = (__schema.mutationType.fields as { name: string }[]).map((f) => f.name);
    const covered = new Set(cases().map(([name]) => name.split(' ')[0]));
    expect(mutations.filter((name) => !covered.has(name))).toEqual([]);
  });

  it.each(cases().map(([name]) => name))('%s', async (name) => {
    const [, user, query, variables, code, field] = cases().find((c) => c[0] === name) ?? [];
    if (!user || !query || !code) throw new Error(`no case ${name}`);
    const before = await census();
    expectError(await as(user, query, variables), code, field);
    expect(await census()).toEqual(before);
  });
});
