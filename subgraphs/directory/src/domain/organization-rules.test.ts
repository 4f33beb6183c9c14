import { describe, expect, it } from 'vitest';
import { organizationCodeProblem, organizationNameProblem, wouldMakeCycle } from './organization-rules.ts';

const tree: Record<string, string | null> = { root: null, a: 'root', b: 'a', c: 'b', other: 'root' };
const parentOf = async (id: string) => tree[id] ?? null;

describe('the units’ rules', () => {
  it('refuses a parent that is the unit itself or below it', async () => {
    expect(await wouldMakeCycle('a', 'a', parentOf)).toBe(true);
    expect(await wouldMakeCycle('a', 'c', parentOf)).toBe(true);
    expect(await wouldMakeCycle('a', 'other', parentOf)).toBe(false);
    expect(await wouldMakeCycle('a', null, parentOf)).toBe(false);
    expect(await wouldMakeCycle('new', 'c', parentOf)).toBe(false);
  });

  it('checks the code and the name', () => {
    expect(organizationCodeProblem('SJ-JGSWGLJ')).toBeNull();
    expect(organizationCodeProblem('sj-x')?.reason).toBe('ORGANIZATION_CODE_FORMAT');
    expect(organizationNameProblem('')?.reason).toBe('ORGANIZATION_NAME_REQUIRED');
    expect(organizationNameProblem('区审计局')).toBeNull();
  });
});
