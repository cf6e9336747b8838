import Taro from '@tarojs/taro';
import { confirmAction } from './confirm';

/** Bump when the privacy guide (docs/PRIVACY.md) changes what is collected: everyone is asked again. */
const KEY = 'nx.privacyConsent.v1';

export const PRIVACY_SUMMARY =
  '为了提供活动报名、场地预约和暖心事服务，我们会收集您填写的姓名、手机号、住址、所在社区、预约联系人，以及暖心事的描述和照片，仅用于社区为您提供服务。手机号对他人打码显示。您可以在「我的 → 隐私与数据」查看指引、撤回同意或注销账号。';

export function hasPrivacyConsent(): boolean {
  return Taro.getStorageSync(KEY) === true;
}

/**
 * Asks once, before personal data is first collected (saving the profile, filing a 暖心事 …): WeChat's own privacy
 * popup in the mini-program (requirePrivacyAuthorize with __usePrivacyCheck__, see
 * https://developers.weixin.qq.com/miniprogram/dev/framework/user-privacy/), an in-app dialog elsewhere whose text
 * says what this particular step collects. Remembered on the device for the whole app.
 */
export async function ensurePrivacyConsent(dialog: { title?: string; content?: string; confirmText?: string } = {}): Promise<boolean> {
  if (hasPrivacyConsent()) return true;
  const agreed =
    process.env.TARO_ENV === 'weapp' && typeof Taro.requirePrivacyAuthorize === 'function'
      ? await wechatConsent()
      : await confirmAction({
          title: dialog.title ?? '个人信息保护提示',
          content: dialog.content ?? PRIVACY_SUMMARY,
          confirmText: dialog.confirmText ?? '同意',
          danger: false,
        });
  if (agreed) Taro.setStorageSync(KEY, true);
  return agreed;
}

/** Callbacks rather than await: Taro 4.2 passes this API straight through to wx, without its promise wrapper. */
function wechatConsent(): Promise<boolean> {
  return new Promise((resolve) => {
    try {
      Taro.requirePrivacyAuthorize({ success: () => resolve(true), fail: () => resolve(false) });
    } catch {
      resolve(false);
    }
  });
}

/**
 * Withdraws the consent this device remembers: nothing more is collected until the person agrees again (the next
 * form asks). WeChat keeps its own record of the agreement until the mini-program is removed from 最近使用.
 */
export function withdrawPrivacyConsent(): void {
  Taro.removeStorageSync(KEY);
}

/**
 * Opens the guide filled in on the admin console (wx.openPrivacyContract, base library 2.32.3+:
 * https://developers.weixin.qq.com/miniprogram/dev/api/privacy/wx.openPrivacyContract.html). False where there is
 * none (H5, an older WeChat): the caller shows the in-app text instead.
 */
export function openPrivacyContract(): Promise<boolean> {
  if (process.env.TARO_ENV !== 'weapp' || typeof Taro.openPrivacyContract !== 'function') return Promise.resolve(false);
  return new Promise((resolve) => {
    try {
      Taro.openPrivacyContract({ success: () => resolve(true), fail: () => resolve(false) });
    } catch {
      resolve(false);
    }
  });
}
