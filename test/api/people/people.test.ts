import { createWechatPlatform } from '../../../cloud/platform/wechat';
import type { WxSdk } from '../../../cloud/platform/wechat/sdk';
import { silentLogger } from '../../../cloud/platform/log';
import { dispatch } from '../../../cloud/router/router';
import type { Me } from '../../../types';
import { createTestApp, snapshot, type TestApp } from '../../support/api-app';
import { dialectsUnderTest } from '../../support/databases';

describe.each(dialectsUnderTest())('people and the router on %s', (dialect) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp(dialect);
  });
  afterAll(() => app.close());

  it('returns the seeded resident with their community', async () => {
    const me = await app.ok('demo-resident', 'me.get', {});
    expect(me).toMatchObject({ role: 'resident', name: '王秀兰', community: { name: '达尔罕社区', streetName: '哈巴格希街道', districtName: '康巴什区' } });
  });

  it('registers a first-time caller as a resident without a community', async () => {
    const me = await app.ok('brand-new-openid', 'me.get', {});
    expect(me).toMatchObject({ role: 'resident', name: '', community: null, staffCommunities: [] });
    const again = await app.ok('brand-new-openid', 'me.get', {});
    expect(again.id).toBe(me.id);
  });

  it('refuses a save that changes nothing, with a Chinese reason, and writes nothing', async () => {
    await app.ok('empty-saver', 'me.get', {});
    const before = await snapshot(app.db);
    expect(await app.call('empty-saver', 'me.update', {})).toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', message: '请先填写或修改资料再保存' },
    });
    expect(await snapshot(app.db)).toEqual(before);
  });

  it('saves the profile and the bound community, and shows them on the next read', async () => {
    const tree = await app.ok('newcomer', 'communities.list', {});
    const nanyuan = tree.flatMap((d) => d.streets.flatMap((s) => s.communities)).find((c) => c.name === '南苑社区');
    expect(nanyuan).toBeDefined();
    await app.ok('newcomer', 'me.update', { name: ' 刘小梅 ', phone: '13912345678', address: '南苑小区1号楼', communityId: nanyuan!.id });
    const me = await app.ok('newcomer', 'me.get', {});
    expect(me).toMatchObject({
      name: '刘小梅',
      phone: '13912345678',
      address: '南苑小区1号楼',
      community: { id: nanyuan!.id, name: '南苑社区', streetName: '迎泽街道', districtName: '准格尔旗' },
    });
  });

  it('lists districts, streets and communities of Ordos for the picker', async () => {
    const tree = await app.ok('demo-resident', 'communities.list', {});
    expect(tree.map((d) => d.name)).toEqual(expect.arrayContaining(['康巴什区', '东胜区', '达拉特旗', '准格尔旗']));
    const dalate = tree.find((d) => d.name === '达拉特旗')!;
    expect(dalate.streets[0]).toMatchObject({ name: '工业街道', communities: expect.arrayContaining([expect.objectContaining({ name: '兴盛园社区' })]) });
  });

  describe('bad input is refused with a Chinese message and changes nothing', () => {
    const cases: [string, unknown, string, string?][] = [
      ['a number for the name', { action: 'me.update', payload: { name: 123 } }, 'INVALID_INPUT', 'name'],
      ['an array for the phone', { action: 'me.update', payload: { phone: ['138'] } }, 'INVALID_INPUT', 'phone'],
      ['an unknown field', { action: 'me.update', payload: { nickname: '小王' } }, 'INVALID_INPUT', 'nickname'],
      ['a name of 21 characters', { action: 'me.update', payload: { name: '王'.repeat(21) } }, 'INVALID_INPUT', 'name'],
      ['an address of 101 characters', { action: 'me.update', payload: { address: '路'.repeat(101) } }, 'INVALID_INPUT', 'address'],
      ['a blank name', { action: 'me.update', payload: { name: '   ' } }, 'INVALID_INPUT', 'name'],
      ['a 10-digit phone', { action: 'me.update', payload: { phone: '1384770123' } }, 'INVALID_INPUT', 'phone'],
      ['a phone starting 12', { action: 'me.update', payload: { phone: '12847701234' } }, 'INVALID_INPUT', 'phone'],
      ['a community id that is not an integer', { action: 'me.update', payload: { communityId: 1.5 } }, 'INVALID_INPUT', 'communityId'],
      ['a community that does not exist', { action: 'me.update', payload: { communityId: 99999 } }, 'NOT_FOUND', 'communityId'],
      ['a payload that is not an object', { action: 'me.update', payload: 'name=王' }, 'INVALID_INPUT'],
      ['a null payload', { action: 'me.update', payload: null }, 'INVALID_INPUT'],
      ['a missing action', { payload: { name: '王' } }, 'INVALID_INPUT', 'action'],
      ['an unknown action', { action: 'me.delete', payload: {} }, 'INVALID_INPUT', 'action'],
      ['an action named after an object property', { action: 'constructor', payload: {} }, 'INVALID_INPUT', 'action'],
      ['a string event', 'me.update', 'INVALID_INPUT'],
      ['an array event', [{ action: 'me.update' }], 'INVALID_INPUT'],
      ['a null event', null, 'INVALID_INPUT'],
    ];

    const rows = cases.map(([label, event, code, field]) => ({ label, event, code, field }));
    it.each(rows)('$label', async ({ event, code, field }) => {
      const before = await snapshot(app.db);
      const res = await dispatch(app.rt, event, { devOpenId: 'demo-resident' });
      expect(res.ok).toBe(false);
      if (res.ok) return;
      expect(res.error.code).toBe(code);
      expect(res.error.message).toMatch(/[\u4e00-\u9fa5]/);
      if (field) expect(res.error.field).toBe(field);
      expect(JSON.stringify(res)).not.toMatch(/at \w+ \(|Error:/);
      expect(await snapshot(app.db)).toEqual(before);
    });
  });

  it('refuses callers without identity', async () => {
    const res = await app.call(undefined, 'me.get', {});
    expect(res).toEqual({ ok: false, error: { code: 'UNAUTHENTICATED', message: '请先登录' } });
  });

  it('forbids a resident from worker-only and admin-only actions', async () => {
    const me = await app.ok('demo-resident', 'me.get', {});
    const asResident = await app.call('demo-resident', 'people.residents', { communityId: me.community!.id });
    expect(asResident).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const setRole = await app.call('demo-resident', 'people.setRole', { userId: me.id, role: 'admin' });
    expect(setRole).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect((await app.ok('demo-resident', 'me.get', {})).role).toBe('resident');
  });

  it('lets a worker list the residents of their own community with masked phones, and no other', async () => {
    const worker = await app.ok('demo-staff', 'me.get', {});
    const own = worker.staffCommunities[0];
    const list = await app.ok('demo-staff', 'people.residents', { communityId: own.id, keyword: '秀兰' });
    expect(list).toEqual([expect.objectContaining({ name: '王秀兰', phoneMasked: '138****1234' })]);
    const other = await app.call('demo-staff', 'people.residents', { communityId: own.id + 1 });
    expect(other).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('lets an admin make someone a worker of a community, audited', async () => {
    const target = await app.ok('future-worker', 'me.get', {});
    const tree = await app.ok('demo-admin', 'communities.list', {});
    const community = tree[0].streets[0].communities[1];
    await app.ok('demo-admin', 'people.setRole', { userId: target.id, role: 'worker', communityIds: [community.id] });
    const me = await app.ok('future-worker', 'me.get', {});
    expect(me.role).toBe('worker');
    expect(me.staffCommunities.map((c) => c.id)).toEqual([community.id]);
    const trail = await app.db.selectFrom('audit_log').selectAll().where('entity', '=', 'user').where('entity_id', '=', target.id).execute();
    expect(trail).toEqual([expect.objectContaining({ action: 'setRole', from_state: 'resident', to_state: 'worker' })]);
    const bad = await app.call('demo-admin', 'people.setRole', { userId: target.id, role: 'worker', communityIds: [] });
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'communityIds' } });
  });

  describe('in cloud mode', () => {
    const fakeSdk = (openid?: string): WxSdk => ({
      getWXContext: () => (openid ? { OPENID: openid } : {}),
      openapi: {
        subscribeMessage: { send: jest.fn() },
        security: { msgSecCheck: jest.fn() },
      },
      getTempFileURL: jest.fn(),
    });

    it('ignores a forged X-Dev-OpenId and trusts only the WeChat context', async () => {
      const platform = createWechatPlatform({ clock: app.platform.clock, log: silentLogger, sdk: () => fakeSdk('oWx_cloud_user_1') });
      const res = await dispatch({ ...app.rt, platform }, { action: 'me.get', payload: {} }, { devOpenId: 'demo-admin' });
      expect(res.ok && (res.data as Me).role).toBe('resident');
      const user = await app.db.selectFrom('users').select('openid').where('id', '=', res.ok ? (res.data as Me).id : 0).executeTakeFirst();
      expect(user?.openid).toBe('oWx_cloud_user_1');
    });

    it('is unauthenticated without a WeChat context, whatever the header says', async () => {
      const platform = createWechatPlatform({ clock: app.platform.clock, log: silentLogger, sdk: () => fakeSdk() });
      const res = await dispatch({ ...app.rt, platform }, { action: 'me.get', payload: {} }, { devOpenId: 'demo-admin' });
      expect(res).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    });
  });
});
