import { ensurePrivacyConsent } from '../../lib/privacy';

export const BOOKING_PRIVACY_TEXT =
  '为了办理您的场地预约，社区工作人员会看到您填写的联系人、联系电话、用途和人数，用于审核、联系和签到；电话对其他人隐去中间四位。这些信息只用于这次预约。';

/** The app's one consent, asked with what a booking shares, before a contact name and phone are first sent. */
export const ensureBookingConsent = () => ensurePrivacyConsent({ title: '个人信息使用说明', content: BOOKING_PRIVACY_TEXT, confirmText: '同意提交' });
