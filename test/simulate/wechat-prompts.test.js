const fs = require('fs');
const { installHost, renderPage, waitFor, text, DIST } = require('./harness');

/**
 * WeChat's own prompts on the built app (dist/, built by npm test with placeholder subscribe template ids): the privacy
 * popup refused, a subscribe prompt refused or switched off, and the getPhoneNumber button.
 */
const me = {
  id: 1,
  role: 'resident',
  name: '王秀兰',
  phone: '',
  address: '达尔罕小区3号楼2单元501',
  community: { id: 1, name: '达尔罕社区', streetId: 1, streetName: '哈巴格希街道', districtName: '康巴什区' },
  staffCommunities: [],
};

describe('WeChat’s prompts in the built app (dist/, miniprogram-simulate)', () => {
  let host;
  const navigations = [];

  beforeAll(() => {
    if (!fs.existsSync(`${DIST}/pages/requests/index.js`)) throw new Error('dist/ is missing: run npm run build:weapp first');
    Object.assign(global.wx, {
      navigateTo: (opts) => {
        navigations.push(opts.url);
        if (opts.success) opts.success({ errMsg: 'navigateTo:ok' });
      },
    });
    host = installHost({
      'me.get': () => ({ ...me }),
      'me.update': (changes) => ({ ...me, ...changes }),
      'messages.list': () => ({ items: [], unread: 0, nextBeforeId: null }),
      'messages.subscribe': () => ({ credits: 1 }),
      'requests.home': () => ({ communityId: 1, categories: ['助老助残', '家政维修', '邻里调解', '其他'], contact: { phone: me.phone, address: me.address }, mine: [], similar: {} }),
      'requests.contactPhone': ({ code }) => {
        if (code !== 'wx-code-1') throw { code: 'INVALID_INPUT', message: '没能获取微信绑定的手机号，请手动填写', field: 'code' };
        return { phone: '13900001111' };
      },
      'requests.create': (payload) => ({ id: 42, ...payload }),
    });
  });
  beforeEach(() => {
    host.calls.length = 0;
    navigations.length = 0;
  });
  const actions = () => host.calls.filter((c) => c.action).map((c) => c.action);

  it('saves nothing when the privacy popup is refused, and saves once it is agreed to', async () => {
    host.prompts.privacy = 'refuse';
    const page = renderPage('pages/me/index');
    await waitFor(() => expect(text(page.querySelector('.nx-profile-header__name'))).toBe('王秀兰'));
    page.querySelectorAll('.nx-profile__input')[0].dispatchEvent('input', { detail: { value: '王秀英' } });
    page.querySelector('.nx-profile__save').dispatchEvent('tap');
    await waitFor(() => expect(text(page.querySelector('.nx-profile__error'))).toBe('需要您同意个人信息保护指引后才能保存资料'));
    expect(host.calls).toContainEqual({ privacy: 'refused' });
    expect(actions()).not.toContain('me.update');
    expect(host.storage.get('nx.privacyConsent.v1')).toBeUndefined();

    host.prompts.privacy = 'agree';
    page.querySelector('.nx-profile__save').dispatchEvent('tap');
    await waitFor(() => expect(actions()).toContain('me.update'));
    expect(host.calls.filter((c) => c.action === 'me.update')[0].payload).toEqual({ name: '王秀英' });
    expect(host.storage.get('nx.privacyConsent.v1')).toBe(true);
  });

  const fillRequest = async (page) => {
    await waitFor(() => expect(page.querySelectorAll('.nx-chip').length).toBeGreaterThan(0));
    page.querySelectorAll('.nx-chip').find((c) => text(c) === '家政维修').dispatchEvent('tap');
    page.querySelector('.nx-req-form__text').dispatchEvent('input', { detail: { value: '厨房水管接口漏水，地面一直是湿的' } });
    // A filed request clears the form: the address comes back from the profile only the first time.
    page.querySelectorAll('.nx-req-form__input')[0].dispatchEvent('input', { detail: { value: me.address } });
  };

  /** The 暖心事 tab, rendered once: a built page registers itself once per test file. */
  let requestsPage;
  const requests = () => (requestsPage ??= renderPage('pages/requests/index'));

  it('exchanges the getPhoneNumber button’s code on the server and fills the phone; a refusal sends nothing', async () => {
    const page = requests();
    await waitFor(() => expect(page.querySelector('.nx-req-form__wx-phone')).toBeTruthy());
    const button = page.querySelector('.nx-req-form__wx-phone');
    button.dispatchEvent('getphonenumber', { detail: { errMsg: 'getPhoneNumber:fail user deny' } });
    await new Promise((r) => setTimeout(r, 50));
    expect(actions()).not.toContain('requests.contactPhone');

    button.dispatchEvent('getphonenumber', { detail: { errMsg: 'getPhoneNumber:ok', code: 'wx-code-1' } });
    await waitFor(() => expect(host.calls.filter((c) => c.action === 'requests.contactPhone').map((c) => c.payload)).toEqual([{ code: 'wx-code-1' }]));

    // The number WeChat vouched for is what the request carries.
    await fillRequest(page);
    page.querySelector('.nx-req-form__submit').dispatchEvent('tap');
    await waitFor(() => expect(navigations).toEqual(['/packages/requests/detail/index?id=42']));
    expect(host.calls.find((c) => c.action === 'requests.create').payload.phone).toBe('13900001111');
  });

  it('files the request when the subscribe prompt is refused, reporting nothing and showing nothing', async () => {
    host.prompts.subscribe = (ids) => Object.fromEntries(ids.map((id) => [id, 'reject']));
    const page = requests();
    await fillRequest(page);
    page.querySelectorAll('.nx-req-form__input')[1].dispatchEvent('input', { detail: { value: '13847701234' } });
    page.querySelector('.nx-req-form__submit').dispatchEvent('tap');
    await waitFor(() => expect(navigations).toEqual(['/packages/requests/detail/index?id=42']));
    expect(host.calls).toContainEqual({ subscribe: ['TMPL_REQUEST'], answer: { TMPL_REQUEST: 'reject' } });
    expect(actions()).toContain('requests.create');
    expect(actions()).not.toContain('messages.subscribe');
    expect(host.calls.filter((c) => c.modal)).toEqual([]);
  });

  it('says once where to turn messages on when they are switched off (20004), and still files the request', async () => {
    host.prompts.subscribe = () => ({ errCode: 20004 });
    const page = requests();
    for (let i = 0; i < 2; i++) {
      navigations.length = 0;
      await fillRequest(page);
      page.querySelectorAll('.nx-req-form__input')[1].dispatchEvent('input', { detail: { value: '13847701234' } });
      page.querySelector('.nx-req-form__submit').dispatchEvent('tap');
      await waitFor(() => expect(navigations).toEqual(['/packages/requests/detail/index?id=42']));
    }
    expect(host.calls.filter((c) => c.modal)).toEqual([{ modal: '消息提醒已关闭', content: expect.stringContaining('通知管理') }]);
    expect(actions().filter((a) => a === 'requests.create')).toHaveLength(2);
  });
});
