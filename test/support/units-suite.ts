import type { UnitCreate } from '../../types';
import { createTestApp, type TestApp } from './api-app';
import { person, standardUnits, type Units } from './requests-fixtures';

export interface UnitsSuite {
  app: TestApp;
  units: Units;
  /** A new resident of a community (达尔罕社区 by default), found by workers through people.residents. */
  resident(communityId?: number, name?: string): Promise<{ openid: string; id: number }>;
  roleOf(userId: number): Promise<string>;
  /** A valid units.create input for 达尔罕社区. */
  newUnit(over?: Partial<UnitCreate>): UnitCreate;
}

/**
 * The 处理单位 suites' world: the standard units, a worker of the neighbouring community and one of another street.
 * Built in beforeAll, closed in afterAll; read the fields inside tests and hooks.
 */
export function unitsSuite(dialect: 'sqlite' | 'mysql'): UnitsSuite {
  let residentSeq = 0;
  const suite = {
    async resident(communityId?: number, name = '居民') {
      const openid = `unit-resident-${++residentSeq}`;
      const id = await person(suite.app, openid, 'resident', {
        communityId: communityId ?? suite.units.place.communityId,
        name: `${name}${residentSeq}`,
        phone: `1384770${String(5000 + residentSeq)}`,
      });
      return { openid, id };
    },
    async roleOf(userId: number) {
      return (await suite.app.db.selectFrom('users').select('role').where('id', '=', userId).executeTakeFirstOrThrow()).role;
    },
    newUnit: (over: Partial<UnitCreate> = {}): UnitCreate => ({
      communityId: suite.units.place.communityId,
      scope: 'community',
      name: '达尔罕社区退休教师志愿服务队',
      kind: 'volunteer',
      categories: ['助老助残', '政策咨询'],
      phone: '',
      ...over,
    }),
  } as UnitsSuite;
  beforeAll(async () => {
    suite.app = await createTestApp(dialect);
    suite.units = await standardUnits(suite.app);
    await person(suite.app, 'worker-neighbour', 'worker', { communityId: suite.units.place.neighbourId, name: '兴旺社区工作者' });
    const otherStreet = await suite.app.db.selectFrom('communities').select('id').where('name', '=', '兴盛园社区').executeTakeFirstOrThrow();
    await person(suite.app, 'worker-elsewhere', 'worker', { communityId: otherStreet.id, name: '兴盛园社区工作者' });
  });
  afterAll(() => suite.app.close());
  return suite;
}
