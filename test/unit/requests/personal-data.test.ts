import { REQUEST_STATUSES, type RequestStatus, type Viewer } from '../../../types/requests';
import { personalDataFor } from '../../../cloud/features/requests/domain/permissions';
import { areaOf, estateOf } from '../../../cloud/lib/privacy';

describe('areaOf: the 小区 and building of an address, without unit, floor or door', () => {
  it.each([
    ['康和小区7号楼2单元301', '康和小区7号楼'],
    ['达尔罕小区3号楼2单元501', '达尔罕小区3号楼'],
    ['康和小区7号楼301', '康和小区7号楼'],
    ['康和小区7号楼2单元3层', '康和小区7号楼'],
    ['康和小区 7号楼 2单元 301室', '康和小区 7号楼'],
    ['康和小区１２栋１单元', '康和小区12栋'],
    ['康和小区12幢1单元102', '康和小区12幢'],
    ['金辉大厦A座1201', '金辉大厦A座'],
    ['金辉大厦1201室', '金辉大厦'],
    ['康和小区七号楼二单元三零一', '康和小区七号楼'],
    ['康和小区二期3号楼2门501', '康和小区二期3号楼'],
    ['康和小区101号楼1单元', '康和小区101号楼'],
    ['康和小区7-2-301', '康和小区'],
    ['康和小区2单元301', '康和小区'],
    ['康和小区7号2单元301', '康和小区'],
    ['7号楼东侧第3户', '7号楼'],
    ['3号楼2-301', '3号楼'],
    ['鄂尔多斯市康巴什区哈巴格希街道达尔罕小区3号楼2单元501', '鄂尔多斯市康巴什区哈巴格希街道达尔罕小区3号楼'],
    ['达尔罕社区党群服务中心', '达尔罕社区'],
    ['3号楼', '3号楼'],
    ['阳光花园', '阳光花园'],
  ])('%s → %s', (address, area) => {
    expect(areaOf(address)).toBe(area);
  });

  it.each([
    ['', 'nothing written'],
    ['   ', 'blanks'],
    ['幸福巷12号', 'a house number on a lane (a household of a 平房 area)'],
    ['3-2-301', 'numbers only'],
    ['西门口老槐树下第二家', 'no 小区 or building to keep'],
  ])('%j → null (%s)', (address) => {
    expect(areaOf(address)).toBeNull();
  });
});

describe('who sees the name and address behind a request', () => {
  const OPEN: RequestStatus[] = ['reviewing', 'pending', 'pooled', 'dispatched', 'accepted'];
  const ENDED: RequestStatus[] = ['completed', 'rated', 'withdrawn', 'rejected'];

  it('splits every status into open and ended', () => {
    expect([...OPEN, ...ENDED].sort()).toEqual([...REQUEST_STATUSES].sort());
  });

  const table: [Viewer, 'open' | 'ended', ReturnType<typeof personalDataFor>][] = [
    ['owner', 'open', { name: 'full', address: 'full' }],
    ['owner', 'ended', { name: 'full', address: 'full' }],
    ['staff', 'open', { name: 'full', address: 'full' }],
    ['staff', 'ended', { name: 'full', address: 'full' }],
    ['assignee', 'open', { name: 'full', address: 'full' }],
    ['assignee', 'ended', { name: 'full', address: 'full' }],
    // Before (and besides) acceptance: what a member needs to decide — the 小区 and building, not who.
    ['unit', 'open', { name: 'masked', address: 'area' }],
    ['unit', 'ended', { name: 'hidden', address: 'hidden' }],
    ['pool', 'open', { name: 'masked', address: 'hidden' }],
    ['pool', 'ended', { name: 'hidden', address: 'hidden' }],
  ];
  it.each(table)('%s, request %s → %j', (viewer, phase, expected) => {
    for (const status of phase === 'open' ? OPEN : ENDED) expect(personalDataFor(viewer, status)).toEqual(expected);
  });
});

describe('estateOf: the 小区 an address is in (附议 groups by it), without building, unit or door', () => {
  it.each([
    ['达尔罕小区3号楼2单元501', '达尔罕小区'],
    ['康和小区二期3号楼2门501', '康和小区'],
    ['康和小区１２栋１单元', '康和小区'],
    ['金辉大厦A座1201', '金辉大厦'],
    ['阳光花园', '阳光花园'],
    ['达尔罕小区东门', '达尔罕小区'],
  ])('%s → %s', (address, estate) => {
    expect(estateOf(address)).toBe(estate);
  });

  it.each(['', '3号楼', '幸福巷12号'])('%s names no 小区', (address) => {
    expect(estateOf(address)).toBeNull();
  });
});
