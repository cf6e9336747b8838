import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { Me } from '../../../types';
import MePage from '../../../src/pages/me/index';
import { session } from '../../../src/features/people/stores/session';
import { feedback, resetTaroMock } from '../mocks/taro';
import { fakeApi } from '../fake-api';

const tree = [
  {
    id: 1,
    name: '康巴什区',
    streets: [{ id: 1, name: '哈巴格希街道', communities: [{ id: 1, name: '达尔罕社区' }, { id: 2, name: '兴旺社区' }] }],
  },
  { id: 2, name: '准格尔旗', streets: [{ id: 5, name: '迎泽街道', communities: [{ id: 7, name: '南苑社区' }] }] },
];

function newcomer(): Me {
  return { id: 9, role: 'resident', name: '', phone: '', address: '', community: null, staffCommunities: [], unreadMessages: 0 };
}

function serverWith(me: Me) {
  return fakeApi({
    'me.get': () => me,
    'communities.list': () => tree,
    'messages.list': () => ({ items: [], unread: 0, nextBeforeId: null }),
    'me.update': (changes: { name?: string; phone?: string; address?: string; communityId?: number }) => {
      Object.assign(me, { name: changes.name ?? me.name, phone: changes.phone ?? me.phone, address: changes.address ?? me.address });
      if (changes.communityId === 7) me.community = { id: 7, name: '南苑社区', streetId: 5, streetName: '迎泽街道', districtName: '准格尔旗' };
      return { ...me };
    },
  });
}

beforeEach(() => {
  resetTaroMock();
  session.reset();
  session.setCareMode(false);
});

