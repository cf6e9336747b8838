import { auditTrail } from '../../../../cloud/db/audit';
import type { UnitCreate } from '../../../../types';
import { dialectsUnderTest } from '../../../support/databases';
import { snapshot } from '../../../support/api-app';
import { fileRequest, newRid, userId } from '../../../support/requests-fixtures';
import { unitsSuite } from '../../../support/units-suite';

describe.each(dialectsUnderTest())('处理单位 management on %s', (dialect) => {
  const s = unitsSuite(dialect);

  describe('workers manage the units of their community', () => {
    it('lists the community’s units, then the street’s, with members (phones masked), categories and open tasks', async () => {
      const req = await fileRequest(s.app, 'demo-resident', { category: '家政维修', description: '卫生间水龙头一直滴水，关不紧，想请师傅来看看' });
      await s.app.ok('demo-staff', 'requests.dispatch', { id: req.id, unitId: s.units.repair, note: '' }, newRid());
      const overview = await s.app.ok('demo-staff', 'units.list', { communityId: s.units.place.communityId });
      expect(overview).toMatchObject({ communityName: '达尔罕社区', streetName: '哈巴格希街道' });
      expect(overview.options.community).toContain('家政维修');
      expect(overview.units.map((u) => u.id)).toEqual([s.units.repair, s.units.mediation]);
      expect(overview.units.map((u) => u.id)).not.toContain(s.units.elsewhere);
      const [repair, mediation] = overview.units;
      expect(repair).toMatchObject({ scope: 'community', scopeName: '达尔罕社区', communityId: s.units.place.communityId, kind: 'cobuild', active: true, phone: '0477-96118' });
      expect(repair.openTasks).toBeGreaterThanOrEqual(1);
      expect(repair.members).toEqual([{ userId: await userId(s.app, 'handler-repair'), name: '郝师傅', phoneMasked: '', communityName: null, openTasks: 0 }]);
      expect(mediation).toMatchObject({ scope: 'street', scopeName: '哈巴格希街道', communityId: null });
      expect(mediation.members).toEqual([expect.objectContaining({ name: '张志强', phoneMasked: '152****3344', communityName: '达尔罕社区' })]);
      await s.app.ok('handler-repair', 'requests.decline', { id: req.id, reason: '今天人手不够' }, newRid());
    });

    it('creates a unit once per requestId, edits it, and stops it (then nobody can dispatch to it)', async () => {
      const rid = newRid();
      const created = await s.app.ok('demo-staff', 'units.create', s.newUnit({ phone: '0477-8590000' }), rid);
      expect(created).toMatchObject({ name: '达尔罕社区退休教师志愿服务队', kind: 'volunteer', scope: 'community', categories: ['助老助残', '政策咨询'], phone: '0477-8590000', active: true, members: [], openTasks: 0 });
      expect(await s.app.ok('demo-staff', 'units.create', s.newUnit({ phone: '0477-8590000' }), rid)).toEqual(created);
      expect(await s.app.db.selectFrom('handler_units').select('id').where('name', '=', '达尔罕社区退休教师志愿服务队').execute()).toHaveLength(1);
      expect(await s.app.call('demo-staff', 'units.create', s.newUnit(), newRid())).toEqual({ ok: false, error: { code: 'CONFLICT', message: '已有名为「达尔罕社区退休教师志愿服务队」的处理单位' } });

      const edited = await s.app.ok('demo-staff', 'units.update', { id: created.id, name: '达尔罕社区银龄志愿服务队', kind: 'volunteer', categories: ['助老助残', '心理关爱'], phone: '', active: true });
      expect(edited).toMatchObject({ name: '达尔罕社区银龄志愿服务队', categories: ['助老助残', '心理关爱'], phone: '' });

      const member = await s.resident();
      await s.app.ok('demo-staff', 'units.addMember', { unitId: created.id, userId: member.id });
      const req = await fileRequest(s.app, 'demo-resident-2', { category: '助老助残', description: '家里老人腿脚不便，想请志愿者每周陪同去医院复查' });
      expect((await s.app.ok('demo-staff', 'requests.dispatchPage', { id: req.id })).units.map((u) => u.id)).toContain(created.id);
      await s.app.ok('demo-staff', 'requests.dispatch', { id: req.id, unitId: created.id, note: '' }, newRid());

      // Not while a request waits for the unit: 改派 first.
      const before = await snapshot(s.app.db);
      const stop = { id: created.id, name: '达尔罕社区银龄志愿服务队', kind: 'volunteer' as const, categories: ['助老助残', '心理关爱'], phone: '', active: false };
      expect(await s.app.call('demo-staff', 'units.update', stop)).toEqual({ ok: false, error: { code: 'CONFLICT', message: '该单位还有1件待接单的暖心事，请先改派再停用' } });
      expect(await snapshot(s.app.db)).toEqual(before);
      await s.app.ok('demo-staff', 'requests.dispatch', { id: req.id, unitId: s.units.mediation, note: '改派' }, newRid());

      expect(await s.app.ok('demo-staff', 'units.update', stop)).toMatchObject({ active: false });
      expect((await s.app.ok('demo-staff', 'requests.dispatchPage', { id: req.id })).units.map((u) => u.id)).not.toContain(created.id);
      expect(await s.app.call('demo-staff', 'requests.dispatch', { id: req.id, unitId: created.id, note: '' }, newRid())).toMatchObject({ ok: false });
      expect(await s.app.ok(member.openid, 'units.mine', {})).toEqual([]);
      // Still listed for its managers, marked stopped.
      expect((await s.app.ok('demo-staff', 'units.list', { communityId: s.units.place.communityId })).units.find((u) => u.id === created.id)).toMatchObject({ active: false });

      const trail = await auditTrail(s.app.db, 'handler_unit', created.id);
      expect(trail.map((a) => [a.action, a.from_state, a.to_state])).toEqual([
        ['createUnit', null, 'active'],
        ['updateUnit', 'active', 'active'],
        ['addMember', null, String(member.id)],
        ['updateUnit', 'active', 'stopped'],
      ]);
      expect(trail[1].note).toBe('名称：达尔罕社区退休教师志愿服务队 → 达尔罕社区银龄志愿服务队；服务类别：助老助残、政策咨询 → 助老助残、心理关爱；服务电话：0477-8590000 → 无');
    });

    it('adding a resident makes them a handler; leaving their last unit makes them a resident again', async () => {
      const unit = await s.app.ok('demo-staff', 'units.create', s.newUnit({ name: '达尔罕社区第二网格', kind: 'grid', categories: ['环境卫生'] }), newRid());
      const other = await s.app.ok('demo-staff', 'units.create', s.newUnit({ name: '达尔罕社区文艺志愿服务队', categories: ['其他'] }), newRid());
      const found = await s.app.ok('demo-staff', 'people.residents', { communityId: s.units.place.communityId, keyword: '网格员' });
      expect(found).toEqual([]);
      const m = await s.resident(s.units.place.communityId, '网格员');
      const [hit] = await s.app.ok('demo-staff', 'people.residents', { communityId: s.units.place.communityId, keyword: '网格员' });
      expect(hit.id).toBe(m.id);

      const added = await s.app.ok('demo-staff', 'units.addMember', { unitId: unit.id, userId: hit.id });
      expect(added.members).toEqual([{ userId: m.id, name: hit.name, phoneMasked: hit.phoneMasked, communityName: '达尔罕社区', openTasks: 0 }]);
      expect(await s.roleOf(m.id)).toBe('handler');
      expect((await s.app.ok(m.openid, 'units.mine', {})).map((u) => u.id)).toEqual([unit.id]);
      expect(await s.app.call('demo-staff', 'units.addMember', { unitId: unit.id, userId: m.id })).toEqual({ ok: false, error: { code: 'CONFLICT', message: `${hit.name}已是该单位成员` } });

      await s.app.ok('demo-staff', 'units.addMember', { unitId: other.id, userId: m.id });
      expect((await s.app.ok('demo-staff', 'units.removeMember', { unitId: unit.id, userId: m.id })).members).toEqual([]);
      expect(await s.roleOf(m.id)).toBe('handler');
      await s.app.ok('demo-staff', 'units.removeMember', { unitId: other.id, userId: m.id });
      expect(await s.roleOf(m.id)).toBe('resident');
      expect(await s.app.call(m.openid, 'units.mine', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(await s.app.call('demo-staff', 'units.removeMember', { unitId: other.id, userId: m.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', field: 'userId' } });

      const roles = await auditTrail(s.app.db, 'user', m.id);
      expect(roles.map((a) => [a.action, a.from_state, a.to_state, a.note])).toEqual([
        ['setRole', 'resident', 'handler', '加入处理单位：达尔罕社区第二网格'],
        ['setRole', 'handler', 'resident', '移出最后一个处理单位：达尔罕社区文艺志愿服务队'],
      ]);
    });

    it('never demotes a worker or an admin who leaves a unit', async () => {
      const unit = await s.app.ok('demo-staff', 'units.create', s.newUnit({ name: '达尔罕社区两委班子', kind: 'dept', categories: ['政策咨询'] }), newRid());
      for (const openid of ['demo-staff', 'demo-admin']) {
        const id = await userId(s.app, openid);
        await s.app.ok('demo-staff', 'units.addMember', { unitId: unit.id, userId: id });
        await s.app.ok('demo-staff', 'units.removeMember', { unitId: unit.id, userId: id });
        expect(await s.roleOf(id)).toBe(openid === 'demo-staff' ? 'worker' : 'admin');
      }
      expect(await auditTrail(s.app.db, 'user', await userId(s.app, 'demo-staff'))).toEqual([]);
    });

    it('keeps a member who is handling one of its requests, and the last member while requests wait', async () => {
      const unit = await s.app.ok('demo-staff', 'units.create', s.newUnit({ name: '达尔罕社区维修志愿队', kind: 'volunteer', categories: ['家政维修'] }), newRid());
      const a = await s.resident();
      const b = await s.resident();
      await s.app.ok('demo-staff', 'units.addMember', { unitId: unit.id, userId: a.id });
      await s.app.ok('demo-staff', 'units.addMember', { unitId: unit.id, userId: b.id });
      const req = await fileRequest(s.app, 'demo-resident-2', { category: '家政维修', description: '楼道里的声控灯坏了好几天，晚上上下楼很黑' });
      await s.app.ok('demo-staff', 'requests.dispatch', { id: req.id, unitId: unit.id, note: '' }, newRid());
      await s.app.ok(a.openid, 'requests.accept', { id: req.id }, newRid());

      const before = await snapshot(s.app.db);
      const refused = await s.app.call('demo-staff', 'units.removeMember', { unitId: unit.id, userId: a.id });
      expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('还有1件正在办理的暖心事，办结后才能移出') } });
      expect(await snapshot(s.app.db)).toEqual(before);
      await s.app.ok(a.openid, 'requests.complete', { id: req.id, note: '已更换声控灯' }, newRid());
      await s.app.ok('demo-staff', 'units.removeMember', { unitId: unit.id, userId: a.id });

      const waiting = await fileRequest(s.app, 'demo-resident', { category: '家政维修', description: '单元门的门禁坏了，刷卡打不开，希望尽快修理' });
      await s.app.ok('demo-staff', 'requests.dispatch', { id: waiting.id, unitId: unit.id, note: '' }, newRid());
      const last = await s.app.call('demo-staff', 'units.removeMember', { unitId: unit.id, userId: b.id });
      expect(last).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('最后一名成员，单位还有1件待接单的暖心事，请先改派') } });
      expect(await s.roleOf(b.id)).toBe('handler');
    });

    it('a street unit is managed by the workers of any community of the street, with members of the communities they serve', async () => {
      const street = await s.app.ok('demo-staff', 'units.create', s.newUnit({ scope: 'street', name: '哈巴格希街道法律服务队', kind: 'cobuild', categories: ['政策咨询'] }), newRid());
      expect(street).toMatchObject({ scope: 'street', communityId: null, scopeName: '哈巴格希街道' });
      expect((await s.app.ok('worker-neighbour', 'units.list', { communityId: s.units.place.neighbourId })).units.map((u) => u.id)).toContain(street.id);
      expect((await s.app.ok('worker-neighbour', 'units.list', { communityId: s.units.place.neighbourId })).units.map((u) => u.id)).not.toContain(s.units.repair);

      const neighbour = await s.resident(s.units.place.neighbourId, '兴旺居民');
      const home = await s.resident();
      expect((await s.app.ok('worker-neighbour', 'units.addMember', { unitId: street.id, userId: neighbour.id })).members.map((m) => m.communityName)).toEqual(['兴旺社区']);
      await s.app.ok('demo-staff', 'units.addMember', { unitId: street.id, userId: home.id });
      await s.app.ok('worker-neighbour', 'units.update', { id: street.id, name: '哈巴格希街道法律服务队', kind: 'cobuild', categories: ['政策咨询', '邻里调解'], phone: '12348', active: true });

      const other = await s.resident(s.units.place.neighbourId, '另一位兴旺居民');
      const before = await snapshot(s.app.db);
      // A worker adds only people of the communities they serve: of the street, yet not of their community, is not found.
      const notInScope = { ok: false, error: { code: 'NOT_FOUND', message: '在您负责的社区中找不到这位居民', field: 'userId' } };
      expect(await s.app.call('demo-staff', 'units.addMember', { unitId: s.units.repair, userId: other.id })).toEqual(notInScope);
      expect(await s.app.call('demo-staff', 'units.addMember', { unitId: street.id, userId: other.id })).toEqual(notInScope);
      // A worker of another street manages neither.
      expect(await s.app.call('worker-elsewhere', 'units.update', { id: street.id, name: '改名', kind: 'dept', categories: ['政策咨询'], phone: '', active: true })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(await s.app.call('worker-elsewhere', 'units.removeMember', { unitId: street.id, userId: home.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(await s.app.call('worker-elsewhere', 'units.list', { communityId: s.units.place.communityId })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(await snapshot(s.app.db)).toEqual(before);
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
      const before = await snapshot(s.app.db);
      const res = await s.app.call(who, action, s.newUnit(over as Partial<UnitCreate>), newRid());
      expect(res).toEqual({ ok: false, error: expect.objectContaining(error) });
      expect(await snapshot(s.app.db)).toEqual(before);
    });

    it('edits, members and lists: residents and workers of another community are FORBIDDEN; others’ people are refused', async () => {
      const edit = { id: s.units.repair, name: '康巴什供电共建服务队', kind: 'cobuild', categories: ['家政维修'], phone: '0477-96118', active: true };
      const outsider = await s.resident(s.units.place.neighbourId, '兴旺');
      const member = await userId(s.app, 'handler-repair');
      const before = await snapshot(s.app.db);
      const cases: [string, string, unknown, { code: string; message?: string; field?: string }][] = [
        ['demo-resident', 'units.list', { communityId: s.units.place.communityId }, { code: 'FORBIDDEN' }],
        ['demo-resident', 'units.update', edit, { code: 'FORBIDDEN' }],
        ['demo-resident', 'units.addMember', { unitId: s.units.repair, userId: outsider.id }, { code: 'FORBIDDEN' }],
        ['worker-neighbour', 'units.list', { communityId: s.units.place.communityId }, { code: 'FORBIDDEN', message: '您不是该社区的工作人员' }],
        ['worker-neighbour', 'units.update', edit, { code: 'FORBIDDEN', message: '您不是该单位所在社区的工作人员' }],
        ['worker-neighbour', 'units.addMember', { unitId: s.units.repair, userId: outsider.id }, { code: 'FORBIDDEN' }],
        ['worker-neighbour', 'units.removeMember', { unitId: s.units.repair, userId: member }, { code: 'FORBIDDEN' }],
        ['demo-staff', 'units.addMember', { unitId: s.units.repair, userId: outsider.id }, { code: 'NOT_FOUND', message: '在您负责的社区中找不到这位居民', field: 'userId' }],
        ['demo-staff', 'units.addMember', { unitId: s.units.repair, userId: 99999 }, { code: 'NOT_FOUND', field: 'userId' }],
        ['demo-staff', 'units.addMember', { unitId: 99999, userId: outsider.id }, { code: 'NOT_FOUND', field: 'unitId' }],
        ['demo-staff', 'units.update', { ...edit, name: '' }, { code: 'INVALID_INPUT', message: '请填写单位名称', field: 'name' }],
        ['demo-staff', 'units.update', { ...edit, kind: 'shop' }, { code: 'INVALID_INPUT', message: '单位类型无效', field: 'kind' }],
        ['demo-staff', 'units.update', { ...edit, categories: ['家政维修', '代缴话费'] }, { code: 'INVALID_INPUT', message: '「代缴话费」不是本社区提供的服务类别', field: 'categories' }],
      ];
      for (const [who, action, payload, error] of cases) {
        const res = await s.app.call(who, action, payload);
        expect([who, action, res]).toEqual([who, action, { ok: false, error: expect.objectContaining(error) }]);
      }
      expect(await snapshot(s.app.db)).toEqual(before);
    });
  });
});
