import { isOverdue, overdueKind } from '../../../cloud/features/requests/domain/overdue';
import { median, satisfaction, summarize, type StatsRequest } from '../../../cloud/features/requests/domain/stats';

describe('超时', () => {
  const now = new Date('2026-11-25T10:00:00.000Z');
  it.each([
    ['pending', '2026-11-24T10:00:00.000Z', true],
    ['pending', '2026-11-24T10:00:00.001Z', false],
    ['reviewing', '2026-11-20T00:00:00.000Z', true],
    ['dispatched', '2026-11-24T09:00:00.000Z', true],
    ['pooled', '2026-11-24T09:00:00.000Z', true],
    ['accepted', '2026-11-01T00:00:00.000Z', false],
    ['completed', '2026-11-01T00:00:00.000Z', false],
  ] as const)('%s since %s → %s', (status, since, late) => {
    expect(isOverdue(status, since, now)).toBe(late);
  });

  it('tells 未派单 from 未接单', () => {
    expect([overdueKind('pending'), overdueKind('dispatched'), overdueKind('rated')]).toEqual(['dispatch', 'accept', null]);
  });
});

describe('statistics', () => {
  it('takes the median and the share of 4–5 stars', () => {
    expect(median([])).toBeNull();
    expect(median([30, 10, 20])).toBe(20);
    expect(median([10, 20, 30, 41])).toBe(25);
    expect(satisfaction([5, 4, 3, 1])).toBe(0.5);
    expect(satisfaction([])).toBeNull();
  });

  const h = (hours: number) => new Date(Date.UTC(2026, 10, 10) + hours * 3600_000).toISOString();
  const from = new Date('2026-10-31T16:00:00.000Z');
  const to = new Date('2026-11-30T16:00:00.000Z');
  const requests: StatsRequest[] = [
    {
      id: 1,
      category: '家政维修',
      source: 'self',
      createdAt: h(0),
      steps: [
        { kind: 'created', at: h(0), unitId: null },
        { kind: 'dispatch', at: h(1), unitId: 7 },
        { kind: 'accept', at: h(3), unitId: 7 },
        { kind: 'complete', at: h(27), unitId: 7 },
      ],
    },
    {
      id: 2,
      category: '邻里调解',
      source: 'grid',
      createdAt: h(0),
      steps: [
        { kind: 'created', at: h(0), unitId: null },
        { kind: 'pool', at: h(2), unitId: null },
        { kind: 'claim', at: h(2.5), unitId: 8 },
      ],
    },
    // Ordered last month, finished this month: counts as done here, not as ordered.
    {
      id: 3,
      category: '家政维修',
      source: 'self',
      createdAt: '2026-10-20T00:00:00.000Z',
      steps: [
        { kind: 'created', at: '2026-10-20T00:00:00.000Z', unitId: null },
        { kind: 'dispatch', at: '2026-10-20T01:00:00.000Z', unitId: 7 },
        { kind: 'accept', at: '2026-10-20T02:00:00.000Z', unitId: 7 },
        { kind: 'complete', at: h(5), unitId: 7 },
      ],
    },
  ];
  const figures = summarize({
    from,
    to,
    requests,
    ratings: [
      { category: '家政维修', source: 'hotline', unitId: 7, stars: 5, at: h(30) },
      { category: '家政维修', source: 'self', unitId: 7, stars: 2, at: h(31) },
      { category: '家政维修', source: 'self', unitId: 7, stars: 5, at: '2026-10-25T00:00:00.000Z' },
    ],
    categories: ['家政维修', '邻里调解', '其他'],
    units: [
      { id: 7, name: '供电共建服务队' },
      { id: 8, name: '矛盾调解志愿服务队' },
      { id: 9, name: '没有活的队' },
    ],
  });

  it('counts the month in total', () => {
    expect(figures.total).toMatchObject({ created: 2, accepted: 2, completed: 2, ratings: 2, satisfaction: 0.5 });
    // 接单: 2 h (dispatch → accept) and 30 min (pool → claim); 办结: 24 h and the October one.
    expect(figures.total.medianAcceptMinutes).toBe(75);
    expect(figures.total.medianCompleteMinutes).toBe(median([24 * 60, (Date.parse(h(5)) - Date.parse('2026-10-20T02:00:00.000Z')) / 60000]));
  });

  it('per category, keeping categories with nothing in them', () => {
    expect(figures.byCategory.map((r) => [r.label, r.created, r.completed, r.satisfaction])).toEqual([
      ['家政维修', 1, 2, 0.5],
      ['邻里调解', 1, 0, null],
      ['其他', 0, 0, null],
    ]);
  });

  it('per handler unit, leaving out units with no activity', () => {
    expect(figures.byUnit.map((r) => [r.label, r.created, r.accepted, r.completed, r.medianAcceptMinutes])).toEqual([
      ['供电共建服务队', 1, 1, 2, 120],
      ['矛盾调解志愿服务队', 1, 1, 0, 30],
    ]);
  });

  it('per source, every source listed (居民自报 / 网格员上报 / 热线 / 来访)', () => {
    expect(figures.bySource.map((r) => [r.label, r.created, r.accepted, r.completed, r.ratings, r.satisfaction])).toEqual([
      ['居民自报', 1, 1, 2, 1, 0],
      ['网格员上报', 1, 1, 0, 0, null],
      ['热线', 0, 0, 0, 1, 1],
      ['来访', 0, 0, 0, 0, null],
    ]);
  });
});