describe('我的', () => {
  it('is drawn by one call: me.get carries the unread count, shown on 消息通知 and the tab badge', async () => {
    const api = serverWith({ ...newcomer(), name: '刘小梅', unreadMessages: 3 });
    render(<MePage />);
    expect(await screen.findByText('3 条未读')).toBeTruthy();
    expect(api.actions()).toEqual(['me.get']);
  });

  it('binds a community through 旗区 → 街道 → 社区 and saves the profile', async () => {
    const me = newcomer();
    const api = serverWith(me);
    render(<MePage />);
    await screen.findByText('尚未选择社区');

    fireEvent.change(screen.getByPlaceholderText('请填写姓名'), { target: { value: '刘小梅' } });
    fireEvent.change(screen.getByPlaceholderText('11位手机号'), { target: { value: '13912345678' } });
    fireEvent.click(screen.getByText('请选择社区'));
    fireEvent.click(await screen.findByText('准格尔旗'));
    fireEvent.click(screen.getByText('迎泽街道'));
    fireEvent.click(screen.getByText('南苑社区'));
    expect(screen.getByText('准格尔旗 · 迎泽街道 · 南苑社区')).toBeTruthy();

    await act(async () => fireEvent.click(screen.getByText('保存')));
    await waitFor(() => expect(feedback.toasts).toContainEqual({ title: '已保存', icon: 'success' }));
    expect(api.calls.find((c) => c.action === 'me.update')?.payload).toEqual({ name: '刘小梅', phone: '13912345678', communityId: 7 });
    expect(screen.getByText('迎泽街道 · 南苑社区')).toBeTruthy();
  });

  it('asks for consent before the first save, and saves nothing when declined', async () => {
    const api = serverWith(newcomer());
    render(<MePage />);
    await screen.findByText('尚未选择社区');
    fireEvent.change(screen.getByPlaceholderText('请填写姓名'), { target: { value: '刘小梅' } });
    feedback.nextModalConfirm = false;
    await act(async () => fireEvent.click(screen.getByText('保存')));
    expect(feedback.modals[0]).toMatchObject({ title: '个人信息保护提示' });
    expect(await screen.findByText('需要您同意个人信息保护指引后才能保存资料')).toBeTruthy();
    expect(api.actions()).not.toContain('me.update');

    feedback.nextModalConfirm = true;
    await act(async () => fireEvent.click(screen.getByText('保存')));
    await waitFor(() => expect(api.actions()).toContain('me.update'));
    await act(async () => fireEvent.click(screen.getByText('保存')));
    expect(feedback.modals).toHaveLength(2);
  });

  it('shows a wrong phone next to the field and does not call the API', async () => {
    const api = serverWith(newcomer());
    render(<MePage />);
    await screen.findByText('尚未选择社区');
    fireEvent.change(screen.getByPlaceholderText('11位手机号'), { target: { value: '12345' } });
    fireEvent.click(screen.getByText('保存'));
    expect(await screen.findByText('手机号格式不正确，请填写11位手机号')).toBeTruthy();
    expect(api.actions()).not.toContain('me.update');
  });

  it('says there is nothing to save on an empty profile: no consent asked, no call, no 已保存', async () => {
    const api = serverWith(newcomer());
    render(<MePage />);
    await screen.findByText('尚未选择社区');
    await act(async () => fireEvent.click(screen.getByText('保存')));
    expect(await screen.findByText('请先填写或修改资料再保存')).toBeTruthy();
    expect(feedback.modals).toHaveLength(0);
    expect(feedback.toasts).not.toContainEqual({ title: '已保存', icon: 'success' });
    expect(api.actions()).not.toContain('me.update');
  });

  it('takes a field’s error away once the field is corrected', async () => {
    serverWith(newcomer());
    render(<MePage />);
    await screen.findByText('尚未选择社区');
    fireEvent.change(screen.getByPlaceholderText('11位手机号'), { target: { value: '12345' } });
    await act(async () => fireEvent.click(screen.getByText('保存')));
    expect(screen.getByText('手机号格式不正确，请填写11位手机号')).toBeTruthy();
    fireEvent.change(screen.getByPlaceholderText('11位手机号'), { target: { value: '1391234567' } });
    expect(screen.getByText('手机号格式不正确，请填写11位手机号')).toBeTruthy();
    fireEvent.change(screen.getByPlaceholderText('11位手机号'), { target: { value: '13912345678' } });
    expect(screen.queryByText('手机号格式不正确，请填写11位手机号')).toBeNull();
  });

  it('shows the server refusal when the community no longer exists', async () => {
    fakeApi({
      'me.get': newcomer,
      'communities.list': () => tree,
      'me.update': () => {
        throw { code: 'NOT_FOUND', message: '所选社区不存在', field: 'communityId' };
      },
    });
    render(<MePage />);
    fireEvent.click(await screen.findByText('请选择社区'));
    fireEvent.click(await screen.findByText('康巴什区'));
    fireEvent.click(screen.getByText('哈巴格希街道'));
    fireEvent.click(screen.getByText('兴旺社区'));
    await act(async () => fireEvent.click(screen.getByText('保存')));
    expect(await screen.findByText('所选社区不存在')).toBeTruthy();
  });

  it('shows a content check refusal under the field it concerns, and keeps what was typed', async () => {
    fakeApi({
      'me.get': newcomer,
      'communities.list': () => tree,
      'me.update': () => {
        throw { code: 'INVALID_INPUT', message: '住址未通过内容安全检查，请修改后再提交', field: 'address' };
      },
    });
    render(<MePage />);
    await screen.findByText('尚未选择社区');
    fireEvent.change(screen.getByPlaceholderText('小区、楼号、单元、门牌'), { target: { value: '7号楼 赌博 代开发票 加微信' } });
    await act(async () => fireEvent.click(screen.getByText('保存')));
    const refusal = await screen.findByText('住址未通过内容安全检查，请修改后再提交');
    expect(refusal.className).toContain('nx-profile__error');
    expect((screen.getByPlaceholderText('小区、楼号、单元、门牌') as HTMLInputElement).value).toBe('7号楼 赌博 代开发票 加微信');
  });

  it('offers 重试 when loading fails, and recovers', async () => {
    let fail = true;
    fakeApi({
      'me.get': () => {
        if (fail) throw { code: 'INTERNAL', message: '服务暂时不可用，请稍后再试' };
        return newcomer();
      },
    });
    render(<MePage />);
    expect(await screen.findByText('服务暂时不可用，请稍后再试')).toBeTruthy();
    fail = false;
    await act(async () => fireEvent.click(screen.getByText('重试')));
    expect(await screen.findByText('尚未选择社区')).toBeTruthy();
  });

  it('关怀模式 enlarges the type scale of the page and is remembered on the device', async () => {
    serverWith(newcomer());
    const { container } = render(<MePage />);
    await screen.findByText('尚未选择社区');
    expect(container.querySelector('.nx-page')?.classList.contains('nx-care')).toBe(false);
    await act(async () => fireEvent.click(screen.getByRole('switch')));
    expect(container.querySelector('.nx-page')?.classList.contains('nx-care')).toBe(true);
    const Taro = (await import('../mocks/taro')).default;
    expect(Taro.getStorageSync('nx.careMode')).toBe(true);
  });

  it('switches the demo identity in local builds', async () => {
    serverWith(newcomer());
    render(<MePage />);
    expect(screen.getByText('演示身份（仅本地版本）')).toBeTruthy();
    expect(screen.getByText('社区工作者')).toBeTruthy();
  });
});
