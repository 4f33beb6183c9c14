import { describe, expect, it } from 'vitest';
import { assignableProviders } from './use-provider-options';
import { workOrderTimeline } from './work-order-timeline';

const filed = { createdAt: '2024-03-01T01:00:00.000Z', requester: { id: 'p1', name: '李明' }, organization: { id: 'o1', name: '区审计局' } };
const none = { assignedAt: null, startedAt: null, doneAt: null, closedAt: null, providerName: null, workerName: null, rating: null };

describe('workOrderTimeline', () => {
  it('has only the filing while nobody has taken it', () => {
    expect(workOrderTimeline({ ...filed, ...none })).toEqual([{ step: 'SUBMITTED', at: '2024-03-01T01:00:00.000Z', who: '李明（区审计局）' }]);
  });

  it('names the provider and worker for each step they took, the unit for the rating', () => {
    const steps = workOrderTimeline({
      ...filed,
      assignedAt: '2024-03-01T02:00:00.000Z',
      startedAt: '2024-03-01T03:00:00.000Z',
      doneAt: '2024-03-01T05:00:00.000Z',
      closedAt: '2024-03-02T01:00:00.000Z',
      providerName: '维保公司',
      workerName: '王师傅',
      rating: 5,
    });
    expect(steps.map((step) => [step.step, step.who])).toEqual([
      ['SUBMITTED', '李明（区审计局）'],
      ['ASSIGNED', '维保公司 · 王师傅'],
      ['STARTED', '王师傅'],
      ['DONE', '王师傅'],
      ['RATED', '区审计局'],
      ['CLOSED', null],
    ]);
  });
});

describe('assignableProviders', () => {
  it('offers the maintenance and property companies first, by name within a kind', () => {
    const offered = assignableProviders([
      { id: 'c', name: '餐饮', kind: 'CATERING' },
      { id: 'p', name: '物业', kind: 'PROPERTY' },
      { id: 'm', name: '维保', kind: 'MAINTENANCE' },
      { id: 's', name: '安保', kind: 'SECURITY' },
    ]);
    expect(offered.map((provider) => provider.id)).toEqual(['m', 'p', 's', 'c']);
  });
});
