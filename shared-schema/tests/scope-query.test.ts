import { describe, expect, it } from 'vitest';
import { compileScopeRules, type ScopeDatamodel } from '../src/scope/scope-query.ts';
import { defineScopeRules, EVERYONE } from '../src/scope/scope-rules.ts';

const scalar = (name: string) => ({ name, kind: 'scalar', type: 'String', isList: false });
const toOne = (name: string, type: string) => ({ name, kind: 'object', type, isList: false });
const toMany = (name: string, type: string) => ({ name, kind: 'object', type, isList: true });

/** Units own vehicles; vehicles have trips; a booking rents a vehicle for a unit. */
const datamodel: ScopeDatamodel = {
  datamodel: {
    models: {
      Unit: { fields: [scalar('id'), toMany('vehicles', 'Vehicle')] },
      Vehicle: { fields: [scalar('id'), scalar('unitId'), toOne('unit', 'Unit'), toMany('trips', 'Trip'), toMany('bookings', 'Booking')] },
      Trip: { fields: [scalar('id'), scalar('vehicleId'), toOne('vehicle', 'Vehicle'), scalar('driverId')] },
      Booking: { fields: [scalar('id'), scalar('unitId'), scalar('vehicleId'), toOne('vehicle', 'Vehicle')] },
    },
  },
};
const rules = compileScopeRules(
  datamodel,
  defineScopeRules<'Unit' | 'Vehicle' | 'Trip' | 'Booking'>({
    rules: {
      Unit: EVERYONE,
      Vehicle: { units: ['unitId'] },
      Trip: { units: ['vehicle.unitId'], self: { column: 'driverId', is: 'person' } },
      Booking: { units: ['unitId', 'vehicle.unitId'] },
    },
    grants: ['Trip.vehicle'],
  }),
);
const scope = { units: ['u1'], personId: 'p1', accountId: 'a1' };

