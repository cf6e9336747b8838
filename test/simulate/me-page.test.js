const fs = require('fs');
const { installHost, renderPage, waitFor, text, DIST } = require('./harness');

const tree = [
  { id: 1, name: '康巴什区', streets: [{ id: 1, name: '哈巴格希街道', communities: [{ id: 1, name: '达尔罕社区' }] }] },
  { id: 2, name: '准格尔旗', streets: [{ id: 5, name: '迎泽街道', communities: [{ id: 7, name: '南苑社区' }] }] },
];

describe('the built 我的 page (dist/, miniprogram-simulate)', () => {
  const me = { id: 9, role: 'resident', name: '刘小梅', phone: '', address: '', community: null, staffCommunities: [] };
  let host;

  beforeAll(() => {
    if (!fs.existsSync(`${DIST}/pages/me/index.js`)) throw new Error('dist/ is missing: run npm run build:weapp first');
    host = installHost({
      'me.get': () => ({ ...me }),
      'communities.list': () => tree,
      'messages.list': () => ({ items: [], unread: 0, nextBeforeId: null }),
      'me.update': (changes) => {
        if (changes.communityId === 7) me.community = { id: 7, name: '南苑社区', streetId: 5, streetName: '迎泽街道', districtName: '准格尔旗' };
        return { ...me };
      },
    });
  });

  it('loads my profile through wx.cloud.callFunction and binds a community by tapping', async () => {
    const page = renderPage('pages/me/index');
    await waitFor(() => expect(text(page.querySelector('.nx-profile-header__name'))).toBe('刘小梅'));
    expect(text(page.querySelector('.nx-profile-header__community'))).toBe('尚未选择社区');
    expect(page.querySelector('.nx-dev-identity')).toBeFalsy();

    page.querySelector('.nx-profile__community').dispatchEvent('tap');
    await waitFor(() => expect(page.querySelectorAll('.nx-cascader__option').length).toBe(2));
    const tapOption = async (label) => {
      const option = page.querySelectorAll('.nx-cascader__option').find((o) => text(o).startsWith(label));
      option.dispatchEvent('tap');
      await waitFor(() => expect(text(page.querySelector('.nx-cascader__crumbs'))).toContain(label === '南苑社区' ? '' : label));
    };
    await tapOption('准格尔旗');
    await tapOption('迎泽街道');
    await waitFor(() => expect(text(page.querySelector('.nx-cascader__option'))).toContain('南苑社区'));
    page.querySelector('.nx-cascader__option').dispatchEvent('tap');
    await waitFor(() => expect(text(page.querySelector('.nx-profile__community'))).toContain('准格尔旗 · 迎泽街道 · 南苑社区'));

    page.querySelector('.nx-profile__save').dispatchEvent('tap');
    await waitFor(() => expect(text(page.querySelector('.nx-profile-header__community'))).toBe('迎泽街道 · 南苑社区'));
    expect(host.calls.filter((c) => c.action === 'me.update')).toEqual([{ action: 'me.update', payload: { communityId: 7 } }]);
    expect(host.calls).toContainEqual({ privacy: 'authorized' });
  });
});
