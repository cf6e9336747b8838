import { phoneNumberExchange } from '../../../cloud/platform/wechat/phone-number';
import type { WxSdk } from '../../../cloud/platform/wechat/sdk';

const sdkAnswering = (answer: () => Promise<unknown>): (() => WxSdk) => {
  const sdk = { openapi: { phonenumber: { getPhoneNumber: jest.fn(answer) } } } as unknown as WxSdk;
  return () => sdk;
};

describe('getPhoneNumber codes exchanged in the cloud', () => {
  it('returns the mainland number', async () => {
    const source = phoneNumberExchange(sdkAnswering(async () => ({ errCode: 0, phoneInfo: { purePhoneNumber: '13847701234', countryCode: '86' } })));
    expect(await source.fromCode('code-1')).toBe('13847701234');
  });

  it.each([
    ['an error code', async () => ({ errCode: 40029 })],
    ['a foreign number', async () => ({ errCode: 0, phoneInfo: { purePhoneNumber: '2025550123', countryCode: '1' } })],
    ['a failed call', async () => Promise.reject(new Error('system error'))],
  ])('gives nothing for %s (the resident types the number instead)', async (_label, answer) => {
    expect(await phoneNumberExchange(sdkAnswering(answer)).fromCode('code-2')).toBeNull();
  });
});
