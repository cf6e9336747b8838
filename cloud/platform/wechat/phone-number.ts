import type { PhoneNumberSource } from '../types';
import type { WxSdk } from './sdk';

/**
 * phonenumber.getPhoneNumber (needs `phonenumber.getPhoneNumber` in the function's config.json permissions).
 * https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/user-info/phone-number/getPhoneNumber.html
 */
export function phoneNumberExchange(sdk: () => WxSdk): PhoneNumberSource {
  return {
    async fromCode(code) {
      try {
        const res = await sdk().openapi.phonenumber?.getPhoneNumber({ code });
        const info = res?.phoneInfo;
        if (res?.errCode || !info?.purePhoneNumber || (info.countryCode && info.countryCode !== '86')) return null;
        return info.purePhoneNumber;
      } catch {
        return null;
      }
    },
  };
}
