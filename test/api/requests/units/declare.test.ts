import { auditTrail } from '../../../../cloud/db/audit';
import { dialectsUnderTest } from '../../../support/databases';
import { snapshot } from '../../../support/api-app';
import { fileRequest, newRid, userId } from '../../../support/requests-fixtures';
import { unitsSuite } from '../../../support/units-suite';

describe.each(dialectsUnderTest())('处理单位: what handlers serve on %s', (dialect) => {
  const s = unitsSuite(dialect);

  describe('handlers declare what they serve (资源清单 meets 需求清单)', () => {
    it('a member sees their units with what each declares and may declare', async () => {
      const mine = await s.app.ok('demo-handler', 'units.mine', {});
      expect(mine).toEqual([
        expect.objectContaining({ id: s.units.mediation, scopeName: '哈巴格希街道', categories: ['邻里调解', '心理关爱'], options: ['助老助残', '家政维修', '邻里调解', '政策咨询', '环境卫生', '心理关爱', '其他'] }),
      ]);
      expect(await s.app.ok('handler-repair', 'units.mine', {})).toEqual([expect.objectContaining({ id: s.units.repair, scopeName: '达尔罕社区', categories: ['家政维修'] })]);
      // 我的任务 is drawn by requests.tasks alone: its answer carries the same units.
      expect((await s.app.ok('handler-repair', 'requests.tasks', { filter: 'todo' })).units).toEqual(await s.app.ok('handler-repair', 'units.mine', {}));
    });

    it('after declaring 邻里调解 the member sees pooled 邻里调解 items and claims one; after removing it, no longer', async () => {
      const pooled = async () => {
        const req = await fileRequest(s.app, 'demo-resident-2', { category: '邻里调解' });
        await s.app.ok('demo-staff', 'requests.pool', { id: req.id, note: '' }, newRid());
        return req.id;
      };
      const first = await pooled();
      expect((await s.app.ok('handler-repair', 'requests.tasks', { filter: 'pool' })).items.map((i) => i.id)).not.toContain(first);
      expect(await s.app.call('handler-repair', 'requests.claim', { id: first }, newRid())).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });

      // The answer is 我的任务 on the tab the member is on, as it is after the change: the pool now holds the request.
      const pool = await s.app.ok('handler-repair', 'units.setCategories', { id: s.units.repair, categories: ['家政维修', '邻里调解'], filter: 'pool' });
      expect(pool.units.find((u) => u.id === s.units.repair)?.categories).toEqual(['家政维修', '邻里调解']);
      expect(pool).toEqual(await s.app.ok('handler-repair', 'requests.tasks', { filter: 'pool' }));
      expect((await s.app.ok('handler-repair', 'units.mine', {}))[0].categories).toEqual(['家政维修', '邻里调解']);
      expect(pool.items.map((i) => i.id)).toContain(first);
      expect(pool.counts.pool).toBeGreaterThan(0);
      // Dispatching a 邻里调解 request now lists the unit among those that serve it.
      const other = await fileRequest(s.app, 'demo-resident', { category: '邻里调解' });
      expect((await s.app.ok('demo-staff', 'requests.dispatchPage', { id: other.id })).units.find((u) => u.id === s.units.repair)).toMatchObject({ serves: true });
      expect(await s.app.ok('handler-repair', 'requests.claim', { id: first }, newRid())).toMatchObject({ status: 'accepted', viewer: 'assignee', unit: { id: s.units.repair } });
      await s.app.ok('handler-repair', 'requests.complete', { id: first, note: '已上门调解，双方达成一致' }, newRid());

      await s.app.ok('handler-repair', 'units.setCategories', { id: s.units.repair, categories: ['家政维修'], filter: 'pool' });
      const second = await pooled();
      expect((await s.app.ok('handler-repair', 'requests.tasks', { filter: 'pool' })).items.map((i) => i.id)).not.toContain(second);
      expect(await s.app.call('handler-repair', 'requests.claim', { id: second }, newRid())).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      expect((await s.app.ok('demo-staff', 'requests.dispatchPage', { id: second })).units.find((u) => u.id === s.units.repair)).toMatchObject({ serves: false });

      const trail = await auditTrail(s.app.db, 'handler_unit', s.units.repair);
      expect(trail.map((a) => [a.action, a.note, a.actor_id])).toEqual([
        ['setUnitCategories', '家政维修 → 家政维修、邻里调解', await userId(s.app, 'handler-repair')],
        ['setUnitCategories', '家政维修、邻里调解 → 家政维修', await userId(s.app, 'handler-repair')],
      ]);
    });

    it('the workers of its community may change them too; members of other units and other workers may not', async () => {
      const categoriesOf = async (id: number) => (await s.app.db.selectFrom('handler_units').select('categories').where('id', '=', id).executeTakeFirstOrThrow()).categories;
      await s.app.ok('demo-staff', 'units.setCategories', { id: s.units.repair, categories: ['家政维修', '环境卫生'], filter: 'pool' });
      expect(await categoriesOf(s.units.repair)).toContain('环境卫生');
      // A street unit: any worker of the street may; a worker of another street may not.
      await s.app.ok('worker-neighbour', 'units.setCategories', { id: s.units.mediation, categories: ['邻里调解', '心理关爱'], filter: 'pool' });
      expect(await categoriesOf(s.units.mediation)).toContain('心理关爱');
      const before = await snapshot(s.app.db);
      for (const [who, id] of [
        ['handler-outsider', s.units.repair],
        ['demo-handler', s.units.repair],
        ['worker-neighbour', s.units.repair],
        ['worker-elsewhere', s.units.mediation],
      ] as const) {
        expect(await s.app.call(who, 'units.setCategories', { id, categories: ['家政维修'], filter: 'pool' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      }
      expect(await s.app.call('demo-resident', 'units.setCategories', { id: s.units.repair, categories: ['家政维修'], filter: 'pool' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(await s.app.call('demo-handler', 'units.mine', {})).toMatchObject({ ok: true });
      expect(await s.app.call('demo-resident', 'units.mine', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(await snapshot(s.app.db)).toEqual(before);
    });

    it('declares only categories the community offers, at least one', async () => {
      const before = await snapshot(s.app.db);
      expect(await s.app.call('handler-repair', 'units.setCategories', { id: s.units.repair, categories: ['法律援助'], filter: 'pool' })).toEqual({
        ok: false,
        error: { code: 'INVALID_INPUT', message: '「法律援助」不是本社区提供的服务类别', field: 'categories' },
      });
      expect(await s.app.call('handler-repair', 'units.setCategories', { id: s.units.repair, categories: [], filter: 'pool' })).toEqual({
        ok: false,
        error: { code: 'INVALID_INPUT', message: '请至少选择一个服务类别', field: 'categories' },
      });
      expect(await s.app.call('handler-repair', 'units.setCategories', { id: 99999, categories: ['家政维修'], filter: 'pool' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      expect(await snapshot(s.app.db)).toEqual(before);

      // Once the community offers it, it can be declared; a category the community drops later may be kept.
      const categories = (await s.app.ok('demo-staff', 'requests.categories', { communityId: s.units.place.communityId })).categories;
      await s.app.ok('demo-staff', 'requests.setCategories', { communityId: s.units.place.communityId, categories: [...categories, '法律援助'] });
      await s.app.ok('handler-repair', 'units.setCategories', { id: s.units.repair, categories: ['家政维修', '法律援助'], filter: 'pool' });
      await s.app.ok('demo-staff', 'requests.setCategories', { communityId: s.units.place.communityId, categories });
      const [repair] = await s.app.ok('handler-repair', 'units.mine', {});
      expect(repair.options.at(-1)).toBe('法律援助');
      await s.app.ok('handler-repair', 'units.setCategories', { id: s.units.repair, categories: ['法律援助', '家政维修'], filter: 'pool' });
      await s.app.ok('handler-repair', 'units.setCategories', { id: s.units.repair, categories: ['家政维修'], filter: 'pool' });
      expect(await s.app.call('handler-repair', 'units.setCategories', { id: s.units.repair, categories: ['法律援助'], filter: 'pool' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    });
  });

  it('a worker who serves in a unit (a 网格员) takes its requests like any handler; one who does not is refused', async () => {
    const grid = await s.app.ok('demo-staff', 'units.create', s.newUnit({ name: '达尔罕社区网格员', kind: 'grid', categories: ['环境卫生'] }), newRid());
    const staff = await s.app.ok('demo-staff', 'me.get', {});
    await s.app.ok('demo-staff', 'units.addMember', { unitId: grid.id, userId: staff.id });
    expect(await s.roleOf(staff.id)).toBe('worker');
    const req = await fileRequest(s.app, 'demo-resident-2', { category: '环境卫生' });
    await s.app.ok('demo-staff', 'requests.dispatch', { id: req.id, unitId: grid.id, note: '请网格员上门查看' }, newRid());
    expect((await s.app.ok('demo-staff', 'requests.tasks', { filter: 'todo' })).items.map((i) => i.id)).toContain(req.id);
    expect((await s.app.ok('demo-staff', 'workbench.get', {})).requests.handler).toMatchObject({ todo: 1 });
    expect((await s.app.ok('demo-staff', 'requests.accept', { id: req.id }, newRid())).status).toBe('accepted');
    expect(await s.app.call('worker-neighbour', 'requests.complete', { id: req.id, note: '已上门清理完毕', photos: [] }, newRid())).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});
