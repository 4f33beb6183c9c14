import { describe, expect, it } from 'vitest';
import { as, dataOf, expectError } from './client.ts';

/** The canteens' records: staff record them once (a sitting is counted once), readers list them; the waste coefficient comes from the samples. */
describe('canteens, providers and the driving record', () => {
  it('counts a sitting once and computes the waste coefficient from the sample', async () => {
    const COUNT = 'mutation ($input: RecordMealCountInput!) { recordMealCount(input: $input) { diners canteen { name } } }';
    const input = { canteenId: 'canteen-2', servedOn: '2026-03-02', sitting: 'LUNCH', diners: 210 };
    expectError(await as('unit', COUNT, { input }), 'FORBIDDEN');
    expect(dataOf(await as('services', COUNT, { input })).recordMealCount).toEqual({ diners: 210, canteen: { name: '中山中路38号院食堂' } });
    const again = await as('services', COUNT, { input });
    expect(again.errors?.[0]?.extensions?.reason).toBe('MEAL_ALREADY_COUNTED');
    const { recordWasteSample } = dataOf(
      await as('services', 'mutation ($input: RecordWasteSampleInput!) { recordWasteSample(input: $input) { coefficient } }', { input: { canteenId: 'canteen-2', sampledOn: '2026-03-02', servedGrams: 10_000, leftoverGrams: 1_234 } }),
    );
    expect(recordWasteSample.coefficient).toBe(0.1234);
  });

  it('records a provider’s training and a fleet activity', async () => {
    const { createServiceProvider } = dataOf(await as('services', 'mutation ($input: CreateServiceProviderInput!) { createServiceProvider(input: $input) { id kind } }', { input: { name: `测试保洁公司${process.pid}`, kind: 'CLEANING' } }));
    const { recordProviderTraining } = dataOf(
      await as('services', 'mutation ($input: RecordProviderTrainingInput!) { recordProviderTraining(input: $input) { provider { id } attendees } }', { input: { providerId: createServiceProvider.id, heldOn: '2026-03-02', topic: '保洁规范', attendees: 12 } }),
    );
    expect(recordProviderTraining).toEqual({ provider: { id: createServiceProvider.id }, attendees: 12 });
    const { recordVehicleEvent } = dataOf(await as('services', 'mutation ($input: RecordVehicleEventInput!) { recordVehicleEvent(input: $input) { kind vehicleId } }', { input: { kind: 'PARK_DAY', occurredOn: '2026-03-20', description: '车场日' } }));
    expect(recordVehicleEvent).toEqual({ kind: 'PARK_DAY', vehicleId: null });
    const { createProviderContract } = dataOf(
      await as('services', 'mutation ($input: CreateProviderContractInput!) { createProviderContract(input: $input) { number amount provider { id } } }', {
        input: { providerId: createServiceProvider.id, number: `TEST-${process.pid}`, startsOn: '2026-01-01', endsOn: '2026-12-31', amount: '120000.00', scope: '保洁' },
      }),
    );
    expect(createProviderContract).toEqual({ number: `TEST-${process.pid}`, amount: '120000.00', provider: { id: createServiceProvider.id } });
    const ASSESS = 'mutation ($input: RecordProviderAssessmentInput!) { recordProviderAssessment(input: $input) { criterion score } }';
    const assessment = { providerId: createServiceProvider.id, year: 2026, quarter: 1, scores: [{ criterion: '服务质量', score: 36, maxScore: 40 }, { criterion: '人员管理', score: 55, maxScore: 60 }] };
    expect(dataOf(await as('services', ASSESS, { input: assessment })).recordProviderAssessment).toHaveLength(2);
    expect((await as('services', ASSESS, { input: assessment })).errors?.[0]?.extensions?.reason).toBe('QUARTER_ALREADY_ASSESSED');
    const { serviceProviders } = dataOf(await as('leader', '{ serviceProviders(kind: CATERING) { edges { node { contracts { totalCount } assessments(first: 4) { totalCount edges { node { quarter score maxScore } } } } } } }'));
    expect(serviceProviders.edges[0].node.assessments.totalCount).toBe(16);
    const { securityActivities } = dataOf(await as('leader', '{ securityActivities(filter: { from: "2024-01-01", to: "2024-12-31" }) { totalCount } }'));
    expect(securityActivities.totalCount).toBe(8);
    const { canteens } = dataOf(await as('unit', '{ canteens { totalCount } }'));
    expect(canteens.totalCount).toBe(5);
  });
});
