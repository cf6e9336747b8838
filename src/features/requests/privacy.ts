import { ensurePrivacyConsent } from '../../lib/privacy';

export const PRIVACY_TEXT =
  '为了办理您的暖心事，社区工作人员和接单的服务人员会看到您填写的问题描述、照片和地址；联系电话仅向您本人和接单人完整显示，对其他人隐去中间四位。这些信息只用于办理此事。';

/** The app's one consent, asked with what filing a request shares. */
export const ensureRequestConsent = () => ensurePrivacyConsent({ title: '个人信息使用说明', content: PRIVACY_TEXT, confirmText: '同意提交' });
