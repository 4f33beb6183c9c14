import { describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, demoAccountPersonId } from '../src/demo-accounts.ts';
import { SeededRandom } from '../src/seeded-random.ts';
import { DEMO_PEOPLE, demoPeopleOf } from '../src/songjiang-people.ts';
import { DEMO_UNITS, demoUnitId } from '../src/songjiang-units.ts';

describe('SeededRandom', () => {
  it('gives the same sequence for the same seed', () => {
    const a = new SeededRandom(2024);
    const b = new SeededRandom(2024);
    expect(Array.from({ length: 5 }, () => a.next())).toEqual(Array.from({ length: 5 }, () => b.next()));
  });

  it('splits a total into parts that add up to it exactly, each at least the minimum', () => {
    const parts = new SeededRandom(7).split(33_720_000, 701, 100);
    expect(parts).toHaveLength(701);
    expect(parts.reduce((sum, part) => sum + part, 0)).toBe(33_720_000);
    expect(Math.min(...parts)).toBeGreaterThanOrEqual(100);
  });
});

describe('the demo units', () => {
  it('form one tree of unique units, 48 of them under agency bookkeeping', () => {
    expect(new Set(DEMO_UNITS.map((u) => u.id)).size).toBe(DEMO_UNITS.length);
    expect(new Set(DEMO_UNITS.map((u) => u.name)).size).toBe(DEMO_UNITS.length);
    expect(DEMO_UNITS.filter((u) => u.parentId === null)).toHaveLength(1);
    const ids = new Set(DEMO_UNITS.map((u) => u.id));
    expect(DEMO_UNITS.every((u) => u.parentId === null || ids.has(u.parentId))).toBe(true);
    expect(DEMO_UNITS.filter((u) => u.underAgencyBookkeeping)).toHaveLength(48);
  });

  it('finds units by the names the report uses', () => {
    expect(demoUnitId('区审计局')).toBe('org-sj-qsjj');
    expect(demoUnitId('商发集团')).toBe('org-sj-sfjt');
    expect(() => demoUnitId('不存在的单位')).toThrow();
  });

  it('gives every demo account a unit that exists', () => {
    for (const account of DEMO_ACCOUNTS) expect(() => demoUnitId(account.unit)).not.toThrow();
  });
});

describe('the demo people', () => {
  it('have unique ids, each of a unit that exists, one unit after another', () => {
    expect(new Set(DEMO_PEOPLE.map((p) => p.id)).size).toBe(DEMO_PEOPLE.length);
    const units = new Set(DEMO_UNITS.map((u) => u.id));
    expect(DEMO_PEOPLE.every((p) => units.has(p.organizationId))).toBe(true);
    expect(demoPeopleOf('org-sj-jgswglj-bgs')[0]).toMatchObject({ id: 'person-sj-jgswglj-bgs-001', rank: 'SECTION_CHIEF', position: '科长' });
  });

  it('never collide with the demo accounts\' people', () => {
    const ids = new Set(DEMO_PEOPLE.map((p) => p.id));
    for (const account of DEMO_ACCOUNTS) expect(ids.has(demoAccountPersonId(account.username))).toBe(false);
    expect(() => demoAccountPersonId('nobody')).toThrow();
  });
});
