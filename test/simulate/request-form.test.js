const fs = require('fs');
const { installHost, renderPage, waitFor, text, DIST } = require('./harness');

const me = {
  id: 1,
  role: 'resident',
  name: '王秀兰',
  phone: '13847701234',
  address: '达尔罕小区3号楼2单元501',
  community: { id: 1, name: '达尔罕社区', streetId: 1, streetName: '哈巴格希街道', districtName: '康巴什区' },
  staffCommunities: [],
};

describe('the built 暖心事 tab (dist/, miniprogram-simulate)', () => {
  let host;
  const sent = [];
  const navigations = [];

  beforeAll(() => {
    if (!fs.existsSync(`${DIST}/pages/requests/index.js`)) throw new Error('dist/ is missing: run npm run build:weapp first');
    // What WeChat itself provides on the form's path: navigation (the harness answers the privacy popup). Taro binds
    // wx's APIs when dist/app.js loads, so they are in place before the host shim loads it.
    Object.assign(global.wx, {
      navigateTo: (opts) => {
        navigations.push(opts.url);
        const res = { errMsg: 'navigateTo:ok' };
        if (opts.success) opts.success(res);
        if (opts.complete) opts.complete(res);
      },
    });
    host = installHost({
      'requests.home': () => ({ communityId: 1, categories: ['助老助残', '家政维修', '邻里调解', '其他'], contact: { phone: me.phone, address: me.address }, mine: [], similar: {} }),
      'requests.create': (payload) => ({ id: 42, ...payload }),
    });
    const callFunction = global.wx.cloud.callFunction;
    global.wx.cloud.callFunction = (opts) => {
      sent.push(opts.data);
      return callFunction(opts);
    };
  });

  const errors = (page) => page.querySelectorAll('.nx-req-form__error').map(text);
  const chip = (page, label) => page.querySelectorAll('.nx-chip').find((c) => text(c) === label);

  it('shows the validation messages next to the fields, then sends one request with its requestId', async () => {
    const page = renderPage('pages/requests/index');
    await waitFor(() => expect(chip(page, '邻里调解')).toBeTruthy());
    await waitFor(() => expect(page.querySelectorAll('.nx-req-form__input').length).toBe(2));

    page.querySelector('.nx-req-form__submit').dispatchEvent('tap');
    await waitFor(() => expect(errors(page)).toEqual(['请选择服务类别']));

    chip(page, '家政维修').dispatchEvent('tap');
    page.querySelector('.nx-req-form__text').dispatchEvent('input', { detail: { value: '水管漏水' } });
    page.querySelector('.nx-req-form__submit').dispatchEvent('tap');
    await waitFor(() => expect(errors(page)).toEqual(['问题描述至少10个字']));
    // Once something is typed and still too short, the counter says how much is missing, in words.
    await waitFor(() => expect(text(page.querySelector('.nx-req-form__count'))).toBe('至少10个字，还差6个字 · 4/500'));

    page.querySelector('.nx-req-form__text').dispatchEvent('input', { detail: { value: '厨房水管接口漏水，地面一直是湿的' } });
    page.querySelectorAll('.nx-req-form__input')[1].dispatchEvent('input', { detail: { value: '12345' } });
    page.querySelector('.nx-req-form__submit').dispatchEvent('tap');
    await waitFor(() => expect(errors(page)).toEqual(['联系电话格式不正确，请填写11位手机号']));
    expect(sent.map((d) => d.action)).not.toContain('requests.create');

    page.querySelectorAll('.nx-req-form__input')[1].dispatchEvent('input', { detail: { value: '13847701234' } });
    page.querySelector('.nx-req-form__submit').dispatchEvent('tap');
    await waitFor(() => expect(navigations).toEqual(['/packages/requests/detail/index?id=42']));
    expect(host.calls.filter((c) => c.privacy)).toHaveLength(1);
    const creates = sent.filter((d) => d.action === 'requests.create');
    expect(creates).toHaveLength(1);
    expect(creates[0].payload).toEqual({
      category: '家政维修',
      description: '厨房水管接口漏水，地面一直是湿的',
      address: '达尔罕小区3号楼2单元501',
      phone: '13847701234',
      preferredTime: '尽快',
      photos: [],
    });
    expect(creates[0].requestId).toMatch(/^r[a-z0-9]{8,}$/);
    expect(host.storage.get('nx.privacyConsent.v1')).toBe(true);
  });
});
