import Taro from '@tarojs/taro';
import { confirmAction } from './confirm';

/** Bump when the privacy guide (docs/PRIVACY.md) changes what is collected: everyone is asked again. */
const KEY = 'nx.privacyConsent.v1';

export const PRIVACY_SUMMARY =
  '为了提供活动报名、场地预约和暖心事服务，我们会收集您填写的姓名、手机号、住址、所在社区，以及您为暖心事上传的照片，仅用于社区为您提供服务。手机号对他人打码显示。';

export function hasPrivacyConsent(): boolean {
  return Taro.getStorageSync(KEY) === true;
}

/**
 * Asks for consent before personal data is first collected: WeChat's own privacy popup (requirePrivacyAuthorize,
 * with __usePrivacyCheck__ in app.config) in the mini-program, an in-app dialog elsewhere. Remembered on the device.
 */
export async function ensurePrivacyConsent(): Promise<boolean> {
  if (hasPrivacyConsent()) return true;
  let agreed: boolean;
  if (process.env.TARO_ENV === 'weapp') {
    agreed = await new Promise<boolean>((resolve) =>
      Taro.requirePrivacyAuthorize({ success: () => resolve(true), fail: () => resolve(false) }),
    );
  } else {
    agreed = await confirmAction({ title: '个人信息保护提示', content: PRIVACY_SUMMARY, confirmText: '同意', danger: false });
  }
  if (agreed) Taro.setStorageSync(KEY, true);
  return agreed;
}