describe('compiled scope rules', () => {
  it('filter a list, a count and the relations below by each model’s rule', () => {
    const { args } = rules.rewrite('Vehicle', 'findMany', { where: { kind: 'SEDAN' }, include: { trips: { take: 5 }, _count: { select: { bookings: true } } } }, scope);
    expect(args).toEqual({
      where: { AND: [{ OR: [{ unitId: { in: ['u1'] } }] }, { kind: 'SEDAN' }] },
      include: {
        trips: { take: 5, where: { OR: [{ vehicle: { is: { unitId: { in: ['u1'] } } } }, { driverId: { equals: 'p1' } }] } },
        _count: { select: { bookings: { where: { OR: [{ unitId: { in: ['u1'] } }, { vehicle: { is: { unitId: { in: ['u1'] } } } }] } } } },
      },
    });
    expect(rules.rewrite('Vehicle', 'count', {}, scope).args).toEqual({ where: { OR: [{ unitId: { in: ['u1'] } }] } });
  });

  it('let the people a path names see a row: its owner, or the secretary of its branch', () => {
    const dues = compileScopeRules(
      {
        datamodel: {
          models: {
            Branch: { fields: [scalar('id'), scalar('secretaryId')] },
            Member: { fields: [scalar('id'), scalar('personId'), scalar('branchId'), toOne('branch', 'Branch')] },
            Dues: { fields: [scalar('id'), scalar('memberId'), toOne('member', 'Member')] },
          },
        },
      },
      defineScopeRules<'Branch' | 'Member' | 'Dues'>({
        rules: {
          Branch: EVERYONE,
          Member: { units: [], self: [{ column: 'personId', is: 'person' }, { column: 'branch.secretaryId', is: 'person' }] },
          Dues: { units: [], self: [{ column: 'member.personId', is: 'person' }, { column: 'member.branch.secretaryId', is: 'person' }] },
        },
      }),
    );
    expect(dues.where('Dues', scope)).toEqual({
      OR: [{ member: { is: { personId: { equals: 'p1' } } } }, { member: { is: { branch: { is: { secretaryId: { equals: 'p1' } } } } } }],
    });
    const one = dues.rewrite('Dues', 'findUnique', { where: { id: 'd1' } }, scope);
    expect(one.args).toEqual({ where: { id: 'd1' }, include: { member: { select: { personId: true, branch: { select: { secretaryId: true } } } } } });
    expect(one.finish({ id: 'd1', member: { personId: 'p9', branch: { secretaryId: 'p1' } } })).toEqual({ id: 'd1' });
    expect(one.finish({ id: 'd2', member: { personId: 'p9', branch: { secretaryId: 'p8' } } })).toBeNull();
    expect(dues.where('Member', { units: [], personId: null, accountId: null })).toEqual({ personId: { in: [] } });
  });

  it('let the viewer’s groups see the rows of those groups', () => {
    const meetings = compileScopeRules(
      {
        datamodel: {
          models: {
            Branch: { fields: [scalar('id')] },
            Meeting: { fields: [scalar('id'), scalar('branchId'), toOne('branch', 'Branch')] },
          },
        },
      },
      defineScopeRules<'Branch' | 'Meeting'>({ rules: { Branch: EVERYONE, Meeting: { units: [], groups: ['branchId'] } } }),
    );
    expect(meetings.where('Meeting', { ...scope, groups: ['b1'] })).toEqual({ OR: [{ branchId: { in: ['b1'] } }] });
    expect(meetings.where('Meeting', scope)).toEqual({ branchId: { in: [] } });
    const one = meetings.rewrite('Meeting', 'findUnique', { where: { id: 'm1' }, select: { id: true } }, { ...scope, groups: ['b1'] });
    expect(one.finish({ id: 'm1', branchId: 'b1' })).toEqual({ id: 'm1' });
    expect(meetings.rewrite('Meeting', 'findUnique', { where: { id: 'm2' }, select: { id: true } }, { ...scope, groups: ['b1'] }).finish({ id: 'm2', branchId: 'b2' })).toBeNull();
  });

  it('show a viewer without units or own rows nothing', () => {
    expect(rules.where('Vehicle', { units: [], personId: null, accountId: null })).toEqual({ unitId: { in: [] } });
    expect(rules.where('Trip', { units: [], personId: null, accountId: null })).toEqual({ vehicle: { is: { unitId: { in: [] } } } });
    expect(rules.where('Unit', scope)).toBeUndefined();
  });

  it('check a row read by its key after loading, so reads by key stay batched, and strip what the check added', () => {
    const mine = rules.rewrite('Vehicle', 'findUnique', { where: { id: 'v1' }, select: { id: true } }, scope);
    expect(mine.args).toEqual({ where: { id: 'v1' }, select: { id: true, unitId: true } });
    expect(mine.finish({ id: 'v1', unitId: 'u1' })).toEqual({ id: 'v1' });
    expect(mine.finish({ id: 'v2', unitId: 'u2' })).toBeNull();
  });

  it('answer null for a to-one row outside the scope, and keep granted ones', () => {
    const booking = rules.rewrite('Booking', 'findMany', { select: { id: true, vehicle: { select: { id: true } } } }, scope);
    expect(booking.args.select).toEqual({ id: true, vehicle: { select: { id: true, unitId: true } } });
    const rows = [
      { id: 'b1', vehicle: { id: 'v1', unitId: 'u1' } },
      { id: 'b2', vehicle: { id: 'v2', unitId: 'u2' } },
    ];
    expect(booking.finish(rows)).toEqual([
      { id: 'b1', vehicle: { id: 'v1' } },
      { id: 'b2', vehicle: null },
    ]);
    const trip = rules.rewrite('Trip', 'findMany', { include: { vehicle: true } }, scope);
    expect(trip.args.include).toEqual({ vehicle: true });
  });

  it('load what a rule reads through relations, and take it out again', () => {
    const trip = rules.rewrite('Trip', 'findUnique', { where: { id: 't1' } }, scope);
    expect(trip.args).toEqual({ where: { id: 't1' }, include: { vehicle: { select: { unitId: true } } } });
    expect(trip.finish({ id: 't1', driverId: 'p9', vehicle: { unitId: 'u1' } })).toEqual({ id: 't1', driverId: 'p9' });
    expect(trip.finish({ id: 't2', driverId: 'p1', vehicle: { unitId: 'u9' } })).toEqual({ id: 't2', driverId: 'p1' });
    expect(trip.finish({ id: 't3', driverId: 'p9', vehicle: { unitId: 'u9' } })).toBeNull();
  });

  it('scope the rows a write returns, not the write itself', () => {
    const { args } = rules.rewrite('Vehicle', 'update', { where: { id: 'v1' }, data: {}, include: { trips: true } }, scope);
    expect(args.where).toEqual({ id: 'v1' });
    expect(args.include).toEqual({ trips: { where: { OR: [{ vehicle: { is: { unitId: { in: ['u1'] } } } }, { driverId: { equals: 'p1' } }] } } });
    expect(rules.rewrite('Vehicle', 'updateMany', { where: { id: 'v1' }, data: {} }, scope).args).toEqual({ where: { id: 'v1' }, data: {} });
  });

  it('refuse rules that do not lead to a column through to-one relations, and models without a rule', () => {
    const bad = (units: string[]) => () =>
      compileScopeRules(datamodel, { rules: { Unit: EVERYONE, Vehicle: { units }, Trip: EVERYONE, Booking: EVERYONE } });
    expect(bad(['trips.driverId'])).toThrow(/to-one/);
    expect(bad(['unit'])).toThrow(/ending in a column/);
    expect(bad(['nope'])).toThrow();
    expect(() => compileScopeRules(datamodel, { rules: { Unit: EVERYONE } } as never)).toThrow(/no rule for model Vehicle/);
  });
});
