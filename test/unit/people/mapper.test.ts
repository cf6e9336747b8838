import { toDistrictTree, toResidentSummary, type CommunityPathRow } from '../../../cloud/features/people/data/mapper';

const row = (dId: number, sId: number, cId: number): CommunityPathRow => ({
  dId,
  dName: `区${dId}`,
  sId,
  sName: `街道${sId}`,
  cId,
  cName: `社区${cId}`,
});

describe('toDistrictTree: ordered community rows → 旗区 → 街道 → 社区', () => {
  it.each([
    ['no rows', [], []],
    ['one community', [row(1, 1, 1)], [{ id: 1, name: '区1', streets: [{ id: 1, name: '街道1', communities: [{ id: 1, name: '社区1' }] }] }]],
    [
      'two communities of one street, then another street and district',
      [row(1, 1, 1), row(1, 1, 2), row(1, 2, 3), row(2, 3, 4)],
      [
        {
          id: 1,
          name: '区1',
          streets: [
            { id: 1, name: '街道1', communities: [{ id: 1, name: '社区1' }, { id: 2, name: '社区2' }] },
            { id: 2, name: '街道2', communities: [{ id: 3, name: '社区3' }] },
          ],
        },
        { id: 2, name: '区2', streets: [{ id: 3, name: '街道3', communities: [{ id: 4, name: '社区4' }] }] },
      ],
    ],
  ])('%s', (_name, rows, tree) => {
    expect(toDistrictTree(rows)).toEqual(tree);
  });
});

describe('toResidentSummary', () => {
  it.each([
    ['13847701234', '138****1234'],
    ['', ''],
  ])('shows %p to a worker as %p', (phone, phoneMasked) => {
    expect(toResidentSummary({ id: 3, openid: 'o-wx', name: '王秀兰', phone, address: '达尔罕小区' })).toEqual({ id: 3, name: '王秀兰', phoneMasked, address: '达尔罕小区', hasApp: true });
  });

  it('tells a person recorded by a worker (no app) from someone who signs in', () => {
    expect(toResidentSummary({ id: 4, openid: 'offline:0123abcd', name: '白玉兰', phone: '13847709901', address: '' }).hasApp).toBe(false);
  });
});
