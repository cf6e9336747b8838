import { auditTrail } from '../../cloud/db/audit';
import type { UnitCreate } from '../../types';
import { createTestApp, snapshot, type TestApp } from '../support/api-app';
import { dialectsUnderTest } from '../support/databases';
import { fileRequest, newRid, person, standardUnits, userId, type Units } from '../support/requests-fixtures';

describe.each(dialectsUnderTest())('处理单位 on %s', (dialect) => {
  let app: TestApp;
  let units: Units;
  let residentSeq = 0;
  /** A new resident of a community (达尔罕社区 by default), found by workers through people.residents. */
  const resident = async (communityId = units.place.communityId, name = '居民') => {
    const openid = `unit-resident-${++residentSeq}`;
    return { openid, id: await person(app, openid, 'resident', { communityId, name: `${name}${residentSeq}`, phone: `1384770${String(5000 + residentSeq)}` }) };
  };
  const roleOf = async (id: number) => (await app.db.selectFrom('users').select('role').where('id', '=', id).executeTakeFirstOrThrow()).role;
  const newUnit = (over: Partial<UnitCreate> = {}): UnitCreate => ({
    communityId: units.place.communityId,
    scope: 'community',
    name: '达尔罕社区退休教师志愿服务队',
    kind: 'volunteer',
    categories: ['助老助残', '政策咨询'],
    phone: '',
    ...over,
  });

  beforeAll(async () => {
    app = await createTestApp(dialect);
    units = await standardUnits(app);
    await person(app, 'worker-neighbour', 'worker', { communityId: units.place.neighbourId, name: '兴旺社区工作者' });
    const otherStreet = await app.db.selectFrom('communities').select('id').where('name', '=', '兴盛园社区').executeTakeFirstOrThrow();
    await person(app, 'worker-elsewhere', 'worker', { communityId: otherStreet.id, name: '兴盛园社区工作者' });
  });
  afterAll(() => app.close());

  describe('handlers declare what they serve (资源清单 meets 需求清单)', () => {
    it('a member sees their units with what each declares and may declare', async () => {
      const mine = await app.ok('demo-handler', 'units.mine', {});
      expect(mine).toEqual([
        expect.objectContaining({ id: units.mediation, scopeName: '哈巴格希街道', categories: ['邻里调解', '心理关爱'], options: ['助老助残', '家政维修', '邻里调解', '政策咨询', '环境卫生', '心理关爱', '其他'] }),
      ]);
      expect(await app.ok('handler-repair', 'units.mine', {})).toEqual([expect.objectContaining({ id: units.repair, scopeName: '达尔罕社区', categories: ['家政维修'] })]);
    });

    it('after declaring 邻里调解 the member sees pooled 邻里调解 items and claims one; after removing it, no longer', async () => {
      const pooled = async () => {
        const req = await fileRequest(app, 'demo-resident-2', { category: '邻里调解' });
        await app.ok('demo-staff', 'requests.pool', { id: req.id, note: '' }, newRid());
        return req.id;
      };
      const first = await pooled();
      expect((await app.ok('handler-repair', 'requests.tasks', { filter: 'pool' })).items.map((i) => i.id)).not.toContain(first);
      expect(await app.call('handler-repair', 'requests.claim', { id: first }, newRid())).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });

      const declared = await app.ok('handler-repair', 'units.setCategories', { id: units.repair, categories: ['家政维修', '邻里调解'] });
      expect(declared.categories).toEqual(['家政维修', '邻里调解']);
      expect((await app.ok('handler-repair', 'units.mine', {}))[0].categories).toEqual(['家政维修', '邻里调解']);
      const pool = await app.ok('handler-repair', 'requests.tasks', { filter: 'pool' });
      expect(pool.items.map((i) => i.id)).toContain(first);
      expect(pool.counts.pool).toBeGreaterThan(0);
      // Dispatching a 邻里调解 request now lists the unit among those that serve it.
      const other = await fileRequest(app, 'demo-resident', { category: '邻里调解' });
      expect((await app.ok('demo-staff', 'requests.units', { requestId: other.id })).find((u) => u.id === units.repair)).toMatchObject({ serves: true });
      expect(await app.ok('handler-repair', 'requests.claim', { id: first }, newRid())).toMatchObject({ status: 'accepted', viewer: 'assignee', unit: { id: units.repair } });
      await app.ok('handler-repair', 'requests.complete', { id: first, note: '已上门调解，双方达成一致' }, newRid());

      await app.ok('handler-repair', 'units.setCategories', { id: units.repair, categories: ['家政维修'] });
      const second = await pooled();
      expect((await app.ok('handler-repair', 'requests.tasks', { filter: 'pool' })).items.map((i) => i.id)).not.toContain(second);
      expect(await app.call('handler-repair', 'requests.claim', { id: second }, newRid())).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      expect((await app.ok('demo-staff', 'requests.units', { requestId: second })).find((u) => u.id === units.repair)).toMatchObject({ serves: false });

      const trail = await auditTrail(app.db, 'handler_unit', units.repair);
      expect(trail.map((a) => [a.action, a.note, a.actor_id])).toEqual([
        ['setUnitCategories', '家政维修 → 家政维修、邻里调解', await userId(app, 'handler-repair')],
        ['setUnitCategories', '家政维修、邻里调解 → 家政维修', await userId(app, 'handler-repair')],
      ]);
    });

    it('the workers of its community may change them too; members of other units and other workers may not', async () => {
      expect(await app.ok('demo-staff', 'units.setCategories', { id: units.repair, categories: ['家政维修', '环境卫生'] })).toMatchObject({ categories: ['家政维修', '环境卫生'] });
      // A street unit: any worker of the street may; a worker of another street may not.
      expect(await app.ok('worker-neighbour', 'units.setCategories', { id: units.mediation, categories: ['邻里调解', '心理关爱'] })).toMatchObject({ categories: ['邻里调解', '心理关爱'] });
      const before = await snapshot(app.db);
      for (const [who, id] of [
        ['handler-outsider', units.repair],
        ['demo-handler', units.repair],
        ['worker-neighbour', units.repair],
        ['worker-elsewhere', units.mediation],
      ] as const) {
        expect(await app.call(who, 'units.setCategories', { id, categories: ['家政维修'] })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      }
      expect(await app.call('demo-resident', 'units.setCategories', { id: units.repair, categories: ['家政维修'] })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(await app.call('demo-handler', 'units.mine', {})).toMatchObject({ ok: true });
      expect(await app.call('demo-resident', 'units.mine', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(await snapshot(app.db)).toEqual(before);
    });

    it('declares only categories the community offers, at least one', async () => {
      const before = await snapshot(app.db);
      expect(await app.call('handler-repair', 'units.setCategories', { id: units.repair, categories: ['法律援助'] })).toEqual({
        ok: false,
        error: { code: 'INVALID_INPUT', message: '「法律援助」不是本社区提供的服务类别', field: 'categories' },
      });
      expect(await app.call('handler-repair', 'units.setCategories', { id: units.repair, categories: [] })).toEqual({
        ok: false,
        error: { code: 'INVALID_INPUT', message: '请至少选择一个服务类别', field: 'categories' },
      });
      expect(await app.call('handler-repair', 'units.setCategories', { id: 99999, categories: ['家政维修'] })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      expect(await snapshot(app.db)).toEqual(before);

      // Once the community offers it, it can be declared; a category the community drops later may be kept.
      const categories = (await app.ok('demo-staff', 'requests.categories', { communityId: units.place.communityId })).categories;
      await app.ok('demo-staff', 'requests.setCategories', { communityId: units.place.communityId, categories: [...categories, '法律援助'] });
      await app.ok('handler-repair', 'units.setCategories', { id: units.repair, categories: ['家政维修', '法律援助'] });
      await app.ok('demo-staff', 'requests.setCategories', { communityId: units.place.communityId, categories });
      const [repair] = await app.ok('handler-repair', 'units.mine', {});
      expect(repair.options.at(-1)).toBe('法律援助');
      await app.ok('handler-repair', 'units.setCategories', { id: units.repair, categories: ['法律援助', '家政维修'] });
      await app.ok('handler-repair', 'units.setCategories', { id: units.repair, categories: ['家政维修'] });
      expect(await app.call('handler-repair', 'units.setCategories', { id: units.repair, categories: ['法律援助'] })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    });
  });

  describe('workers manage the units of their community', () => {
    it('lists the community’s units, then the street’s, with members (phones masked), categories and open tasks', async () => {
      const req = await fileRequest(app, 'demo-resident', { category: '家政维修', description: '卫生间水龙头一直滴水，关不紧，想请师傅来看看' });
      await app.ok('demo-staff', 'requests.dispatch', { id: req.id, unitId: units.repair, note: '' }, newRid());
      const overview = await app.ok('demo-staff', 'units.list', { communityId: units.place.communityId });
      expect(overview).toMatchObject({ communityName: '达尔罕社区', streetName: '哈巴格希街道' });
      expect(overview.options.community).toContain('家政维修');
      expect(overview.units.map((u) => u.id)).toEqual([units.repair, units.mediation]);
      expect(overview.units.map((u) => u.id)).not.toContain(units.elsewhere);
      const [repair, mediation] = overview.units;
      expect(repair).toMatchObject({ scope: 'community', scopeName: '达尔罕社区', communityId: units.place.communityId, kind: 'cobuild', active: true, phone: '0477-96118' });
      expect(repair.openTasks).toBeGreaterThanOrEqual(1);
      expect(repair.members).toEqual([{ userId: await userId(app, 'handler-repair'), name: '郝师傅', phoneMasked: '', communityName: null, openTasks: 0 }]);
      expect(mediation).toMatchObject({ scope: 'street', scopeName: '哈巴格希街道', communityId: null });
      expect(mediation.members).toEqual([expect.objectContaining({ name: '张志强', phoneMasked: '152****3344', communityName: '达尔罕社区' })]);
      await app.ok('handler-repair', 'requests.decline', { id: req.id, reason: '今天人手不够' }, newRid());
    });

    it('creates a unit once per requestId, edits it, and stops it (then nobody can dispatch to it)', async () => {
      const rid = newRid();
      const created = await app.ok('demo-staff', 'units.create', newUnit({ phone: '0477-8590000' }), rid);
      expect(created).toMatchObject({ name: '达尔罕社区退休教师志愿服务队', kind: 'volunteer', scope: 'community', categories: ['助老助残', '政策咨询'], phone: '0477-8590000', active: true, members: [], openTasks: 0 });
      expect(await app.ok('demo-staff', 'units.create', newUnit({ phone: '0477-8590000' }), rid)).toEqual(created);
      expect(await app.db.selectFrom('handler_units').select('id').where('name', '=', '达尔罕社区退休教师志愿服务队').execute()).toHaveLength(1);
      expect(await app.call('demo-staff', 'units.create', newUnit(), newRid())).toEqual({ ok: false, error: { code: 'CONFLICT', message: '已有名为「达尔罕社区退休教师志愿服务队」的处理单位' } });

      const edited = await app.ok('demo-staff', 'units.update', { id: created.id, name: '达尔罕社区银龄志愿服务队', kind: 'volunteer', categories: ['助老助残', '心理关爱'], phone: '', active: true });
      expect(edited).toMatchObject({ name: '达尔罕社区银龄志愿服务队', categories: ['助老助残', '心理关爱'], phone: '' });

      const member = await resident();
      await app.ok('demo-staff', 'units.addMember', { unitId: created.id, userId: member.id });
      const req = await fileRequest(app, 'demo-resident-2', { category: '助老助残', description: '家里老人腿脚不便，想请志愿者每周陪同去医院复查' });
      expect((await app.ok('demo-staff', 'requests.units', { requestId: req.id })).map((u) => u.id)).toContain(created.id);
      await app.ok('demo-staff', 'requests.dispatch', { id: req.id, unitId: created.id, note: '' }, newRid());

      // Not while a request waits for the unit: 改派 first.
      const before = await snapshot(app.db);
      const stop = { id: created.id, name: '达尔罕社区银龄志愿服务队', kind: 'volunteer' as const, categories: ['助老助残', '心理关爱'], phone: '', active: false };
      expect(await app.call('demo-staff', 'units.update', stop)).toEqual({ ok: false, error: { code: 'CONFLICT', message: '该单位还有1件待接单的暖心事，请先改派再停用' } });
      expect(await snapshot(app.db)).toEqual(before);
      await app.ok('demo-staff', 'requests.dispatch', { id: req.id, unitId: units.mediation, note: '改派' }, newRid());

      expect(await app.ok('demo-staff', 'units.update', stop)).toMatchObject({ active: false });
      expect((await app.ok('demo-staff', 'requests.units', { requestId: req.id })).map((u) => u.id)).not.toContain(created.id);
      expect(await app.call('demo-staff', 'requests.dispatch', { id: req.id, unitId: created.id, note: '' }, newRid())).toMatchObject({ ok: false });
      expect(await app.ok(member.openid, 'units.mine', {})).toEqual([]);
      // Still listed for its managers, marked stopped.
      expect((await app.ok('demo-staff', 'units.list', { communityId: units.place.communityId })).units.find((u) => u.id === created.id)).toMatchObject({ active: false });

      const trail = await auditTrail(app.db, 'handler_unit', created.id);
      expect(trail.map((a) => [a.action, a.from_state, a.to_state])).toEqual([
        ['createUnit', null, 'active'],
        ['updateUnit', 'active', 'active'],
        ['addMember', null, String(member.id)],
        ['updateUnit', 'active', 'stopped'],
      ]);
      expect(trail[1].note).toBe('名称：达尔罕社区退休教师志愿服务队 → 达尔罕社区银龄志愿服务队；服务类别：助老助残、政策咨询 → 助老助残、心理关爱；服务电话：0477-8590000 → 无');
    });

    it('adding a resident makes them a handler; leaving their last unit makes them a resident again', async () => {
      const unit = await app.ok('demo-staff', 'units.create', newUnit({ name: '达尔罕社区第二网格', kind: 'grid', categories: ['环境卫生'] }), newRid());
      const other = await app.ok('demo-staff', 'units.create', newUnit({ name: '达尔罕社区文艺志愿服务队', categories: ['其他'] }), newRid());
      const found = await app.ok('demo-staff', 'people.residents', { communityId: units.place.communityId, keyword: '网格员' });
      expect(found).toEqual([]);
      const m = await resident(units.place.communityId, '网格员');
      const [hit] = await app.ok('demo-staff', 'people.residents', { communityId: units.place.communityId, keyword: '网格员' });
      expect(hit.id).toBe(m.id);

      const added = await app.ok('demo-staff', 'units.addMember', { unitId: unit.id, userId: hit.id });
      expect(added.members).toEqual([{ userId: m.id, name: hit.name, phoneMasked: hit.phoneMasked, communityName: '达尔罕社区', openTasks: 0 }]);
      expect(await roleOf(m.id)).toBe('handler');
      expect((await app.ok(m.openid, 'units.mine', {})).map((u) => u.id)).toEqual([unit.id]);
      expect(await app.call('demo-staff', 'units.addMember', { unitId: unit.id, userId: m.id })).toEqual({ ok: false, error: { code: 'CONFLICT', message: `${hit.name}已是该单位成员` } });

      await app.ok('demo-staff', 'units.addMember', { unitId: other.id, userId: m.id });
      expect((await app.ok('demo-staff', 'units.removeMember', { unitId: unit.id, userId: m.id })).members).toEqual([]);
      expect(await roleOf(m.id)).toBe('handler');
      await app.ok('demo-staff', 'units.removeMember', { unitId: other.id, userId: m.id });
      expect(await roleOf(m.id)).toBe('resident');
      expect(await app.call(m.openid, 'units.mine', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(await app.call('demo-staff', 'units.removeMember', { unitId: other.id, userId: m.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', field: 'userId' } });

      const roles = await auditTrail(app.db, 'user', m.id);
      expect(roles.map((a) => [a.action, a.from_state, a.to_state, a.note])).toEqual([
        ['setRole', 'resident', 'handler', '加入处理单位：达尔罕社区第二网格'],
        ['setRole', 'handler', 'resident', '移出最后一个处理单位：达尔罕社区文艺志愿服务队'],
      ]);
    });

    it('never demotes a worker or an admin who leaves a unit', async () => {
      const unit = await app.ok('demo-staff', 'units.create', newUnit({ name: '达尔罕社区两委班子', kind: 'dept', categories: ['政策咨询'] }), newRid());
      for (const openid of ['demo-staff', 'demo-admin']) {
        const id = await userId(app, openid);
        await app.ok('demo-staff', 'units.addMember', { unitId: unit.id, userId: id });
        await app.ok('demo-staff', 'units.removeMember', { unitId: unit.id, userId: id });
        expect(await roleOf(id)).toBe(openid === 'demo-staff' ? 'worker' : 'admin');
      }
      expect(await auditTrail(app.db, 'user', await userId(app, 'demo-staff'))).toEqual([]);
    });

    it('keeps a member who is handling one of its requests, and the last member while requests wait', async () => {
      const unit = await app.ok('demo-staff', 'units.create', newUnit({ name: '达尔罕社区维修志愿队', kind: 'volunteer', categories: ['家政维修'] }), newRid());
      const a = await resident();
      const b = await resident();
      await app.ok('demo-staff', 'units.addMember', { unitId: unit.id, userId: a.id });
      await app.ok('demo-staff', 'units.addMember', { unitId: unit.id, userId: b.id });
      const req = await fileRequest(app, 'demo-resident-2', { category: '家政维修', description: '楼道里的声控灯坏了好几天，晚上上下楼很黑' });
      await app.ok('demo-staff', 'requests.dispatch', { id: req.id, unitId: unit.id, note: '' }, newRid());
      await app.ok(a.openid, 'requests.accept', { id: req.id }, newRid());

      const before = await snapshot(app.db);
      const refused = await app.call('demo-staff', 'units.removeMember', { unitId: unit.id, userId: a.id });
      expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('还有1件正在办理的暖心事，办结后才能移出') } });
      expect(await snapshot(app.db)).toEqual(before);
      await app.ok(a.openid, 'requests.complete', { id: req.id, note: '已更换声控灯' }, newRid());
      await app.ok('demo-staff', 'units.removeMember', { unitId: unit.id, userId: a.id });

      const waiting = await fileRequest(app, 'demo-resident', { category: '家政维修', description: '单元门的门禁坏了，刷卡打不开，希望尽快修理' });
      await app.ok('demo-staff', 'requests.dispatch', { id: waiting.id, unitId: unit.id, note: '' }, newRid());
      const last = await app.call('demo-staff', 'units.removeMember', { unitId: unit.id, userId: b.id });
      expect(last).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('最后一名成员，单位还有1件待接单的暖心事，请先改派') } });
      expect(await roleOf(b.id)).toBe('handler');
    });

    it('a street unit is managed by the workers of any community of the street, with members of the communities they serve', async () => {
      const street = await app.ok('demo-staff', 'units.create', newUnit({ scope: 'street', name: '哈巴格希街道法律服务队', kind: 'cobuild', categories: ['政策咨询'] }), newRid());
      expect(street).toMatchObject({ scope: 'street', communityId: null, scopeName: '哈巴格希街道' });
      expect((await app.ok('worker-neighbour', 'units.list', { communityId: units.place.neighbourId })).units.map((u) => u.id)).toContain(street.id);
      expect((await app.ok('worker-neighbour', 'units.list', { communityId: units.place.neighbourId })).units.map((u) => u.id)).not.toContain(units.repair);

      const neighbour = await resident(units.place.neighbourId, '兴旺居民');
      const home = await resident();
      expect((await app.ok('worker-neighbour', 'units.addMember', { unitId: street.id, userId: neighbour.id })).members.map((m) => m.communityName)).toEqual(['兴旺社区']);
      await app.ok('demo-staff', 'units.addMember', { unitId: street.id, userId: home.id });
      await app.ok('worker-neighbour', 'units.update', { id: street.id, name: '哈巴格希街道法律服务队', kind: 'cobuild', categories: ['政策咨询', '邻里调解'], phone: '12348', active: true });

      const other = await resident(units.place.neighbourId, '另一位兴旺居民');
      const before = await snapshot(app.db);
      // A worker adds only people of the communities they serve: of the street, yet not of their community, is refused.
      expect(await app.call('demo-staff', 'units.addMember', { unitId: units.repair, userId: other.id })).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: '只能添加本社区的居民', field: 'userId' } });
      expect(await app.call('demo-staff', 'units.addMember', { unitId: street.id, userId: other.id })).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: '只能添加本街道中您所负责社区的居民', field: 'userId' } });
      // A worker of another street manages neither.
      expect(await app.call('worker-elsewhere', 'units.update', { id: street.id, name: '改名', kind: 'dept', categories: ['政策咨询'], phone: '', active: true })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(await app.call('worker-elsewhere', 'units.removeMember', { unitId: street.id, userId: home.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(await app.call('worker-elsewhere', 'units.list', { communityId: units.place.communityId })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(await snapshot(app.db)).toEqual(before);
    });
  });

  describe('bad input is refused in Chinese with nothing written', () => {
    const refusals: [string, string, string, unknown, { code: string; message?: string; field?: string }][] = [
      ['an empty name', 'demo-staff', 'units.create', { name: '  ' }, { code: 'INVALID_INPUT', message: '请填写单位名称', field: 'name' }],
      ['a one-character name', 'demo-staff', 'units.create', { name: '队' }, { code: 'INVALID_INPUT', message: '单位名称至少2个字', field: 'name' }],
      ['markup in the name', 'demo-staff', 'units.create', { name: '<b>服务队</b>' }, { code: 'INVALID_INPUT', message: '单位名称不能包含 < 或 > 等特殊符号', field: 'name' }],
      ['an unknown kind', 'demo-staff', 'units.create', { kind: 'company' }, { code: 'INVALID_INPUT', message: '单位类型无效', field: 'kind' }],
      ['an unknown scope', 'demo-staff', 'units.create', { scope: 'city' }, { code: 'INVALID_INPUT', message: '服务范围无效', field: 'scope' }],
      ['no category', 'demo-staff', 'units.create', { categories: [] }, { code: 'INVALID_INPUT', message: '请至少选择一个服务类别', field: 'categories' }],
      ['a category the community does not offer', 'demo-staff', 'units.create', { categories: ['助老助残', '宠物寄养'] }, { code: 'INVALID_INPUT', message: '「宠物寄养」不是本社区提供的服务类别', field: 'categories' }],
      ['a bad phone', 'demo-staff', 'units.create', { phone: '打电话给我' }, { code: 'INVALID_INPUT', field: 'phone' }],
      ['a resident', 'demo-resident', 'units.create', {}, { code: 'FORBIDDEN' }],
      ['a handler', 'demo-handler', 'units.create', {}, { code: 'FORBIDDEN' }],
      ['a worker of another community', 'worker-neighbour', 'units.create', {}, { code: 'FORBIDDEN', message: '您不是该社区的工作人员' }],
    ];
    it.each(refusals)('create: %s', async (_, who, action, over, error) => {
      const before = await snapshot(app.db);
      const res = await app.call(who, action, newUnit(over as Partial<UnitCreate>), newRid());
      expect(res).toEqual({ ok: false, error: expect.objectContaining(error) });
      expect(await snapshot(app.db)).toEqual(before);
    });

    it('edits, members and lists: residents and workers of another community are FORBIDDEN; others’ people are refused', async () => {
      const edit = { id: units.repair, name: '康巴什供电共建服务队', kind: 'cobuild', categories: ['家政维修'], phone: '0477-96118', active: true };
      const outsider = await resident(units.place.neighbourId, '兴旺');
      const member = await userId(app, 'handler-repair');
      const before = await snapshot(app.db);
      const cases: [string, string, unknown, { code: string; message?: string; field?: string }][] = [
        ['demo-resident', 'units.list', { communityId: units.place.communityId }, { code: 'FORBIDDEN' }],
        ['demo-resident', 'units.update', edit, { code: 'FORBIDDEN' }],
        ['demo-resident', 'units.addMember', { unitId: units.repair, userId: outsider.id }, { code: 'FORBIDDEN' }],
        ['worker-neighbour', 'units.list', { communityId: units.place.communityId }, { code: 'FORBIDDEN', message: '您不是该社区的工作人员' }],
        ['worker-neighbour', 'units.update', edit, { code: 'FORBIDDEN', message: '您不是该单位所在社区的工作人员' }],
        ['worker-neighbour', 'units.addMember', { unitId: units.repair, userId: outsider.id }, { code: 'FORBIDDEN' }],
        ['worker-neighbour', 'units.removeMember', { unitId: units.repair, userId: member }, { code: 'FORBIDDEN' }],
        ['demo-staff', 'units.addMember', { unitId: units.repair, userId: outsider.id }, { code: 'INVALID_INPUT', message: '只能添加本社区的居民', field: 'userId' }],
        ['demo-staff', 'units.addMember', { unitId: units.repair, userId: 99999 }, { code: 'NOT_FOUND', field: 'userId' }],
        ['demo-staff', 'units.addMember', { unitId: 99999, userId: outsider.id }, { code: 'NOT_FOUND', field: 'unitId' }],
        ['demo-staff', 'units.update', { ...edit, name: '' }, { code: 'INVALID_INPUT', message: '请填写单位名称', field: 'name' }],
        ['demo-staff', 'units.update', { ...edit, kind: 'shop' }, { code: 'INVALID_INPUT', message: '单位类型无效', field: 'kind' }],
        ['demo-staff', 'units.update', { ...edit, categories: ['家政维修', '代缴话费'] }, { code: 'INVALID_INPUT', message: '「代缴话费」不是本社区提供的服务类别', field: 'categories' }],
      ];
      for (const [who, action, payload, error] of cases) {
        const res = await app.call(who, action, payload);
        expect([who, action, res]).toEqual([who, action, { ok: false, error: expect.objectContaining(error) }]);
      }
      expect(await snapshot(app.db)).toEqual(before);
    });
  });
  it('a worker who serves in a unit (a 网格员) takes its requests like any handler; one who does not is refused', async () => {
    const grid = await app.ok('demo-staff', 'units.create', newUnit({ name: '达尔罕社区网格员', kind: 'grid', categories: ['环境卫生'] }), newRid());
    const staff = await app.ok('demo-staff', 'me.get', {});
    await app.ok('demo-staff', 'units.addMember', { unitId: grid.id, userId: staff.id });
    expect(await roleOf(staff.id)).toBe('worker');
    const req = await fileRequest(app, 'demo-resident-2', { category: '环境卫生' });
    await app.ok('demo-staff', 'requests.dispatch', { id: req.id, unitId: grid.id, note: '请网格员上门查看' }, newRid());
    expect((await app.ok('demo-staff', 'requests.tasks', { filter: 'todo' })).items.map((i) => i.id)).toContain(req.id);
    expect((await app.ok('demo-staff', 'requests.workbench', {})).handler).toMatchObject({ todo: 1 });
    expect((await app.ok('demo-staff', 'requests.accept', { id: req.id }, newRid())).status).toBe('accepted');
    expect(await app.call('worker-neighbour', 'requests.complete', { id: req.id, note: '已上门清理完毕', photos: [] }, newRid())).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

});
