import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import PrivacyPage from '../../../src/packages/privacy/index';
import { account } from '../../../src/features/privacy/stores/account';
import { PRIVACY_GUIDE } from '../../../src/features/privacy/guide';
import { session } from '../../../src/features/people/stores/session';
import { draftStore } from '../../../src/features/requests/stores/draft';
import { ensurePrivacyConsent, hasPrivacyConsent } from '../../../src/lib/privacy';
import { feedback, resetTaroMock } from '../mocks/taro';
import { fakeApi } from '../fake-api';
import { resident } from '../venues/fixtures';

beforeEach(() => {
  resetTaroMock();
  session.reset();
  account.reset();
  draftStore.load();
});

const deleted = { cancelledSignups: 2, cancelledBookings: 1, withdrawnRequests: 1, handedBack: 0 };

describe('隐私与数据', () => {
  it('shows the guide in the app where WeChat’s own page is not available', async () => {
    render(<PrivacyPage />);
    expect(screen.queryByText(PRIVACY_GUIDE[0].body)).toBeNull();
    await act(async () => fireEvent.click(screen.getByText('查看隐私保护指引')));
    for (const s of PRIVACY_GUIDE) expect(screen.getByText(s.body)).toBeTruthy();
  });

  it('withdraws the consent after a confirmation: the next form asks again', async () => {
    await ensurePrivacyConsent();
    expect(hasPrivacyConsent()).toBe(true);
    render(<PrivacyPage />);
    expect(screen.getByText('您已同意个人信息保护指引')).toBeTruthy();
    feedback.nextModalConfirm = false;
    await act(async () => fireEvent.click(screen.getByText('撤回同意')));
    expect(hasPrivacyConsent()).toBe(true);
    feedback.nextModalConfirm = true;
    await act(async () => fireEvent.click(screen.getByText('撤回同意')));
    expect(hasPrivacyConsent()).toBe(false);
    expect(screen.getByText('您尚未同意，提交信息前会先征求您的同意')).toBeTruthy();
  });

  it('deletes the account only after the confirmation, then forgets the device’s draft, consent and profile', async () => {
    const api = fakeApi({ 'me.get': () => resident, 'privacy.deleteAccount': () => deleted });
    await session.load();
    await ensurePrivacyConsent();
    draftStore.set('description', '楼道灯坏了');
    render(<PrivacyPage />);

    feedback.nextModalConfirm = false;
    await act(async () => fireEvent.click(screen.getByText('注销账号', { selector: 'button' })));
    expect(feedback.modals.at(-1)?.title).toBe('注销账号');
    expect(api.actions()).not.toContain('privacy.deleteAccount');

    feedback.nextModalConfirm = true;
    await act(async () => fireEvent.click(screen.getByText('注销账号', { selector: 'button' })));
    await waitFor(() => expect(screen.getByText(/账号已注销：取消报名 2 个，取消预约 1 个，撤回暖心事 1 件/)).toBeTruthy());
    expect(api.calls.find((c) => c.action === 'privacy.deleteAccount')?.payload).toEqual({ confirm: true });
    expect(hasPrivacyConsent()).toBe(false);
    expect(draftStore.draft.description).toBe('');
    expect(session.me).toBeNull();
    expect(feedback.toasts.map((t) => t.title)).toContain('账号已注销');
  });

  it('shows the refusal and keeps the button', async () => {
    fakeApi({ 'me.get': () => resident, 'privacy.deleteAccount': () => { throw { code: 'CONFLICT', message: '网络不给力，请稍后重试' }; } });
    render(<PrivacyPage />);
    await act(async () => fireEvent.click(screen.getByText('注销账号', { selector: 'button' })));
    expect(await screen.findByText('网络不给力，请稍后重试')).toBeTruthy();
    expect(screen.getByText('注销账号', { selector: 'button' })).toBeTruthy();
  });

  it('tells a worker how to go, instead of offering the button', async () => {
    fakeApi({ 'me.get': () => ({ ...resident, role: 'worker' }) });
    await session.load();
    render(<PrivacyPage />);
    expect(screen.getByText(/请联系管理员先将您的角色改为居民/)).toBeTruthy();
    expect(screen.queryByText('注销账号', { selector: 'button' })).toBeNull();
  });
});
