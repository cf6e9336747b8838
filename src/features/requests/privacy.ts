import Taro from '@tarojs/taro';

const KEY = 'nx.requests.privacy';
const VERSION = 'v1';

export const PRIVACY_TEXT =
  '为了办理您的暖心事，社区工作人员和接单的服务人员会看到您填写的问题描述、照片和地址；联系电话仅向您本人和接单人完整显示，对其他人隐去中间四位。这些信息只用于办理此事。';

/**
 * Consent before the first submission, remembered on the device. In WeChat the official privacy popup
 * (requirePrivacyAuthorize, https://developers.weixin.qq.com/miniprogram/dev/framework/user-privacy/) asks for it;
 * elsewhere an in-app dialog does.
 */
export async function ensurePrivacyConsent(): Promise<boolean> {
  if (Taro.getStorageSync(KEY) === VERSION) return true;
  const agreed = process.env.TARO_ENV === 'weapp' && typeof Taro.requirePrivacyAuthorize === 'function' ? await wechatConsent() : await dialogConsent();
  if (agreed) Taro.setStorageSync(KEY, VERSION);
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

async function dialogConsent(): Promise<boolean> {
  const res = await Taro.showModal({ title: '个人信息使用说明', content: PRIVACY_TEXT, confirmText: '同意提交', cancelText: '暂不提交', confirmColor: '#c8372d' });
  return Boolean(res.confirm);
}
