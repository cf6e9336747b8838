import Taro from '@tarojs/taro';
import type { CallData, Envelope } from '../../types';
import { devOpenId } from './dev-identity';
import { networkError } from '../lib/errors';

export type Transport = (data: CallData) => Promise<Envelope<unknown>>;

let cloudReady = false;

/** WeChat: the `api` cloud function; the caller is known from the WeChat context. */
const cloudTransport: Transport = async (data) => {
  if (!cloudReady) {
    Taro.cloud.init(NUANXIN_CLOUD_ENV ? { env: NUANXIN_CLOUD_ENV } : {});
    cloudReady = true;
  }
  try {
    const res = await Taro.cloud.callFunction({ name: 'api', data: { ...data } });
    return res.result as Envelope<unknown>;
  } catch {
    throw networkError();
  }
};

/** Local host: POST /fn/api as the seeded identity chosen in the switcher. */
const httpTransport: Transport = async (data) => {
  let res: Taro.request.SuccessCallbackResult<{ result: Envelope<unknown> }>;
  try {
    res = await Taro.request({
      url: `${NUANXIN_API_BASE}/fn/api`,
      method: 'POST',
      data,
      header: { 'content-type': 'application/json', 'X-Dev-OpenId': devOpenId() },
      timeout: 15000,
    });
  } catch {
    throw networkError();
  }
  if (res.statusCode !== 200 || !res.data?.result) throw networkError();
  return res.data.result;
};

let override: Transport | null = null;

/** Tests replace the transport; the app never does. */
export function setTransport(t: Transport | null): void {
  override = t;
}

export function transport(): Transport {
  return override ?? (NUANXIN_TRANSPORT === 'cloud' ? cloudTransport : httpTransport);
}
